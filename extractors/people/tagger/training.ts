// Training and cross-validation of the person tagger on span gold ({id, text, entities}).
// Features of training documents use a gazetteer built jackknifed (from the other folds), so the
// gazetteer feature is as noisy in training as on unseen text.
import { analyse } from '../../../document/analyse/index.js';
import { goldTags } from './bio.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import type { CvResult } from './model-file.js';
import { trainPerceptron, type Sequence, type TaggerModel, type TrainOptions } from './perceptron.js';
import { features, prepare, type Prepared } from './pipeline.js';
import { countMatches, prf, type Span, type SpanCounts } from './span-score.js';
import { tagPrepared } from './tag.js';

/** A gold document as the jsonl files hold it. */
export interface GoldDoc {
  id: string;
  text: string;
  entities: { type: string; start: number; end: number; text?: string }[];
}

/** A gold document analysed, with its PERSON spans and their tags. */
export interface TrainDoc {
  p: Prepared;
  gold: Span[];
  tags: Uint8Array;
}

/** Number of jackknife folds for the gazetteer. */
export const GAZ_FOLDS = 5;

/** Analyses gold documents (morphology must be loaded) and tags their PERSON spans. */
export function prepareGold(docs: readonly GoldDoc[]): TrainDoc[] {
  return docs.map((d) => {
    const p = prepare(analyse(d.text));
    const gold = d.entities.filter((e) => e.type === 'PERSON').map((e) => ({ start: e.start, end: e.end }));
    return { p, gold, tags: goldTags(p.doc, gold) };
  });
}

function sequences(docs: readonly TrainDoc[], gazOf: (k: number) => Gazetteer): Sequence[] {
  const out: Sequence[] = [];
  docs.forEach((d, k) => {
    const fm = features(d.p, gazOf(k));
    for (const s of d.p.doc.sentences) {
      if (s.endToken <= s.firstToken) continue;
      out.push({ fm, from: s.firstToken, to: s.endToken, gold: d.tags.subarray(s.firstToken, s.endToken) });
    }
  });
  return out;
}

/** Trains on documents; returns the model and the gazetteer of all of them (for unseen text). */
export function trainTagger(
  docs: readonly TrainDoc[],
  opts: TrainOptions,
): { model: TaggerModel; gaz: Gazetteer } {
  const items = docs.map((d) => ({ info: d.p.info, tags: d.tags }));
  const foldGaz: Gazetteer[] = [];
  for (let f = 0; f < GAZ_FOLDS; f++)
    foldGaz.push(buildGazetteer(items.filter((_, k) => k % GAZ_FOLDS !== f)));
  const model = trainPerceptron(
    sequences(docs, (k) => foldGaz[k % GAZ_FOLDS]!),
    opts,
  );
  return { model, gaz: buildGazetteer(items) };
}

/** k-fold cross-validation (fold = document index mod k): PERSON span F1 per fold and overall; `post`: corrections on. */
export function crossValidate(docs: readonly TrainDoc[], opts: TrainOptions, k = 5, post = true): CvResult {
  const folds: number[] = [];
  const total: SpanCounts = { tp: 0, gold: 0, pred: 0 };
  for (let f = 0; f < k; f++) {
    const train = docs.filter((_, j) => j % k !== f);
    const test = docs.filter((_, j) => j % k === f);
    const { model, gaz } = trainTagger(train, opts);
    const c: SpanCounts = { tp: 0, gold: 0, pred: 0 };
    for (const d of test) {
      const m = countMatches(d.p.doc.text, d.gold, tagPrepared(model, gaz, d.p, post));
      c.tp += m.tp;
      c.gold += m.gold;
      c.pred += m.pred;
    }
    folds.push(prf(c).f);
    total.tp += c.tp;
    total.gold += c.gold;
    total.pred += c.pred;
    opts.log?.(`fold ${f + 1}/${k}: PERSON F1 ${prf(c).f.toFixed(3)}`);
  }
  const all = prf(total);
  return { folds, mean: folds.reduce((a, b) => a + b, 0) / k, precision: all.p, recall: all.r };
}
