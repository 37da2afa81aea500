// A bare figure read as an ordinal through agreement: a cardinal never takes a singular noun in
// the locative, dative or instrumental ("в 34 паркранах", not "в 34 паркране"), except when it ends
// in 1 ("в 21 округе"). So "на 3 этаже", "в 5 туре", "в своём 34 забеге" are ordinals.
import type { AnalysedDoc, Token } from '../../../document/analyse/index.js';
import { nextInLine } from './tokens.js';

const OBLIQUE = new Set(['loct', 'loc2', 'datv', 'ablt']);

/** Whether every reading of the token is a singular noun in an oblique case a cardinal cannot govern. */
function singularOblique(t: Token): boolean {
  if (t.kind !== 'word' || t.morph.length === 0 || t.upper) return false;
  return t.morph.every(
    (p) => p.pos === 'NOUN' && p.number === 'sing' && p.case !== null && OBLIQUE.has(p.case),
  );
}

/** Whether the bare figure `value` ending at token `last` stands for an ordinal, by agreement with the next noun. */
export function ordinalByAgreement(doc: AnalysedDoc, last: number, value: number): boolean {
  if (!Number.isInteger(value) || value <= 0 || value >= 1000) return false;
  if (value % 10 === 1 && value % 100 !== 11) return false;
  const next = nextInLine(doc, last);
  return next !== undefined && singularOblique(next);
}
