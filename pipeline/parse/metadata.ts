// Page metadata readers: one small function per field, each walking its sources in order of
// trust. Machine-readable sources (JSON-LD, Open Graph, schema.org microdata) come before visible
// text, visible text before guesses from the URL.
import type { CheerioAPI } from 'cheerio';
import type { JsonLdArticle } from './jsonld.js';
import type { SiteProfile } from './profiles.js';
import { hostOf } from './profiles.js';
import { dateFromUrl, normaliseMachineDate, parseVisibleDate, type DateContext } from './dates.js';
import type { Element } from 'domhandler';
import { ElementType } from 'htmlparser2';
import type { PageIndex } from './page-index.js';
import { textOf } from './dom-text.js';
import { isNotAuthor } from './boilerplate.js';

/** <meta> contents by lower-cased property / name / itemprop, in document order. */
export type MetaMap = Map<string, string[]>;

/** Collects every <meta> content under its property, name and itemprop keys. */
export function collectMeta(idx: PageIndex): MetaMap {
  const map: MetaMap = new Map();
  for (const el of idx.metas) {
    const a = el.attribs;
    const content = a['content'];
    if (content === undefined) continue;
    for (const key of [a['property'], a['name'], a['itemprop'], a['http-equiv']]) {
      if (!key) continue;
      const k = key.trim().toLowerCase();
      const list = map.get(k);
      if (list) list.push(content.trim());
      else map.set(k, [content.trim()]);
    }
  }
  return map;
}

/** The first non-empty <meta> content for any of the keys. */
export function metaValue(meta: MetaMap, ...keys: string[]): string | null {
  for (const k of keys) for (const v of meta.get(k) ?? []) if (v) return v;
  return null;
}

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function firstText($: CheerioAPI, selectors: string[] | undefined): string | null {
  for (const sel of selectors ?? []) {
    const t = clean($(sel).first().text());
    if (t) return t;
  }
  return null;
}

const SEPARATORS = [' | ', ' :: ', ' — ', ' – ', ' - ', ': ', ' » ', ' / '];

function looksLikeOutlet(seg: string, outlets: string[], host: string | null): boolean {
  const s = seg
    .toLowerCase()
    .replace(/^www\./, '')
    .trim();
  if (!s) return false;
  if (host && (s === host || s.includes(host) || host.startsWith(s.replace(/\s+/g, '')))) return true;
  return outlets.some((o) => {
    const l = o.toLowerCase();
    return l.length > 1 && (s === l || s.includes(l) || l.includes(s));
  });
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** A headline without the " | Outlet", " - Section - Outlet" tails pages add to <title>. */
export function stripTitleSuffix(title: string, outlets: string[], host: string | null): string {
  let t = clean(title);
  let removedOutlet = false;
  for (let guard = 0; guard < 4; guard++) {
    let changed = false;
    for (const sep of SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i <= 0) continue;
      const head = t.slice(0, i).trim();
      const tail = t.slice(i + sep.length).trim();
      if (words(head) < 2) continue;
      const outletTail = looksLikeOutlet(tail, outlets, host);
      const sectionTail = removedOutlet && words(tail) <= 3 && sep !== ': ';
      if (outletTail || sectionTail) {
        t = head;
        removedOutlet = true;
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  // "Headline | Section | Section" left after the outlet: the first part is the headline
  if (t.includes(' | ')) {
    const parts = t.split(' | ');
    const first = parts[0]!.trim();
    if (words(first) >= 3) t = first;
  }
  return t;
}

/** The headline: og:title, JSON-LD headline, profile selector, h1, then <title>. */
export function pickTitle(
  $: CheerioAPI,
  idx: PageIndex,
  meta: MetaMap,
  ld: JsonLdArticle | null,
  profile: SiteProfile | null,
  outlets: string[],
  host: string | null,
): string | null {
  // lazily: the profile selector costs a tree scan and is rarely needed
  const candidates: (() => string | null)[] = [
    () => metaValue(meta, 'og:title', 'twitter:title'),
    () => ld?.headline ?? null,
    () => firstText($, profile?.title),
    () => (idx.h1 ? textOf(idx.h1) || null : null),
    () => (idx.title ? textOf(idx.title) || null : null),
    () => metaValue(meta, 'title', 'headline'),
  ];
  for (const candidate of candidates) {
    const c = candidate();
    if (!c) continue;
    const t = stripTitleSuffix(c, outlets, host);
    if (t && !looksLikeOutlet(t, outlets, host)) return t;
  }
  return null;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'article:published',
  'published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'mediator_published_time',
  'article.published',
  'cxenseparse:recs:publishtime',
  'datecreated',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'article:modified',
  'dc.date.modified',
  'last-modified',
  'dcterms.modified',
];

function attrDate(elements: readonly Element[], ctx: DateContext): string | null {
  for (const el of elements.slice(0, 5)) {
    const a = el.attribs;
    const raw = a['datetime'] ?? a['content'] ?? a['data-time'] ?? a['data-date'] ?? a['time'] ?? a['title'];
    const d = normaliseMachineDate(raw, ctx) ?? parseVisibleDate(textOf(el), ctx);
    if (d) return d;
  }
  return null;
}

function selectElements($: CheerioAPI, selector: string): Element[] {
  return $(selector)
    .toArray()
    .filter((n): n is Element => n.type === ElementType.Tag);
}

/** When the article was first published, as ISO 8601 with offset when known. */
export function pickPublished(
  $: CheerioAPI,
  idx: PageIndex,
  meta: MetaMap,
  ld: JsonLdArticle | null,
  profile: SiteProfile | null,
  url: string | null,
  ctx: DateContext,
): string | null {
  const fromLd = normaliseMachineDate(ld?.datePublished, ctx);
  if (fromLd) return fromLd;
  for (const k of PUBLISHED_META) {
    const d = normaliseMachineDate(metaValue(meta, k), ctx);
    if (d) return d;
  }
  for (const sel of profile?.date ?? []) {
    const d = attrDate(selectElements($, sel), ctx);
    if (d) return d;
  }
  const micro = attrDate(
    [...(idx.itemprop.get('datepublished') ?? []), ...(idx.itemprop.get('datecreated') ?? [])],
    ctx,
  );
  if (micro) return micro;
  // weaker, visible sources: <time> elements (those inside the article first), then elements
  // whose class says date/time; a date in the URL arbitrates between them
  const weak: string[] = [];
  const timeIn = attrDate(idx.timesInArticle, ctx);
  if (timeIn) weak.push(timeIn);
  const timeAny = attrDate(idx.times, ctx);
  if (timeAny) weak.push(timeAny);
  for (const el of idx.dateLike) {
    const text = textOf(el);
    if (text.length > 80) continue;
    const d = parseVisibleDate(text, ctx);
    if (d) weak.push(d);
    if (weak.length >= 6) break;
  }
  const fromUrl = dateFromUrl(url);
  if (fromUrl) return weak.find((d) => d.startsWith(fromUrl)) ?? fromUrl;
  return weak[0] ?? null;
}

/** When the article was last modified, if the page says. */
export function pickModified(
  idx: PageIndex,
  meta: MetaMap,
  ld: JsonLdArticle | null,
  ctx: DateContext,
): string | null {
  const fromLd = normaliseMachineDate(ld?.dateModified, ctx);
  if (fromLd) return fromLd;
  for (const k of MODIFIED_META) {
    const d = normaliseMachineDate(metaValue(meta, k), ctx);
    if (d) return d;
  }
  return attrDate(idx.itemprop.get('datemodified') ?? [], ctx);
}

function isInside(node: Element, ancestor: Element): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

const AUTHOR_NOISE = /https?:|www\.|@|\.(ru|kz|com|io|media)\b/i;

/** Author names: JSON-LD, meta author, microdata, profile selectors; never the outlet itself. */
export function pickAuthors(
  $: CheerioAPI,
  idx: PageIndex,
  meta: MetaMap,
  ld: JsonLdArticle | null,
  profile: SiteProfile | null,
  outlets: string[],
  host: string | null,
): string[] {
  // sources in order of trust; the first that names anyone wins, so a footer list never adds to JSON-LD
  const raw: string[] = [...(ld?.authors ?? [])];
  if (raw.length === 0)
    for (const sel of profile?.authors ?? [])
      for (const el of selectElements($, sel).slice(0, 6)) raw.push(textOf(el));
  if (raw.length === 0) {
    const names = idx.itemprop.get('name') ?? [];
    for (const el of (idx.itemprop.get('author') ?? []).slice(0, 6)) {
      const name = names.find((n) => isInside(n, el));
      raw.push(name ? (name.attribs['content'] ?? textOf(name)) : (el.attribs['content'] ?? textOf(el)));
    }
  }
  if (raw.length === 0) raw.push(...(meta.get('author') ?? []), ...(meta.get('article:author') ?? []));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    for (const part of clean(r)
      .replace(/^(автор|авторы|текст|by)\s*:?\s+/i, '')
      .split(/\s*[,;]\s*/)) {
      const name = part.trim();
      if (
        !name ||
        name.length > 60 ||
        AUTHOR_NOISE.test(name) ||
        isNotAuthor(name) ||
        looksLikeOutlet(name, outlets, host)
      )
        continue;
      const key = name.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(name);
      }
    }
  }
  return out;
}

/** The outlet's name: the profile's, og:site_name, JSON-LD publisher, application-name, host. */
export function pickOutlet(
  meta: MetaMap,
  ld: JsonLdArticle | null,
  profile: SiteProfile | null,
  host: string | null,
): string | null {
  return (
    profile?.outlet ??
    metaValue(meta, 'og:site_name') ??
    ld?.publisher ??
    metaValue(meta, 'application-name') ??
    host
  );
}

/** The page language as a bare ISO 639-1 code when the page declares one. */
export function pickLang(idx: PageIndex, meta: MetaMap, ld: JsonLdArticle | null): string | null {
  const raw =
    idx.lang ??
    metaValue(meta, 'og:locale', 'content-language', 'language', 'dc.language') ??
    ld?.inLanguage ??
    null;
  const m = raw ? /^([a-z]{2,3})\b/i.exec(raw.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

function resolve(href: string | null | undefined, base: string | null): string | null {
  if (!href || !href.trim()) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

/** The canonical URL (link rel=canonical, og:url, JSON-LD url) resolved against the fetch URL. */
export function pickCanonical(
  idx: PageIndex,
  meta: MetaMap,
  ld: JsonLdArticle | null,
  base: string | null,
): string | null {
  const link = idx.canonical;
  return (
    resolve(link, base) ??
    resolve(metaValue(meta, 'og:url', 'twitter:url'), base) ??
    resolve(ld?.url, base) ??
    resolve(base, null)
  );
}

export { hostOf };
