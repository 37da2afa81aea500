// The parse stage: one HTML page (text or raw bytes) in, one clean article with its metadata out.
// Bytes are decoded by ./decode.ts, the page is parsed once with cheerio (htmlparser2 mode, see
// ./html-load.ts), metadata come from ./metadata.ts and the body from ./body.ts, which prefers a
// site profile (./profiles/*.json) and falls back to the content-density finder (./density.ts).
import type { ParsedArticle, ParseOptions } from './types.js';
import {
  chooseEncoding,
  decodeAs,
  decodedChunks,
  decodeHtmlBytes,
  isUtf16,
  replacementsIn,
} from './decode.js';
import type { DateContext } from './dates.js';
import { splitPage, splitPageBytes, withMarkup } from './html-load.js';
import type { CheerioAPI } from 'cheerio';
import { indexPage } from './page-index.js';
import { articleFromJsonLd } from './jsonld.js';
import { extractBody, type Searchable } from './body.js';
import { hostOf, profileForHost } from './profiles.js';
import {
  collectMeta,
  metaValue,
  pickAuthors,
  pickCanonical,
  pickLang,
  pickModified,
  pickOutlet,
  pickPublished,
  pickTitle,
} from './metadata.js';

export type { ParsedArticle, ParseOptions } from './types.js';

const CYRILLIC = /[\u0400-\u04ff]/g;
const KAZAKH = /[әғқңөұүһі]/i;
const UKRAINIAN = /[ієїґ]/i;

/** A language guess for pages that do not declare one: only ru/uk/kk, by letters. */
function guessLang(text: string): string | null {
  const sample = text.slice(0, 4000);
  const cyr = sample.match(CYRILLIC)?.length ?? 0;
  if (cyr < sample.length * 0.3) return null;
  if (KAZAKH.test(sample) && /[әғқңөұү]/i.test(sample)) return 'kk';
  if (UKRAINIAN.test(sample) && (sample.match(/[ієї]/gi)?.length ?? 0) > cyr * 0.02) return 'uk';
  return 'ru';
}

/** The warning for text decoded with replacement characters, e.g. bytes that are not UTF-8. */
function replacementWarning(count: number, encoding: string): string {
  const chars = count === 1 ? 'replacement character' : 'replacement characters';
  return `${count} ${chars} (U+FFFD) in the text: byte sequences not valid in ${encoding}`;
}

/** Title, dates, authors, outlet, canonical URL and clean body text of a page given as text or bytes. */
export function parseHtml(html: string | Buffer, options: ParseOptions = {}): ParsedArticle {
  const warnings: string[] = [];
  if (typeof html === 'string') {
    const split = splitPage(html);
    return withMarkup(split.markup, ($) => fromDom($, split.jsonLd, split.markup, null, warnings, options));
  }
  if (isUtf16(html)) {
    const d = decodeHtmlBytes(html, options.contentType);
    const split = splitPage(d.text);
    return withMarkup(split.markup, ($) =>
      fromDom($, split.jsonLd, split.markup, d.encoding, warnings, options),
    );
  }
  // bytes are cut, then decoded piece by piece straight into the parser (see ./decode.ts)
  const bytes = splitPageBytes(html);
  const choice = chooseEncoding(bytes.markup, options.contentType);
  if (choice.source === 'detected') warnings.push(`encoding ${choice.encoding} detected from the bytes`);
  const jsonLd = bytes.jsonLd.map((b) => decodeAs(b, choice.encoding));
  const replaced = bytes.jsonLd.reduce((n, b) => n + replacementsIn(b, choice.encoding), choice.replaced);
  if (replaced > 0) warnings.push(replacementWarning(replaced, choice.encoding));
  return withMarkup(decodedChunks(bytes.markup, choice), ($) =>
    fromDom($, jsonLd, bytes.markup, choice.encoding, warnings, options),
  );
}

function fromDom(
  $: CheerioAPI,
  jsonLd: string[],
  markup: Searchable,
  encoding: string | null,
  warnings: string[],
  options: ParseOptions,
): ParsedArticle {
  const idx = indexPage($.root().toArray());
  const meta = collectMeta(idx);
  const ld = articleFromJsonLd(jsonLd);
  const base = options.url ?? null;
  const pageUrl = pickCanonical(idx, meta, ld, base);
  const host = hostOf(base) ?? hostOf(pageUrl);
  const profile = profileForHost(host) ?? profileForHost(hostOf(pageUrl));
  const tz = options.tzOffsetMinutes ?? profile?.tzOffsetMinutes ?? null;
  const ctx: DateContext = { tzOffsetMinutes: tz, now: options.now ?? new Date() };
  // an explicit caller offset is the zone to use; the profile's history only backs its own default
  if (options.tzOffsetMinutes == null && profile?.tzChanges) ctx.tzChanges = profile.tzChanges;
  const outlet = pickOutlet(meta, ld, profile, host);
  const outletNames = [outlet, metaValue(meta, 'og:site_name'), ld?.publisher, profile?.outlet].filter(
    (x): x is string => !!x,
  );
  const title = pickTitle($, idx, meta, ld, profile, outletNames, host);
  const authors = pickAuthors($, idx, meta, ld, profile, outletNames, host);
  const body = extractBody($, profile, ld?.articleBody ?? null, title, authors, markup);
  const text = body.paragraphs.join('\n\n');
  if (!text) warnings.push('no body text found');
  if (!title) warnings.push('no title found');
  const published = pickPublished($, idx, meta, ld, profile, pageUrl, ctx);
  if (!published) warnings.push('no publication date found');
  return {
    text,
    title,
    published,
    modified: pickModified(idx, meta, ld, ctx),
    authors,
    outlet,
    lang: pickLang(idx, meta, ld) ?? guessLang(text),
    url: pageUrl,
    encoding,
    profile: profile?.id ?? null,
    bodySource: body.source,
    warnings,
  };
}
