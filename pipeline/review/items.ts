// The reviewable items of a record, each with its path ("quotes/0"), its type, its span and its
// normalised values as label/value pairs: one list feeds the highlights, the side panel and the
// verdicts, so they cannot disagree.
import type { NewsRecord, Person } from '../../document/record/types.js';
import type { Highlight, HighlightType } from './highlight.js';

/** One reviewable item: a mention, quote, number or date, with what the reviewer needs to judge it. */
export interface ReviewItem {
  item: string;
  type: Exclude<HighlightType, 'counted'>;
  start: number;
  end: number;
  text: string;
  /** Normalised values to show beside the span, in display order. */
  fields: [string, string][];
  /** For quotes: the speaker's person id (null when unknown). */
  speaker?: string | null;
  /** For quotes: the outlet or organisation named as the source when it is not a person. */
  source?: string | null;
}

const show = (v: unknown): string =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** The person's display name for a speaker id, or a marker when the id is unknown. */
export function speakerName(people: readonly Person[], id: string | null | undefined): string {
  if (id === null || id === undefined) return 'unknown speaker';
  const p = people.find((x) => x.id === id);
  return p ? p.name : `unknown person id ${id}`;
}

/** Who a quote is from, for its label: the speaker's name, else the named source, else "unknown speaker". */
export function quoteSource(record: NewsRecord, it: ReviewItem): string {
  if (it.speaker) return speakerName(record.people, it.speaker);
  return it.source ? `source: ${it.source}` : 'unknown speaker';
}

/** Every reviewable item of a record, people mentions first, then quotes, numbers and dates. */
export function reviewItems(record: NewsRecord): ReviewItem[] {
  const items: ReviewItem[] = [];
  record.people.forEach((p, i) =>
    p.mentions.forEach((m, j) =>
      items.push({
        item: `people/${i}/mentions/${j}`,
        type: 'person',
        start: m.start,
        end: m.end,
        text: m.text,
        fields: [
          ['person', `${p.id}: ${p.name}`],
          ['role', show(p.role)],
          ['mention', show(m.kind)],
          ['quoted', p.quoted ? 'yes' : 'no'],
        ],
      }),
    ),
  );
  record.quotes.forEach((q, i) =>
    items.push({
      item: `quotes/${i}`,
      type: 'quote',
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker,
      source: q.source ?? null,
      fields: [
        ['speaker', speakerName(record.people, q.speaker) + (q.speaker ? ` (${q.speaker})` : '')],
        ['kind', show(q.kind)],
        ['cue', show(q.cue)],
        ...(q.source ? [['source', q.source] as [string, string]] : []),
      ],
    }),
  );
  record.numbers.forEach((n, i) =>
    items.push({
      item: `numbers/${i}`,
      type: 'number',
      start: n.start,
      end: n.end,
      text: n.text,
      fields: [
        ['value', show(n.value)],
        ['kind', show(n.kind)],
        ['counts', show(n.counts)],
        ...(n.currency ? [['currency', n.currency] as [string, string]] : []),
        ...(n.unit ? [['unit', n.unit] as [string, string]] : []),
        ...(n.approx ? [['approx', n.approx] as [string, string]] : []),
        ...(n.min !== undefined || n.max !== undefined
          ? [['range', `${show(n.min)} – ${show(n.max)}`] as [string, string]]
          : []),
      ],
    }),
  );
  record.dates.forEach((d, i) =>
    items.push({
      item: `dates/${i}`,
      type: 'date',
      start: d.start,
      end: d.end,
      text: d.text,
      fields: [
        ['value', show(d.value ?? null)],
        ['kind', show(d.kind)],
        ['grain', show(d.grain)],
        ['relative', d.relative ? 'yes' : 'no'],
      ],
    }),
  );
  return items;
}

/** Whether an item's offsets point into the text and match its text, so it can be highlighted. */
export function spanHolds(text: string, it: { start: number; end: number; text: string }): boolean {
  return (
    Number.isInteger(it.start) &&
    Number.isInteger(it.end) &&
    it.start >= 0 &&
    it.start <= it.end &&
    it.end <= text.length &&
    text.slice(it.start, it.end) === it.text
  );
}

/** The highlights for a record's text: every item whose span holds, plus what each number counts. */
export function highlightsOf(record: NewsRecord, items: readonly ReviewItem[]): Highlight[] {
  const out: Highlight[] = [];
  for (const it of items) {
    if (!spanHolds(record.text, it)) continue;
    const title = `${it.type}: ` + it.fields.map(([k, v]) => `${k} ${v}`).join(' · ');
    const h: Highlight = { start: it.start, end: it.end, type: it.type, item: it.item, title };
    if (it.type === 'quote') h.badge = quoteSource(record, it);
    out.push(h);
  }
  record.numbers.forEach((n, i) => {
    const cs = n.countsSpan;
    if (!cs || !Number.isInteger(cs.start) || !Number.isInteger(cs.end)) return;
    if (cs.start < 0 || cs.end > record.text.length || cs.start >= cs.end) return;
    out.push({
      start: cs.start,
      end: cs.end,
      type: 'counted',
      item: `numbers/${i}/countsSpan`,
      title: `counted by numbers/${i}: ${show(n.counts)}`,
    });
  });
  return out;
}
