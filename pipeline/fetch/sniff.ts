// What a fetched document is: an HTML page, a feed, a sitemap, or something we do not take.
/** The kinds of document the fetch stage handles. */
export type DocumentKind = 'html' | 'feed' | 'sitemap' | 'unknown';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const XML_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/x-rss+xml',
]);
/** Types that are often mislabelled HTML or XML, so the body decides. */
const SNIFF_TYPES = new Set(['text/plain', 'application/octet-stream', 'binary/octet-stream', '']);
const GZIP_TYPES = new Set(['application/gzip', 'application/x-gzip']);

const ROOT_KIND: Readonly<Record<string, DocumentKind>> = {
  html: 'html',
  rss: 'feed',
  rdf: 'feed',
  feed: 'feed',
  urlset: 'sitemap',
  sitemapindex: 'sitemap',
};

/** The media type of a Content-Type header, lower-case, without parameters. */
export function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Whether a Content-Type might hold something we take (checked before downloading the body). */
export function mayBeWanted(contentType: string | null, allowGzip: boolean): boolean {
  const t = mediaType(contentType);
  return HTML_TYPES.has(t) || XML_TYPES.has(t) || SNIFF_TYPES.has(t) || (allowGzip && GZIP_TYPES.has(t));
}

/** The local name (no prefix, lower-case) of the first element, skipping the prolog; "!doctype-html" for an HTML doctype. */
export function rootElement(body: Buffer): string | null {
  let head = body.subarray(0, 8192).toString('latin1');
  if (head.startsWith('\u00ef\u00bb\u00bf')) head = head.slice(3);
  else if (head.startsWith('\u00ff\u00fe') || head.startsWith('\u00fe\u00ff')) {
    head = body
      .subarray(2, 8192)
      .toString('utf16le')
      .replace(/\u0000/g, '');
  }
  let i = 0;
  while (i < head.length) {
    const lt = head.indexOf('<', i);
    if (lt < 0) return null;
    if (head.startsWith('<?', lt)) {
      i = head.indexOf('?>', lt) + 2;
    } else if (head.startsWith('<!--', lt)) {
      i = head.indexOf('-->', lt) + 3;
    } else if (head.startsWith('<!', lt)) {
      if (/^<!doctype\s+html/i.test(head.slice(lt, lt + 20))) return '!doctype-html';
      i = head.indexOf('>', lt) + 1;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(lt, lt + 100));
      if (!m?.[1]) return null;
      const name = m[1].toLowerCase();
      return name.slice(name.indexOf(':') + 1);
    }
    if (i <= 0) return null; // an unterminated prolog construct
  }
  return null;
}

/** Classifies a document by its root element first (servers mislabel feeds), then its Content-Type. */
export function classify(contentType: string | null, body: Buffer): DocumentKind {
  const root = rootElement(body);
  if (root === '!doctype-html') return 'html';
  const byRoot = root === null ? undefined : ROOT_KIND[root];
  if (byRoot) return byRoot;
  const t = mediaType(contentType);
  if (HTML_TYPES.has(t)) return 'html';
  // HTML without an <html> tag (a fragment, or <head>/<meta> first) labelled as text or nothing
  if (
    SNIFF_TYPES.has(t) &&
    root !== null &&
    /^(head|body|meta|title|div|p|article|link|script)$/.test(root)
  ) {
    return 'html';
  }
  // a text sitemap: one absolute URL per line, as sitemaps.org allows
  if (SNIFF_TYPES.has(t) && root === null && isUrlList(body)) return 'sitemap';
  return 'unknown';
}

/** Whether a body is a list of http(s) URLs, one per line (judged on its first 64 KB). */
export function isUrlList(body: Buffer): boolean {
  const lines = body
    .subarray(0, 65536)
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  // a cut last line (at the 64 KB mark) need not be whole
  const whole = body.length > 65536 ? lines.slice(0, -1) : lines;
  return whole.length > 0 && whole.every((l) => /^https?:\/\/[^\s<>"]+$/i.test(l));
}
