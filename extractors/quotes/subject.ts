// Finds the noun group that names who speaks: the subject of a speech verb ("Саиров сказал",
// "сказал Саиров", "заявил музыкант"), the genitive after "по словам", or the object of "цитирует".
// Anchors are tokens of known people, personal pronouns, role nouns, source nouns and capitalised
// words; the group grows around the anchor over names, titles and genitive complements.
import { type Case, type Gender, type Token, sentenceInitial } from '../../document/analyse/index.js';
import type { QuoteContext } from './context.js';
import { ROLE_NOUNS } from './lexicon/roles.js';
import { AGENT_NOUNS, SOURCE_NOUNS } from './lexicon/sources.js';

/**
 * 'unnamed': a person the article does not name, by a common noun the lexicons do not list
 * ("очевидец", "участник газового рынка", "один из участников встречи").
 */
export type GroupType = 'person' | 'pronoun' | 'role' | 'name' | 'source' | 'unnamed';

/** The noun group standing for a speaker or source. */
export interface NounGroup {
  /** token range [first, last] */
  first: number;
  last: number;
  anchor: number;
  /** whether the group was looked for in the nominative (then its names are written as in the name) */
  nominative: boolean;
  type: GroupType;
  /** person index for 'person' groups (and for names that matched a known person), else -1 */
  person: number;
  gender: Gender | null;
  plural: boolean;
  /** more than one person joined by "и" */
  coordinated: boolean;
  /** a role noun standing alone (maybe with adjectives): it refers back to someone named earlier */
  bare: boolean;
}

/** What the speaker word must agree with. */
export interface Agreement {
  cases: readonly Case[];
  gender: Gender | null;
  plural: boolean | null;
}

const PRONOUNS: Readonly<Record<string, { gender: Gender | null; plural: boolean }>> = {
  он: { gender: 'masc', plural: false },
  она: { gender: 'femn', plural: false },
  они: { gender: null, plural: true },
};
const POSSESSIVES: Readonly<Record<string, { gender: Gender | null; plural: boolean }>> = {
  его: { gender: 'masc', plural: false },
  ее: { gender: 'femn', plural: false },
  их: { gender: null, plural: true },
};

const isLatin = (t: Token): boolean => /^[A-Za-z]/u.test(t.text);
const isAbbrev = (t: Token): boolean => t.text.length >= 2 && /^[\p{Lu}\d-]+$/u.test(t.text);

/** Whether a token has a reading in one of the cases (or no case at all: indeclinable, foreign). */
function fitsCase(t: Token, cases: readonly Case[]): boolean {
  if (t.morph.length === 0 || isLatin(t)) return true;
  return t.morph.some((p) => p.case === null || cases.includes(p.case) || p.tags.has('Fixd'));
}

/** The reading of a noun lemma from a word list in one of the cases. */
function lexNoun(
  t: Token,
  list: ReadonlySet<string>,
  cases: readonly Case[],
): { gender: Gender | null; plural: boolean } | null {
  if (t.kind !== 'word') return null;
  // "После" is a preposition before it is the locative of "посол"
  const top = t.morph[0]?.pos;
  if (top === 'PREP' || top === 'CONJ' || top === 'PRCL' || top === 'NPRO' || top === 'ADVB') return null;
  for (const p of t.morph) {
    if (p.pos !== 'NOUN' && p.pos !== 'ADJF') continue;
    if (!list.has(p.lemma)) continue;
    if (p.case && !cases.includes(p.case)) continue;
    return { gender: p.gender, plural: p.number === 'plur' };
  }
  if (list.has(t.norm)) return { gender: null, plural: false };
  return null;
}

/** Whether a capitalised token looks like (part of) a personal name. */
export function nameLike(ctx: QuoteContext, i: number): boolean {
  const memo = ctx.nameMemo[i];
  if (memo !== undefined && memo !== 0) return memo === 1;
  const out = computeNameLike(ctx, i);
  ctx.nameMemo[i] = out ? 1 : 2;
  return out;
}

/**
 * A capitalised animate word inside a speaker's noun group, such as "Мадонна" after "поп-звезда":
 * the dictionary knows it as a common noun, but in that place it names the person.
 */
export function looseName(ctx: QuoteContext, i: number): boolean {
  if (nameLike(ctx, i)) return true;
  const t = ctx.doc.tokens[i]!;
  if (t.kind !== 'word' || !t.upper || isLatin(t) || isAbbrev(t) || sentenceInitial(ctx.doc, i)) return false;
  if (ctx.pairOf[i]! >= 0) return false;
  if (lexNoun(t, SOURCE_NOUNS, ALL_CASES) || lexNoun(t, ROLE_NOUNS, ALL_CASES)) return false;
  return (
    t.morph.some((p) => p.pos === 'NOUN' && p.tags.has('anim')) &&
    !(t.morph[0]?.tags.has('Geox') || t.morph[0]?.tags.has('Orgn'))
  );
}

function computeNameLike(ctx: QuoteContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.kind !== 'word' || !t.upper || isLatin(t) || isAbbrev(t)) return false;
  // people's names are not put in quotation marks; organisations' are («Башинформ»)
  if (ctx.pairOf[i]! >= 0 && nameInQuotes(ctx, ctx.pairOf[i]!)) return false;
  if (lexNoun(t, SOURCE_NOUNS, ALL_CASES) || lexNoun(t, ROLE_NOUNS, ALL_CASES)) return false;
  if (t.morph.some((p) => p.name !== null)) return true;
  // an unknown capitalised word in the middle of a sentence: most often a foreign name
  return (
    !sentenceInitial(ctx.doc, i) &&
    t.morph.every((p) => p.guessed || p.tags.has('Surn') || p.tags.has('Name'))
  );
}

/** The words that introduce a name an institution bears. */
const IMENI = new Set(['имени', 'им']);

const ALL_CASES: readonly Case[] = [
  'nomn',
  'gent',
  'datv',
  'accs',
  'ablt',
  'loct',
  'voct',
  'gen2',
  'acc2',
  'loc2',
];

/** Whether a quotation pair holds a short capitalised name («Башинформ», «Нур Отан»). */
function nameInQuotes(ctx: QuoteContext, pair: number): boolean {
  const a = ctx.openTok[pair]!;
  const b = ctx.closeTok[pair]!;
  if (b - a - 1 < 1 || b - a - 1 > 5) return false;
  const first = ctx.doc.tokens[a + 1]!;
  if (!first.upper && first.kind !== 'num') return false;
  for (let t = a + 1; t < b; t++) if (ctx.doc.tokens[t]!.morph.some((p) => p.pos === 'VERB')) return false;
  return true;
}

interface AnchorInfo {
  type: GroupType;
  person: number;
  gender: Gender | null;
  plural: boolean;
}

/** Classifies token i as a speaker anchor in the wanted cases, or null. */
function anchorAt(ctx: QuoteContext, i: number, agr: Agreement, allowSources: boolean): AnchorInfo | null {
  const t = ctx.doc.tokens[i]!;
  if (t.kind !== 'word') return null;
  const person = ctx.owner[i]!;
  if (person >= 0) {
    if (speakerPerson(ctx, i, agr.cases))
      return { type: 'person', person, gender: ctx.genders[person] ?? null, plural: false };
    return null;
  }
  if (agr.cases.includes('nomn')) {
    const pr = PRONOUNS[t.norm];
    if (pr && t.morph.some((p) => p.pos === 'NPRO')) return { type: 'pronoun', person: -1, ...pr };
  }
  if (agr.cases.includes('gent')) {
    const pr = POSSESSIVES[t.norm];
    if (pr) return { type: 'pronoun', person: -1, ...pr };
  }
  const role = lexNoun(t, ROLE_NOUNS, agr.cases);
  if (role) return { type: 'role', person: -1, gender: role.gender, plural: role.plural };
  if (allowSources) {
    const src = lexNoun(t, SOURCE_NOUNS, agr.cases);
    if (src) return { type: 'source', person: -1, gender: src.gender, plural: src.plural };
  }
  const common = commonPerson(ctx, i, agr.cases);
  if (common) {
    // several unnamed people ("очевидцы") are a source; one is an unnamed speaker
    if (common.plural)
      return allowSources && !joined(ctx, i) ? { type: 'source', person: -1, ...common } : null;
    return { type: 'unnamed', person: -1, ...common };
  }
  if (!t.upper) return null;
  if (nameLike(ctx, i) && fitsCase(t, agr.cases) && !complementName(ctx, i)) {
    const r = t.morph.find((p) => p.name !== null && (p.case === null || agr.cases.includes(p.case)));
    return { type: 'name', person: -1, gender: r?.gender ?? null, plural: false };
  }
  if (looseName(ctx, i) && fitsCase(t, agr.cases) && !complementName(ctx, i)) {
    return { type: 'name', person: -1, gender: null, plural: false };
  }
  if (!allowSources) return null;
  if (isLatin(t) || isAbbrev(t)) return { type: 'source', person: -1, gender: null, plural: false };
  const pair = ctx.pairOf[i]!;
  if (pair >= 0 && nameInQuotes(ctx, pair))
    return { type: 'source', person: -1, gender: null, plural: false };
  if (!sentenceInitial(ctx.doc, i) && fitsCase(t, agr.cases) && t.morph.some((p) => p.pos === 'NOUN')) {
    return { type: 'source', person: -1, gender: null, plural: false };
  }
  return null;
}

/** Whether "и" joins the noun at i to what stands before it ("Он и его коллеги заявили"): no source of its own. */
function joined(ctx: QuoteContext, i: number): boolean {
  let j = i - 1;
  const toks = ctx.doc.tokens;
  while (j >= 0 && (toks[j]!.morph.some((p) => p.tags.has('Apro')) || isAdjective(toks[j]!))) j--;
  return toks[j]?.norm === 'и';
}

/**
 * A person named by a common noun the lexicons do not list: a lowercase animate noun in one of the
 * cases ("очевидец", "участник", "отец"), or "один из" / "одна из" before a plural. A noun the
 * people extractor gave to a named person is that person's mention, met before this.
 */
function commonPerson(
  ctx: QuoteContext,
  i: number,
  cases: readonly Case[],
): { gender: Gender | null; plural: boolean } | null {
  const t = ctx.doc.tokens[i]!;
  if (t.upper && !sentenceInitial(ctx.doc, i)) return null;
  if (ctx.pairOf[i]! >= 0) return null;
  const top = t.morph[0];
  if (!top) return null;
  if ((t.norm === 'один' || t.norm === 'одна') && ctx.doc.tokens[i + 1]?.norm === 'из') {
    if (!cases.includes('nomn')) return null;
    return { gender: t.norm === 'одна' ? 'femn' : 'masc', plural: false };
  }
  if (top.pos !== 'NOUN' || !top.tags.has('anim')) return null;
  if (top.name !== null || top.tags.has('Surn') || top.tags.has('Patr') || top.tags.has('Name')) return null;
  const r = t.morph.find(
    (p) => p.pos === 'NOUN' && p.tags.has('anim') && p.case !== null && cases.includes(p.case),
  );
  if (!r) return null;
  // "карьеру чиновницы", "убийстве … егеря": a plural nominative that is also a singular genitive
  // is more often the genitive
  if (r.number === 'plur' && t.morph.some((p) => p.case === 'gent' && p.number === 'sing')) return null;
  return { gender: r.gender, plural: r.number === 'plur' };
}

/**
 * Whether the person token i can be the speaker itself: in the wanted case, and not the genitive
 * complement of a source noun ("представитель партии Цвангираи" is not Цвангираи).
 */
function speakerPerson(ctx: QuoteContext, i: number, cases: readonly Case[]): boolean {
  const t = ctx.doc.tokens[i]!;
  const k = ctx.owner[i]!;
  const mention = ctx.people[k]?.mentions.find((m) => m.start <= t.start && m.end >= t.end);
  // a word spelt as in the person's (nominative) name is a nominative, whatever the guesser says
  const asName = ctx.people[k]!.name.toLowerCase().replace(/ё/g, 'е').split(/\s+/u).includes(t.norm);
  if (mention && !fitsCase(t, cases) && !(asName && cases.includes('nomn'))) return false;
  // "Дадашева" reads as a nominative only as a woman's surname: not for a man
  const g = ctx.genders[k];
  if (
    mention &&
    mention.kind === 'name' &&
    !asName &&
    (g === 'masc' || g === 'femn') &&
    t.morph.some((p) => p.case !== null)
  ) {
    const ok = t.morph.some(
      (p) =>
        p.case === null ||
        p.tags.has('Fixd') ||
        (cases.includes(p.case) &&
          (p.gender === null || p.gender === g || p.gender === 'ms-f' || p.name === 'first')),
    );
    if (!ok) return false;
  }
  const j = mention ? ctx.doc.tokenAt(mention.start) - 1 : i - 1;
  if (representedBy(ctx, j, j + 1)) return false;
  // a name spelt word for word as the person's nominative name is no genitive complement
  // ("Руководитель городского управления образования Алия Нурмаханова сообщила")
  if (mention && mention.kind === 'name' && spelledAsName(ctx, k, j + 1, ctx.doc.tokenAt(mention.end - 1)))
    return true;
  return !ownedBy(ctx, j, j + 1);
}

/** Whether tokens [a, b] are all words of person k's name as written in the nominative. */
function spelledAsName(ctx: QuoteContext, k: number, a: number, b: number): boolean {
  const words = new Set(ctx.people[k]!.name.toLowerCase().replace(/ё/g, 'е').split(/\s+/u));
  if (b - a < 1) return false;
  for (let t = a; t <= b; t++) if (!words.has(ctx.doc.tokens[t]!.norm)) return false;
  return true;
}

/** Whether the anchor agrees with the verb in gender and number. */
function agrees(a: AnchorInfo, agr: Agreement, coordinated: boolean, t: Token): boolean {
  // a source's number is known unless it is a foreign name or an abbreviation
  if (a.type === 'source' && !isLatin(t) && !isAbbrev(t) && agr.plural !== null && a.plural !== agr.plural) {
    if (!t.morph.some((p) => (p.number === 'plur') === agr.plural)) return false;
  }
  if (agr.plural === true && !a.plural && !coordinated && a.type !== 'source') return false;
  if (agr.plural === false && a.plural && a.type !== 'source') return false;
  // a named subject is the speaker whatever gender its name seems to have ("Андреа рассказал")
  if (a.type === 'person' || a.type === 'name' || a.type === 'source') return true;
  if (agr.gender === 'masc' && a.gender === 'femn') return false;
  if (agr.gender === 'femn' && a.gender === 'masc' && a.type !== 'role' && a.type !== 'unnamed') return false;
  return true;
}

/** Tokens that may sit inside a speaker's noun group next to the anchor. */
function groupToken(ctx: QuoteContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  // "Zakon.kz", "BNews.kz": a domain name is one source
  if (t.kind === 'punct' && t.text === '.') {
    const prev = ctx.doc.tokens[i - 1];
    const next = ctx.doc.tokens[i + 1];
    return (
      prev !== undefined &&
      next !== undefined &&
      isLatin(prev) &&
      isLatin(next) &&
      !next.spaceBefore &&
      !t.spaceBefore
    );
  }
  if (t.kind === 'punct') {
    const pair = ctx.pairOpenedAt[i]! >= 0 ? ctx.pairOpenedAt[i]! : ctx.pairClosedAt[i]!;
    return pair >= 0 && nameInQuotes(ctx, pair);
  }
  if (t.kind === 'numword') return true;
  if (t.kind !== 'word') return false;
  if (ctx.owner[i]! >= 0 || t.upper || isLatin(t))
    return !t.morph.some((p) => p.pos === 'PREP' || p.pos === 'CONJ');
  // "и" is a conjunction before it is the name of a letter
  const top = t.morph[0]?.pos;
  if (top === 'CONJ' || top === 'PREP' || top === 'PRCL' || top === 'NPRO') return false;
  return t.morph.some(
    (p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && (p.case === 'gent' || p.case === 'nomn'),
  );
}

/** Grows the group from its anchor over neighbouring names, titles and genitive complements. */
function grow(
  ctx: QuoteContext,
  anchor: number,
  lo: number,
  hi: number,
  cases?: readonly Case[],
): [number, number] {
  let first = anchor;
  let last = anchor;
  // "один из собеседников агентства": the group goes on over "из"
  const a = ctx.doc.tokens[anchor]!;
  if (
    (a.norm === 'один' || a.norm === 'одна') &&
    ctx.doc.tokens[anchor + 1]?.norm === 'из' &&
    anchor + 2 < hi
  )
    last = anchor + 1;
  while (last + 1 < hi && groupToken(ctx, last + 1) && !ctx.doc.tokens[last + 1]!.newlineBefore) {
    const t = ctx.doc.tokens[last + 1]!;
    if (t.kind === 'word' && !t.upper && !isLatin(t) && !t.morph.some((p) => p.case === 'gent')) break;
    last++;
  }
  while (first - 1 >= lo && groupToken(ctx, first - 1)) {
    const t = ctx.doc.tokens[first - 1]!;
    // "при ГУ МВД России по Москве Антон Цветков": a name right after a preposition is its object
    const before = ctx.doc.tokens[first - 2];
    if (t.upper && ctx.owner[first - 1]! < 0 && before !== undefined && before.morph[0]?.pos === 'PREP')
      break;
    // "в беседе с кинокритиком Джином Сискелом актриса говорила": a known person's name in a case
    // the speaker cannot be in is no part of the group
    if (cases && ctx.owner[first - 1]! >= 0 && ctx.owner[first - 1] !== ctx.owner[anchor]) {
      let k = first - 1;
      while (k >= lo && ctx.owner[k] === ctx.owner[first - 1] && fitsCase(ctx.doc.tokens[k]!, cases)) k--;
      if (k >= lo && ctx.owner[k] === ctx.owner[first - 1]) break;
    }
    // to the left only names, titles, role and source nouns, and the adjectives before them
    const ok =
      t.upper ||
      ctx.owner[first - 1]! >= 0 ||
      lexNoun(t, ROLE_NOUNS, ALL_CASES) !== null ||
      lexNoun(t, SOURCE_NOUNS, ALL_CASES) !== null ||
      t.kind === 'punct' ||
      (t.morph.some((p) => p.case === 'gent') && hasHeadLeft(ctx, first - 1, lo));
    if (!ok) break;
    first--;
  }
  while (first - 1 >= lo && isAdjective(ctx.doc.tokens[first - 1]!)) first--;
  return [first, last];
}

/** Whether a role or source noun stands a few tokens left of i (so a genitive there is its complement). */
function hasHeadLeft(ctx: QuoteContext, i: number, lo: number): boolean {
  for (let k = i - 1; k >= lo && k >= i - 4; k--) {
    const t = ctx.doc.tokens[k]!;
    if (lexNoun(t, ROLE_NOUNS, ALL_CASES) || lexNoun(t, SOURCE_NOUNS, ALL_CASES)) return true;
    if (!groupToken(ctx, k)) return false;
  }
  return false;
}

function isAdjective(t: Token): boolean {
  return (
    t.kind === 'numword' ||
    (t.kind === 'word' && !t.upper && t.morph[0]?.pos === 'ADJF' && !t.morph[0].tags.has('Apro'))
  );
}

/** Options for a speaker search. */
export interface SearchOptions {
  /** tokens [lo, hi) to search in */
  lo: number;
  hi: number;
  /** where to start and which way to go first */
  from: number;
  order: 'left' | 'right' | 'left-right' | 'right-left';
  agreement: Agreement;
  allowSources?: boolean;
  /** how far to look, in tokens */
  reach?: number;
  /** a group right after a preposition may be it ("говорится в заявлении МИД") */
  afterPreposition?: boolean;
}

/** Finds the speaker noun group around a cue token, or null. */
export function findSpeakerGroup(ctx: QuoteContext, opts: SearchOptions): NounGroup | null {
  const reach = opts.reach ?? (opts.order === 'left' || opts.order === 'left-right' ? 32 : 14);
  const dirs: ('left' | 'right')[] =
    opts.order === 'left'
      ? ['left']
      : opts.order === 'right'
        ? ['right']
        : opts.order === 'left-right'
          ? ['left', 'right']
          : ['right', 'left'];
  for (const dir of dirs) {
    const step = dir === 'left' ? -1 : 1;
    let i = dir === 'left' ? opts.from - 1 : opts.from + 1;
    for (let n = 0; n < reach && i >= opts.lo && i < opts.hi; n++, i += step) {
      const t = ctx.doc.tokens[i]!;
      // a quotation inside the clause is skipped whole, unless it is the quote being attributed
      const skipTo = skipQuotation(ctx, i, dir);
      if (skipTo >= 0) {
        i = skipTo;
        continue;
      }
      if (stopsSearch(ctx, i)) break;
      if (t.kind !== 'word') continue;
      const a = anchorAt(ctx, i, opts.agreement, opts.allowSources ?? true);
      if (!a) continue;
      const [first, last] = grow(ctx, i, opts.lo, opts.hi, opts.agreement.cases);
      const prev = ctx.doc.tokens[first - 1];
      if (
        !(opts.afterPreposition ?? false) &&
        prev &&
        first - 1 >= opts.lo &&
        prev.morph.some((p) => p.pos === 'PREP') &&
        prev.morph[0]?.pos === 'PREP'
      ) {
        // an object of a preposition ("в Twitter", "с Максимом") is not the speaker
        if (dir === 'right') i = last;
        else i = first;
        continue;
      }
      if (
        addressedBy(prev, first - 1 >= opts.lo, t, ctx.doc.tokens[first]!, opts.agreement) ||
        obliqueHead(ctx, first, i, opts.agreement)
      ) {
        // "сообщил журналу People представитель актёра": a name that cannot show its case, right
        // after a dative noun, is the one told; "в эфире телеканала NBC": its head's case is its own
        if (dir === 'right') i = last;
        else i = first;
        continue;
      }
      const g = describe(ctx, first, last, i, a, opts.agreement);
      if (!agrees(a, opts.agreement, g.coordinated, t)) {
        if (dir === 'right') i = last;
        else i = first;
        continue;
      }
      if (dir === 'left' && g.type !== 'person') {
        const head = appositionHead(ctx, g, opts);
        if (head) return head;
      }
      if (dir === 'right' && (g.type === 'role' || g.type === 'unnamed') && !g.plural) {
        const named = closingName(ctx, g, opts);
        if (named) return named;
      }
      return g;
    }
  }
  return null;
}

/** Whether a Latin or abbreviated name in a group follows a source noun that cannot take the wanted case ("телеканала NBC"). */
function obliqueHead(ctx: QuoteContext, first: number, anchor: number, agr: Agreement): boolean {
  const toks = ctx.doc.tokens;
  const a = toks[anchor]!;
  if (!(isLatin(a) || isAbbrev(a))) return false;
  // the name's words back to the noun before them ("издания The New York Times")
  let j = anchor - 1;
  while (j >= first && (isLatin(toks[j]!) || isAbbrev(toks[j]!) || toks[j]!.kind !== 'word')) j--;
  const head = toks[j];
  if (j < first || !head || head.kind !== 'word') return false;
  return lexNoun(head, SOURCE_NOUNS, ALL_CASES) !== null && lexNoun(head, SOURCE_NOUNS, agr.cases) === null;
}

/** Whether a group anchored on a Latin name or an abbreviation names whom a dative noun before it addresses ("журналу People"). */
function addressedBy(
  prev: Token | undefined,
  inRange: boolean,
  anchor: Token,
  first: Token,
  agr: Agreement,
): boolean {
  if (!prev || !inRange || agr.cases.includes('datv')) return false;
  if (!(isLatin(anchor) || isAbbrev(anchor)) || !(isLatin(first) || isAbbrev(first))) return false;
  const r = prev.morph[0];
  return (
    r !== undefined &&
    r.pos === 'NOUN' &&
    r.case === 'datv' &&
    !prev.morph.some((p) => p.pos === 'NOUN' && p.case === 'nomn')
  );
}

/** How far left of a group the comma opening its apposition may stand ("журналист газеты ''USA Today''"). */
const APPOSITION_REACH = 8;

/**
 * How far left of a group the comma opening an insertion closed right before the verb may stand:
 * as far as a speaker is looked for ("Бардо, известная также и как активистка борьбы за права
 * животных, заявила" is 8 words; a participle phrase with its objects often holds 20 and more).
 */
const INSERTION_REACH = 32;

/**
 * "Кевин Аллен, журналист газеты ''USA Today'', вспоминает": a group inside a comma-bounded
 * apposition opened by a role noun, right after a named person, stands for that person. So does any
 * group inside an insertion closed by a comma right before the verb ("Бардо, известная …
 * активистка борьбы за права животных, заявила"): the name before the insertion is the subject.
 */
function appositionHead(ctx: QuoteContext, g: NounGroup, opts: SearchOptions): NounGroup | null {
  const toks = ctx.doc.tokens;
  const closed = isComma(toks[opts.from - 1]) && g.last < opts.from - 1;
  const reach = closed ? INSERTION_REACH : APPOSITION_REACH;
  let comma = -1;
  for (let k = g.first - 1; k >= opts.lo && k >= g.first - reach; k--) {
    const t = toks[k]!;
    if (isComma(t)) {
      comma = k;
      break;
    }
    if (t.kind === 'punct' && !(closed ? /^['"«»“”„()]$/u : /^['"«»“”„]$/u).test(t.text)) return null;
  }
  if (comma < 0) return null;
  if (
    !closed &&
    lexNoun(toks[comma + 1]!, ROLE_NOUNS, ['nomn']) === null &&
    commonPerson(ctx, comma + 1, ['nomn']) === null
  )
    return null;
  const name = comma - 1;
  if (name < opts.lo || ctx.owner[name]! < 0 || !speakerPerson(ctx, name, ['nomn'])) return null;
  const k = ctx.owner[name]!;
  const [first, last] = grow(ctx, name, opts.lo, comma);
  return describe(
    ctx,
    first,
    last,
    name,
    { type: 'person', person: k, gender: ctx.genders[k] ?? null, plural: false },
    opts.agreement,
  );
}

/** How far right of a title the name closing its sentence may stand ("заместитель главного судьи …, олимпийский чемпион …, чемпион мира … Николай Крюков."). */
const CLOSING_NAME_REACH = 40;

/**
 * "«…», – отметил заместитель главного судьи соревнований, олимпийский чемпион, чемпион мира
 * Николай Крюков.": titles after the verb run on, past commas, up to the name that ends the
 * sentence; that name is the speaker. No verb may stand between.
 */
function closingName(ctx: QuoteContext, g: NounGroup, opts: SearchOptions): NounGroup | null {
  const toks = ctx.doc.tokens;
  for (let k = g.last + 1; k < opts.hi && k <= g.last + CLOSING_NAME_REACH; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct' && /^[;:!?…]$/u.test(t.text)) return null;
    // a dash between words ends the group; a hyphen inside a word ("надежд-2009") does not
    if (
      t.kind === 'punct' &&
      /^[.–—-]$/u.test(t.text) &&
      (t.spaceBefore || toks[k + 1]?.spaceBefore !== false)
    )
      return null;
    const pos = t.kind === 'word' ? t.morph[0]?.pos : undefined;
    if (pos === 'VERB' || pos === 'PRTS' || pos === 'INFN') return null;
    if (t.kind === 'word' && (t.norm === 'что' || t.norm === 'который' || t.norm === 'которая')) return null;
    const o = ctx.owner[k]!;
    if (o < 0 || !isNameToken(ctx, k)) continue;
    let end = k;
    while (end + 1 < opts.hi && ctx.owner[end + 1] === o) end++;
    const next = toks[end + 1];
    if (next !== undefined && end + 1 < opts.hi && !(next.kind === 'punct' && /^[.!?…]$/u.test(next.text)))
      return null;
    if (!speakerPerson(ctx, k, ['nomn'])) return null;
    return describe(
      ctx,
      k,
      end,
      k,
      { type: 'person', person: o, gender: ctx.genders[o] ?? null, plural: false },
      opts.agreement,
    );
  }
  return null;
}

const isComma = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && t.text === ',';

/**
 * When token i is the far mark of a quotation met on the way (its closing mark going left, its
 * opening mark going right) that is not followed by an attribution dash, the token to jump to.
 */
function skipQuotation(ctx: QuoteContext, i: number, dir: 'left' | 'right'): number {
  const pair = dir === 'left' ? ctx.pairClosedAt[i]! : ctx.pairOpenedAt[i]!;
  if (pair < 0) return -1;
  const close = ctx.closeTok[pair]!;
  const toks = ctx.doc.tokens;
  let j = close + 1;
  while (toks[j] && toks[j]!.kind === 'punct' && /^[,.!?…]$/u.test(toks[j]!.text)) j++;
  if (toks[j] && /^[–—-]$/u.test(toks[j]!.text)) return -1;
  const open = ctx.openTok[pair]!;
  if (toks[open]!.sentence !== toks[close]!.sentence && !nameInQuotes(ctx, pair)) return -1;
  return dir === 'left' ? open : close;
}

/** Tokens a speaker search does not cross: clause and quote boundaries. */
function stopsSearch(ctx: QuoteContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.kind === 'punct') {
    if (/^[;:!?…]$/u.test(t.text)) return true;
    if (t.text === '.') return true;
    if (/^[–—-]$/u.test(t.text)) return true;
    const pair = ctx.pairClosedAt[i]! >= 0 ? ctx.pairClosedAt[i]! : ctx.pairOpenedAt[i]!;
    if (pair >= 0 && !nameInQuotes(ctx, pair)) return true;
    return false;
  }
  if (t.kind === 'word' && (t.norm === 'что' || t.norm === 'который' || t.norm === 'которая')) return true;
  return false;
}

/** Builds the noun group over [first, last] with the anchor's reading. */
function describe(
  ctx: QuoteContext,
  first: number,
  last: number,
  anchor: number,
  a: AnchorInfo,
  agr: Agreement,
): NounGroup {
  let person = a.person;
  let type = a.type;
  let named = -1;
  let hasName = false;
  let extra = false;
  let owned = false;
  for (let k = first; k <= last; k++) {
    const o = ctx.owner[k]!;
    // the person named in the wanted case is the speaker ("мать пограничника Светлану Ващенко")
    if (o >= 0 && speakerPerson(ctx, k, agr.cases) && isNameToken(ctx, k)) named = o;
    if (
      (nameLike(ctx, k) || (k > anchor && a.type === 'role' && looseName(ctx, k))) &&
      !complementName(ctx, k)
    )
      hasName = true;
    const t = ctx.doc.tokens[k]!;
    if (k !== anchor && t.kind === 'word' && !isAdjective(t)) extra = true;
    if (o >= 0) owned = true;
  }
  if (named >= 0) {
    person = named;
    type = 'person';
  } else if (hasName && (type === 'role' || (type === 'source' && !a.plural) || type === 'unnamed')) {
    // "Дети убитой журналистки Анны Политковской заявили": a name in a plural source is its complement
    type = 'name';
  } else if (type === 'unnamed' && owned) {
    // "начальника полиции Эда Миллера": the name may be the noun's apposition or its complement;
    // the group stays a source, not a new unnamed speaker
    type = 'source';
  }
  const persons = new Set<number>(person >= 0 ? [person] : []);
  // "Депутаты Ерлан Саиров и Мархабат Жайымбетов": two people joined by "и"
  let coordinated = false;
  const before = ctx.doc.tokens[first - 1];
  const after = ctx.doc.tokens[last + 1];
  const personAt = (k: number): boolean =>
    k >= 0 && k < ctx.doc.tokens.length && ((ctx.owner[k] ?? -1) >= 0 || nameLike(ctx, k));
  // only a plural verb makes "X и Y" a joint subject
  if (agr.plural === true && (persons.size > 0 || hasName)) {
    if (before?.norm === 'и' && personAt(first - 2)) coordinated = true;
    if (after?.norm === 'и' && personAt(last + 2)) coordinated = true;
  }
  return {
    first,
    last,
    anchor,
    nominative: agr.cases.includes('nomn'),
    type,
    person,
    gender: person >= 0 ? (ctx.genders[person] ?? a.gender) : a.gender,
    plural: a.plural,
    coordinated,
    bare: !extra,
  };
}

/** Whether token k lies in a name mention (not a role mention) of its person. */
function isNameToken(ctx: QuoteContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  const p = ctx.people[ctx.owner[k]!];
  return p !== undefined && p.mentions.some((m) => m.kind === 'name' && m.start <= t.start && m.end >= t.end);
}

/**
 * "официальный представитель Теру", "адвокаты Мингазова": a one-word name no dictionary reads in
 * the nominative, right after a noun for someone acting for another, is whom they act for.
 */
export function representedBy(ctx: QuoteContext, j: number, name: number): boolean {
  const prev = ctx.doc.tokens[j];
  const first = ctx.doc.tokens[name];
  if (!prev || !first || prev.kind !== 'word' || j < 0) return false;
  // "адвокат Небойша Влаич": a full name after the noun is in apposition
  const next = ctx.doc.tokens[name + 1];
  if (next?.kind === 'word' && next.upper) return false;
  return (
    lexNoun(prev, AGENT_NOUNS, ALL_CASES) !== null &&
    !first.morph.some((p) => !p.guessed && p.case === 'nomn')
  );
}

/** A name right after a source noun in the genitive belongs to that noun ("партии Цвангираи"). */
function complementName(ctx: QuoteContext, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && nameLike(ctx, j)) j--;
  return ownedBy(ctx, j, j + 1);
}

/**
 * Whether the name starting at token `name` is the genitive complement of the noun at `j`:
 * "партии Цвангираи" (a source noun), "жена Кинчева" (a common noun heading the group, with the
 * name in the genitive). Role nouns stand in apposition instead: "депутат Саиров".
 */
function ownedBy(ctx: QuoteContext, j: number, name: number): boolean {
  const prev = ctx.doc.tokens[j];
  const first = ctx.doc.tokens[name];
  if (!prev || !first || prev.kind !== 'word') return false;
  if (prev.upper && !sentenceInitial(ctx.doc, j)) return false;
  // "филармонии имени Габдуллы Тукая": a name after "имени" names the institution
  if (IMENI.has(prev.norm)) return true;
  if (lexNoun(prev, SOURCE_NOUNS, ['gent']) !== null) return true;
  if (representedBy(ctx, j, name)) return true;
  if (prev.morph[0]?.pos !== 'NOUN' || lexNoun(prev, ROLE_NOUNS, ALL_CASES) !== null) return false;
  const head = prev.morph.some((p) => p.pos === 'NOUN' && p.case === 'nomn');
  const genitive = first.morph.some((p) => p.case === 'gent' && p.number !== 'plur');
  return head && genitive;
}
