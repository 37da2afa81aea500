// Page metadata readers: one small function per field, each walking its sources in order of
// trust. Machine-readable sources (JSON-LD, Open Graph, schema.org microdata) come before visible
// text, visible text before guesses from the URL.
import type { CheerioAPI } from 'cheerio';
import type { JsonLdArticle } from './jsonld.js';
import type { SiteProfile } from './profiles.js';
import { hostOf } from './profiles.js';
import { dateFromUrl, normaliseMachineDate, parseVisibleDate, type DateContext } from './dates.js';

/** <meta> contents by lower-cased property / name / itemprop, in document order. */
export type MetaMap = Map<string, string[]>;

/** Collects every <meta> content under its property, name and itemprop keys. */
export function collectMeta($: CheerioAPI): MetaMap {
  const map: MetaMap = new Map();
  for (const el of $('meta').toArray()) {
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

const SEPARATORS = [' | ', ' :: ', ' — ', ' – ', ' - ', ': ', ' « ', ' / '];

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
  meta: MetaMap,
  ld: JsonLdArticle | null,
  profile: SiteProfile | null,
  outlets: string[],
  host: string | null,
): string | null {
  const candidates = [
    metaValue(meta, 'og:title', 'twitter:title'),
    ld?.headline ?? null,
    firstText($, profile?.title),
    clean($('h1').first().text()) || null,
    clean($('title').first().text()) || null,
    metaValue(meta, 'title', 'headline'),
  ];
  for (const c of candidates) {
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

function attrDate($: CheerioAPI, selector: string, ctx: DateContext): string | null {
  for (const el of $(selector).toArray().slice(0, 5)) {
    if (el.type !== 'tag') continue;
    const a = el.attribs;
    const raw = a['datetime'] ?? a['content'] ?? a['data-time'] ?? a['data-date'] ?? a['time'] ?? a['title'];
    const d = normaliseMachineDate(raw, ctx) ?? parseVisibleDate(clean($(el).text()), ctx);
    if (d) return d;
  }
  return null;
}

const VISIBLE_DATE_SELECTOR =
  '[class*="date"], [class*="Date"], [class*="time"], [class*="Time"], [class*="publish"], [class*="posted"], [id*="date"]';

/** When the article was first published, as ISO 8601 with offset when known. */
export function pickPublished(
  $: CheerioAPI,
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
    const d = attrDate($, sel, ctx);
    if (d) return d;
  }
  const micro = attrDate($, '[itemprop="datePublished"], [itemprop="dateCreated"]', ctx);
  if (micro) return micro;
  // weaker, visible sources: <time> elements (those inside the article first), then elements
  // whose class says date/time; a date in the URL arbitrates between them
  const weak: string[] = [];
  const timeIn = attrDate($, 'article time[datetime], main time[datetime], time[pubdate]', ctx);
  if (timeIn) weak.push(timeIn);
  const timeAny = attrDate($, 'time[datetime]', ctx);
  if (timeAny) weak.push(timeAny);
  for (const el of $(VISIBLE_DATE_SELECTOR).toArray().slice(0, 30)) {
    const text = clean($(el).text());
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
  $: CheerioAPI,
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
  return attrDate($, '[itemprop="dateModified"]', ctx);
}

const AUTHOR_NOISE = /https?:|www\.|@|\.(ru|kz|com|io|media)\b/i;

/** Author names: JSON-LD, meta author, microdata, profile selectors; never the outlet itself. */
export function pickAuthors(
  $: CheerioAPI,
  meta: MetaMap,
  ld: JsonLdArticle | null,
  profile: SiteProfile | null,
  outlets: string[],
  host: string | null,
): string[] {
  const raw: string[] = [...(ld?.authors ?? [])];
  for (const sel of profile?.authors ?? [])
    for (const el of $(sel).toArray().slice(0, 6)) raw.push($(el).text());
  if (raw.length === 0) {
    for (const el of $('[itemprop="author"]').toArray().slice(0, 6)) {
      const name = $(el).find('[itemprop="name"]').first();
      raw.push(name.length ? (name.attr('content') ?? name.text()) : (el.attribs['content'] ?? $(el).text()));
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
      if (!name || name.length > 60 || AUTHOR_NOISE.test(name) || looksLikeOutlet(name, outlets, host))
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
export function pickLang($: CheerioAPI, meta: MetaMap, ld: JsonLdArticle | null): string | null {
  const raw =
    $('html').attr('lang') ??
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
  $: CheerioAPI,
  meta: MetaMap,
  ld: JsonLdArticle | null,
  base: string | null,
): string | null {
  const link = $('link[rel="canonical"], link[rel="Canonical"]').first().attr('href');
  return (
    resolve(link, base) ??
    resolve(metaValue(meta, 'og:url', 'twitter:url'), base) ??
    resolve(ld?.url, base) ??
    resolve(base, null)
  );
}

export { hostOf };
