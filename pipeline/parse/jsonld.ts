// JSON-LD: the most reliable metadata a news page carries, when it parses. Sites emit arrays,
// @graph wrappers, HTML inside strings and stray control characters; we read all of it leniently.

/** The fields of a schema.org Article-like node that the parse stage uses. */
export interface JsonLdArticle {
  type: string;
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  publisher: string | null;
  articleBody: string | null;
  inLanguage: string | null;
  url: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting)$/;

function parseLenient(raw: string): Json | null {
  const s = raw.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '');
  try {
    return JSON.parse(s) as Json;
  } catch {
    try {
      // raw newlines/tabs inside strings and trailing commas are the usual breakages
      return JSON.parse(s.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return null;
    }
  }
}

function nodesOf(v: Json | null, out: Record<string, Json>[], depth = 0): void {
  if (v === null || typeof v !== 'object' || depth > 4) return;
  if (Array.isArray(v)) {
    for (const x of v) nodesOf(x, out, depth + 1);
    return;
  }
  out.push(v);
  const graph = v['@graph'];
  if (graph) nodesOf(graph, out, depth + 1);
  const main = v['mainEntity'];
  if (main && typeof main === 'object') nodesOf(main, out, depth + 1);
}

function typesOf(n: Record<string, Json>): string[] {
  const t = n['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v['name'] ?? v['@id'] ?? v['url']);
  return null;
}

function names(v: Json | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap((x) => names(x));
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (typeof v === 'object') {
    const n = v['name'];
    return typeof n === 'string' && n.trim() ? [n.trim()] : [];
  }
  return [];
}

function urlOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && !Array.isArray(v)) return str(v['@id'] ?? v['url']);
  return null;
}

/** The first Article-like node of a page's JSON-LD blocks, or null. */
export function articleFromJsonLd(blocks: string[]): JsonLdArticle | null {
  const nodes: Record<string, Json>[] = [];
  for (const b of blocks) nodesOf(parseLenient(b), nodes);
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return null;
  const orgName = nodes.find((n) => typesOf(n).some((t) => /Organization$/.test(t)));
  return {
    type: typesOf(article)[0] ?? 'Article',
    headline: str(article['headline']) ?? str(article['name']),
    datePublished: str(article['datePublished']) ?? str(article['dateCreated']),
    dateModified: str(article['dateModified']),
    authors: names(article['author']),
    publisher: str(article['publisher']) ?? (orgName ? str(orgName['name']) : null),
    articleBody: typeof article['articleBody'] === 'string' ? article['articleBody'] : null,
    inLanguage: str(article['inLanguage']),
    url: urlOf(article['url']) ?? urlOf(article['mainEntityOfPage']),
  };
}
