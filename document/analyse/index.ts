// The analysed document and the helpers every extractor reads it with.
export { analyse, EMPTY_META } from './analyse.js';
export { loadMorphology, analyseWord, inflectWord, morphologyLoadMs, MorphologyError } from './morphology.js';
export { foldView, lowerSameLength, normWord } from './normalise.js';
export * from './types.js';
export * from './query.js';
