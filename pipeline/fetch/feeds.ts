// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: article links with their dates and titles.
import type { Element } from 'domhandler';
import { toIsoDate } from './dates.js';
import { resolveLink, type LinkEntry } from './links.js';
import { childrenNamed, childText, descendantsNamed, loadXml } from './xml.js';

/** A feed turned into page links. */
export interface ParsedFeed {
  title: string | null;
  entries: LinkEntry[];
}

function atomLink(el: Element): string | null {
  const links = childrenNamed(el, 'link');
  const alternate =
    links.find(
      (l) => (l.attribs['rel'] ?? 'alternate') === 'alternate' && /html/.test(l.attribs['type'] ?? 'html'),
    ) ?? links.find((l) => (l.attribs['rel'] ?? 'alternate') === 'alternate');
  return alternate?.attribs['href'] ?? null;
}

/** The article links of an RSS or Atom feed, at most `limit`, in feed order, without duplicates. */
export function parseFeed(xml: string, feedUrl: string, limit = 50_000): ParsedFeed {
  const $ = loadXml(xml);
  const root = $.root().children().first();
  const channel = descendantsNamed($, 'channel')[0];
  const feedTitle =
    (channel ? childText($, channel, 'title') : null) ?? (root[0] ? childText($, root[0], 'title') : null);

  const entries: LinkEntry[] = [];
  const seen = new Set<string>();
  for (const el of [...descendantsNamed($, 'item'), ...descendantsNamed($, 'entry')]) {
    if (entries.length >= limit) break;
    const guid = childrenNamed(el, 'guid')[0];
    const permaGuid =
      guid && guid.attribs['ispermalink'] !== 'false' && guid.attribs['isPermaLink'] !== 'false';
    const candidates = [
      // RSS <link> holds text; Atom <link> holds an href attribute
      childrenNamed(el, 'link').find((l) => !l.attribs['href']) ? childText($, el, 'link') : null,
      atomLink(el),
      permaGuid ? $(guid).text() : null,
      el.attribs['rdf:about'] ?? null,
      childText($, el, 'id'),
    ];
    const url = candidates.map((c) => resolveLink(c, feedUrl)).find((u) => u !== null);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    entries.push({
      url,
      published: toIsoDate(
        childText($, el, 'pubdate') ??
          childText($, el, 'published') ??
          childText($, el, 'date') ??
          childText($, el, 'issued'),
      ),
      modified: toIsoDate(childText($, el, 'updated') ?? childText($, el, 'modified')),
      title: childText($, el, 'title'),
      outlet: feedTitle,
    });
  }
  return { title: feedTitle, entries };
}
