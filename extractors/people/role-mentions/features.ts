// Features of the role-mention model, hashed to integers (no feature strings are built). A
// candidate noun has features of its own, which score the option "refers to no named person", and
// features with each person, which score "refers to this person": the apposition beside the name,
// what stands between the noun and the name, distance and recency of the person's last mention,
// sex against the noun's gender, and whether the noun repeats the person's role.
import type { AnalysedDoc, Parse, Token } from '../../../document/analyse/index.js';
import { mix, strHash, suffixHash } from '../tagger/hash.js';
import { genericRefers, nonReferring, resolveRoleNouns, type CorefTarget } from '../coref.js';
import { predicateSex } from '../gender.js';
import { KIN_NOUNS, POSSESSIVES } from '../data/non-referring.js';
import { ROLES } from '../lexicon.js';
import { candidateReading } from './candidates.js';
import type { RolePerson } from './types.js';

/** log2 of the number of weight buckets. */
export const ROLE_HASH_BITS = 18;
const MASK = (1 << ROLE_HASH_BITS) - 1;

/** The bucket of a template with up to two values. */
const h = (t: number, a = 0, b = 0): number => mix(mix(t, a), b) & MASK;

const KIN = new Set(KIN_NOUNS);
const POSSESSIVE = new Set(POSSESSIVES);

/** Sentence distances, bucketed: 0, 1, 2, 3, 4-5, 6-9, 10-19, 20+. */
function sentBucket(d: number): number {
  if (d < 4) return d;
  if (d < 6) return 4;
  if (d < 10) return 5;
  return d < 20 ? 6 : 7;
}

/** Token gaps, bucketed: 0, 1, 2, 3, 4-6, 7+. */
const gapBucket = (d: number): number => (d < 4 ? d : d < 7 ? 4 : 5);

// what lies between a noun and a name beside it
const COMMA = 1;
const DASH = 2;
const BRACKET = 4;
const VERB = 8;
const PREP = 16;
const CONJ = 32;
const UPPER = 64;
const NOUN = 128;
const NUMBER = 256;

function gapFlags(toks: readonly Token[], from: number, to: number): number {
  let f = 0;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct') {
      if (t.norm === ',') f |= COMMA;
      else if (t.norm === '–' || t.norm === '-' || t.norm === ':') f |= DASH;
      else f |= BRACKET;
      continue;
    }
    if (t.kind === 'num' || t.kind === 'numword' || t.kind === 'symbol') {
      f |= NUMBER;
      continue;
    }
    if (t.upper) f |= UPPER;
    const pos = t.morph[0]?.pos;
    if (pos === 'VERB' || pos === 'INFN' || pos === 'GRND' || pos === 'PRTS') f |= VERB;
    else if (pos === 'PREP') f |= PREP;
    else if (pos === 'CONJ') f |= CONJ;
    else if (pos === 'NOUN' && !t.upper) f |= NOUN;
  }
  return f;
}

const POS_CODES: Record<string, number> = {
  NOUN: 1,
  ADJF: 2,
  ADJS: 3,
  VERB: 4,
  INFN: 5,
  PRTF: 6,
  PRTS: 7,
  GRND: 8,
  NUMR: 9,
  ADVB: 10,
  NPRO: 11,
  PREP: 12,
  CONJ: 13,
  PRCL: 14,
};
const CASE_CODES: Record<string, number> = { nomn: 1, gent: 2, datv: 3, accs: 4, ablt: 5, loct: 6 };

function posCode(t: Token | undefined): number {
  if (!t) return 0;
  if (t.kind !== 'word') return 20 + (t.kind === 'punct' ? strHash(t.norm) & 15 : t.kind.length);
  return POS_CODES[t.morph[0]?.pos ?? ''] ?? 15;
}

/** A name mention's token range and its person. */
interface NameSpan {
  person: number;
  from: number;
  to: number;
}

/** Everything about a document the features need, computed once. */
export interface DocFeatures {
  doc: AnalysedDoc;
  people: readonly RolePerson[];
  /** name mentions of all people, ascending by start */
  names: NameSpan[];
  /** person owning each token's name, -1 */
  owner: Int32Array;
  /** the cases each name mention's first word can stand in (bitmask; 0 when unknown) */
  nameCases: Map<number, number>;
  /** the hand-written rules' reading (roles.ts appositions, coref.ts role nouns): token -> person */
  ruleLinks: Map<number, number>;
  /** the rule links that are offices (listed, not occupations) or appositions: the precise ones */
  officeToks: Set<number>;
}

function caseMask(parses: readonly Parse[]): number {
  let m = 0;
  for (const p of parses) if (p.case) m |= 1 << (CASE_CODES[p.case] ?? 7);
  return m;
}

/** Prepares a document and its people for featurisation. */
export function docFeatures(doc: AnalysedDoc, people: readonly RolePerson[]): DocFeatures {
  const owner = new Int32Array(doc.tokens.length).fill(-1);
  const names: NameSpan[] = [];
  const nameCases = new Map<number, number>();
  people.forEach((p, person) => {
    for (const n of p.names) {
      names.push({ person, from: n.from, to: n.to });
      for (let k = n.from; k < n.to; k++) owner[k] = person;
      nameCases.set(n.from, caseMask(doc.tokens[n.from]!.morph.filter((q) => !q.guessed)));
    }
  });
  names.sort((a, b) => a.from - b.from || a.person - b.person);
  const links = ruleLinks(doc, people);
  const officeToks = new Set<number>();
  const appositions = new Set<number>();
  for (const p of people) for (const tok of p.appTokens) appositions.add(tok);
  for (const tok of links.keys()) {
    const lemma = candidateReading(doc.tokens[tok]!)?.lemma;
    const listed = lemma ? ROLES.get(lemma) : undefined;
    if (appositions.has(tok) || (listed && !listed.descriptive)) officeToks.add(tok);
  }
  return { doc, people, names, owner, nameCases, ruleLinks: links, officeToks };
}

/** The role mentions the hand-written rules give: apposition nouns, then role nouns that refer back (coref.ts). */
function ruleLinks(doc: AnalysedDoc, people: readonly RolePerson[]): Map<number, number> {
  const out = new Map<number, number>();
  people.forEach((p, k) => {
    for (const t of p.appTokens) out.set(t, k);
  });
  const targets: CorefTarget[] = people.map((p) => {
    const all = [...p.names.map((n) => n.from), ...p.appTokens].sort((a, b) => a - b);
    return {
      sex: p.sex,
      role: p.role,
      head: p.head,
      starts: all.map((t) => doc.tokens[t]!.start),
      sentences: all.map((t) => doc.tokens[t]!.sentence),
    };
  });
  for (const ref of resolveRoleNouns(doc, targets, new Set(out.keys()))) out.set(ref.tok, ref.person);
  return out;
}

/** A candidate noun and what its features with any person share. */
export interface Candidate {
  tok: number;
  reading: Parse;
  lemma: string;
  /** 0 other, 1 relation ("дочь"), 2 listed office, 3 listed occupation */
  cls: number;
  /** 0 unknown, 1 masculine, 2 feminine, 3 either */
  gender: number;
  cases: number;
  possessive: boolean;
  /** the nearest name right after it in its sentence (within 12 tokens), and the tokens between */
  after: { person: number; gap: number; flags: number; agree: number } | null;
  /** the nearest name right before it in its sentence (within 8 tokens) */
  before: { person: number; gap: number; flags: number } | null;
  /** what follows it: 0 nothing of its own, 1 a genitive noun ("представитель партии"), 2 a capitalised word, 3 a quotation mark */
  complement: number;
  /** the first letters of that complement, to find it in a person's role */
  complementStem: string;
  /** the sex its predicate verb shows ("стрелок открыл", "актриса заявила"): 0 none, 1 masc, 2 femn */
  verbSex: number;
  /** the candidate's own features (the "no person" option) */
  own: number[];
}

function genderCode(r: Parse): number {
  const listed = ROLES.get(r.lemma)?.gender;
  if (listed === 'any') return 3;
  const g = listed ?? r.gender;
  return g === 'masc' ? 1 : g === 'femn' ? 2 : g === 'ms-f' ? 3 : 0;
}

/**
 * Whether the name mention starting at token `tok` is the genitive complement of candidate c: the
 * name reads as a genitive and never as a nominative ("заместитель Сергея Собянина"), the noun not
 * as a genitive (an apposition in the genitive, "премьер-министра Махатхира Мохамада", agrees).
 */
export function genitiveComplement(df: DocFeatures, c: Candidate, tok: number): boolean {
  // the dictionary's name readings only: "Хамад" is also a genitive plural of a common noun
  const m = caseMask(df.doc.tokens[tok]!.morph.filter((q) => !q.guessed && q.name !== null));
  const gent = 1 << CASE_CODES.gent!;
  const nomn = 1 << CASE_CODES.nomn!;
  return (m & gent) !== 0 && (m & nomn) === 0 && (c.cases & gent) === 0;
}

/** Case agreement of a noun with the name after it: 0 unknown, 1 agree, 2 disagree, 3 the name is a genitive complement. */
function agreement(cases: number, nameCases: number): number {
  if (!nameCases || !cases) return 0;
  if (cases & nameCases) return 1;
  const gent = 1 << CASE_CODES.gent!;
  return nameCases === gent || (nameCases & gent && !(cases & gent)) ? 3 : 2;
}

/** Describes candidate token `i` with reading `r`. */
export function candidate(df: DocFeatures, i: number, r: Parse): Candidate {
  const { doc, owner } = df;
  const toks = doc.tokens;
  const tok = toks[i]!;
  const lemma = r.lemma;
  const listed = ROLES.get(lemma);
  const cls = KIN.has(lemma) ? 1 : listed ? (listed.descriptive ? 3 : 2) : 0;
  const cases = caseMask(tok.morph.filter((p) => p.lemma === lemma)) || caseMask([r]);
  const prev = toks[i - 1] && toks[i - 1]!.sentence === tok.sentence ? toks[i - 1] : undefined;
  const next = toks[i + 1] && toks[i + 1]!.sentence === tok.sentence ? toks[i + 1] : undefined;
  // skip the adjectives before it: "его покойный отец"
  let k = i - 1;
  while (k >= 0 && toks[k]!.sentence === tok.sentence && toks[k]!.morph[0]?.pos === 'ADJF') k--;
  const lead = k >= 0 && toks[k]!.sentence === tok.sentence ? toks[k] : undefined;
  const possessive = lead !== undefined && POSSESSIVE.has(lead.norm);

  let after: Candidate['after'] = null;
  for (let j = i + 1; j < toks.length && j <= i + 12 && toks[j]!.sentence === tok.sentence; j++) {
    if (owner[j]! < 0) continue;
    after = {
      person: owner[j]!,
      gap: j - i - 1,
      flags: gapFlags(toks, i + 1, j),
      agree: agreement(cases, df.nameCases.get(j) ?? 0),
    };
    break;
  }
  let before: Candidate['before'] = null;
  for (let j = i - 1; j >= 0 && j >= i - 8 && toks[j]!.sentence === tok.sentence; j--) {
    if (owner[j]! < 0) continue;
    before = { person: owner[j]!, gap: i - j - 1, flags: gapFlags(toks, j + 1, i) };
    break;
  }

  const gender = genderCode(r);
  let complement = 0;
  if (next?.kind === 'word') {
    if (next.upper) complement = 2;
    else if (next.morph[0]?.pos === 'NOUN' && next.morph[0].case === 'gent') complement = 1;
  } else if (next?.norm === '"') complement = 3;
  const complementStem = complement && next ? next.norm.slice(0, Math.max(3, next.norm.length - 3)) : '';
  const vs = r.case === 'nomn' ? predicateSex(doc, i, i + 1) : null;
  const verbSex = vs === 'masc' ? 1 : vs === 'femn' ? 2 : 0;
  const caseCode = CASE_CODES[r.case ?? ''] ?? 0;
  const initial = !prev ? 1 : prev.kind === 'punct' ? 2 : 0;
  const lemmaH = strHash(lemma);
  const own = [
    h(1),
    h(2, lemmaH),
    h(3, suffixHash(lemma, 3)),
    h(4, suffixHash(lemma, 4)),
    h(5, cls),
    h(6, caseCode, cls),
    h(7, tok.upper ? 1 : 0, initial),
    h(8, prev && prev.kind === 'word' ? strHash(prev.norm) : posCode(prev)),
    h(9, posCode(prev), caseCode),
    h(10, posCode(next), CASE_CODES[next?.morph[0]?.case ?? ''] ?? 0),
    h(11, next?.upper ? 1 : 0, posCode(next)),
    h(12, possessive ? 1 : 0, cls),
    h(13, prev?.kind === 'num' ? 1 : prev?.kind === 'numword' ? (/летн/.test(prev.norm) ? 2 : 3) : 0),
    h(14, nonReferring(doc, i, lemma) ? 1 : 0, cls),
    h(15, genericRefers(doc, i) ? 1 : 0, cls),
    h(16, tok.sentence === 0 ? 1 : 0),
    h(17, tok.morph[0] === r ? 1 : tok.morph[0]?.pos === 'NOUN' ? 2 : 3),
    h(18, tok.morph.some((p) => p.pos === 'NOUN' && p.tags.has('inan')) ? 1 : 0),
    h(19, r.guessed ? 1 : 0, gender),
    h(20, after ? gapBucket(after.gap) : 9, before ? gapBucket(before.gap) : 9),
    h(21, df.ruleLinks.has(i) ? 1 : 0, cls),
    // the noun it depends on, adjectives skipped: "пост главного тренера", "администрации президента"
    h(22, lead?.morph[0]?.pos === 'NOUN' ? strHash(lead.morph[0].lemma) : posCode(lead), caseCode),
  ];
  return {
    tok: i,
    reading: r,
    lemma,
    cls,
    gender,
    cases,
    possessive,
    after,
    before,
    complement,
    complementStem,
    verbSex,
    own,
  };
}

/** What a person looks like at the moment a candidate is read (mentions so far, roles used). */
export interface PersonState {
  /** token indices of every mention given so far (names and role nouns), ascending */
  toks: number[];
  /** lemmas of the role nouns given to the person so far, the apposition's head among them */
  lemmas: Set<string>;
  /** the words of the apposition's role */
  roleWords: Set<string>;
}

/** A person's state before any role mention is decided. */
export function initialState(df: DocFeatures, person: number): PersonState {
  const p = df.people[person]!;
  const toks = p.names.map((n) => n.from);
  const lemmas = new Set<string>();
  if (p.head) lemmas.add(p.head);
  const roleWords = new Set((p.role ?? '').toLowerCase().replace(/ё/g, 'е').split(/\s+/));
  return { toks, lemmas, roleWords };
}

/** Records a role mention at token `tok` for a person's later candidates. */
export function addMention(state: PersonState, tok: number, lemma: string): void {
  let at = state.toks.length;
  while (at > 0 && state.toks[at - 1]! > tok) at--;
  state.toks.splice(at, 0, tok);
  state.lemmas.add(lemma);
}

/** Per-candidate context shared by its person options: recency ranks and who used its lemma. */
export interface Ranks {
  prevRank: Int32Array;
  nextRank: Int32Array;
  prev: Int32Array;
  next: Int32Array;
  lemmaOwners: number;
  /** the people in view of the candidate, the only options scored */
  active: number[];
}

/** Sentences back (last mention) and ahead (next name) that keep a person in view of a candidate. */
const BACK = 30;
const AHEAD = 10;

/**
 * Follows the people through the text as the candidates are read in order, so that each candidate
 * costs the people in view, not all of them: last mention before it, next name after it, recency
 * ranks among the people in view, and how many people a role lemma was given to.
 */
export class Tracker {
  private readonly last: Int32Array;
  private readonly cursor: Int32Array;
  private nameAt = 0;
  /**
   * Every touch's person, oldest first; a person's entry at `latest[p]` is their current one, so
   * reading back from the end, skipping older entries, gives the people by last mention, most
   * recent first, at a constant cost per touch (a list kept in that order cost a search and a
   * shift per touch: a fifth of the time on a 20 MB text).
   */
  private readonly touches: number[] = [];
  private readonly latest: Int32Array;
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly owners = new Map<string, number>();
  private readonly rk: Ranks;

  constructor(
    private readonly df: DocFeatures,
    private readonly states: readonly PersonState[],
  ) {
    const n = df.people.length;
    this.last = new Int32Array(n).fill(-1);
    this.cursor = new Int32Array(n);
    this.seen = new Int32Array(n);
    this.latest = new Int32Array(n).fill(-1);
    for (const st of states) for (const l of st.lemmas) this.owners.set(l, (this.owners.get(l) ?? 0) + 1);
    this.rk = {
      prevRank: new Int32Array(n),
      nextRank: new Int32Array(n),
      prev: new Int32Array(n),
      next: new Int32Array(n),
      lemmaOwners: 0,
      active: [],
    };
  }

  private touch(p: number, tok: number): void {
    this.last[p] = tok;
    this.latest[p] = this.touches.length;
    this.touches.push(p);
  }

  /** The context of candidate c; `must` (a gold person, when training) is kept in view. */
  ranks(c: Candidate, must = -1): Ranks {
    const { df, rk } = this;
    const toks = df.doc.tokens;
    const i = c.tok;
    const sentence = toks[i]!.sentence;
    while (this.nameAt < df.names.length && df.names[this.nameAt]!.from < i) {
      const n = df.names[this.nameAt++]!;
      this.touch(n.person, n.from);
    }
    const active = rk.active;
    active.length = 0;
    this.stamp++;
    const add = (p: number): void => {
      if (this.seen[p] === this.stamp) return;
      this.seen[p] = this.stamp;
      active.push(p);
    };
    for (let j = this.touches.length - 1; j >= 0; j--) {
      const p = this.touches[j]!;
      if (this.latest[p] !== j) continue;
      if (sentence - toks[this.last[p]!]!.sentence > BACK) break;
      add(p);
    }
    for (let j = this.nameAt; j < df.names.length; j++) {
      if (toks[df.names[j]!.from]!.sentence - sentence > AHEAD) break;
      add(df.names[j]!.person);
    }
    if (must >= 0) add(must);
    active.sort((a, b) => a - b);
    for (const p of active) {
      const names = df.people[p]!.names;
      let k = this.cursor[p]!;
      while (k < names.length && names[k]!.from < i) k++;
      this.cursor[p] = k;
      rk.prev[p] = this.last[p]!;
      rk.next[p] = k < names.length ? names[k]!.from : -1;
    }
    for (const p of active) {
      let rp = 0;
      let rn = 0;
      for (const q of active) {
        if (rk.prev[q]! > rk.prev[p]!) rp++;
        if (rk.next[q]! >= 0 && (rk.next[p]! < 0 || rk.next[q]! < rk.next[p]!)) rn++;
      }
      rk.prevRank[p] = rk.prev[p]! < 0 ? 9 : Math.min(rp, 4);
      rk.nextRank[p] = rk.next[p]! < 0 ? 9 : Math.min(rn, 4);
    }
    rk.lemmaOwners = this.owners.get(c.lemma) ?? 0;
    return rk;
  }

  /** Gives candidate c to person p: their latest mention, and the lemma theirs. */
  give(c: Candidate, p: number): void {
    const st = this.states[p]!;
    if (!st.lemmas.has(c.lemma)) this.owners.set(c.lemma, (this.owners.get(c.lemma) ?? 0) + 1);
    addMention(st, c.tok, c.lemma);
    this.touch(p, c.tok);
  }
}

/** Whether token i joins a role noun at j by a comma or "и", adjectives and ages between ("программист и миллиардер"). */
function chained(toks: readonly Token[], j: number, i: number): boolean {
  if (i - j > 5 || toks[j]!.sentence !== toks[i]!.sentence) return false;
  let joint = false;
  for (let k = j + 1; k < i; k++) {
    const t = toks[k]!;
    if (t.norm === ',' || t.norm === 'и') joint = true;
    else if (!(t.kind === 'numword' || t.morph[0]?.pos === 'ADJF')) return false;
  }
  return joint;
}

/** Whether token k is inside one of the person's names. */
const owned = (df: DocFeatures, k: number, p: number): boolean => df.owner[k] === p;

/** Features of "candidate c refers to person p". */
export function pairFeatures(
  df: DocFeatures,
  c: Candidate,
  p: number,
  state: PersonState,
  rk: Ranks,
  out: number[],
): void {
  out.length = 0;
  const toks = df.doc.tokens;
  const person = df.people[p]!;
  const sentence = toks[c.tok]!.sentence;
  const add2 = (t: number, a: number, b = 0): void => void out.push(h(t, a, b));
  add2(100, 1);
  add2(101, person.appTokens.has(c.tok) ? 1 : 0);
  if (c.after && c.after.person === p) {
    add2(102, gapBucket(c.after.gap), c.after.flags & (COMMA | DASH | BRACKET | VERB | PREP | CONJ));
    add2(103, c.after.agree, c.after.gap === 0 ? 1 : 0);
    add2(104, c.after.flags);
  } else if (c.after) add2(105, gapBucket(c.after.gap));
  if (c.before && c.before.person === p) {
    add2(106, gapBucket(c.before.gap), c.before.flags & (COMMA | DASH | BRACKET | VERB | PREP | CONJ));
    add2(107, c.before.flags);
  } else if (c.before) add2(108, gapBucket(c.before.gap));
  const pr = rk.prev[p]!;
  const nx = rk.next[p]!;
  const sd = pr >= 0 ? sentBucket(sentence - toks[pr]!.sentence) : 8;
  const nd = nx >= 0 ? sentBucket(toks[nx]!.sentence - sentence) : 8;
  add2(109, sd, rk.prevRank[p]);
  add2(110, nd, rk.nextRank[p]);
  add2(111, rk.prevRank[p]!, pr >= 0 ? 0 : rk.nextRank[p]!);
  add2(112, pr >= 0 ? Math.min(31 - Math.clz32(c.tok - pr), 9) : 10);
  add2(113, c.gender * 3 + (person.sex === 'masc' ? 1 : person.sex === 'femn' ? 2 : 0));
  const same = person.head === c.lemma;
  const used = state.lemmas.has(c.lemma);
  const inRole = state.roleWords.has(c.lemma);
  add2(114, (same ? 1 : 0) + (used ? 2 : 0) + (inRole ? 4 : 0), Math.min(rk.lemmaOwners - (used ? 1 : 0), 2));
  add2(115, used ? 1 : 0, sd);
  add2(116, c.possessive ? 1 : 0, rk.prevRank[p]);
  add2(117, Math.min(person.names.length, 4), rk.prevRank[p]);
  const group = ROLES.get(c.lemma)?.group;
  if (group && person.head && ROLES.get(person.head)?.group === group) add2(118, 1);
  const sex = person.sex === 'masc' ? 1 : person.sex === 'femn' ? 2 : 0;
  add2(120, c.verbSex, sex);
  if (pr >= 0 && chained(toks, pr, c.tok)) add2(123, person.appTokens.has(pr) || owned(df, pr, p) ? 1 : 2);
  const rule = df.ruleLinks.get(c.tok);
  if (rule !== undefined) add2(122, rule === p ? 1 : 0);
  const roleText = (person.role ?? '').toLowerCase().replace(/ё/g, 'е');
  add2(121, c.complement, c.complementStem && roleText.includes(c.complementStem) ? 1 : 0);
}
