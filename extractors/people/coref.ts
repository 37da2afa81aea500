// Role nouns that refer back to a person already named: "депутат подчеркнул", "по словам
// мажилисмена", "певица рассказала". Each is resolved to the nearest compatible person before it:
// one whose role has the same head noun (or office group), or, for occupations, one of the right sex.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import { countBelow } from '../../document/sorted.js';
import type { Sex } from './declension.js';
import { NON_REFERRING, ROLES } from './lexicon.js';
import { personNounReading, roleGender, roleReading } from './roles.js';
import { KIN_NOUNS, OFFICE_FRAMES, POSSESSIVES } from './data/non-referring.js';

const OFFICE_FRAME = new Set(OFFICE_FRAMES);
const KIN = new Set(KIN_NOUNS);
const POSSESSIVE = new Set(POSSESSIVES);

/**
 * Whether a role noun names an office or a relative here rather than a person named before:
 * "пост главного тренера", "стал тренером" (a predicative instrumental), "его отец".
 */
export function nonReferring(doc: AnalysedDoc, i: number, lemma: string): boolean {
  const toks = doc.tokens;
  const tok = toks[i]!;
  // the words before it, adjectives skipped: "пост главного [тренера]", "его покойный [отец]"
  let k = i - 1;
  while (
    k >= 0 &&
    toks[k]!.sentence === tok.sentence &&
    toks[k]!.morph[0]?.pos === 'ADJF' &&
    !POSSESSIVE.has(toks[k]!.norm)
  )
    k--;
  const before = k >= 0 && toks[k]!.sentence === tok.sentence ? toks[k]! : null;
  if (KIN.has(lemma) && before && POSSESSIVE.has(before.norm)) return true;
  const nouns = tok.morph.filter((p) => p.pos === 'NOUN' && p.lemma === lemma);
  if (
    before &&
    nouns.some((p) => p.case === 'gent') &&
    before.morph.some((p) => p.pos === 'NOUN' && OFFICE_FRAME.has(p.lemma))
  )
    return true;
  // "стал тренером", "назначен премьер-министром": an instrumental without a preposition
  if (
    nouns.length > 0 &&
    nouns.every((p) => p.case === 'ablt') &&
    !(before && before.morph.some((p) => p.pos === 'PREP'))
  )
    return true;
  return false;
}

const PREDICATIVE = new Set(['—', '–', '-', 'как', 'в', 'качестве', '«', '"', 'и', ',']);

/**
 * Whether a person noun outside the role list can refer back here: not an adjective's homonym
 * ("военном", "рабочий"), not a predicate or a comparison ("Спейси — двукратный обладатель", "как
 * жених"), not inside a title («Лучший актер»), not the complement of another noun ("диплом юриста").
 */
export function genericRefers(doc: AnalysedDoc, i: number): boolean {
  const toks = doc.tokens;
  const tok = toks[i]!;
  if (tok.morph.some((p) => p.pos === 'ADJF' || p.pos === 'PRTF')) return false;
  let k = i - 1;
  while (k >= 0 && toks[k]!.sentence === tok.sentence && toks[k]!.morph[0]?.pos === 'ADJF') k--;
  const before = k >= 0 && toks[k]!.sentence === tok.sentence ? toks[k]! : null;
  if (!before) return true;
  if (PREDICATIVE.has(before.norm)) return false;
  const noun = tok.morph.find((p) => p.pos === 'NOUN');
  if (noun?.case === 'gent' && before.morph[0]?.pos === 'NOUN') return false;
  return true;
}

/** What coreference needs to know about a person. */
export interface CorefTarget {
  sex: Sex | null;
  role: string | null;
  /** the role noun lemma heading the role */
  head: string | null;
  /** starts of every mention so far (name and role), ascending */
  starts: number[];
  /** sentence index of each mention start */
  sentences: number[];
}

export interface RoleReference {
  person: number;
  tok: number;
}

const OFFICE_WINDOW = 8;
const JOB_WINDOW = 3;

function groupOf(lemma: string | null): string | null {
  if (!lemma) return null;
  return ROLES.get(lemma)?.group ?? lemma;
}

/** Resolves bare role nouns (tokens not in `skip`) to people; returns person index and token. */
export function resolveRoleNouns(
  doc: AnalysedDoc,
  people: readonly CorefTarget[],
  skip: ReadonlySet<number>,
): RoleReference[] {
  const out: RoleReference[] = [];
  const toks = doc.tokens;
  // who has a mention in each sentence: only they can be within a window of a noun (long articles)
  const bySentence = new Map<number, Set<number>>();
  const note = (sentence: number, p: number): void => {
    const set = bySentence.get(sentence);
    if (set) set.add(p);
    else bySentence.set(sentence, new Set([p]));
  };
  people.forEach((person, p) => person.sentences.forEach((s) => note(s, p)));
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.kind !== 'word' || skip.has(i)) continue;
    // a noun outside the role list refers back only to a person it was given to beside the name
    // ("чебоксарский гимнаст Денис Игнатьев" … "юный гимнаст")
    const r = roleReading(tok) ?? personNounReading(tok);
    if (!r || r.number !== 'sing') continue;
    if (
      tok.upper &&
      toks[tok.i - 1] &&
      toks[tok.i - 1]!.sentence === tok.sentence &&
      toks[i - 1]!.norm !== '"'
    )
      continue;
    if (nonReferring(doc, i, r.lemma)) continue;
    const listed = ROLES.get(r.lemma);
    if (!listed && !genericRefers(doc, i)) continue;
    const info = listed ?? { gender: roleGender(r), descriptive: true };
    const prev = toks[i - 1];
    if (prev && prev.sentence === tok.sentence) {
      // "2 депутата" counts; "49-летний политик" describes
      if (prev.kind === 'num' || (prev.kind === 'numword' && !/летн/.test(prev.norm))) continue;
      if (prev.morph.some((p) => NON_REFERRING.has(p.lemma) || p.pos === 'NUMR')) continue;
    }
    const next = toks[i + 1];
    // a capitalised word after it is a name or a title the noun governs: an apposition, not a reference
    if (next && next.upper && next.sentence === tok.sentence) continue;
    // "акиму района": a complement names a different office unless the person's role has it too
    const complement =
      next &&
      next.kind === 'word' &&
      !next.upper &&
      next.morph[0]?.pos === 'NOUN' &&
      next.morph[0]?.case === 'gent'
        ? next.norm.slice(0, Math.max(4, next.norm.length - 2))
        : null;
    const group = groupOf(r.lemma);
    let best = -1;
    let bestStart = -1;
    const near = new Set<number>();
    for (let s = tok.sentence - Math.max(OFFICE_WINDOW, JOB_WINDOW); s <= tok.sentence; s++)
      for (const p of bySentence.get(s) ?? []) near.add(p);
    for (const p of [...near].sort((a, b) => a - b)) {
      const person = people[p]!;
      if (info.gender !== 'any' && person.sex && person.sex !== info.gender) continue;
      const sameOffice = person.head !== null && groupOf(person.head) === group;
      // a noun outside the list repeats the person's own apposition, and agrees with their known sex
      if (!listed && (!sameOffice || person.sex !== (r.gender === 'femn' ? 'femn' : 'masc'))) continue;
      if (complement && !(sameOffice && person.role?.toLowerCase().includes(complement))) continue;
      if (!sameOffice && !(info.descriptive && !complement)) continue;
      const window = sameOffice ? OFFICE_WINDOW : JOB_WINDOW;
      // the last mention before the noun (starts ascend)
      const lo = countBelow(person.starts, tok.start);
      const last = lo > 0 ? person.starts[lo - 1]! : -1;
      const lastSentence = lo > 0 ? person.sentences[lo - 1]! : -1;
      if (last < 0 || tok.sentence - lastSentence > window) continue;
      if (last > bestStart) {
        bestStart = last;
        best = p;
      }
    }
    if (best >= 0) {
      out.push({ person: best, tok: i });
      const target = people[best]!;
      // later role nouns resolve against this mention too
      let at = target.starts.length;
      while (at > 0 && target.starts[at - 1]! > tok.start) at--;
      target.starts.splice(at, 0, tok.start);
      target.sentences.splice(at, 0, tok.sentence);
      note(tok.sentence, best);
    }
  }
  return out;
}
