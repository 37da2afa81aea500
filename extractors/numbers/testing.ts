// Test helper: the numbers of one sentence, analysed alone (as the peer-suite harness does).
import { analyse, loadMorphology } from '../../document/analyse/index.js';
import type { NumberItem, Range } from '../../document/record/types.js';
import { extractNumbers } from './index.js';

/** Loads the morphology once per test file. */
export const ready = (): Promise<void> => loadMorphology().then(() => undefined);

/** The items of a text, with optional claimed ranges. */
export function items(text: string, taken: readonly Range[] = []): NumberItem[] {
  return extractNumbers(analyse(text), taken).items;
}

/** The first item of a text. */
export function first(text: string): NumberItem | undefined {
  return items(text)[0];
}

/** The items as [text, kind, value] triples, for short assertions. */
export function numbersIn(text: string): Array<[string, string, number]> {
  return items(text).map((n) => [n.text, n.kind, n.value]);
}
