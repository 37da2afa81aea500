// What each word token can be inside a person's name, computed once per document: the evidence
// every name construction reads (first name, patronymic, surname shape, initial, not-a-name).
import type { AnalysedDoc, Case, Token } from '../../document/analyse/index.js';
import { capitalise, type Sex } from './declension.js';
import {
  AMBIGUOUS_FIRST,
  FEMALE_PATRONYMIC_RE,
  FIRST_NAMES,
  HYPHEN_PARTICLE_RE,
  INITIALS_2,
  MALE_PATRONYMIC_RE,
  NOT_NAMES,
  ORG_WORD_RE,
  ROLES,
  SURNAME_RE,
  TURKIC_PATRONYMIC_RE,
} from './lexicon.js';
import { extend } from '../../document/extend.js';

/** One way a token can be read as a first name. */
export interface FirstReading {
  nom: string;
  sex: Sex;
  /** the case, when the dictionary knows it */
  case: Case | null;
}

export interface NameFeatures {
  /** a capitalised word that is not an all-caps acronym, or a particle-led surname ("аль-Барадеи") */
  cap: boolean;
  /** an initial: one capital letter (or "Дж") followed by a full stop */
  initial: boolean;
  firsts: readonly FirstReading[];
  /** a first name that is also a common word ("Роман", "Вера") */
  ambiguousFirst: boolean;
  /** in this project's first-name lists (not only the dictionary's) */
  listedFirst: boolean;
  patronymic: Sex | null;
  /** 2: dictionary surname or surname ending; 1: an unknown capitalised word; 0: neither */
  surname: 0 | 1 | 2;
  /** a place, an organisation, a month... */
  notName: boolean;
  /** the dictionary knows it as a place or organisation (and as a name, or it would be notName) */
  geo: boolean;
  /** the dictionary knows it as a surname */
  dictSurname: boolean;
  /** the dictionary knows it as an ordinary word and not as a name */
  common: boolean;
  /** all readings are guessed: the dictionary does not know the word */
  unknown: boolean;
  /** the first reading is a role noun ("депутат", "Глава") */
  role: boolean;
  latin: boolean;
}

const NONE: NameFeatures = Object.freeze({
  cap: false,
  initial: false,
  firsts: [],
  ambiguousFirst: false,
  listedFirst: false,
  patronymic: null,
  surname: 0,
  notName: false,
  geo: false,
  dictSurname: false,
  common: false,
  unknown: false,
  role: false,
  latin: false,
});

const UPPER_INITIAL = /^[А-ЯЁ]$/;
const FUNCTION_POS = new Set(['PREP', 'CONJ', 'PRCL', 'NPRO', 'INTJ']);
const CAPITALISED = /^\p{Lu}[\p{Ll}'’-]/u;
const LATIN = /^[A-Z][a-z]/;

/**
 * Features of words without a full stop after them, by form number (`Token.form`): they read the
 * form alone (texts of one form differ at most in ё/е, which no test here tells apart), so they are
 * kept across articles, in a fixed number of slots (a form goes to slot `form % SLOTS`, replacing
 * another), so memory stays flat however many forms a long run meets.
 */
const SLOTS = 1 << 16;
const slotForm = new Int32Array(SLOTS).fill(-1);
const byForm = new Array<NameFeatures>(SLOTS).fill(NONE);

/** Name features of every token of a document (index = token index). */
export function nameFeatures(doc: AnalysedDoc): NameFeatures[] {
  const toks = doc.tokens;
  const out: NameFeatures[] = new Array<NameFeatures>(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.kind !== 'word' || (!tok.upper && !tok.text.includes('-'))) {
      out[i] = NONE;
      continue;
    }
    const next = toks[i + 1];
    if (tok.form < 0 || (next !== undefined && next.text === '.' && next.start === tok.end)) {
      out[i] = featuresOf(doc, tok);
      continue;
    }
    const slot = tok.form % SLOTS;
    if (slotForm[slot] !== tok.form) {
      slotForm[slot] = tok.form;
      byForm[slot] = featuresOf(doc, tok);
    }
    out[i] = byForm[slot]!;
  }
  return out;
}

function featuresOf(doc: AnalysedDoc, tok: Token): NameFeatures {
  if (tok.kind !== 'word') return NONE;
  const text = tok.text;
  const next = doc.tokens[tok.i + 1];
  const dotted = next !== undefined && next.text === '.' && next.start === tok.end;
  if (dotted && (UPPER_INITIAL.test(text) || INITIALS_2.has(text))) {
    return extend(NONE, { initial: true, cap: true });
  }
  const norm = tok.norm;
  const cap = CAPITALISED.test(text) || HYPHEN_PARTICLE_RE.test(text);
  if (!cap) return NONE;
  const latin = LATIN.test(text);
  const orgShaped =
    tok.morph.every((p) => p.guessed) &&
    ORG_WORD_RE.test(norm) &&
    !SURNAME_RE.test(norm) &&
    !FIRST_NAMES.has(norm);
  if (NOT_NAMES.has(norm) || orgShaped) return extend(NONE, { cap, notName: true, latin });

  const firsts: FirstReading[] = [];
  const listed = FIRST_NAMES.get(norm) ?? [];
  for (const e of listed) firsts.push({ nom: e.nom, sex: e.sex, case: null });
  let dictSurname = false;
  let dictPatronymic: Sex | null = null;
  let geo = false;
  let common = false;
  let unknown = tok.morph.length > 0;
  let nameReading = false;
  for (const p of tok.morph) {
    if (p.guessed) continue;
    unknown = false;
    if (p.name === 'first') {
      nameReading = true;
      const sexes: Sex[] = p.gender === 'femn' ? ['femn'] : p.gender === 'masc' ? ['masc'] : ['masc', 'femn'];
      for (const sex of sexes) {
        const nom = capitalise(p.lemma);
        if (!firsts.some((f) => f.nom === nom && f.sex === sex && f.case === p.case))
          firsts.push({ nom, sex, case: p.case });
      }
    } else if (p.name === 'surname') {
      nameReading = true;
      dictSurname = true;
    } else if (p.name === 'patronymic') {
      nameReading = true;
      dictPatronymic = p.gender === 'femn' ? 'femn' : 'masc';
    } else if (p.tags.has('Geox') || p.tags.has('Orgn')) {
      geo = true;
    } else if (p.pos !== null && !p.tags.has('Abbr') && !p.tags.has('Init')) {
      common = true;
    }
  }
  const best = tok.morph[0];
  if (best && !best.guessed && best.pos !== null && FUNCTION_POS.has(best.pos))
    return extend(NONE, { cap, notName: true });
  const role = best !== undefined && ROLES.has(best.lemma);
  if (role) return extend(NONE, { cap, role: true, common: true });
  // a place reading is decisive unless the word is also a name or shaped like a surname ("Мамонова")
  if (geo && !nameReading && listed.length === 0 && !SURNAME_RE.test(norm))
    return extend(NONE, { cap, notName: true, latin });
  // a common word whose best reading is not a name ("Правительство", "Сегодня")
  const commonWord = common && (!nameReading || (best !== undefined && !best.guessed && best.name === null));

  let patronymic: Sex | null = dictPatronymic;
  if (MALE_PATRONYMIC_RE.test(norm)) patronymic = 'masc';
  else if (FEMALE_PATRONYMIC_RE.test(norm)) patronymic = 'femn';
  else if (TURKIC_PATRONYMIC_RE.test(norm))
    patronymic = norm.endsWith('кызы') || norm.endsWith('қызы') ? 'femn' : 'masc';

  let surname: 0 | 1 | 2 = 0;
  if (dictSurname || (SURNAME_RE.test(norm) && !commonWord)) surname = 2;
  else if (unknown || latin || !commonWord) surname = 1;

  return {
    cap,
    initial: false,
    firsts,
    ambiguousFirst: AMBIGUOUS_FIRST.has(norm) || (commonWord && listed.length === 0 && firsts.length > 0),
    listedFirst: listed.length > 0,
    patronymic,
    surname,
    notName: false,
    geo,
    dictSurname,
    common: commonWord,
    unknown,
    role: false,
    latin,
  };
}
