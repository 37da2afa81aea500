// Reads an article's candidate nouns in text order and gives each to the person it refers to, or
// to nobody: every option is scored by the model's weights over its features, the best wins ("no
// person" on a tie), and a noun given to a person becomes that person's latest mention for the
// nouns after it. Training walks the same way, the gold decision standing in for the model's.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { ROLES } from '../lexicon.js';
import { roleCandidates } from './candidates.js';
import {
  candidate,
  docFeatures,
  genitiveComplement,
  initialState,
  pairFeatures,
  Tracker,
  type Candidate,
  type DocFeatures,
  type PersonState,
} from './features.js';
import type { RoleLink, RolePerson } from './types.js';

/** The candidates of a document, in text order, with the features they need. */
export interface PreparedDoc {
  df: DocFeatures;
  cands: Candidate[];
}

/** Finds the candidates of a document and describes them. */
export function prepareDoc(doc: AnalysedDoc, people: readonly RolePerson[]): PreparedDoc {
  const df = docFeatures(doc, people);
  const found = roleCandidates(doc, (i) => df.owner[i]! >= 0);
  const cands = [...found.entries()].sort((a, b) => a[0] - b[0]).map(([i, r]) => candidate(df, i, r));
  return { df, cands };
}

const sum = (w: ArrayLike<number>, feats: readonly number[]): number => {
  let s = 0;
  for (const f of feats) s += w[f]!;
  return s;
};

/**
 * Decides every candidate with weights `w`. With `gold` (a person index or -1 per candidate) the
 * walk follows the gold decisions and calls `update` where the model's choice differs.
 */
export function walk(
  prep: PreparedDoc,
  w: ArrayLike<number>,
  gold?: Int32Array,
  update?: (good: readonly number[], bad: readonly number[]) => void,
): RoleLink[] {
  const { df, cands } = prep;
  const states: PersonState[] = df.people.map((_, p) => initialState(df, p));
  const out: RoleLink[] = [];
  const feats: number[] = [];
  const bestFeats: number[] = [];
  const goldFeats: number[] = [];
  const tracker = new Tracker(df, states);
  cands.forEach((c, k) => {
    let best = -1;
    const g = gold ? gold[k]! : -2;
    const rk = tracker.ranks(c, g);
    let bestScore = sum(w, c.own);
    // the features of the best and the gold option are kept only when training
    if (gold) {
      bestFeats.length = 0;
      bestFeats.push(...c.own);
    }
    if (g === -1) {
      goldFeats.length = 0;
      goldFeats.push(...c.own);
    }
    for (const p of rk.active) {
      pairFeatures(df, c, p, states[p]!, rk, feats);
      const s = sum(w, feats);
      if (p === g) {
        goldFeats.length = 0;
        goldFeats.push(...feats);
      }
      if (s > bestScore) {
        bestScore = s;
        best = p;
        if (gold) {
          bestFeats.length = 0;
          bestFeats.push(...feats);
        }
      }
    }
    if (gold && update && best !== g) update(goldFeats, bestFeats);
    const chosen = gold ? g : best;
    if (best >= 0) out.push({ tok: c.tok, person: best });
    if (chosen >= 0) tracker.give(c, chosen);
  });
  return out;
}

/** Whether a noun can name the person by sex: a listed noun of one sex never names the other ("жена Кинчева"). */
function sexFits(prep: PreparedDoc, c: Candidate, person: number): boolean {
  const listed = ROLES.get(c.lemma)?.gender;
  const sex = prep.df.people[person]?.sex;
  return !sex || !listed || listed === 'any' || listed === sex;
}

/**
 * The role mentions of a prepared document: the model's links (but none to the person whose name is
 * the noun's genitive complement), and the hand-written rules' links for the nouns the model gave to nobody (the rules are precise on the offices they list: "депутат",
 * "мажилисмена"; cross-validation shows the union costs nothing).
 */
export function decide(prep: PreparedDoc, w: ArrayLike<number>): RoleLink[] {
  // a noun and its genitive complement never name one person: "представитель Теру" is not Теру
  const byTok = new Map(prep.cands.map((c) => [c.tok, c]));
  const links = walk(prep, w).filter((l) => {
    const c = byTok.get(l.tok)!;
    if (!sexFits(prep, c, l.person)) return false;
    const after = c.after;
    return !(
      after &&
      after.person === l.person &&
      after.gap === 0 &&
      genitiveComplement(prep.df, c, l.tok + 1)
    );
  });
  // "друга Путина Геннадия Тимченко": two names side by side after a noun are its possessor and
  // then the person it names
  const owner = prep.df.owner;
  for (const l of links) {
    let e = l.tok + 1;
    if (owner[e] !== l.person) continue;
    while (owner[e] === l.person) e++;
    const next = owner[e] ?? -1;
    if (next >= 0 && next !== l.person && sexFits(prep, byTok.get(l.tok)!, next)) l.person = next;
  }
  const have = new Set(links.map((l) => l.tok));
  for (const [tok, person] of prep.df.ruleLinks) {
    const c = byTok.get(tok);
    if (!have.has(tok) && prep.df.officeToks.has(tok) && (!c || sexFits(prep, c, person)))
      links.push({ tok, person });
  }
  return links.sort((a, b) => a.tok - b.tok);
}
