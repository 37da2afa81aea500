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
  /** the character encoding the bytes were decoded with (null when given a string) */
  encoding: string | null;
  /** id of the site profile used, if any */
  profile: string | null;
  /** where the body text came from: a site profile, the density finder, JSON-LD articleBody */
  bodySource: 'profile' | 'density' | 'jsonld' | 'none';
  warnings: string[];
}

export interface ParseOptions {
  /** where the page came from (resolves relative canonical links; chooses a site profile) */
  url?: string | null;
  /** the Content-Type header, for its charset */
  contentType?: string | null;
  /** minutes east of UTC for visible dates without an offset */
  tzOffsetMinutes?: number | null;
  /** the moment "сегодня"/"вчера" refer to; defaults to the current time */
  now?: Date | null;
}
