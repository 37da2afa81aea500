// The site's index: one row per article with its counts, sortable by any column and filterable by
// outlet, date range, text and speaker name (the client script reads the rows' data-* attributes).
import type { NewsRecord } from '../../document/record/types.js';
import { markup } from './html.js';
import { page } from './layout.js';

/** What the index needs of one record: the record and the file name of its page. */
export interface IndexEntry {
  record: NewsRecord;
  file: string;
}

/** Names of the people a record quotes: those marked quoted and those a quote names as speaker. */
export function speakersOf(record: NewsRecord): string[] {
  const ids = new Set(record.quotes.map((q) => q.speaker).filter((s): s is string => s !== null));
  return record.people.filter((p) => p.quoted || ids.has(p.id)).map((p) => p.name);
}

/** The day part of an ISO timestamp ("2025-11-26"), or "" when absent or malformed. */
export function dayOf(iso: string | null): string {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : '';
}

/** "2025-11-26 10:15" from an ISO timestamp, for a narrow column; the full value stays in the title. */
export function shortTime(iso: string | null): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  return m ? (m[2] ? `${m[1]} ${m[2]}` : (m[1] as string)) : iso;
}

/** Rows shown at first and added per "show more": a thousand laid-out rows would slow the page. */
export const PAGE_ROWS = 100;

const COLUMNS: [key: string, label: string, kind: 'text' | 'num'][] = [
  ['title', 'Title', 'text'],
  ['outlet', 'Outlet', 'text'],
  ['published', 'Published', 'text'],
  ['people', 'People', 'num'],
  ['quotes', 'Quotes', 'num'],
  ['numbers', 'Numbers', 'num'],
  ['dates', 'Dates', 'num'],
  ['warnings', 'Warnings', 'num'],
];

/** The index page for the whole run. */
export function indexPage(entries: readonly IndexEntry[]): string {
  const outlets = [...new Set(entries.map((e) => e.record.outlet ?? ''))].sort();
  const speakers = [...new Set(entries.flatMap((e) => speakersOf(e.record)))].sort((a, b) =>
    a.localeCompare(b, 'ru'),
  );
  // rows stay lean (a run may have thousands): the client script reads the cells for sorting and filtering
  const rows = entries.map(({ record: r, file }, i) => {
    const title = r.title ?? r.text.slice(0, 90).replace(/\s+/g, ' ');
    const sp = speakersOf(r);
    const w = r.warnings.length;
    return markup`<tr${i >= PAGE_ROWS ? markup` hidden` : ''}><td><a href="records/${file}">${title}</a>${sp.length ? markup`<div class="speakers">${sp.join(', ')}</div>` : ''}</td><td>${r.outlet ?? ''}</td><td class="when"><time datetime="${r.published ?? ''}">${shortTime(r.published)}</time></td><td class="num">${r.people.length}</td><td class="num">${r.quotes.length}</td><td class="num">${r.numbers.length}</td><td class="num">${r.dates.length}</td><td class="num${w ? ' warn' : ''}">${w}</td></tr>
`;
  });
  const body = markup`<header class="index-head">
      <h1>Articles <span class="count" id="shown-count">${entries.length} of ${entries.length}</span></h1>
      <div class="filters" id="filters" role="search">
        <label
          >Outlet
          <select id="f-outlet">
            <option value="*">all</option>
            ${outlets.map((o) => markup`<option value="${o}">${o || '(none)'}</option>`)}
          </select></label
        >
        <label>From <input type="date" id="f-from" /></label>
        <label>To <input type="date" id="f-to" /></label>
        <label>Text <input type="search" id="f-text" placeholder="title, outlet, id" /></label>
        <label
          >Speaker
          <input type="search" id="f-speaker" list="speaker-names" placeholder="name of a quoted person"
        /></label>
        <datalist id="speaker-names">${speakers.map((s) => markup`<option value="${s}"></option>`)}</datalist>
        <button type="button" id="export-all" class="export">export all verdicts (.jsonl)</button>
        <span id="verdict-count" class="count"></span>
      </div>
    </header>
    <main>
      <table class="records" id="records" data-page-rows="${PAGE_ROWS}">
        <thead>
          <tr>
            ${COLUMNS.map(([k, label, kind]) => markup`<th data-key="${k}" data-kind="${kind}"><button type="button" class="sort">${label}</button></th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
      <p class="more" id="more" ${entries.length > PAGE_ROWS ? '' : markup`hidden`}>
        <span id="page-note">showing the first ${PAGE_ROWS}</span>
        <button type="button" id="show-more" class="export">show ${PAGE_ROWS} more</button>
        <button type="button" id="show-all" class="export">show all</button>
      </p>
    </main>`;
  return page({ title: 'newsfacts review — articles', root: '', kind: 'index', body });
}
