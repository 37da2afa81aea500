// Sitemaps: XML (with the Google News extension), sitemap indexes, and plain text (a URL a line).
import { toIsoDate } from './dates.js';
import { resolveLink, type LinkEntry } from './links.js';
import { childrenNamed, childText, descendantsNamed, loadXml } from './xml.js';

/** A sitemap: either an index of more sitemaps or a set of page links. */
export type ParsedSitemap =
  | { kind: 'index'; sitemaps: { url: string; modified: string | null }[] }
  | { kind: 'urlset'; entries: LinkEntry[] };

/** The links of a sitemap or sitemap index, at most `limit`, without duplicates. */
export function parseSitemap(xml: string, sitemapUrl: string, limit = 50_000): ParsedSitemap {
  if (!/^\s*</.test(xml.replace(/^\uFEFF/, ''))) return parseTextSitemap(xml, sitemapUrl, limit);
  const $ = loadXml(xml);
  const index = descendantsNamed($, 'sitemap');
  if (index.length > 0 && descendantsNamed($, 'url').length === 0) {
    const sitemaps: { url: string; modified: string | null }[] = [];
    const seen = new Set<string>();
    for (const el of index) {
      if (sitemaps.length >= limit) break;
      const url = resolveLink(childText($, el, 'loc'), sitemapUrl);
      if (!url || seen.has(url)) continue;
      seen.add(url);
      sitemaps.push({ url, modified: toIsoDate(childText($, el, 'lastmod')) });
    }
    return { kind: 'index', sitemaps };
  }

  const entries: LinkEntry[] = [];
  const seen = new Set<string>();
  for (const el of descendantsNamed($, 'url')) {
    if (entries.length >= limit) break;
    const url = resolveLink(childText($, el, 'loc'), sitemapUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const news = childrenNamed(el, 'news')[0];
    const publication = news ? childrenNamed(news, 'publication')[0] : undefined;
    entries.push({
      url,
      published: news ? toIsoDate(childText($, news, 'publication_date')) : null,
      modified: toIsoDate(childText($, el, 'lastmod')),
      title: news ? childText($, news, 'title') : null,
      outlet: publication ? childText($, publication, 'name') : null,
    });
  }
  return { kind: 'urlset', entries };
}

/** A text sitemap (sitemaps.org): one absolute URL per line, nothing else. */
function parseTextSitemap(text: string, sitemapUrl: string, limit: number): ParsedSitemap {
  const entries: LinkEntry[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    if (entries.length >= limit) break;
    const url = resolveLink(line.trim() || null, sitemapUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    entries.push({ url, published: null, modified: null, title: null, outlet: null });
  }
  return { kind: 'urlset', entries };
}
