// Training the role-mention model: an averaged perceptron over the candidates of each article, read
// in text order with the gold decisions (a person index or -1 per candidate), the article order of
// each epoch drawn from a seeded generator, so the same input gives the same weights. Also 5-fold
// cross-validation by article.
import { seededRandom } from '../../../document/seeded-random.js';
import { ROLE_HASH_BITS } from './features.js';
import { decide, walk, type PreparedDoc } from './link.js';
import type { RoleCv } from './model-file.js';

/** One training article: its prepared candidates, their gold decisions, and its gold role mentions. */
export interface RoleTrainDoc {
  prep: PreparedDoc;
  /** per candidate: the person it refers to, -1 for nobody */
  gold: Int32Array;
  /** gold role mentions of the article, reachable or not (the recall denominator) */
  goldCount: number;
}

/** Training settings. */
export interface RoleTrainOptions {
  epochs: number;
  seed: number;
  /** perceptrons trained with seeds seed, seed+1, …, their weights averaged (steadier on little data) */
  runs: number;
  log?: (line: string) => void;
}

/** Trains the weights: the average of `runs` perceptrons; same documents, options and order give the same weights. */
export function trainRoleModel(docs: readonly RoleTrainDoc[], opts: RoleTrainOptions): Float32Array {
  const out = new Float32Array(1 << ROLE_HASH_BITS);
  for (let r = 0; r < opts.runs; r++) {
    const w = trainOne(docs, opts.epochs, opts.seed + r, opts.log);
    for (let k = 0; k < out.length; k++) if (w[k] !== 0) out[k] = out[k]! + w[k]! / opts.runs;
  }
  return out;
}

/** One averaged perceptron, the article order of each epoch drawn from `seed`. */
function trainOne(
  docs: readonly RoleTrainDoc[],
  epochs: number,
  seed: number,
  log?: (line: string) => void,
): Float64Array {
  const dim = 1 << ROLE_HASH_BITS;
  const w = new Float64Array(dim);
  const u = new Float64Array(dim);
  let c = 1;
  const update = (good: readonly number[], bad: readonly number[]): void => {
    for (const f of good) {
      w[f] = w[f]! + 1;
      u[f] = u[f]! + c;
    }
    for (const f of bad) {
      w[f] = w[f]! - 1;
      u[f] = u[f]! - c;
    }
  };
  const rand = seededRandom(seed);
  const order = docs.map((_, k) => k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      const x = order[k]!;
      order[k] = order[j]!;
      order[j] = x;
    }
    let errors = 0;
    for (const idx of order) {
      const d = docs[idx]!;
      walk(d.prep, w, d.gold, (good, bad) => {
        errors++;
        update(good, bad);
        c++;
      });
      c++;
    }
    log?.(`seed ${seed}, epoch ${epoch + 1}: ${errors} wrong decisions`);
  }
  for (let k = 0; k < dim; k++) if (w[k] !== 0 || u[k] !== 0) w[k] = w[k]! - u[k]! / c;
  return w;
}

/** Counts of one evaluation: links right, links made, gold role mentions. */
export interface RoleCounts {
  tp: number;
  pred: number;
  gold: number;
}

/** Scores weights on documents as the extractor decides: a link is right when the gold gives the same token to the same person. */
export function evaluateRoles(docs: readonly RoleTrainDoc[], w: ArrayLike<number>): RoleCounts {
  const n: RoleCounts = { tp: 0, pred: 0, gold: 0 };
  for (const d of docs) {
    const byTok = new Map(d.prep.cands.map((c, k) => [c.tok, d.gold[k]!]));
    const links = decide(d.prep, w);
    n.pred += links.length;
    n.gold += d.goldCount;
    for (const l of links) if (byTok.get(l.tok) === l.person) n.tp++;
  }
  return n;
}

const f1 = (n: RoleCounts): number => (n.tp === 0 ? 0 : (2 * n.tp) / (n.pred + n.gold));

/** 5-fold (or k-fold) cross-validation by article: article j is in fold j mod k. */
export function crossValidateRoles(docs: readonly RoleTrainDoc[], opts: RoleTrainOptions, k = 5): RoleCv {
  const folds: number[] = [];
  const all: RoleCounts = { tp: 0, pred: 0, gold: 0 };
  for (let f = 0; f < k; f++) {
    const train = docs.filter((_, j) => j % k !== f);
    const test = docs.filter((_, j) => j % k === f);
    const n = evaluateRoles(
      test,
      trainRoleModel(train, { epochs: opts.epochs, seed: opts.seed, runs: opts.runs }),
    );
    folds.push(f1(n));
    all.tp += n.tp;
    all.pred += n.pred;
    all.gold += n.gold;
    opts.log?.(`fold ${f + 1}: F1 ${f1(n).toFixed(3)} (${n.tp} right of ${n.pred} made, ${n.gold} gold)`);
  }
  return {
    folds,
    mean: folds.reduce((a, b) => a + b, 0) / k,
    precision: all.pred ? all.tp / all.pred : 0,
    recall: all.gold ? all.tp / all.gold : 0,
  };
}
