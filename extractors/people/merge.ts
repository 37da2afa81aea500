// Merges name mentions into people: one person per real person, whatever case or shape each
// mention has ("Ерлан Саиров", "Саирова", "Е. Саиров"), and names each person in the nominative.
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';
import type { AnalysedDoc } from '../../document/analyse/index.js';
import { countBelow } from '../../document/sorted.js';
import {
  capitalise,
  declineName,
  patronymicNominative,
  surnameKey,
  sharedCase,
  surnameNominatives,
  type CaseHint,
  type Sex,
  OBLIQUE_ENDINGS,
} from './declension.js';
import type { FirstReading } from './features.js';
import { predicateSex } from './gender.js';
import { EAST_ASIAN, PARTICLES } from './lexicon.js';
import type { NameMention } from './mention.js';

/** A person being assembled from mentions. */
export interface PersonDraft {
  mentions: NameMention[];
  sex: Sex | null;
  /** nominative first names seen, most frequent first (settled by `settleFirsts` once merged) */
  firsts: Map<string, number>;
  /** the nominative first names every first-name mention so far can be read as */
  firstCands: Set<string> | null;
  /** an unlisted word before the surname taken for a given name ("Тарека" in "Тарека Салеха"), by key */
  given: string | null;
  /** nicknames in quotation marks inside a full name ("Джеймс «Бадди» Макгирт"), by key */
  nicknames: Set<string>;
  surnameKey: string | null;
  initials: string | null;
}

/** The sex the shape of a surname form tells, when it does ("Саиров" a man, "Саировой" a woman). */
export function surnameSex(norm: string): Sex | null {
  if (/(ов|ев|ин|ын|ский|цкий|ской)$/.test(norm)) return 'masc';
  if (/(ская|цкая|овой|евой|иной|ыной|овна|евна|ична)$/.test(norm)) return 'femn';
  if (/(овым|евым|иным|ыным|ского|цкого|скому|цкому)$/.test(norm)) return 'masc';
  return null;
}

/** The one sex all the readings share, or null. */
function uniqueSex(firsts: readonly FirstReading[]): Sex | null {
  const sex = firsts[0]?.sex ?? null;
  for (const f of firsts) if (f.sex !== sex) return null;
  return sex;
}

/** Decides the sex of each mention from its own words and its verb. */
export function setMentionSex(doc: AnalysedDoc, m: NameMention, patronymicSex: Sex | null): void {
  const lastSurname = m.surnameToks[m.surnameToks.length - 1];
  const own =
    patronymicSex ??
    uniqueSex(m.firsts) ??
    (lastSurname !== undefined ? surnameSex(doc.tokens[lastSurname]!.norm) : null);
  m.sex = own;
  let hint = caseHint(doc, m);
  if (own === null && hint !== null && hint !== 'nomn' && m.firstTok !== null) {
    // an oblique form names the sex whose declension it belongs to ("имени Евгения" is his genitive)
    const norm = doc.tokens[m.firstTok]!.norm;
    const oblique = m.firsts.filter((f) => fold(f.nom) !== norm && declineName(f.nom, f.sex).includes(norm));
    const sexes = new Set(oblique.map((f) => f.sex));
    if (sexes.size === 1) {
      const sex = [...sexes][0]!;
      m.sex = sex;
      // "Александра" is his genitive and her nominative: a free-standing name whose verb agrees
      // with the other sex is that sex's nominative ("Александра отказалась"), else a weak reading
      if (m.firsts.some((f) => f.sex !== sex && fold(f.nom) === norm)) {
        const verb = governed(doc, m.from) ? null : predicateSex(doc, m.from, m.to);
        if (verb !== null && verb !== sex) {
          m.sex = verb;
          m.sexFromVerb = true;
          hint = 'nomn';
        } else m.sexFromCase = true;
      }
    }
  }
  if (m.sexFromVerb) {
    m.subject = subjectOfVerb(doc, m);
    m.hint = hint;
    return;
  }
  // a name in an oblique case is not the subject: the verb says nothing of its sex
  const verb = hint !== null && hint !== 'nomn' ? null : predicateSex(doc, m.from, m.to);
  m.sex ??= verb;
  m.sexFromVerb = own === null && verb !== null;
  m.subject = subjectOfVerb(doc, m);
  m.hint = verb !== null ? caseHint(doc, m) : hint;
}

/**
 * Whether the word before a name may govern it in an oblique case: a noun, an adjective or a
 * preposition ("жена Александра Панфилова", "для Александра"), so its verb is not the name's.
 */
function governed(doc: AnalysedDoc, from: number): boolean {
  const prev = doc.tokens[from - 1];
  if (!prev || prev.kind !== 'word' || prev.sentence !== doc.tokens[from]!.sentence) return false;
  return prev.morph.some((r) => r.pos === 'NOUN' || r.pos === 'ADJF' || r.pos === 'PREP' || r.pos === 'NUMR');
}

/**
 * Whether a mention is the subject of a finite verb right after it ("Роналду забил гол") or of an
 * inverted attribution right before it ("…, – сказал Теру"): it is then in the nominative.
 */
function subjectOfVerb(doc: AnalysedDoc, m: NameMention): boolean {
  const toks = doc.tokens;
  const finite = (i: number): boolean => {
    const r = toks[i]?.morph[0];
    return (
      r !== undefined &&
      toks[i]!.sentence === toks[m.from]!.sentence &&
      r.pos === 'VERB' &&
      r.number === 'sing' &&
      (r.tags.has('past') || r.tags.has('pres') || r.tags.has('futr')) &&
      !r.tags.has('impr')
    );
  };
  if (finite(m.to)) return !toks[m.from - 1]?.morph.some((r) => r.pos === 'PREP');
  const lead = toks[m.from - 2];
  return (
    finite(m.from - 1) && (!lead || /^[,:–—-]$/.test(lead.text) || lead.sentence !== toks[m.from]!.sentence)
  );
}

/**
 * The tokens of a name read as its non-first-name words: the surname's, and, when no first name or
 * initials were recognised, every word before it too ("Вима Вендерса", "Ходжатолла Ганимифард":
 * a given name in no list is still part of the name).
 */
export function surnameWords(doc: AnalysedDoc, m: NameMention): number[] {
  const first = m.surnameToks[0];
  if (first === undefined || m.firstTok !== null || m.initials !== null || m.shape !== 'full')
    return m.surnameToks;
  const lead: number[] = [];
  for (let k = m.from; k < first; k++) if (doc.tokens[k]!.kind === 'word') lead.push(k);
  return [...lead, ...m.surnameToks];
}

/** Nominative or oblique, as the first name's form shows when the name declines ("Ерлана" vs "Ерлан"). */
function caseHint(doc: AnalysedDoc, m: NameMention, sex: Sex | null = m.sex): CaseHint {
  if (afterImeni(doc, m)) return { ending: 'а' };
  if (m.firstTok === null) {
    const words = surnameWords(doc, m);
    return m.initials === null && words.length > 1 ? sharedCase(words.map((i) => doc.tokens[i]!.text)) : null;
  }
  const first = firstFor(m, sex);
  const reading = m.firsts.find((f) => f.nom === first);
  if (!first || !reading) return null;
  if (declineName(first, reading.sex).length < 2) return middleNameHint(doc, m);
  const norm = doc.tokens[m.firstTok]!.norm;
  return norm === fold(first) ? 'nomn' : { ending: norm.slice(-1) };
}

/**
 * The case an indeclinable first name leaves untold, as a known given name among the middle words
 * shows it ("Абду Рабу Мансура Хади": "Мансура" is only ever a genitive or accusative).
 */
function middleNameHint(doc: AnalysedDoc, m: NameMention): CaseHint {
  for (const i of m.surnameToks.slice(0, -1)) {
    const tok = doc.tokens[i]!;
    const firsts = tok.morph.filter((r) => r.pos === 'NOUN' && r.name === 'first' && !r.guessed);
    if (firsts.length > 0 && firsts.every((r) => r.case !== 'nomn' && r.number !== 'plur'))
      return { ending: tok.norm.slice(-1) };
  }
  return null;
}

/** Whether the name follows "имени"/"им." ("Театр имени Евгения Вахтангова"): it is then in the genitive. */
function afterImeni(doc: AnalysedDoc, m: NameMention): boolean {
  let k = m.from - 1;
  if (doc.tokens[k]?.text === '.') k--;
  const prev = doc.tokens[k];
  return prev !== undefined && prev.sentence === doc.tokens[m.from]!.sentence && IMENI.has(prev.norm);
}

/** The key under which mentions of one surname meet. */
export function mentionKey(doc: AnalysedDoc, m: NameMention): string | null {
  const last = m.surnameToks[m.surnameToks.length - 1];
  return last === undefined ? null : surnameKey(doc.tokens[last]!.text);
}

/** Lower case with ё read as е (most words have no ё: no regular expression for them). */
const fold = (x: string): string => {
  const lower = x.toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
};
const IMENI = new Set(['имени', 'им']);

/**
 * The readings of a mention's first name that can be singular ("Бени" is "Беня" in the genitive,
 * never the plural), from the dictionary's analyses of the word.
 */
function singularFirsts(doc: AnalysedDoc, m: NameMention): readonly FirstReading[] {
  if (m.firstTok === null) return m.firsts;
  const plural = doc.tokens[m.firstTok]!.morph.filter((r) => r.name === 'first' && r.number === 'plur');
  if (plural.length === 0) return m.firsts;
  const out = m.firsts.filter(
    (f) =>
      f.case === null ||
      !plural.some((r) => capitalise(r.lemma) === f.nom && r.case === f.case) ||
      m.firsts.some((g) => g !== f && g.nom === f.nom && g.case === f.case),
  );
  return out.length > 0 ? out : m.firsts;
}

/**
 * The reading of a mention's first name for a sex (any sex when null). Among readings of one sex a
 * nominative one wins ("Алёша" is Алёша, not Алеш's genitive); between the sexes the dictionary's
 * order decides, unless no reading is a nominative, when the sex with more readings of the form
 * does ("Виктории" is Виктория's far more often than Викторий's).
 */
function readingFor(
  m: NameMention,
  sex: Sex | null,
  readings: readonly FirstReading[] = m.firsts,
): FirstReading | null {
  const own = sex ? readings.filter((f) => f.sex === sex) : readings;
  const pool = own.length > 0 ? own : readings;
  if (pool.length === 0) return null;
  const isNomn = (f: FirstReading): boolean => f.case === 'nomn' || f.case === null;
  const sexes = new Set(pool.map((f) => f.sex));
  if (sexes.size === 1) return pool.find(isNomn) ?? pool[0]!;
  if (pool.some(isNomn)) return pool[0]!;
  const masc = pool.filter((f) => f.sex === 'masc').length;
  const femn = pool.length - masc;
  return masc === femn ? pool[0]! : pool.find((f) => f.sex === (masc > femn ? 'masc' : 'femn'))!;
}

function firstFor(m: NameMention, sex: Sex | null): string | null {
  return readingFor(m, sex)?.nom ?? null;
}

/** The nominative first names a mention can be read as, for a sex (any when null). */
function firstNames(m: NameMention, sex: Sex | null): Set<string> {
  const own = sex ? m.firsts.filter((f) => f.sex === sex) : m.firsts;
  return new Set((own.length > 0 ? own : m.firsts).map((f) => f.nom));
}

/** The key of an unlisted word before a surname taken for a given name ("Тарека Салеха" -> "тарек"). */
function givenKey(doc: AnalysedDoc, m: NameMention): string | null {
  if (m.firstTok !== null || m.initials !== null || m.shape !== 'full') return null;
  const words = surnameWords(doc, m);
  return words.length > 1 ? surnameKey(doc.tokens[words[0]!]!.text) : null;
}

function compatible(doc: AnalysedDoc, p: PersonDraft, m: NameMention): boolean {
  if (p.sex && m.sex && p.sex !== m.sex) return false;
  const key = mentionKey(doc, m);
  if (key !== null && p.surnameKey !== null && key !== p.surnameKey) return false;
  if (m.firsts.length > 0 && p.firstCands !== null) {
    // some reading of each first name is one name ("Карла Маркса" is Карл's genitive)
    const names = firstNames(m, p.sex ?? m.sex);
    if (![...p.firstCands].some((f) => names.has(f))) return false;
  }
  // two given names no list knows, or one of them, that differ: two people ("Тарек" and "Али Салех")
  const given = givenKey(doc, m);
  if (given !== null && !p.nicknames.has(given)) {
    const other = p.given ?? (p.firstCands ? fold([...p.firstCands][0] ?? '') : null);
    if (other && other[0] !== given[0]) return false;
  }
  if (m.firsts.length > 0 && p.given !== null && !m.firsts.some((f) => fold(f.nom)[0] === p.given![0]))
    return false;
  const letter = m.initials?.[0] ?? firstFor(m, p.sex ?? m.sex)?.[0];
  const other = p.initials?.[0] ?? (p.firstCands ? [...p.firstCands][0]?.[0] : undefined);
  if (
    letter &&
    other &&
    letter !== other &&
    !(p.firstCands && m.firsts.some((f) => p.firstCands!.has(f.nom)))
  )
    return false;
  return true;
}

function absorb(doc: AnalysedDoc, p: PersonDraft, m: NameMention): void {
  p.mentions.push(m);
  if (!m.sexFromVerb || p.mentions.length === 1) p.sex ??= m.sex;
  p.surnameKey ??= mentionKey(doc, m);
  p.initials ??= m.initials;
  p.given ??= givenKey(doc, m);
  for (let k = m.from + 1; k + 1 < m.to; k++)
    if (doc.tokens[k - 1]!.norm === '"' && doc.tokens[k + 1]!.norm === '"')
      p.nicknames.add(surnameKey(doc.tokens[k]!.text));
  if (m.firsts.length > 0) {
    const names = firstNames(m, p.sex ?? m.sex);
    const both = p.firstCands === null ? names : new Set([...p.firstCands].filter((f) => names.has(f)));
    if (both.size > 0) p.firstCands = both;
    else p.firstCands ??= names;
  }
  const first = firstFor(m, p.sex);
  if (first) p.firsts.set(first, (p.firsts.get(first) ?? 0) + 1);
}

function draftOf(doc: AnalysedDoc, m: NameMention): PersonDraft {
  const p: PersonDraft = {
    mentions: [],
    sex: null,
    firsts: new Map(),
    firstCands: null,
    given: null,
    nicknames: new Set(),
    surnameKey: null,
    initials: null,
  };
  absorb(doc, p, m);
  return p;
}

/**
 * Settles a person's sex and first name once all mentions are in: the sex their own words tell, else
 * the one most first-name readings share; the first name each mention gives for that sex, a form
 * that can be the nominative counting double ("Бени Ганц" and "Бени Ганца" give "Бени", not "Беня").
 */
export function settleFirsts(doc: AnalysedDoc, p: PersonDraft): void {
  const withFirst = p.mentions.filter((m) => m.firsts.length > 0 && m.shape !== 'alias' && !m.variant);
  if (p.sex && withFirst.length > 0 && p.mentions.some((m) => m.sexFromCase)) {
    // the sex came from a form that is also the other sex's nominative ("Александра"): the verbs
    // of the person's other mentions overturn it ("Александра Панфилова", then "Александра отказалась")
    let own = 0;
    let other = 0;
    for (const m of p.mentions) {
      if (m.sex === null) continue;
      // a first name or patronymic of one sex settles it; a surname's ending counts as one verb
      if (m.patronymicTok !== null || uniqueSex(m.firsts) !== null) {
        own = Infinity;
        break;
      }
      const weight = m.sexFromCase ? 0.5 : 1;
      if (m.sex === p.sex) own += weight;
      else if (!m.sexFromCase) other += weight;
    }
    const flip: Sex = p.sex === 'masc' ? 'femn' : 'masc';
    if (other > own && withFirst.every((m) => m.firsts.some((f) => f.sex === flip))) p.sex = flip;
  }
  if (!p.sex && withFirst.length > 0) {
    let masc = 0;
    let femn = 0;
    for (const m of withFirst) {
      const r = readingFor(m, null, singularFirsts(doc, m));
      if (r?.sex === 'masc') masc++;
      else if (r?.sex === 'femn') femn++;
    }
    // the verbs the names go with settle a tie
    for (const m of p.mentions) {
      if (m.sexFromVerb && m.sex === 'masc') masc += 0.5;
      else if (m.sexFromVerb && m.sex === 'femn') femn += 0.5;
    }
    if (masc !== femn) p.sex = masc > femn ? 'masc' : 'femn';
  }
  const votes = new Map<string, number>();
  for (const m of withFirst) {
    let r = readingFor(m, p.sex, singularFirsts(doc, m));
    if (!r) continue;
    if (p.firstCands && !p.firstCands.has(r.nom)) {
      const alt = m.firsts.find((f) => p.firstCands!.has(f.nom) && (!p.sex || f.sex === p.sex));
      if (alt) r = alt;
    }
    let nom = r.nom;
    let weight = r.case === 'nomn' || r.case === null ? 2 : 1;
    // no reading is a nominative, yet the surname beside it is one: the word is the name as written
    if (weight === 1 && m.firstTok !== null && nominativeSurname(doc, m, p.sex)) {
      nom = capitalise(doc.tokens[m.firstTok]!.norm);
      weight = 2;
    }
    votes.set(nom, (votes.get(nom) ?? 0) + weight);
  }
  if (votes.size > 0) p.firsts = new Map([...votes].sort((a, b) => b[1] - a[1]));
}

/** Whether a mention's surname can only be a nominative: a man's surname ending in a consonant. */
function nominativeSurname(doc: AnalysedDoc, m: NameMention, sex: Sex | null): boolean {
  const last = m.surnameToks[m.surnameToks.length - 1];
  if (last === undefined || sex === 'femn') return false;
  const form = doc.tokens[last]!.text;
  const cands = surnameNominatives(form, 'masc');
  return /[бвгджзклмнпрстфхцчшщ]$/.test(fold(form)) && cands.length === 1 && cands[0] === form;
}

/** Groups multi-word mentions (given in text order) into people. */
export function mergeMultiWord(doc: AnalysedDoc, mentions: readonly NameMention[]): PersonDraft[] {
  const people: PersonDraft[] = [];
  // a person's surname key is the one of the mention that started them and never changes here (a
  // mention with a key joins only people with that key; one without adds none), so the people a
  // keyed mention can join are those of its key, in the order they were started (or, spelled
  // another way, the one person fullVariantOf finds, whose key stays its own)
  const byKey = new Map<string, PersonDraft[]>();
  for (const m of mentions) {
    const key = mentionKey(doc, m);
    let match: PersonDraft | undefined;
    if (key !== null) {
      match = byKey.get(key)?.find((p) => compatible(doc, p, m));
      if (!match) {
        match = fullVariantOf(people, m, key) ?? undefined;
        // another spelling does not vote on the person's name
        if (match) m.variant = true;
      }
    } else {
      const fits = people.filter((p) => p.firsts.size > 0 && compatible(doc, p, m));
      // a first name and patronymic ("Владимир Владимирович") go to the person most named by them
      match =
        fits.length > 1 ? fits.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a)) : fits[0];
    }
    if (match) absorb(doc, match, m);
    else {
      const p = draftOf(doc, m);
      people.push(p);
      if (p.surnameKey !== null) {
        const bucket = byKey.get(p.surnameKey);
        if (bucket) bucket.push(p);
        else byKey.set(p.surnameKey, [p]);
      }
    }
  }
  return people;
}

/** The shortest surname key a spelling variant is looked for on ("гонзалес"; not "петр" of "Петров"). */
const FULL_VARIANT_LENGTH = 6;

/**
 * The one person a full name names in another spelling of the surname ("Эда Гонсалеса" after "Эд
 * Гонзалес"): the same first name, a surname one letter apart (Damerau-Levenshtein; "Петров" and
 * "Петриков" stay two people), and no other such person.
 */
function fullVariantOf(people: readonly PersonDraft[], m: NameMention, key: string): PersonDraft | null {
  // a first name and the surname only: a middle name makes the reading of the parts less sure
  if (key.length < FULL_VARIANT_LENGTH || m.firsts.length === 0 || m.to - m.from !== 2) return null;
  const found = people.filter(
    (p) =>
      p.surnameKey !== null &&
      p.surnameKey.length >= FULL_VARIANT_LENGTH &&
      !(p.sex && m.sex && p.sex !== m.sex) &&
      m.firsts.some((f) => p.firsts.has(f.nom)) &&
      levenshtein.DamerauLevenshteinDistance(spelling(p.surnameKey), spelling(key)) <= 1,
  );
  return found.length === 1 ? found[0]! : null;
}

/**
 * The people a single word can name, found by key rather than by trying everyone: by the surname keys
 * and nicknames each person has, and by the first names they have had (a person stays listed under a
 * key they no longer have; callers check the person). Lists keep the people's order; each person's
 * mention offsets are kept sorted to find the one nearest a word.
 */
class PeopleIndex {
  private readonly order = new Map<PersonDraft, number>();
  private readonly listed = new Map<PersonDraft, Set<string>>();
  private readonly bySurname = new Map<string, PersonDraft[]>();
  private readonly byFirst = new Map<string, PersonDraft[]>();
  private readonly starts = new Map<PersonDraft, number[]>();
  /** whether some mention is not a single surname or an alias; not a first name or a surname alone */
  private readonly named = new Map<PersonDraft, { beyondSurname: boolean; full: boolean }>();
  /** surnames for variantOf, by their spelling's first letter and by its rarest letters */
  private readonly spelt = new Map<PersonDraft, string>();
  private readonly byInitial = new Map<string, PersonDraft[]>();
  private readonly byRare = new Map<string, PersonDraft[]>();

  constructor(
    private readonly doc: AnalysedDoc,
    people: readonly PersonDraft[],
  ) {
    for (const p of people) this.add(p);
  }

  /** Lists a new person (the last one). */
  add(p: PersonDraft): void {
    this.order.set(p, this.order.size);
    this.listed.set(p, new Set());
    this.starts.set(p, []);
    this.named.set(p, { beyondSurname: false, full: false });
    for (const m of p.mentions) this.noteMention(p, m);
    this.update(p);
  }

  /** Takes in what a person gained with a mention just absorbed. */
  absorbed(p: PersonDraft, m: NameMention): void {
    this.noteMention(p, m);
    this.update(p);
  }

  private noteMention(p: PersonDraft, m: NameMention): void {
    const starts = this.starts.get(p)!;
    starts.splice(countBelow(starts, m.start, true), 0, m.start);
    const named = this.named.get(p)!;
    if (m.shape !== 'surname' && m.shape !== 'alias') named.beyondSurname = true;
    if (m.shape !== 'first' && m.shape !== 'surname') named.full = true;
  }

  private update(p: PersonDraft): void {
    if (p.surnameKey !== null) this.list(this.bySurname, 's' + p.surnameKey, p.surnameKey, p);
    for (const k of p.nicknames) this.list(this.bySurname, 's' + k, k, p);
    for (const f of p.firsts.keys()) this.list(this.byFirst, 'f' + f, f, p);
    if (p.firstCands) for (const f of p.firstCands) this.list(this.byFirst, 'f' + f, f, p);
    if (!this.named.get(p)!.beyondSurname) return;
    const last = surnameOf(this.doc, p)?.split(' ').pop();
    if (!last || last.length < 5) return;
    const target = spelling(last);
    if (this.spelt.get(p) === target) return;
    this.spelt.set(p, target);
    this.list(this.byInitial, 'i' + target[0]!, target[0]!, p);
    for (const item of rarestLetters(target)) this.list(this.byRare, 'r' + item, item, p);
  }

  private list(map: Map<string, PersonDraft[]>, tag: string, key: string, p: PersonDraft): void {
    const listed = this.listed.get(p)!;
    if (listed.has(tag)) return;
    listed.add(tag);
    const list = map.get(key);
    if (!list) {
      map.set(key, [p]);
      return;
    }
    // people are listed in order; one gaining a key later goes to its place
    const at = this.order.get(p)!;
    let k = list.length;
    while (k > 0 && this.order.get(list[k - 1]!)! > at) k--;
    list.splice(k, 0, p);
  }

  /** The people who may bear a surname key (as theirs or as a nickname), in order. */
  withSurname(key: string): readonly PersonDraft[] {
    return this.bySurname.get(key) ?? [];
  }

  /** The people who may bear one of the first names, in order. */
  withFirst(names: readonly string[]): readonly PersonDraft[] {
    const lists = names.map((n) => this.byFirst.get(n)).filter((l): l is PersonDraft[] => l !== undefined);
    if (lists.length <= 1) return lists[0] ?? [];
    return [...new Set(lists.flat())].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /**
   * The people whose surname may be as alike as VARIANT_SIMILARITY to one of the spellings, in
   * order: those whose surname starts with the same letter, and those sharing one of its rarest
   * letters (see rarestLetters), as a surname starting with another letter must.
   */
  withSurnameLike(spellings: readonly string[]): readonly PersonDraft[] {
    const found = new Set<PersonDraft>();
    const each = (list: readonly PersonDraft[] | undefined): void => {
      if (list) for (const p of list) found.add(p);
    };
    for (const w of spellings) {
      if (w === '') continue;
      each(this.byInitial.get(w[0]!));
      for (const item of rarestLetters(w)) each(this.byRare.get(item));
    }
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** Whether some mention of the person is more than a surname alone or an alias. */
  beyondSurname(p: PersonDraft): boolean {
    return this.named.get(p)!.beyondSurname;
  }

  /** Whether some mention of the person is more than a first name or a surname alone. */
  namedInFull(p: PersonDraft): boolean {
    return this.named.get(p)!.full;
  }

  /** The distance from a mention of the person to an offset: before it counts, after it comes second. */
  distance(p: PersonDraft, start: number): number {
    const starts = this.starts.get(p)!;
    const lo = countBelow(starts, start, true);
    let d = Infinity;
    if (lo > 0) d = start - starts[lo - 1]!;
    if (lo < starts.length) d = Math.min(d, 1e9 + starts[lo]! - start);
    return d;
  }

  /** The offset of the person's last mention before an offset, or -1. */
  lastBefore(p: PersonDraft, start: number): number {
    const starts = this.starts.get(p)!;
    const lo = countBelow(starts, start);
    return lo > 0 ? starts[lo - 1]! : -1;
  }
}

/** Attaches single-word mentions to the person they most likely name, or starts new people. */
export function attachSingles(
  doc: AnalysedDoc,
  people: PersonDraft[],
  singles: readonly NameMention[],
): void {
  const index = new PeopleIndex(doc, people);
  for (const m of singles) {
    let bestP = nearestNamed(doc, index, m, m.shape);
    // a word that is a first name can be someone's surname ("Мохамад" for "Махатхир Мохамад")
    if (!bestP && m.shape === 'first' && m.firstTok !== null) {
      bestP = nearestNamed(doc, index, m, 'surname');
      if (bestP) {
        m.surnameToks = [m.firstTok];
        m.sex = m.sexFromVerb ? m.sex : surnameSex(doc.tokens[m.firstTok]!.norm);
        // the case the word showed as a first name says nothing of it as a surname
        m.hint = m.subject ? 'nomn' : null;
        m.firstTok = null;
        m.firsts = [];
        m.shape = 'surname';
      }
    }
    if (!bestP && m.shape === 'surname') {
      bestP = variantOf(doc, people, index, m);
      // another spelling does not vote on the person's name
      if (bestP) m.variant = true;
    }
    // a foreign first name no list knows reads as a surname ("Бриджит" for "Брижит Бардо")
    if (!bestP && (m.shape === 'first' || (m.shape === 'surname' && m.to - m.from === 1))) {
      bestP = firstVariantOf(doc, people, m);
      if (bestP) m.variant = true;
    }
    if (bestP) {
      absorb(doc, bestP, m);
      index.absorbed(bestP, m);
    } else {
      const p = draftOf(doc, m);
      people.push(p);
      index.add(p);
    }
  }
  for (const p of people) settleFirsts(doc, p);
  dropFamilyPlurals(doc, people);
  dropNamesInTitles(doc, people);
}

/** Plural endings of a family name on a consonant stem ("Скрипали", "Скрипалей", "Бекхэмов"). */
const PLURAL_ENDINGS = ['ы', 'и', 'ов', 'ев', 'ей', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях'];

/** The plural forms of a nominative surname: the family, not one person ("Скрипаль" -> "Скрипалей"). */
export function familyForms(nom: string): string[] {
  const w = fold(nom);
  // ("-ым", "-им" are also a man's instrumental: "с Путиным")
  if (/(ов|ев|ин|ын)$/.test(w)) return ['ы', 'ых', 'ыми'].map((e) => w + e);
  if (/(ский|цкий)$/.test(w)) return ['ие', 'их', 'ими'].map((e) => w.slice(0, -2) + e);
  if (!/[бвгджзклмнпрстфхцчшщьй]$/.test(w)) return [];
  const stem = /[ьй]$/.test(w) ? w.slice(0, -1) : w;
  return PLURAL_ENDINGS.map((e) => stem + e).filter((f) => f !== w);
}

/**
 * A single surname in the plural of a surname someone in the article bears is their family
 * ("отравление Скрипалей", "семья Бекхэмов"), not a mention of one person: it is dropped.
 */
function dropFamilyPlurals(doc: AnalysedDoc, people: PersonDraft[]): void {
  const plurals = new Set<string>();
  const singulars = new Set<string>();
  for (const p of people) {
    if (!p.mentions.some((m) => m.to - m.from > 1 && m.shape !== 'alias')) continue;
    const last = surnameOf(doc, p)?.split(' ').pop();
    if (!last) continue;
    singulars.add(fold(last));
    for (const f of familyForms(last)) plurals.add(f);
  }
  for (const p of people) {
    p.mentions = p.mentions.filter((m) => {
      if (m.shape !== 'surname' || m.to - m.from !== 1) return true;
      const form = doc.tokens[m.from]!.norm;
      return !plurals.has(form) || singulars.has(form);
    });
  }
  for (let k = people.length - 1; k >= 0; k--) if (people[k]!.mentions.length === 0) people.splice(k, 1);
}

/** Words that mark «…» as someone's words rather than a title: the speaker's and the listener's pronouns. */
const SPEECH_PRONOUNS = new Set([
  'я',
  'мы',
  'ты',
  'вы',
  'мне',
  'меня',
  'нам',
  'нас',
  'вам',
  'вас',
  'мой',
  'наш',
  'ваш',
]);

/**
 * The «…» title around tokens [from, to), or null when they are not inside one: a pair of guillemets
 * in one sentence, not a quotation (no pronoun of the speaker or listener inside, no colon before,
 * no dash after).
 */
function titleAround(doc: AnalysedDoc, from: number, to: number): { open: number; close: number } | null {
  const toks = doc.tokens;
  const sentence = toks[from]!.sentence;
  let open = -1;
  for (let k = from - 1; k >= 0 && k >= from - 10 && toks[k]!.sentence === sentence; k--) {
    if (toks[k]!.text === '»') return null;
    if (toks[k]!.text === '«') {
      open = k;
      break;
    }
  }
  if (open < 0) return null;
  let close = -1;
  for (let k = to; k < toks.length && k < to + 10 && toks[k]!.sentence === sentence; k++) {
    if (toks[k]!.text === '«') return null;
    if (toks[k]!.text === '»') {
      close = k;
      break;
    }
  }
  if (close < 0 || toks[open - 1]?.text === ':') return null;
  const after = toks[close + 1]?.text === ',' ? toks[close + 2] : toks[close + 1];
  if (after && /^[-–—]$/.test(after.text)) return null;
  for (let k = open + 1; k < close; k++) if (SPEECH_PRONOUNS.has(toks[k]!.norm)) return null;
  return { open, close };
}

/**
 * Characters in the title of a work ("«Пепи, Люси, Бом и остальные девушки»", "«Арлекин и дама»",
 * "«Иван Васильевич меняет профессию»") are not people of the article: a person named only by a
 * first name or a single word, every time inside a «…» title that holds other words, is dropped.
 * A title that is a full name alone («Джон Адамс») and a full name in a title are kept.
 */
function dropNamesInTitles(doc: AnalysedDoc, people: PersonDraft[]): void {
  for (let k = people.length - 1; k >= 0; k--) {
    const p = people[k]!;
    const inTitles = p.mentions.every((m) => {
      // a first name, a single word, or a first name and patronymic ("Иван Васильевич")
      const patronymicOnly =
        m.shape === 'full' &&
        m.surnameToks.length === 1 &&
        doc.tokens[m.surnameToks[0]!]!.morph.some((r) => r.name === 'patronymic');
      if (m.shape !== 'first' && m.shape !== 'surname' && m.shape !== 'first-patronymic' && !patronymicOnly)
        return false;
      // a surname the dictionary knows names a real person ("«Пиры Валтасара, или Ночь со Сталиным»")
      if (m.shape === 'surname' && doc.tokens[m.from]!.morph.some((r) => r.name === 'surname' && !r.guessed))
        return false;
      const t = titleAround(doc, m.from, m.to);
      if (!t) return false;
      let others = 0;
      for (let i = t.open + 1; i < t.close; i++)
        if ((i < m.from || i >= m.to) && doc.tokens[i]!.kind === 'word') others++;
      return others > 0 && t.close - t.open - 1 <= 10 && doc.tokens[t.open + 1]!.upper;
    });
    if (inTitles) people.splice(k, 1);
  }
}

/** The person whose name a single word matches as a surname or as a first name, nearest before it first. */
/** Whether the dictionary knows a word as a surname (not by guessing). */
function knownSurname(doc: AnalysedDoc, i: number): boolean {
  return doc.tokens[i]!.morph.some((r) => r.name === 'surname' && !r.guessed);
}

function nearestNamed(
  doc: AnalysedDoc,
  index: PeopleIndex,
  m: NameMention,
  as: NameMention['shape'],
): PersonDraft | null {
  const key =
    as === 'surname'
      ? m.firstTok !== null
        ? surnameKey(doc.tokens[m.firstTok]!.text)
        : mentionKey(doc, m)
      : null;
  if (as === 'surname' && key === null) return null;
  const people = as === 'surname' ? index.withSurname(key!) : index.withFirst(m.firsts.map((f) => f.nom));
  let bestP: PersonDraft | null = null;
  let bestScore = Infinity;
  for (const p of people) {
    if (as === 'surname') {
      if (p.surnameKey !== key && !p.nicknames.has(key!)) continue;
      // a first name is taken for a surname only of someone named in full, or when the dictionary
      // knows the word as a surname too ("Сталина" after "Сталиным")
      if (m.shape === 'first' && !index.namedInFull(p) && !knownSurname(doc, m.firstTok!)) continue;
    } else if (!m.firsts.some((f) => p.firsts.has(f.nom) || p.firstCands?.has(f.nom))) continue;
    // read as a surname, the word's first-name readings say nothing of the sex
    const sex = as === 'surname' && m.shape === 'first' ? surnameSex(doc.tokens[m.firstTok!]!.norm) : m.sex;
    if (p.sex && sex && p.sex !== sex && !m.sexFromVerb) continue;
    if (as === 'surname' && m.shape === 'surname' && p.surnameKey === key && !explainsForm(doc, p, m))
      continue;
    // the nearest mention before this one wins; a person named only later comes second
    const score = index.distance(p, m.start);
    if (score < bestScore) {
      bestScore = score;
      bestP = p;
    }
  }
  return bestP;
}

/** How alike two spellings of a first name must be to be one name ("Бриджит" / "Брижит"). */
const FIRST_VARIANT_SIMILARITY = 0.9;

/**
 * The person a single first name names in another spelling ("Бриджит" for "Брижит Бардо"): a person
 * named in full whose first name is alike by Jaro-Winkler, when exactly one is. The dictionary's
 * sex of a foreign first name yields to the verb's ("Бриджит", listed as a man's name, "отметила").
 */
function firstVariantOf(
  doc: AnalysedDoc,
  people: readonly PersonDraft[],
  m: NameMention,
): PersonDraft | null {
  const found = new Set<PersonDraft>();
  let verb: Sex | null | undefined;
  const sexAgrees = (sex: Sex): boolean => {
    if (!m.sex || m.sex === sex) return true;
    verb ??= predicateSex(doc, m.from, m.to);
    return verb === sex;
  };
  const forms = m.firsts.length > 0 ? m.firsts.map((f) => f.nom) : [doc.tokens[m.from]!.text];
  for (const p of people) {
    if (p.surnameKey === null || (p.sex && !sexAgrees(p.sex))) continue;
    for (const name of p.firsts.keys()) {
      if (name.length < 4) continue;
      if (forms.some((f) => f.length >= 4 && similarFirst(spelling(f), spelling(name)))) found.add(p);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * Whether two strings' lengths let their Jaro-Winkler similarity (natural's: prefix weight 0.1 over
 * at most 4 letters) reach `threshold`: Jaro is at most (2 + shorter / longer) / 3, so strings of
 * very different lengths are told apart without comparing them (long texts compare thousands).
 */
function reachable(a: string, b: string, threshold: number): boolean {
  const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length, 1);
  const jaro = (2 + ratio) / 3;
  return jaro + 0.4 * (1 - jaro) + 1e-9 >= threshold;
}

/** Whether two spelt first names are alike enough to be one name in two spellings. */
const similarFirst = (a: string, b: string): boolean =>
  reachable(a, b, FIRST_VARIANT_SIMILARITY) && jaroWinkler(a, b) >= FIRST_VARIANT_SIMILARITY;

/** How alike two spellings of a surname must be to be one name ("Бэкхем" / "Бекхэм"). */
const VARIANT_SIMILARITY = 0.93;
const spelling = (x: string): string => fold(x).replace(/э/g, 'е');

/**
 * The person a single surname names in another spelling ("Бэкхем" for "Дэвид Бекхэм", "Капричков"
 * for "Борис Карпичков"), by Jaro-Winkler similarity to the person's surname; the nearest person
 * before the mention among the most similar.
 */
function variantOf(
  doc: AnalysedDoc,
  people: readonly PersonDraft[],
  index: PeopleIndex,
  m: NameMention,
): PersonDraft | null {
  const form = doc.tokens[m.surnameToks[0]!]!.text;
  if (form.length < 5) return null;
  const spelt = spelling(form);
  const nominatives = new Map<Sex, string[]>();
  let best: PersonDraft | null = null;
  let bestSim = VARIANT_SIMILARITY;
  let bestStart = -1;
  const like = [spelt, ...surnameNominatives(form, 'masc'), ...surnameNominatives(form, 'femn')];
  for (const p of index.withSurnameLike(like.map(spelling))) {
    if (p.sex && m.sex && p.sex !== m.sex && !m.sexFromVerb) continue;
    if (!index.beyondSurname(p)) continue;
    const last = surnameOf(doc, p)?.split(' ').pop();
    if (!last || last.length < 5) continue;
    const target = spelling(last);
    const sex = p.sex ?? 'masc';
    let cands = nominatives.get(sex);
    if (!cands) {
      cands = surnameNominatives(form, sex).map(spelling);
      nominatives.set(sex, cands);
    }
    if (!reachable(spelt, target, bestSim) && !cands.some((c) => reachable(c, target, bestSim))) continue;
    let sim = jaroWinkler(spelt, target);
    for (const c of cands) sim = Math.max(sim, jaroWinkler(c, target));
    if (sim < bestSim) continue;
    const start = index.lastBefore(p, m.start);
    if (sim > bestSim || start > bestStart) {
      best = p;
      bestSim = sim;
      bestStart = start;
    }
  }
  return best;
}

/** Letters from rarest to most frequent in Russian (others come before all of them). */
const BY_RARITY = [...'ъщэфцшжюхйчбгзьыяупдмклвсртниаео'];
const RARITY = new Map(BY_RARITY.map((c, k) => [c, k]));

/**
 * The rarest letters of a spelling (each the n-th of its letter: "о2"), as many as any spelling
 * Jaro-alike to it without a common first letter must share some of. Two words sharing no first
 * letter are VARIANT_SIMILARITY alike only when Jaro similarity is: (m/a + m/b + (m-t)/m) / 3 >=
 * 0.93 needs m/a + m/b >= 1.79, so m >= 0.79 × the shorter length and both share that many letters
 * (m matched letters are common to both). Two sets of n letters sharing k have, in any one order of
 * letters, their first n - k + 1 in common; the order is rarest first to keep the lists short.
 */
function rarestLetters(w: string): string[] {
  const seen = new Map<string, number>();
  const items: { c: string; key: string }[] = [];
  for (const c of w) {
    const n = (seen.get(c) ?? 0) + 1;
    seen.set(c, n);
    items.push({ c, key: c + n });
  }
  const rank = (c: string): number => RARITY.get(c) ?? -1;
  items.sort((a, b) => rank(a.c) - rank(b.c) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shared = Math.max(1, Math.floor(0.789 * items.length));
  return items.slice(0, items.length - shared + 1).map((i) => i.key);
}

/** Whether the single surname form can be a case form of the person's surname for their sex. */
function explainsForm(doc: AnalysedDoc, p: PersonDraft, m: NameMention): boolean {
  if (!p.sex) return true;
  const form = doc.tokens[m.surnameToks[0]!]!.text;
  const nom = surnameOf(doc, p);
  // the surname proper: the name's last word ("Никлас Лидстрём" -> "Лидстрём")
  const last = nom?.split(' ').pop() ?? null;
  return last === null || surnameNominatives(form, p.sex).some((c) => fold(c) === fold(last));
}

/**
 * The nominative candidates of a mention's surname, best first, as its case hint allows: a first name
 * in the nominative beside it leaves only the form as written ("Биньямин Нетаньяху"); an oblique one
 * whose ending the surname shares leaves only the declined readings ("Джастина Теру" keeps "Теру").
 */
function hintedCandidates(form: string, sex: Sex, hint: CaseHint): { cands: string[]; strict: boolean } {
  const cands = surnameNominatives(form, sex, hint);
  if (hint === null || form.includes('-')) return { cands, strict: false };
  if (hint === 'nomn') return { cands: [form], strict: true };
  // beside his first name in "-а"/"-я" (genitive or animate accusative) a surname in consonant + "ю"
  // is the accusative of one in "-я" ("Небензю Василия" -> "Небензя"); "-у" is left alone, as
  // indeclinable surnames take it ("Сергея Шойгу")
  if (sex === 'masc' && /[^аоеиуыэюя]ю$/.test(fold(form)) && (hint.ending === 'а' || hint.ending === 'я'))
    return { cands: [form.slice(0, -1) + 'я'], strict: true };
  const fits = OBLIQUE_ENDINGS[hint.ending]?.test(fold(form)) ?? false;
  const declined = cands.filter((c) => c !== form);
  return fits && declined.length > 0 ? { cands: declined, strict: true } : { cands, strict: false };
}

/**
 * The person's surname in the nominative, chosen to explain every form the article uses: the reading
 * that most mentions can be a case form of (a mention whose first name shows its case counting
 * double), then the one each mention ranks highest, the dictionary's surname reading backing its
 * lemma ("Ричардсона" -> "Ричардсон"), then the earliest.
 */
export function surnameOf(doc: AnalysedDoc, p: PersonDraft): string | null {
  const t = tallyOf(doc, p);
  const noFirsts = p.firsts.size === 0;
  if (t.chosen && t.chosen.seen === t.seen && t.chosen.noFirsts === noFirsts) return t.chosen.value;
  const value = chooseSurname(t, noFirsts);
  t.chosen = { seen: t.seen, noFirsts, value };
  return value;
}

/** The readings of a person's surname the mentions so far support, and the forms they cover. */
interface SurnameTally {
  /** the mentions and the sex tallied: a new list or another sex starts over */
  mentions: readonly NameMention[];
  sex: Sex | null;
  /** how many of the mentions are tallied (mentions are only ever added at the end) */
  seen: number;
  order: number;
  support: Map<string, { n: number; order: number; text: string }>;
  cover: Map<string, number>;
  chosen: { seen: number; noFirsts: boolean; value: string | null } | null;
}

/**
 * Tallies are kept per person and brought up to date with the mentions added since, so naming a
 * person once more costs the new mentions only, not all of them again.
 */
const tallies = new WeakMap<PersonDraft, SurnameTally>();

function tallyOf(doc: AnalysedDoc, p: PersonDraft): SurnameTally {
  let t = tallies.get(p);
  if (!t || t.mentions !== p.mentions || t.sex !== p.sex || t.seen > p.mentions.length) {
    t = {
      mentions: p.mentions,
      sex: p.sex,
      seen: 0,
      order: 0,
      support: new Map(),
      cover: new Map(),
      chosen: null,
    };
    tallies.set(p, t);
  }
  for (; t.seen < p.mentions.length; t.seen++) tallyMention(doc, t, p.mentions[t.seen]!);
  return t;
}

function tallyMention(doc: AnalysedDoc, t: SurnameTally, m: NameMention): void {
  const { support, cover } = t;
  const sex = t.sex ?? 'masc';
  if (m.surnameToks.length === 0 || m.variant) return;
  const words = surnameWords(doc, m).map((i) => doc.tokens[i]!.text);
  const hint =
    (m.firstTok !== null ? caseHint(doc, m, t.sex) : (m.hint ?? null)) ?? (m.subject ? 'nomn' : null);
  // East Asian names: the surname never declines ("Ху Цзиньтао", not "Х"), nor does a given name
  // ending in a vowel, bar a case ending ("Ли Чжаньшу"; "Си Цзиньпина")
  const eastAsian = m.firstTok === null && EAST_ASIAN.has(doc.tokens[m.from]!.norm);
  const head = words
    .slice(0, -1)
    .map((w) => (/^\p{Lu}/u.test(w) && !eastAsian ? (surnameNominatives(w, sex, hint)[0] ?? w) : w));
  const lastForm = words[words.length - 1]!;
  const { cands, strict } = eastAsian
    ? { cands: eastAsianNominatives(lastForm), strict: false }
    : hintedCandidates(lastForm, sex, hint);
  // the dictionary's surname reading (known, or guessed as a surname) backs its lemma
  const lastTok = doc.tokens[m.surnameToks[m.surnameToks.length - 1]!]!;
  const lemmas = new Map<string, number>();
  for (const r of lastTok.morph) {
    if (r.pos !== 'NOUN' || (r.gender !== sex && r.gender !== null) || r.number === 'plur') continue;
    const bonus = r.guessed ? (r.name === 'surname' ? 2 : 1) : 2;
    if (bonus > (lemmas.get(r.lemma) ?? 0)) lemmas.set(r.lemma, bonus);
  }
  cands.forEach((c, rank) => {
    const text = [...head, c].join(' ');
    const k = text.toLowerCase();
    const s = support.get(k) ?? { n: 0, order: t.order++, text };
    s.n += (rank === 0 ? (hint ? 3 : 2) : 1) + (lemmas.get(fold(c)) ?? 0);
    support.set(k, s);
    const last = fold(c);
    if (rank === cands.indexOf(c)) cover.set(last, (cover.get(last) ?? 0) + (strict ? 2 : 1));
  });
}

/**
 * An East Asian given name ending in a vowel stays as written ("Ху Цзиньтао", "Ли На"), unless it is
 * a case ending on a syllable in "-н" ("Си Цзиньпина", "Ким Чен Ына", "Мао Цзэдуном"): the name
 * without it then comes first.
 */
function eastAsianNominatives(form: string): string[] {
  const m = /\p{L}\p{L}*н(а|у|е|ом)$/u.exec(form);
  if (!m || form.length - m[1]!.length < 2) return [form];
  return [form.slice(0, -m[1]!.length), form];
}

function chooseSurname(t: SurnameTally, noFirsts: boolean): string | null {
  const { support, cover } = t;
  // the surname proper is voted on by every mention; the fullest reading with it is kept
  // ("Лидстрем" twice and "Никлас Лидстрём" once give "Никлас Лидстрём")
  const lastWord = (t: string): string => fold(t.split(' ').pop() ?? t);
  const votes = new Map<string, { c: number; n: number; order: number }>();
  for (const s of support.values()) {
    const k = lastWord(s.text);
    const v = votes.get(k) ?? { c: cover.get(k) ?? 0, n: 0, order: s.order };
    v.n += s.n;
    v.order = Math.min(v.order, s.order);
    votes.set(k, v);
  }
  let bestKey: string | null = null;
  for (const [k, v] of votes) {
    const b = bestKey === null ? null : votes.get(bestKey)!;
    if (!b || v.c > b.c || (v.c === b.c && (v.n > b.n || (v.n === b.n && v.order < b.order)))) bestKey = k;
  }
  let best: { n: number; order: number; text: string } | null = null;
  const words = (t: string): number => t.split(' ').length;
  for (const s of support.values()) {
    if (lastWord(s.text) !== bestKey) continue;
    // a fuller reading only stands in for a first name no list knows, or keeps a particle ("Коби
    // Бин Брайант", "Мохаммед бин Салман")
    const particle = s.text.split(' ').some((w) => PARTICLES.has(fold(w)));
    const fuller = noFirsts || particle ? words(s.text) - (best ? words(best.text) : 0) : 0;
    if (!best || fuller > 0 || (fuller === 0 && (s.n > best.n || (s.n === best.n && s.order < best.order))))
      best = s;
  }
  return best?.text ?? null;
}

/** The fullest nominative name the article gives the person. */
export function nameOf(doc: AnalysedDoc, p: PersonDraft): string {
  const first = [...p.firsts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const surname = surnameOf(doc, p);
  // the patronymic of a mention that gives the surname too ("Глеб Вячеславович Кораблёв"); a first
  // name with a patronymic alone ("Владимир Владимирович") names the person only when nothing else does
  const patronymicTok =
    p.mentions.find((m) => m.patronymicTok !== null && (m.surnameToks.length > 0 || surname === null))
      ?.patronymicTok ?? null;
  const patronymic = patronymicTok !== null ? patronymicNominative(doc.tokens[patronymicTok]!.text) : null;
  // initials as Russian print spaces them: "Н. П. Старостин"
  const initials = p.initials?.replace(/\.(?=\S)/g, '. ') ?? null;
  const parts = first ? [first, patronymic, surname] : [initials, surname];
  const name = parts.filter((x): x is string => !!x).join(' ');
  const m0 = p.mentions[0]!;
  return name || doc.text.slice(m0.start, m0.end);
}
