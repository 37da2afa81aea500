// Plain inline SVG charts built on the server: no script, no library, every label escaped.
import { markup, type SafeHtml } from './html.js';

/** One bar: its label and value. */
export interface Bar {
  label: string;
  value: number;
}

const LABEL_W = 220;
const BAR_H = 18;
const GAP = 4;
/** line height of a wrapped label, px (the label font is 12px) */
const LINE_H = 14;
/** characters of a label line: 12px Cyrillic capitals run to about 8 px, and the label area is 214 px */
export const LABEL_CHARS = 26;

/** A label cut into lines of at most `width` characters at spaces; a longer word is split. Nothing is dropped. */
export function wrapLabel(label: string, width = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    let w = word;
    if (cur && cur.length + 1 + w.length <= width) {
      cur += ' ' + w;
      continue;
    }
    if (cur) lines.push(cur);
    while (w.length > width) {
      lines.push(w.slice(0, width));
      w = w.slice(width);
    }
    cur = w;
  }
  if (cur || lines.length === 0) lines.push(cur);
  return lines;
}

/** A horizontal bar chart, largest first as given; long labels wrap onto more lines; empty data gives a short note instead. */
export function barChart(title: string, bars: readonly Bar[], width = 640): SafeHtml {
  if (bars.length === 0)
    return markup`<figure class="chart">
      <figcaption>${title}</figcaption>
      <p class="empty">nothing to show</p>
    </figure>`;
  const max = Math.max(...bars.map((b) => b.value), 1);
  const plot = width - LABEL_W - 50;
  let y = GAP;
  const rows = bars.map((b) => {
    const lines = wrapLabel(b.label);
    const rowH = Math.max(BAR_H, lines.length * LINE_H + 4);
    const top = y;
    y += rowH + GAP;
    const barY = top + (rowH - BAR_H) / 2;
    const firstBase = top + (rowH - lines.length * LINE_H) / 2 + LINE_H - 3;
    const w = Math.max(1, Math.round((b.value / max) * plot));
    const tspans = lines.map(
      (l, i) => markup`<tspan x="${LABEL_W - 6}" y="${firstBase + i * LINE_H}">${l}</tspan>`,
    );
    return markup`<g
      ><title>${b.label}: ${b.value}</title
      ><text text-anchor="end" class="label">${tspans}</text
      ><rect x="${LABEL_W}" y="${barY}" width="${w}" height="${BAR_H}" class="bar"></rect
      ><text x="${LABEL_W + w + 4}" y="${barY + BAR_H - 5}" class="value">${b.value}</text></g
    >`;
  });
  const height = y;
  return markup`<figure class="chart">
    <figcaption>${title}</figcaption>
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label="${title}"
      width="${width}"
      height="${height}"
      viewBox="0 0 ${width} ${height}"
    >
      ${rows}
    </svg>
  </figure>`;
}

/** A column chart over ordered buckets (months or years), for counts over time. */
export function columnChart(title: string, columns: readonly Bar[], width = 640): SafeHtml {
  if (columns.length === 0)
    return markup`<figure class="chart">
      <figcaption>${title}</figcaption>
      <p class="empty">nothing to show</p>
    </figure>`;
  const height = 220;
  const base = height - 40;
  const max = Math.max(...columns.map((c) => c.value), 1);
  const step = (width - 40) / columns.length;
  const colW = Math.max(2, Math.min(40, step - 2));
  // a label needs about 60 px; show every nth so they never overlap
  const labelEvery = Math.max(1, Math.ceil(60 / step));
  const cols = columns.map((c, i) => {
    const x = 30 + i * step;
    const h = Math.max(1, Math.round((c.value / max) * (base - 20)));
    const label =
      i % labelEvery === 0
        ? markup`<text x="${x + colW / 2}" y="${base + 14}" text-anchor="middle" class="label"
            >${c.label}</text
          >`
        : '';
    return markup`<g
      ><title>${c.label}: ${c.value}</title
      ><rect x="${x}" y="${base - h}" width="${colW}" height="${h}" class="bar"></rect>${label}</g
    >`;
  });
  return markup`<figure class="chart">
    <figcaption>${title}</figcaption>
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label="${title}"
      width="${width}"
      height="${height}"
      viewBox="0 0 ${width} ${height}"
    >
      <line x1="28" y1="${base}" x2="${width - 6}" y2="${base}" class="axis"></line>
      <text x="2" y="14" class="value">${max}</text>
      ${cols}
    </svg>
  </figure>`;
}

/** Counts of each key, largest first, at most `top` of them. */
export function topCounts(keys: Iterable<string>, top: number): Bar[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .map(([label, value]) => ({ label, value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'ru'))
    .slice(0, top);
}
