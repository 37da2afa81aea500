// Word tables two extractors share: month names, cardinal number words, ordinal stems.
export * from './months.js';
export * from './number-words.js';
export * from './ordinals.js';
