// Namespace-blind access to XML elements: feeds and sitemaps use whatever prefixes they like.
import * as cheerio from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { ElementType } from 'htmlparser2';

/** A parsed XML document (no external entities are ever resolved). */
export function loadXml(xml: string): cheerio.CheerioAPI {
  return cheerio.load(xml, { xml: { xmlMode: true, decodeEntities: true } });
}

/** The element's name without its namespace prefix, lower-case. */
export function localName(el: Element): string {
  const name = el.tagName.toLowerCase();
  return name.slice(name.indexOf(':') + 1);
}

function isElement(node: AnyNode): node is Element {
  return node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;
}

/** Child elements with a given local name. */
export function childrenNamed(el: Element, name: string): Element[] {
  return el.children.filter((c): c is Element => isElement(c) && localName(c) === name);
}

/** Descendant elements with a given local name, in document order. */
export function descendantsNamed($: cheerio.CheerioAPI, name: string): Element[] {
  return $('*')
    .toArray()
    .filter((el): el is Element => isElement(el) && localName(el) === name);
}

/** The trimmed text of the first child with a local name, or null. */
export function childText($: cheerio.CheerioAPI, el: Element, name: string): string | null {
  const child = childrenNamed(el, name)[0];
  if (!child) return null;
  const text = $(child).text().trim();
  return text || null;
}
