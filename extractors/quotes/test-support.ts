// Helpers for the quotes tests: hand-built people over a text, and a compact view of the quotes.
import { analyse } from '../../document/analyse/index.js';
import type { Mention, Person } from '../../document/record/types.js';
import { extractQuotes, type QuotesResult } from './index.js';

/** A person whose mentions are every occurrence of the given strings in the text. */
export function person(text: string, id: string, name: string, ...forms: string[]): Person {
  const mentions: Mention[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      mentions.push({ start: at, end: at + form.length, text: form, kind: 'name' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id, name, role: null, quoted: false, mentions };
}

/** Runs the extractor over a text with the given people. */
export function run(text: string, people: Person[] = [], outlet: string | null = null): QuotesResult {
  return extractQuotes(analyse(text, { outlet }), people);
}

/** Each quote as "kind|speaker name|cue|text", for readable expectations. */
export function brief(r: QuotesResult): string[] {
  return r.quotes.map((q) => {
    const who = r.people.find((p) => p.id === q.speaker)?.name ?? (q.source ? `src:${q.source}` : '-');
    return `${q.kind}|${who}|${q.cue ?? '-'}|${q.text}`;
  });
}
