// Safe HTML by construction: every interpolated value is escaped unless it is already SafeHtml,
// so page builders cannot forget to escape article text or record fields.

/** A string of HTML that is known to be safe to insert as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

// HTML parsing turns a raw CR into LF; a reference keeps the text, and so its offsets, intact
const ESCAPES: Record<number, string> = {
  38: '&amp;',
  60: '&lt;',
  62: '&gt;',
  34: '&quot;',
  39: '&#39;',
  96: '&#96;',
  13: '&#13;',
};
const NEEDS_ESCAPE = /[&<>"'`\r]/;

/** Escapes text for use in HTML element content and in quoted attribute values: the one escaping helper. */
export function escapeHtml(value: string | number | boolean | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  // most values need nothing; whole articles are scanned once, without a callback per match
  if (!NEEDS_ESCAPE.test(s)) return s;
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const rep = ESCAPES[s.charCodeAt(i)];
    if (rep === undefined) continue;
    out += s.slice(last, i) + rep;
    last = i + 1;
  }
  return out + s.slice(last);
}

/** What may be interpolated into `markup`: plain values are escaped, arrays are joined. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

// Array.isArray does not narrow a union holding a readonly array type
const isList = (value: HtmlValue): value is readonly HtmlValue[] => Array.isArray(value);

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (isList(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

// The literal parts of each template with source indentation dropped ("\n    " -> "\n"): pages are
// a third smaller. Only the template's own markup changes; interpolated text is never touched.
const compact = new WeakMap<TemplateStringsArray, string[]>();

/** Tagged template for HTML (named so that formatters leave its whitespace alone): the literal parts are trusted, every interpolation is escaped. */
export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let parts = compact.get(strings);
  if (!parts) {
    parts = strings.map((s) => s.replace(/\n[ \t]+/g, '\n'));
    compact.set(strings, parts);
  }
  let out = parts[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (parts[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Marks a string as trusted HTML; only for markup this module's callers built themselves. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** An href for an external link, or null when the URL is not plain http(s) (javascript:, data: ...). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** JSON for a <pre> block: pretty, and escaped by the caller through `markup`. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
