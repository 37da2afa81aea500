// The person-name tagger: an averaged perceptron over BIO tags with Viterbi per sentence, reading
// hashed token, neighbour, document, gazetteer and rule-hit features. Weights come from
// ../data/person-tagger.bin (made by `npm run train`), read once on first use.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import type { TaggedSpan } from './bio.js';
import type { Gazetteer } from './gazetteer.js';
import { loadTrainedModel } from './model-file.js';
import type { TaggerModel } from './perceptron.js';
import { prepare } from './pipeline.js';
import type { RuleMentions } from './rule-hits.js';
import { tagPrepared } from './tag.js';

export type { TaggedSpan } from './bio.js';
export { ruleMentions, type RuleMentions } from './rule-hits.js';

let loaded: { model: TaggerModel; gaz: Gazetteer } | null = null;

/** The trained model, decoded on first use. */
function trained(): { model: TaggerModel; gaz: Gazetteer } {
  loaded ??= loadTrainedModel();
  return loaded;
}

/** Person-name spans of a document, in text order (pass the rules' mentions when already found). */
export function tagPersons(doc: AnalysedDoc, rules?: RuleMentions): TaggedSpan[] {
  const { model, gaz } = trained();
  return tagPrepared(model, gaz, rules ? prepare(doc, rules) : prepare(doc));
}
