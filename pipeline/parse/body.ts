// The article body: the outlet's profile selectors first, then the content-density finder; JSON-LD
// articleBody is the referee (it is clean but often loses paragraph breaks or is truncated), and
// a last pass drops prompts, credits and repeats paragraph by paragraph.
import { parseFragment } from './html-load.js';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { ElementType } from 'htmlparser2';
import { BLOCK_TAGS, paragraphsOf } from './dom-text.js';
import { findContentNodes, isLinkBlock, measure, type ElementStats } from './density.js';
import { isBoilerplateParagraph, isJunkElement } from './boilerplate.js';
import type { SiteProfile } from './profiles.js';
import { parseVisibleDate } from './dates.js';

/** Which source the body text came from. */
export type BodySource = 'profile' | 'density' | 'jsonld' | 'none';

export interface BodyResult {
  paragraphs: string[];
  source: BodySource;
}

const MIN_PROFILE_TEXT = 150;
const SHORT_PROFILE_TEXT = 600;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased word tokens of a text. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().replace(/ё/g, 'е').match(WORD) ?? [];
}

const isElement = (n: AnyNode): n is Element =>
  n.type === ElementType.Tag || n.type === ElementType.Script || n.type === ElementType.Style;

/** The elements matched by a CSS selector. */
function select($: CheerioAPI, sel: string): Element[] {
  return $(sel).toArray().filter(isElement);
}

const CLASS_OR_ID = /[.#]([\w-]+)/g;

/** The page's markup as text or as ASCII-compatible bytes: class names and ids (ASCII, as
 * CLASS_OR_ID reads them) are found in either. */
export type Searchable = { includes(s: string): boolean };

/** Whether a selector can match the markup at all: each .class / #id it names must occur in the
 * source text. A failed selector costs a whole-tree walk; a substring search is far cheaper. */
export function mayMatch(markup: Searchable, sel: string): boolean {
  for (const m of sel.matchAll(CLASS_OR_ID)) if (!markup.includes(m[1]!)) return false;
  return true;
}

function topLevel(nodes: Element[]): Element[] {
  const set = new Set(nodes);
  return nodes.filter((n) => {
    for (let p = n.parent; p; p = p.parent) if (p.type === ElementType.Tag && set.has(p)) return false;
    return true;
  });
}

const DATE_ONLY = /^[\p{N}\s:.,/|–—-]*(?:[\p{L}]+[\p{N}\s:.,/|–—-]*){0,3}$/u;
const NOW = new Date(0);

function isDateLine(p: string): boolean {
  return (
    p.length <= 45 && DATE_ONLY.test(p) && parseVisibleDate(p, { tzOffsetMinutes: null, now: NOW }) !== null
  );
}

/** What joins the parts of a dateline: "·", "•" or "|", or a "/" with spaces (18/11/2026 is one part). */
const DATELINE_SEPARATOR = /\s*[·•|]\s*|\s+\/\s+/u;
const CLOCK = /^\d{1,2}:\d{2}$/u;
/** A rubric: one to three words of letters ("Общество", "В мире", "Казахстан-Россия"). */
const RUBRIC = /^\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*){0,2}$/u;

/** Whether a paragraph is a dateline with a rubric: a date or time and a rubric joined by "·", "|"
 * or "/" ("18.11.2026 09:30 · Общество", "Политика | 14:05"). */
function isRubricDateline(p: string): boolean {
  if (p.length > 80) return false;
  const parts = p.split(DATELINE_SEPARATOR).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return false;
  let dated = false;
  for (const part of parts) {
    if (CLOCK.test(part) || isDateLine(part)) dated = true;
    else if (!RUBRIC.test(part)) return false;
  }
  return dated;
}

/** Whether a short paragraph only names the article's authors (a byline repeated in the body). */
function isAuthorLine(key: string, authors: ReadonlySet<string>): boolean {
  if (authors.size === 0 || key.length > 120) return false;
  const names = key
    .replace(/^(автор|авторы|текст|фото)\s*:?\s*/u, '')
    .split(/\s*(?:,|;|\sи\s)\s*/u)
    .filter(Boolean);
  return names.length > 0 && names.every((n) => authors.has(n));
}

/** Drops prompts, credits, date lines, the headline, repeated paragraphs and a leading or trailing
 * dateline with a rubric. */
export function filterParagraphs(
  paragraphs: string[],
  title: string | null,
  authors: readonly string[] = [],
): string[] {
  const seen = new Set<string>();
  const titleKey = title ? title.toLowerCase().trim() : null;
  const authorKeys = new Set(authors.map((a) => a.toLowerCase()));
  const out: string[] = [];
  for (const p of paragraphs) {
    const key = p.toLowerCase();
    if (key === titleKey || isBoilerplateParagraph(p) || isDateLine(p) || isAuthorLine(key, authorKeys))
      continue;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  // a dateline with its rubric above or below the text is page furniture, not the article's
  while (out.length > 0 && isRubricDateline(out[0]!)) out.shift();
  while (out.length > 0 && isRubricDateline(out[out.length - 1]!)) out.pop();
  return out;
}

/** JSON-LD articleBody as paragraphs, when it is plain text of article length. */
function jsonLdParagraphs(body: string | null): string[] | null {
  if (!body || body.length < 200) return null;
  let text = body;
  if (/<\/?(p|br|div|a|strong|em|span)\b|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) {
    return paragraphsOf([parseFragment(text)]);
  }
  text = text.replace(/\r\n?/g, '\n');
  return text
    .split(/\n+/)
    .map((p) => p.replace(/[ \t\f\v\u200b]+/g, ' ').trim())
    .filter(Boolean);
}

function recall(reference: string[], candidate: Set<string>): number {
  if (reference.length === 0) return 0;
  let hit = 0;
  for (const t of reference) if (candidate.has(t)) hit++;
  return hit / reference.length;
}

/** Reconciles DOM paragraphs with a clean JSON-LD articleBody. */
function reconcile(dom: string[], ld: string[]): { paragraphs: string[]; useLd: boolean } {
  const ldTokens = wordTokens(ld.join(' '));
  const ldSet = new Set(ldTokens);
  // keep the DOM's paragraph structure, minus paragraphs the publisher's own body does not contain
  const kept = dom.filter((p) => {
    const t = wordTokens(p);
    return t.length > 0 && recall(t, ldSet) >= 0.7;
  });
  const keptSet = new Set(wordTokens(kept.join(' ')));
  if (recall(ldTokens, keptSet) >= 0.85) return { paragraphs: kept, useLd: false };
  return { paragraphs: ld, useLd: true };
}

/** The article body of a loaded page. */
export function extractBody(
  $: CheerioAPI,
  profile: SiteProfile | null,
  ldBody: string | null,
  title: string | null,
  authors: readonly string[] = [],
  /** the source markup, to skip profile selectors whose classes never occur in it */
  markup: Searchable | null = null,
): BodyResult {
  const dropped = new Set<Element>();
  // one selector list is one tree walk, not one per selector
  const drop = (profile?.drop ?? []).filter((sel) => markup === null || mayMatch(markup, sel));
  if (drop.length) for (const el of select($, drop.join(', '))) dropped.add(el);
  const isJunk = (el: Element): boolean => dropped.has(el) || isJunkElement(el);
  const stats: Map<Element, ElementStats> = measure($.root().toArray(), isJunk);
  const roots = new Set<Element>();
  const skip = (el: Element): boolean =>
    !roots.has(el) && (isJunk(el) || (BLOCK_TAGS.has(el.name) && isLinkBlock(el, stats)));

  let dom: string[] = [];
  let source: BodySource = 'none';
  for (const sel of profile?.body ?? []) {
    if (markup !== null && !mayMatch(markup, sel)) continue;
    const nodes = topLevel(select($, sel)).filter((el) => !dropped.has(el));
    if (nodes.length === 0) continue;
    for (const n of nodes) roots.add(n);
    const paras = filterParagraphs(paragraphsOf(nodes, skip), title, authors);
    if (paras.join(' ').length >= MIN_PROFILE_TEXT) {
      dom = paras;
      source = 'profile';
      break;
    }
    roots.clear();
  }
  // a short profile hit may be only the lead of a redesigned page: let the density finder compete
  const profileLength = dom.join(' ').length;
  if (source === 'none' || profileLength < SHORT_PROFILE_TEXT) {
    roots.clear();
    const nodes = findContentNodes(stats);
    for (const n of nodes) roots.add(n);
    const found = filterParagraphs(paragraphsOf(nodes, skip), title, authors);
    if (source === 'none' || found.join(' ').length > profileLength * 2) {
      dom = found;
      source = dom.length ? 'density' : 'none';
    }
  }
  const ld = jsonLdParagraphs(ldBody);
  // a truncated articleBody ("…") is a teaser: it may only stand in for a missing DOM body
  if (ld && dom.length > 0 && /(\.\.\.|…)\s*$/.test(ldBody ?? '')) return { paragraphs: dom, source };
  if (ld && ld.join(' ').length >= 200) {
    const r = reconcile(dom, filterParagraphs(ld, title, authors));
    return { paragraphs: r.paragraphs, source: r.useLd ? 'jsonld' : source };
  }
  return { paragraphs: dom, source };
}
