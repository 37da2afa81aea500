// The shell every page of the review site shares: a Content-Security-Policy that allows only the
// site's own script and stylesheet (no inline script, no inline style, no remote anything), and
// the navigation between the index, the overview and the article pages.
import { createHash } from 'node:crypto';
import { markup, type SafeHtml } from './html.js';

/**
 * The policy for every page. 'self' on a file:// page covers the site's own files in Chromium and
 * Firefox; the browser test checks that the site script runs under it and inline script does not.
 */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

/** Where the shared assets live, relative to the site root. */
export const ASSETS = { script: 'assets/review.js', style: 'assets/review.css' } as const;

/** What a page needs to render its shell. */
export interface PageShell {
  title: string;
  /** "" for pages at the site root, "../" for pages under records/. */
  root: string;
  /** data-page value the client script dispatches on. */
  kind: 'index' | 'article' | 'overview';
  body: SafeHtml;
  /** Extra attributes on <body>, already as data-* pairs. */
  data?: Record<string, string>;
}

/** A complete HTML document around a page body. */
export function page(shell: PageShell): string {
  const data = Object.entries(shell.data ?? {}).map(([k, v]) => markup` data-${k}="${v}"`);
  return markup`<!doctype html>
    <html lang="ru">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${CSP}" />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${shell.title}</title>
        <link rel="stylesheet" href="${shell.root}${ASSETS.style}" />
        <script src="${shell.root}${ASSETS.script}" defer></script>
      </head>
      <body data-page="${shell.kind}" ${data}>
        <nav class="topnav">
          <a href="${shell.root}index.html">Articles</a><a href="${shell.root}overview.html">Run overview</a
          ><span class="brand">newsfacts review</span>
        </nav>
        ${shell.body}
      </body>
    </html> `.value;
}

/** A file name for a record's page: the id when it is a plain token, otherwise a hash of it. */
export function recordFileBase(id: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id) && !id.includes('..')) return id;
  return 'r-' + createHash('sha256').update(id).digest('hex').slice(0, 24);
}
