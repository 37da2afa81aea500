// DOM -> paragraphs. Block elements end a paragraph, <br> ends a line and a double <br> a
// paragraph (older Russian sites separate paragraphs that way), inline elements run on.
import type { AnyNode, Element } from 'domhandler';
import { ElementType } from 'htmlparser2';

/** Elements that start and end a paragraph of their own. */
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'figure',
  'figcaption',
  'header',
  'footer',
  'aside',
  'nav',
  'form',
  'hr',
  'address',
  'center',
  'details',
  'summary',
  'fieldset',
  'body',
  'html',
]);

const BR = '\u0000';

/** Paragraph texts of the given nodes in document order, skipping subtrees `skip` rejects. */
export function paragraphsOf(nodes: AnyNode[], skip?: (el: Element) => boolean): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  const flush = (): void => {
    if (cur.length === 0) return;
    const raw = cur.join('');
    cur = [];
    for (const para of raw.split(/[ \t\r\n\f]*\u0000[ \t\r\n\f]*(?:\u0000[ \t\r\n\f]*)+/)) {
      const text = para
        .replace(/[ \t\r\n\f\v\u200b\u00ad]+/g, ' ')
        .replace(/ ?\u0000 ?/g, '\n')
        .trim();
      if (text) out.push(text);
    }
  };
  const walk = (node: AnyNode): void => {
    if (node.type === ElementType.Text) {
      cur.push(node.data);
      return;
    }
    if (node.type !== ElementType.Tag) return;
    if (skip?.(node)) return;
    const name = node.name;
    if (name === 'br') {
      cur.push(BR);
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    else if (name === 'td' || name === 'th') cur.push(' ');
    for (const c of node.children) walk(c);
    if (block) flush();
    else if (name === 'td' || name === 'th') cur.push(' ');
  };
  for (const n of nodes) walk(n);
  flush();
  return out;
}

/** The text content of a node, whitespace collapsed. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (n: AnyNode): void => {
    if (n.type === ElementType.Text) parts.push(n.data);
    else if (n.type === ElementType.Tag) for (const c of n.children) walk(c);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
