// Roles from appositions beside a name: "министр финансов Ерулан Жамаубаев", "Ерулан Жамаубаев,
// министр финансов, …", and a plural role noun shared by coordinated names ("Депутаты Ерлан Саиров
// и Мархабат Жайымбетов"). The role is given in the nominative ("депутат Мажилиса").
import {
  analyseWord,
  inflectWord,
  type AnalysedDoc,
  type Case,
  type Parse,
  type Token,
} from '../../document/analyse/index.js';
import { declineName } from './declension.js';
import { LEGISLATURE_LEMMAS, NOT_APPOSITION, ROLES } from './lexicon.js';
import type { NameMention } from './mention.js';

export interface Apposition {
  /** the role in the nominative, its complement as written: "пресс-секретарь президента" */
  role: string;
  /** the role noun's lemma: "пресс-секретарь" */
  head: string;
  /** the role noun token, when it names this one person (singular) */
  nounTok: number | null;
  plural: boolean;
}

const BREAKS = new Set([
  'VERB',
  'INFN',
  'PREP',
  'CONJ',
  'PRCL',
  'ADVB',
  'NPRO',
  'GRND',
  'PRTS',
  'PRED',
  'INTJ',
  'COMP',
]);
const RIGHT_OPENERS = new Set([',', '–', '-', '—', '(']);

/** The role-noun reading of a token, if it has one. */
export function roleReading(tok: Token | undefined): Parse | null {
  if (!tok || tok.kind !== 'word') return null;
  if (tok.morph[0]?.pos === 'NOUN') {
    const known = tok.morph.find((p) => p.pos === 'NOUN' && ROLES.has(p.lemma));
    if (known) return known;
  }
  return compoundRoleReading(tok) ?? unknownRoleReading(tok);
}

/**
 * A role noun with a prefix az does not know, read by its head: "вице-министр" as "министр",
 * "экс-президент" as "президент" (the prefix is written back into the role by nominativeHead).
 */
function compoundRoleReading(tok: Token): Parse | null {
  const dash = tok.norm.lastIndexOf('-');
  if (dash <= 0 || dash === tok.norm.length - 1) return null;
  return analyseWord(tok.norm.slice(dash + 1)).find((p) => p.pos === 'NOUN' && ROLES.has(p.lemma)) ?? null;
}

/** Masculine noun endings, for role nouns az's dictionary lacks: "аким", "акима", "акимом", "акимов". */
const MASCULINE_ENDINGS: ReadonlyArray<readonly [string, Case, 'sing' | 'plur']> = [
  ['', 'nomn', 'sing'],
  ['а', 'gent', 'sing'],
  ['у', 'datv', 'sing'],
  ['ом', 'ablt', 'sing'],
  ['е', 'loct', 'sing'],
  ['ы', 'nomn', 'plur'],
  ['ов', 'gent', 'plur'],
  ['ам', 'datv', 'plur'],
  ['ами', 'ablt', 'plur'],
  ['ах', 'loct', 'plur'],
];

/**
 * A listed role noun the dictionary does not know (Kazakh offices: "аким области", "акимом
 * района"), read by its ending when az only guessed the word.
 */
function unknownRoleReading(tok: Token): Parse | null {
  if (tok.morph.some((p) => !p.guessed)) return null;
  for (const [ending, kase, number] of MASCULINE_ENDINGS) {
    if (!tok.norm.endsWith(ending)) continue;
    const stem = tok.norm.slice(0, tok.norm.length - ending.length);
    if (!ROLES.has(stem)) continue;
    return {
      lemma: stem,
      pos: 'NOUN',
      case: kase,
      number,
      gender: 'masc',
      name: null,
      tags: new Set(['NOUN', 'anim', 'masc', number, kase]),
      score: 1,
      guessed: true,
    };
  }
  return null;
}

/**
 * A noun for a person that is not in the role list, read only right beside a name: "чебоксарский
 * гимнаст Денис Игнатьев", "18-летний студент Глеб Кораблёв", "Абид Насир, 26-летний пакистанец".
 */
export function personNounReading(tok: Token | undefined): Parse | null {
  if (!tok || tok.kind !== 'word' || tok.upper) return null;
  const p = tok.morph[0];
  if (!p || p.pos !== 'NOUN' || p.number !== 'sing' || !p.tags.has('anim')) return null;
  if (p.name !== null || p.guessed) return null;
  // "после боя": a word that is also an inanimate noun is read as that
  if (tok.morph.some((q) => q.pos === 'NOUN' && q.tags.has('inan'))) return null;
  if (NOT_APPOSITION.has(p.lemma)) return null;
  return p;
}

/** The sex a role noun allows: listed, or feminine nouns for women ("девушка", "француженка"). */
export function roleGender(r: Parse): 'masc' | 'femn' | 'any' {
  return ROLES.get(r.lemma)?.gender ?? (r.gender === 'femn' ? 'femn' : 'any');
}

/** Whether the role noun can stand for a person of the mention's sex ("мать" not for a man). */
function sexAgrees(r: Parse, m: NameMention): boolean {
  const g = roleGender(r);
  return g === 'any' || m.sex === null || g === m.sex;
}

/** Whether a token may sit inside a role phrase ("финансов", "США", "«Металлоинвест»"). */
function inPhrase(tok: Token): boolean {
  if (tok.kind === 'punct') return tok.norm === '"';
  if (tok.kind !== 'word') return false;
  const p = tok.morph[0];
  return !p || p.pos === null || !BREAKS.has(p.pos) || tok.upper;
}

const isGenitiveNoun = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && t.morph.some((p) => p.pos === 'NOUN' && p.case === 'gent');

/** "и" between two genitive complements of one role: "вице-министр торговли и интеграции". */
function joinsComplements(toks: readonly Token[], k: number): boolean {
  return toks[k]!.norm === 'и' && isGenitiveNoun(toks[k - 1]) && isGenitiveNoun(toks[k + 1]);
}

/** Cases the name can stand in, when its first word is a dictionary word. */
function nameCases(doc: AnalysedDoc, m: NameMention): Set<Case> | null {
  const tok = doc.tokens[m.firstTok ?? m.surnameToks[0] ?? m.from]!;
  const known = tok.morph.filter((p) => !p.guessed && p.case);
  return known.length > 0 ? new Set(known.map((p) => p.case!)) : null;
}

/** The nominative of a role noun and the adjectives before it: "генерального директора" -> "генеральный директор". */
function nominativeHead(doc: AnalysedDoc, from: number, noun: number, reading: Parse): string {
  const words: string[] = [];
  for (let k = from; k < noun; k++) {
    const tok = doc.tokens[k]!;
    const adj = tok.morph.find((p) => p.pos === 'ADJF');
    let w = adj ? adj.lemma : tok.norm;
    // "российская актриса", "старшая дочь": the adjective agrees with a feminine noun ("глава" is
    // common gender and takes the masculine: "глава администрации")
    if (adj && reading.gender === 'femn' && reading.lemma !== 'глава')
      w = inflectWord(adj.lemma, 'ADJF', ['femn', 'sing', 'nomn']) ?? w;
    words.push(w);
  }
  // a prefix the dictionary did not know stays on the head: "вице-министр"
  const head = doc.tokens[noun]!.norm;
  const dash = head.lastIndexOf('-');
  const prefix = dash > 0 && !reading.lemma.includes('-') ? head.slice(0, dash + 1) : '';
  words.push(prefix + reading.lemma);
  return words.join(' ');
}

/** Extends a role noun leftwards over the adjectives that agree with it ("бывший министр" stays out: see data). */
function adjectivesBefore(doc: AnalysedDoc, noun: number, reading: Parse): number {
  let k = noun;
  while (k - 1 >= 0) {
    const tok = doc.tokens[k - 1]!;
    if (tok.sentence !== doc.tokens[noun]!.sentence || tok.kind !== 'word') break;
    const adj = tok.morph.find((p) => p.pos === 'ADJF' && (!reading.case || p.case === reading.case));
    // pronominal adjectives are not part of a role: "сама испанская королева", "свой сын"
    if (!adj || adj.lemma === 'бывший' || adj.lemma === 'новый' || adj.tags.has('Apro')) break;
    k--;
  }
  return k;
}

/** A "депутат" with no complement belongs to the legislature named in its sentence. */
function withLegislature(doc: AnalysedDoc, head: string, sentence: number): string {
  if (head !== 'депутат') return head;
  const s = doc.sentences[sentence]!;
  for (let k = s.firstToken; k < s.endToken; k++) {
    const tok = doc.tokens[k]!;
    if (!tok.upper) continue;
    for (const lemma of LEGISLATURE_LEMMAS) {
      if (!tok.norm.startsWith(lemma)) continue;
      if (tok.norm === lemma + 'а' || tok.norm === lemma + 'ы') return `${head} ${tok.text}`;
      const gen = declineName(lemma, 'masc')[1]!;
      return `${head} ${tok.text[0]}${gen.slice(1)}`;
    }
  }
  return head;
}

/** A role phrase ending right before the name: "министр финансов Ерулан Жамаубаев". */
export function roleBefore(doc: AnalysedDoc, m: NameMention): Apposition | null {
  const toks = doc.tokens;
  const sentence = toks[m.from]!.sentence;
  const cases = nameCases(doc, m);
  let best: { k: number; r: Parse } | null = null;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 10; k--) {
    const tok = toks[k]!;
    if (tok.sentence !== sentence || (!inPhrase(tok) && !joinsComplements(toks, k))) break;
    const r = roleReading(tok) ?? (k === m.from - 1 ? personNounReading(tok) : null);
    if (r && sexAgrees(r, m) && (!cases || (r.case && cases.has(r.case)) || r.number === 'plur'))
      best = { k, r };
    else if (r) continue;
  }
  if (!best) return null;
  const from = adjectivesBefore(doc, best.k, best.r);
  const head = nominativeHead(doc, from, best.k, best.r);
  const nounEnd = toks[best.k]!.end;
  const rest = doc.text.slice(nounEnd, m.start).trim();
  const plural = best.r.number === 'plur';
  return {
    role: rest ? `${head} ${rest}` : withLegislature(doc, head, sentence),
    head: best.r.lemma,
    nounTok: plural ? null : best.k,
    plural,
  };
}

/** An age written with figures: "26-летний". */
const isAge = (tok: Token): boolean => tok.kind === 'numword' && /летн/.test(tok.norm);

/** A role phrase right after the name, set off by a comma, dash or bracket. */
export function roleAfter(doc: AnalysedDoc, m: NameMention): Apposition | null {
  const toks = doc.tokens;
  const open = toks[m.to];
  if (!open || !RIGHT_OPENERS.has(open.text) || open.sentence !== toks[m.from]!.sentence) return null;
  let k = m.to + 1;
  while (
    k < toks.length &&
    k < m.to + 4 &&
    !roleReading(toks[k]) &&
    (toks[k]!.morph.some((p) => p.pos === 'ADJF') || isAge(toks[k]!))
  )
    k++;
  const r = roleReading(toks[k]) ?? personNounReading(toks[k]);
  if (!r || r.number === 'plur' || !sexAgrees(r, m)) return null;
  const cases = nameCases(doc, m);
  if (cases && r.case && !cases.has(r.case) && r.case !== 'nomn') return null;
  let end = k + 1;
  while (end < toks.length && end < k + 10 && toks[end]!.sentence === open.sentence && inPhrase(toks[end]!))
    end++;
  const from = adjectivesBefore(doc, k, r);
  const head = nominativeHead(doc, from, k, r);
  const rest = doc.text.slice(toks[k]!.end, toks[end - 1]!.end).trim();
  return { role: rest ? `${head} ${rest}` : head, head: r.lemma, nounTok: k, plural: false };
}
