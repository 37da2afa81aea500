// From an analysed document to feature matrices: the evidence every document needs once (rules,
// token codes, document codes), and the features under a given gazetteer.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { docCodes } from './doc-features.js';
import { gazCodes, type Gazetteer } from './gazetteer.js';
import { ruleMentions, type RuleMentions } from './rule-hits.js';
import { featurize, type FeatureMatrix } from './token-features.js';
import { tokenInfo, type TokenInfo } from './token-info.js';

/** What a document's features are made from, before the gazetteer. */
export interface Prepared {
  doc: AnalysedDoc;
  rules: RuleMentions;
  info: TokenInfo;
  docc: Int32Array;
}

/** Runs the rules and computes the token and document codes of a document. */
export function prepare(doc: AnalysedDoc, rules: RuleMentions = ruleMentions(doc)): Prepared {
  const info = tokenInfo(doc, rules.ctx.f, rules);
  return { doc, rules, info, docc: docCodes(doc, info) };
}

/** The feature matrix of a prepared document under a gazetteer (`transient`: see featurize). */
export function features(p: Prepared, gaz: Gazetteer, transient = false): FeatureMatrix {
  return featurize(p.doc, p.info, p.docc, gazCodes(gaz, p.info), transient);
}
