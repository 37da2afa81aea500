// Tagging a prepared document with a model: Viterbi per sentence, spans out, then corrections.
import { spansOf, type TaggedSpan } from './bio.js';
import type { Gazetteer } from './gazetteer.js';
import { decode, type TaggerModel } from './perceptron.js';
import { features, type Prepared } from './pipeline.js';
import { postprocess } from './postprocess.js';

/** Person spans of a prepared document under a model and gazetteer, in text order. */
export function tagPrepared(model: TaggerModel, gaz: Gazetteer, p: Prepared, post = true): TaggedSpan[] {
  const fm = features(p, gaz, true);
  const out: TaggedSpan[] = [];
  for (const s of p.doc.sentences) {
    if (s.endToken <= s.firstToken) continue;
    const tags = decode(model, fm, s.firstToken, s.endToken);
    out.push(...spansOf(p.doc, tags, s.firstToken, s.endToken));
  }
  return post ? postprocess(p.doc, p.info, out, p.rules) : out;
}
