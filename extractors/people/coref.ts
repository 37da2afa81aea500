// Role nouns that refer back to a person already named: "депутат подчеркнул", "по словам
// мажилисмена", "певица рассказала". Each is resolved to the nearest compatible person before it:
// one whose role has the same head noun (or office group), or, for occupations, one of the right sex.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import type { Sex } from './declension.js';
import { NON_REFERRING, ROLES } from './lexicon.js';
import { roleReading } from './roles.js';

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
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.kind !== 'word' || skip.has(i)) continue;
    const r = roleReading(tok);
    if (!r || r.number !== 'sing') continue;
    if (
      tok.upper &&
      toks[tok.i - 1] &&
      toks[tok.i - 1]!.sentence === tok.sentence &&
      toks[i - 1]!.norm !== '"'
    )
      continue;
    const info = ROLES.get(r.lemma)!;
    const prev = toks[i - 1];
    if (prev && prev.sentence === tok.sentence) {
      if (prev.kind === 'num' || prev.kind === 'numword') continue;
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
    for (let p = 0; p < people.length; p++) {
      const person = people[p]!;
      if (info.gender !== 'any' && person.sex && person.sex !== info.gender) continue;
      const sameOffice = person.head !== null && groupOf(person.head) === group;
      if (complement && !(sameOffice && person.role?.toLowerCase().includes(complement))) continue;
      if (!sameOffice && !(info.descriptive && !complement)) continue;
      const window = sameOffice ? OFFICE_WINDOW : JOB_WINDOW;
      let last = -1;
      let lastSentence = -1;
      for (let k = 0; k < person.starts.length && person.starts[k]! < tok.start; k++) {
        last = person.starts[k]!;
        lastSentence = person.sentences[k]!;
      }
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
    }
  }
  return out;
}
