// Test helper: the dates of one sentence, analysed with a fixed publication date.
import { analyse, loadMorphology } from '../../document/analyse/index.js';
import type { DateItem } from '../../document/record/types.js';
import type { AnalysedDoc } from '../../document/analyse/index.js';
import { readFileSync } from 'node:fs';
import { sharedFile } from '../../test/skip.js';
import { contextOf } from './context.js';
import { PARSERS, extractDates } from './index.js';

/** The publication moment every unit test reads against unless it says otherwise (a Wednesday). */
export const PUBLISHED = '2025-11-26T12:00:00+05:00';

/** Loads the morphology once per test file. */
export const ready = (): Promise<void> => loadMorphology().then(() => undefined);

/** Dates found in a text, as [text, value, kind] triples for short assertions. */
export function datesIn(
  text: string,
  published: string | null = PUBLISHED,
): Array<[string, string | undefined, string]> {
  return items(text, published).map((d) => [d.text, d.value, d.kind]);
}

/** The full items and warnings for a text. */
export function items(text: string, published: string | null = PUBLISHED): DateItem[] {
  return extractDates(analyse(text, { published, tzOffsetMinutes: published ? 300 : null })).items;
}

/** The first item of a text. */
export function first(text: string, published: string | null = PUBLISHED): DateItem | undefined {
  return items(text, published)[0];
}

/**
 * Every candidate the parsers build when each runs over every whole sentence, with no gate: what
 * parseAll must find (as "source start-end", sorted).
 */
export function ungated(doc: AnalysedDoc): string[] {
  const ctx = contextOf(doc);
  const out: string[] = [];
  for (const p of PARSERS) {
    for (const s of doc.sentences) {
      const text = doc.lower.slice(s.start, s.end);
      p.pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.pattern.exec(text)) !== null) {
        if (m[0].length === 0) {
          p.pattern.lastIndex++;
          continue;
        }
        m.index += s.start;
        const c = p.build(m, ctx);
        if (c) out.push(`${c.source} ${c.start}-${c.end}`);
      }
    }
  }
  return out.sort();
}

/** The texts of the NEREL and factRuEval dev sets (tests that call it skip when ../shared is absent). */
export function devTexts(): string[] {
  return ['nerel-dev', 'factru-dev'].flatMap((set) =>
    readFileSync(sharedFile('gold', `${set}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
}
