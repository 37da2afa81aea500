// What the parse stage makes of one HTML page.
export interface ParsedArticle {
  /** the clean body text, paragraphs separated by "\n\n" */
  text: string;
  title: string | null;
  /** ISO 8601 with offset when known */
  published: string | null;
  modified: string | null;
  authors: string[];
  outlet: string | null;
  lang: string | null;
  /** canonical URL when the page gives one, else the URL it was fetched from */
  url: string | null;
  /** the character encoding the bytes were decoded with */
  encoding: string | null;
  warnings: string[];
}

export interface ParseOptions {
  /** where the page came from (resolves relative canonical links; chooses a site profile) */
  url?: string | null;
  /** the Content-Type header, for its charset */
  contentType?: string | null;
  /** minutes east of UTC for visible dates without an offset */
  tzOffsetMinutes?: number | null;
}
