// Highlighted article text: spans overlap and nest (a number inside a quote, a mention inside a
// quote), so the text is cut at every span boundary and each piece is wrapped in the elements of
// all spans covering it. Spans that cross are split into fragments, each carrying the same
// data-item, so every span stays highlighted and can be found by its item path.
import { escapeHtml, SafeHtml } from './html.js';

/** What a highlighted span is: drives data-type, the colour and the legend. */
export type HighlightType = 'quote' | 'person' | 'number' | 'date' | 'counted';

/** One span to highlight in the article text. */
export interface Highlight {
  start: number;
  end: number;
  type: HighlightType;
  /** The item's path in the record: "quotes/0", "people/1/mentions/2", "numbers/3/countsSpan". */
  item: string;
  /** Hover text: the item's normalised values. */
  title: string;
  /** A short label shown after the span's last fragment (a quote's speaker), outside the text content. */
  badge?: string;
}

/** Outer-first order for spans with the same offsets: a quote encloses a mention, a number its unit. */
const TYPE_RANK: Record<HighlightType, number> = { quote: 0, person: 1, number: 2, counted: 3, date: 4 };

/** The element id of a highlight's first fragment, the target of the side panel's links. */
export function anchorId(item: string): string {
  return 'hl-' + item.replace(/[^A-Za-z0-9_-]/g, '-');
}

function openTag(h: Highlight, first: boolean, last = false): string {
  const id = first ? ` id="${anchorId(h.item)}"` : '';
  const badge = last && h.badge ? ` data-badge="${escapeHtml(h.badge)}"` : '';
  return (
    `<mark class="hl hl-${h.type}${badge ? ' has-badge' : ''}"${id} data-type="${h.type}" data-item="${escapeHtml(h.item)}"` +
    ` title="${escapeHtml(h.title)}"${badge}>`
  );
}

/** Renders the text with every highlight as nested <mark> elements; text outside spans stays plain. */
export function renderHighlighted(text: string, highlights: readonly Highlight[]): SafeHtml {
  const valid = highlights.filter(
    (h) =>
      Number.isInteger(h.start) &&
      Number.isInteger(h.end) &&
      h.start >= 0 &&
      h.start <= h.end &&
      h.end <= text.length,
  );
  const byStart = [...valid].sort(
    (a, b) => a.start - b.start || b.end - a.end || TYPE_RANK[a.type] - TYPE_RANK[b.type],
  );
  const points = new Set<number>([0, text.length]);
  for (const h of valid) points.add(h.start).add(h.end);
  const bounds = [...points].sort((a, b) => a - b);

  const outer = (a: Highlight, b: Highlight): number =>
    b.end - a.end || a.start - b.start || TYPE_RANK[a.type] - TYPE_RANK[b.type];
  const seen = new Set<Highlight>();
  // where each highlight's latest fragment opens, to put its badge on the last one
  const lastOpen = new Map<Highlight, number>();
  const out: string[] = [];
  let stack: Highlight[] = [];
  let active: Highlight[] = [];
  let next = 0;
  for (let k = 0; k < bounds.length; k++) {
    const p = bounds[k] as number;
    active = active.filter((h) => h.end > p);
    const empty: Highlight[] = [];
    while (next < byStart.length && (byStart[next] as Highlight).start === p) {
      const h = byStart[next++] as Highlight;
      if (h.end === h.start) empty.push(h);
      else active.push(h);
    }
    // Keep the open elements that are still wanted, as long as everything under them is too.
    let keep = 0;
    while (keep < stack.length && (stack[keep] as Highlight).end > p) keep++;
    for (let i = stack.length - 1; i >= keep; i--) out.push('</mark>');
    stack = stack.slice(0, keep);
    for (const h of empty) {
      out.push(openTag(h, !seen.has(h)), '</mark>');
      seen.add(h);
    }
    if (k === bounds.length - 1) break;
    const open = new Set(stack);
    const toOpen = active.filter((h) => !open.has(h)).sort(outer);
    for (const h of toOpen) {
      if (h.badge) lastOpen.set(h, out.length);
      out.push(openTag(h, !seen.has(h)));
      seen.add(h);
      stack.push(h);
    }
    out.push(escapeHtml(text.slice(p, bounds[k + 1])));
  }
  for (let i = stack.length - 1; i >= 0; i--) out.push('</mark>');
  for (const [h, at] of lastOpen) out[at] = openTag(h, out[at]?.includes(' id="') ?? false, true);
  return new SafeHtml(out.join(''));
}
