// One record's review page: the text with every span highlighted, a legend, a side panel of every
// item with its normalised values and verdict buttons, and the raw record one click away.
import type { NewsRecord } from '../../document/record/types.js';
import { anchorId, renderHighlighted } from './highlight.js';
import { markup, safeHref, type SafeHtml } from './html.js';
import { highlightsOf, quoteSource, reviewItems, spanHolds, type ReviewItem } from './items.js';
import { page } from './layout.js';

/** Legend entries in display order: the highlight type and what it marks. */
export const LEGEND: [string, string][] = [
  ['person', 'person mention'],
  ['quote', 'quote (speaker on hover and in the panel)'],
  ['number', 'number (value, what it counts)'],
  ['counted', 'what a number counts'],
  ['date', 'date (ISO value)'],
];

const SNIPPET = 140;
const snippet = (s: string): string => (s.length > SNIPPET ? s.slice(0, SNIPPET - 1) + '…' : s);

function itemEntry(record: NewsRecord, it: ReviewItem): SafeHtml {
  const holds = spanHolds(record.text, it);
  return markup`<li
    class="item item-${it.type}"
    data-item="${it.item}"
    data-type="${it.type}"
    data-start="${it.start}"
    data-end="${it.end}"
  >
    <a class="goto" href="#${anchorId(it.item)}"
      ><span class="swatch swatch-${it.type}"></span>${snippet(it.text)}</a
    >
    ${holds ? '' : markup`<span class="bad-span">offsets do not match the text: not highlighted</span>`}
    <dl class="fields">
      ${it.fields.map(
        ([k, v]) =>
          markup`<dt>${k}</dt>
            <dd>${v}</dd>`,
      )}
      <dt>span</dt>
      <dd>${it.start}–${it.end}</dd>
    </dl>
    <span class="verdicts" role="group" aria-label="verdict"
      ><button type="button" class="verdict" data-verdict="right" title="right">✓ right</button
      ><button type="button" class="verdict" data-verdict="wrong" title="wrong">✗ wrong</button></span
    >
  </li>`;
}

function section(title: string, id: string, body: SafeHtml | SafeHtml[], count: number): SafeHtml {
  return markup`<section class="panel-section" id="${id}">
    <h2>${title} <span class="count">${count}</span></h2>
    ${body}
  </section>`;
}

function quotesBySpeaker(record: NewsRecord, quotes: ReviewItem[]): SafeHtml[] {
  const groups = new Map<string, ReviewItem[]>();
  for (const q of quotes) {
    const key = quoteSource(record, q);
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups].map(
    ([who, qs]) =>
      markup`<div class="speaker-group">
        <h3>${who} <span class="count">${qs.length}</span></h3>
        <ul class="items">
          ${qs.map((q) => itemEntry(record, q))}
        </ul>
      </div>`,
  );
}

function peopleList(record: NewsRecord, mentions: ReviewItem[]): SafeHtml[] {
  return record.people.map((p, i) => {
    const own = mentions.filter((m) => m.item.startsWith(`people/${i}/`));
    return markup`<div class="person-group">
      <h3>
        ${p.name} <span class="pid">${p.id}</span>${p.quoted ? markup` <span class="tag">speaker</span>` : ''}
      </h3>
      <p class="role">${p.role ?? 'no role given'}</p>
      <ul class="items">
        ${own.map((m) => itemEntry(record, m))}
      </ul>
    </div>`;
  });
}

/** The article page for one record; `jsonFile` is the record's raw JSON file name beside the page. */
export function articlePage(record: NewsRecord, jsonFile: string): string {
  const items = reviewItems(record);
  const of = (t: ReviewItem['type']): ReviewItem[] => items.filter((x) => x.type === t);
  const quotes = of('quote');
  const numbers = of('number');
  const dates = of('date');
  const mentions = of('person');
  const href = safeHref(record.url);
  const title = record.title ?? record.text.slice(0, 80);
  const body = markup`<header class="article-head">
      <h1>${title}</h1>
      <p class="meta">
        <span>${record.outlet ?? 'unknown outlet'}</span> · <time>${record.published ?? 'no date'}</time> ·
        <code>${record.id}</code>
        ${href ? markup` · <a href="${href}" rel="noopener noreferrer nofollow" target="_blank">source</a>` : record.url ? markup` · <span class="url">${record.url}</span>` : ''}
        · <a href="${jsonFile}" download>record.json</a> ·
        <button type="button" id="export-record" class="export">export verdicts (.jsonl)</button>
        <span id="verdict-count" class="count"></span>
      </p>
      <ul class="legend">
        ${LEGEND.map(([t, label]) => markup`<li><mark class="hl hl-${t}">${t}</mark> ${label}</li>`)}
      </ul>
    </header>
    <main class="article-layout">
      <article class="article-text" id="article-text" lang="ru">${renderHighlighted(record.text, highlightsOf(record, items))}</article>
      <aside class="panel" id="panel">
        ${section('Quotes by speaker', 'panel-quotes', quotesBySpeaker(record, quotes), quotes.length)}
        ${section(
          'Numbers',
          'panel-numbers',
          markup`<ul class="items">
            ${numbers.map((n) => itemEntry(record, n))}
          </ul>`,
          numbers.length,
        )}
        ${section(
          'Dates',
          'panel-dates',
          markup`<ul class="items">
            ${dates.map((d) => itemEntry(record, d))}
          </ul>`,
          dates.length,
        )}
        ${section('People', 'panel-people', peopleList(record, mentions), record.people.length)}
        ${section(
          'Warnings',
          'panel-warnings',
          markup`<ul class="warnings">
            ${record.warnings.map((w) => markup`<li>${w}</li>`)}
          </ul>`,
          record.warnings.length,
        )}
      </aside>
    </main>
    <details class="raw">
      <summary>Raw record JSON</summary>
      <pre id="record-json">${JSON.stringify(record, null, 2)}</pre>
    </details>`;
  return page({
    title: `${title} — newsfacts review`,
    root: '../',
    kind: 'article',
    body,
    data: { 'record-id': record.id },
  });
}
