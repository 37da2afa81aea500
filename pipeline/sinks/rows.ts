// Flattens a record into table rows for the SQL sinks (SQLite and PostgreSQL share the layout).
import type { OutRecord } from './types.js';

export interface ArticleRow {
  id: string;
  version: number;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  published_at: string | null;
  fetched: string | null;
  lang: string;
  text: string;
  warnings: string;
  content_hash: string;
}
export interface PersonRow {
  article_id: string;
  person_id: string;
  name: string;
  role: string | null;
  quoted: boolean;
}
export interface MentionRow {
  article_id: string;
  person_id: string;
  seq: number;
  start_offset: number;
  end_offset: number;
  text: string;
  kind: string;
}
export interface QuoteRow {
  article_id: string;
  seq: number;
  start_offset: number;
  end_offset: number;
  text: string;
  kind: string;
  speaker: string | null;
  cue: string | null;
  source: string | null;
}
export interface NumberRow {
  article_id: string;
  seq: number;
  start_offset: number;
  end_offset: number;
  text: string;
  kind: string;
  value: number;
  currency: string | null;
  unit: string | null;
  counts: string | null;
  counts_start: number | null;
  counts_end: number | null;
  approx: string | null;
  min_value: number | null;
  max_value: number | null;
}
export interface DateRow {
  article_id: string;
  seq: number;
  start_offset: number;
  end_offset: number;
  text: string;
  kind: string;
  value: string | null;
  grain: string | null;
  relative: boolean;
}

/** All rows of one article. */
export interface RecordRows {
  article: ArticleRow;
  people: PersonRow[];
  mentions: MentionRow[];
  quotes: QuoteRow[];
  numbers: NumberRow[];
  dates: DateRow[];
}

/** The UTC instant of an ISO timestamp, or null when it does not parse (kept sortable as text). */
export function instantOf(iso: string | null): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** The rows for one record; a speaker that names no person becomes null to keep the foreign key. */
export function recordRows(out: OutRecord): RecordRows {
  const r = out.record;
  const id = r.id;
  const personIds = new Set(r.people.map((p) => p.id));
  return {
    article: {
      id,
      version: r.version,
      url: r.url,
      outlet: r.outlet,
      title: r.title,
      published: r.published,
      published_at: instantOf(r.published),
      fetched: r.fetched,
      lang: r.lang,
      text: r.text,
      warnings: JSON.stringify(r.warnings),
      content_hash: out.contentHash,
    },
    people: r.people.map((p) => ({
      article_id: id,
      person_id: p.id,
      name: p.name,
      role: p.role,
      quoted: p.quoted,
    })),
    mentions: r.people.flatMap((p) =>
      p.mentions.map((m, seq) => ({
        article_id: id,
        person_id: p.id,
        seq,
        start_offset: m.start,
        end_offset: m.end,
        text: m.text,
        kind: m.kind,
      })),
    ),
    quotes: r.quotes.map((q, seq) => ({
      article_id: id,
      seq,
      start_offset: q.start,
      end_offset: q.end,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker !== null && personIds.has(q.speaker) ? q.speaker : null,
      cue: q.cue,
      source: q.source ?? null,
    })),
    numbers: r.numbers.map((n, seq) => ({
      article_id: id,
      seq,
      start_offset: n.start,
      end_offset: n.end,
      text: n.text,
      kind: n.kind,
      value: n.value,
      currency: n.currency,
      unit: n.unit,
      counts: n.counts,
      counts_start: n.countsSpan?.start ?? null,
      counts_end: n.countsSpan?.end ?? null,
      approx: n.approx,
      min_value: n.min ?? null,
      max_value: n.max ?? null,
    })),
    dates: r.dates.map((d, seq) => ({
      article_id: id,
      seq,
      start_offset: d.start,
      end_offset: d.end,
      text: d.text,
      kind: d.kind,
      value: d.value ?? null,
      grain: d.grain,
      relative: d.relative,
    })),
  };
}

/** Column order of each child table, shared by both SQL sinks. */
export const CHILD_COLUMNS = {
  people: ['article_id', 'person_id', 'name', 'role', 'quoted'],
  mentions: ['article_id', 'person_id', 'seq', 'start_offset', 'end_offset', 'text', 'kind'],
  quotes: ['article_id', 'seq', 'start_offset', 'end_offset', 'text', 'kind', 'speaker', 'cue', 'source'],
  numbers: [
    'article_id',
    'seq',
    'start_offset',
    'end_offset',
    'text',
    'kind',
    'value',
    'currency',
    'unit',
    'counts',
    'counts_start',
    'counts_end',
    'approx',
    'min_value',
    'max_value',
  ],
  dates: ['article_id', 'seq', 'start_offset', 'end_offset', 'text', 'kind', 'value', 'grain', 'relative'],
} as const;

export type ChildTable = keyof typeof CHILD_COLUMNS;

/** Child tables in insert order (parents first); delete in reverse. */
export const CHILD_TABLES: readonly ChildTable[] = ['people', 'mentions', 'quotes', 'numbers', 'dates'];

export const ARTICLE_COLUMNS = [
  'id',
  'version',
  'url',
  'outlet',
  'title',
  'published',
  'published_at',
  'fetched',
  'lang',
  'text',
  'warnings',
  'content_hash',
] as const;
