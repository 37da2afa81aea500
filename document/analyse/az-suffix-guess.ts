// For a word its dictionary does not know, az guesses readings from the word's last one to five
// letters (its SuffixKnown parser): every paradigm and form seen with that ending becomes a reading,
// scored by how often it was seen. az builds a reading object for each candidate before asking
// whether its tag may be guessed at all, and remembers the ones taken in an object keyed by long
// strings; for the words that keep being new in news (names, rare words) that is about a third of
// az's time. This is the same guess with the tag questions answered once per paradigm form and
// readings built only for the candidates kept: the same readings, scores and order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AzParse, AzTag } from 'az';
import type { AzDawg } from './az-dawg-find.js';

/** What az's parsers are given: the options newsfacts leaves at az's defaults. */
interface ParserConfig {
  ignoreCase?: boolean;
  replacements?: Readonly<Record<string, string>>;
}
type Parser = (word: string, config: ParserConfig) => AzParse[];
/** A suffix dictionary: az's DAWG and its search. */
type SuffixDawg = AzDawg & {
  findAll(str: string, replaces: ParserConfig['replacements'], mstutter: number, mtypos: number): unknown[];
};
type DictionaryParseClass = new (word: string, paradigm: number, form: number) => AzParse & { score: number };
/** A DAWG payload of the suffix dictionaries: [count, paradigm, form]. */
type SuffixStat = [number, number, number];

/** The prefixes az strips before guessing, one suffix dictionary each (its files 0, 1, 2). */
const PREFIXES = ['', 'по', 'наи'] as const;
/** How much a guess from an ending of 1 to 5 letters counts (az's weights). */
const WEIGHTS = [0, 0.2, 0.3, 0.4, 0.5, 0.6] as const;
const LONGEST_ENDING = 5;
const SHORTEST_WORD = 4;

/** What a paradigm form's tag allows: no guessing, guessing for capitalised words only, or always. */
const NEVER = 0;
const CAPITALISED = 1;
const ALWAYS = 2;
type Guessable = typeof NEVER | typeof CAPITALISED | typeof ALWAYS;

/**
 * Replaces az's SuffixKnown parser with this one. `parsers` is Az.Morph.Parsers, `dictionaryParse`
 * the class of az's dictionary readings, `dawgClass` Az.DAWG and `dictsDir` az's dictionary folder
 * (the suffix dictionaries are loaded again here: az keeps its own copies private).
 */
export function installSuffixGuess(
  parsers: Record<string, Parser>,
  dictionaryParse: DictionaryParseClass,
  dawgClass: { fromArrayBuffer(data: ArrayBuffer, format: string): AzDawg },
  dictsDir: string,
): void {
  if (typeof parsers['SuffixKnown'] !== 'function')
    throw new TypeError('az has no SuffixKnown parser to replace');
  const dawgs = PREFIXES.map((_, i) => {
    const file = readFileSync(path.join(dictsDir, `prediction-suffixes-${i}.dawg`));
    const data = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    return dawgClass.fromArrayBuffer(data, 'probs') as SuffixDawg;
  });
  const guessable = new Map<number, Guessable>();
  const guessableOf = (paradigm: number, form: number): Guessable => {
    const key = paradigm * 65536 + form;
    let g = guessable.get(key);
    if (g === undefined) {
      const tag = new dictionaryParse('', paradigm, form).tag as AzTag & {
        isProductive(): unknown;
        isCapitalized(): unknown;
      };
      if (!tag.isProductive()) g = NEVER;
      else g = tag.isCapitalized() ? CAPITALISED : ALWAYS;
      guessable.set(key, g);
    }
    return g;
  };

  parsers['SuffixKnown'] = (written: string, config: ParserConfig): AzParse[] => {
    if (written.length < SHORTEST_WORD) return [];
    const head = written[0]!;
    const tail = written.substring(1);
    // az's own test of a capitalised word ("Шмырклов", not "ШМЫРКЛОВ")
    const capitalised = head.toLocaleLowerCase() !== head && tail.toLocaleUpperCase() !== tail;
    const mayBeName = Boolean(config.ignoreCase) || capitalised;
    const word = written.toLocaleLowerCase();
    const out: AzParse[] = [];
    const seen = new Set<string>();
    let shortest = 1;
    for (let i = 0; i < PREFIXES.length; i++) {
      const prefix = PREFIXES[i]!;
      if (!word.startsWith(prefix)) continue;
      const base = word.substring(prefix.length);
      for (let len = LONGEST_ENDING; len >= shortest; len--) {
        if (len >= base.length) continue;
        const stem = prefix + base.substring(0, base.length - len);
        const entries = dawgs[i]!.findAll(base.substring(base.length - len), config.replacements, 0, 0) as [
          string,
          SuffixStat[],
        ][];
        const found: (AzParse & { score: number })[] = [];
        let max = 1;
        for (const [suffix, stats] of entries) {
          for (const [count, paradigm, form] of stats) {
            const g = guessableOf(paradigm, form);
            if (g === NEVER || (g === CAPITALISED && !mayBeName)) continue;
            const guess = stem + suffix;
            const key = `${guess}:${paradigm}:${form}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const parse = new dictionaryParse(guess, paradigm, form);
            max = Math.max(max, count);
            parse.score = count * WEIGHTS[len]!;
            found.push(parse);
          }
        }
        if (found.length > 0) {
          for (const p of found) p.score /= max;
          for (const p of found) out.push(p);
          // after a hit, endings one letter shorter are still tried, shorter ones no more
          shortest = Math.max(len - 1, 1);
        }
      }
    }
    return out;
  };
}
