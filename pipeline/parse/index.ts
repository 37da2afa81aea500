// The parse stage: one HTML page in, one clean article out. A first cheerio pass (title and
// paragraphs) until the full parse stage lands.
import * as cheerio from 'cheerio';
import type { ParsedArticle, ParseOptions } from './types.js';

export type { ParsedArticle, ParseOptions } from './types.js';

/** Title, date and body text of a page given as text or bytes. */
export function parseHtml(html: string | Buffer, options: ParseOptions = {}): ParsedArticle {
  const $ = typeof html === 'string' ? cheerio.load(html) : cheerio.loadBuffer(html);
  $('script, style, noscript, nav, header, footer, aside, form').remove();
  const title =
    $('meta[property="og:title"]').attr('content')?.trim() || $('title').first().text().trim() || null;
  const published = $('meta[property="article:published_time"]').attr('content')?.trim() || null;
  const paragraphs = $('article p, p')
    .toArray()
    .map((p) => $(p).text().replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const text = [...new Set(paragraphs)].join('\n\n');
  return {
    text,
    title,
    published,
    modified: null,
    authors: [],
    outlet: $('meta[property="og:site_name"]').attr('content')?.trim() || null,
    lang: $('html').attr('lang') ?? null,
    url: $('link[rel="canonical"]').attr('href') ?? options.url ?? null,
    encoding: null,
    warnings: text ? [] : ['no body text found'],
  };
}
