// One walk over the parsed page collecting what the metadata readers look at (meta and link
// tags, <title>, the first <h1>, microdata, <time> and date-like elements), so that each reader
// does not scan the whole tree with its own CSS selector.
import type { AnyNode, Element } from 'domhandler';
import { ElementType } from 'htmlparser2';

export interface PageIndex {
  metas: Element[];
  /** href of the first <link rel=canonical> */
  canonical: string | null;
  title: Element | null;
  h1: Element | null;
  /** the <html lang> attribute */
  lang: string | null;
  /** elements by each of their itemprop words, lower-cased */
  itemprop: Map<string, Element[]>;
  /** <time datetime> / <time pubdate> inside <article> or <main>, then anywhere */
  timesInArticle: Element[];
  times: Element[];
  /** elements whose class or id speaks of a date or time, in document order (first 40) */
  dateLike: Element[];
}

const DATE_LIKE = /date|time|publish|posted|dateline/i;
const MAX_DATE_LIKE = 40;

/** Indexes the metadata-bearing elements of a parsed page in one depth-first walk. */
export function indexPage(roots: AnyNode[]): PageIndex {
  const idx: PageIndex = {
    metas: [],
    canonical: null,
    title: null,
    h1: null,
    lang: null,
    itemprop: new Map(),
    timesInArticle: [],
    times: [],
    dateLike: [],
  };
  const visit = (el: Element, inArticle: boolean): void => {
    const a = el.attribs;
    switch (el.name) {
      case 'meta':
        idx.metas.push(el);
        break;
      case 'link':
        if (idx.canonical === null && a['rel']?.toLowerCase() === 'canonical' && a['href'])
          idx.canonical = a['href'];
        break;
      case 'title':
        idx.title ??= el;
        break;
      case 'h1':
        idx.h1 ??= el;
        break;
      case 'html':
        idx.lang ??= a['lang'] ?? a['xml:lang'] ?? null;
        break;
      case 'time':
        if (a['datetime'] !== undefined || a['pubdate'] !== undefined)
          (inArticle ? idx.timesInArticle : idx.times).push(el);
        break;
      case 'article':
      case 'main':
        inArticle = true;
        break;
    }
    const ip = a['itemprop'];
    if (ip)
      for (const w of ip.toLowerCase().split(/\s+/)) {
        const list = idx.itemprop.get(w);
        if (list) list.push(el);
        else idx.itemprop.set(w, [el]);
      }
    if (idx.dateLike.length < MAX_DATE_LIKE) {
      const cls = a['class'];
      const id = a['id'];
      if ((cls && DATE_LIKE.test(cls)) || (id && DATE_LIKE.test(id))) idx.dateLike.push(el);
    }
    for (const c of el.children) if (c.type === ElementType.Tag) visit(c, inArticle);
  };
  for (const r of roots) {
    if (r.type === ElementType.Tag) visit(r, false);
    else if (r.type === ElementType.Root)
      for (const c of r.children) if (c.type === ElementType.Tag) visit(c, false);
  }
  idx.times = [...idx.timesInArticle, ...idx.times];
  return idx;
}
