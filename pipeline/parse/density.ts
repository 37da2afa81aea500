// The generic body finder for sites without a profile. Ideas from Readability and trafilatura,
// own implementation: score every element by the paragraph-like text under it (long, comma-rich,
// few links), discounted by its own link density and nudged by class/id hints; take the best
// element plus siblings that score nearly as well. We wrote our own rather than take a library:
// the Node ports of Readability need a full DOM (jsdom, ~20x slower than our 200 pages/s budget),
// trafilatura is Python, and Russian outlets need Russian-aware paragraph filters anyway.
import type { AnyNode, Element } from 'domhandler';
import { ElementType } from 'htmlparser2';
import { BLOCK_TAGS } from './dom-text.js';
import { classHint } from './boilerplate.js';

/** Text measures of one element, junk subtrees excluded. */
export interface ElementStats {
  /** characters of text under the element */
  text: number;
  /** characters of text under <a> elements */
  link: number;
  /** characters of text not inside a nested block element */
  inline: number;
  inlineLink: number;
  /** sentence punctuation marks in the inline text */
  punct: number;
  /** <a> elements under the element */
  anchors: number;
  /** paragraph weight propagated from descendants with decay (picks the tightest container) */
  score: number;
  /** paragraph weight of all descendants without decay (tells when an ancestor holds more text) */
  content: number;
}

/** Measures of every element under `root`; elements `isJunk` rejects and their subtrees count as empty. */
export function measure(root: AnyNode[], isJunk: (el: Element) => boolean): Map<Element, ElementStats> {
  const stats = new Map<Element, ElementStats>();
  const visit = (el: Element, inLink: boolean): ElementStats | null => {
    if (isJunk(el)) return null;
    const s: ElementStats = {
      text: 0,
      link: 0,
      inline: 0,
      inlineLink: 0,
      punct: 0,
      anchors: 0,
      score: 0,
      content: 0,
    };
    if (el.name === 'a') s.anchors = 1;
    const link = inLink || el.name === 'a';
    for (const c of el.children) {
      if (c.type === ElementType.Text) {
        const d = c.data;
        let len = d.length;
        if (len > 0 && (d.charCodeAt(0) <= 32 || d.charCodeAt(len - 1) <= 32)) len = d.trim().length;
        if (len === 0) continue;
        s.text += len;
        s.inline += len;
        if (link) {
          s.link += len;
          s.inlineLink += len;
        }
        for (let i = d.indexOf(','); i >= 0; i = d.indexOf(',', i + 1)) s.punct++;
        for (let i = d.indexOf('. '); i >= 0; i = d.indexOf('. ', i + 1)) s.punct++;
      } else if (c.type === ElementType.Tag) {
        const cs = visit(c, link);
        if (!cs) continue;
        s.text += cs.text;
        s.link += cs.link;
        s.anchors += cs.anchors;
        if (!BLOCK_TAGS.has(c.name)) {
          s.inline += cs.inline;
          s.inlineLink += cs.inlineLink;
          s.punct += cs.punct;
        }
      }
    }
    stats.set(el, s);
    return s;
  };
  for (const n of root) if (n.type === ElementType.Tag) visit(n, false);
  for (const n of root)
    if (n.type === ElementType.Root)
      for (const c of n.children) if (c.type === ElementType.Tag) visit(c, false);
  return stats;
}

const ANCESTOR_SHARE = [1, 0.6, 0.35, 0.2];
const MIN_PARAGRAPH = 25;

/** Content score of paragraph-like text: longer, more punctuated, fewer links is better. */
function paragraphWeight(s: ElementStats): number {
  if (s.inline < MIN_PARAGRAPH) return 0;
  const ld = s.inlineLink / s.inline;
  if (ld > 0.6) return 0;
  return (1 + Math.min(s.inline, 1000) / 100 + Math.min(s.punct, 20) * 0.5) * (1 - ld) * (1 - ld);
}

function hintFactor(el: Element): number {
  let f = 1;
  const h = classHint(el);
  if (h === 1) f *= 1.25;
  else if (h === -1) f *= 0.6;
  if (el.attribs['itemprop'] === 'articleBody') f *= 1.6;
  if (el.name === 'article') f *= 1.15;
  return f;
}

const linkDensity = (s: ElementStats): number => (s.text ? s.link / s.text : 0);

/** Climbs from the best-scoring element while an ancestor holds clearly more article-like text
 * without more links: bodies split into nested blocks (text, image, text) score highest on one block. */
function widen(best: Element, stats: Map<Element, ElementStats>): Element {
  let node = best;
  for (let i = 0; i < 5; i++) {
    const p = node.parent;
    if (!p || p.type !== ElementType.Tag || p.name === 'body' || p.name === 'html') break;
    const ns = stats.get(node);
    const ps = stats.get(p);
    if (!ns || !ps) break;
    const onlyChild = p.children.every(
      (c) => c === node || c.type !== ElementType.Tag || !stats.get(c)?.text,
    );
    if (onlyChild || (ps.content >= ns.content * 1.15 && linkDensity(ps) <= linkDensity(ns) + 0.1)) node = p;
    else break;
  }
  return node;
}

/** The element(s) holding the article body by content density, in document order. */
export function findContentNodes(stats: Map<Element, ElementStats>): Element[] {
  for (const [el, s] of stats) {
    const w = paragraphWeight(s);
    if (w === 0) continue;
    let p = el.parent;
    let depth = 0;
    for (; p && p.type === ElementType.Tag; p = p.parent, depth++) {
      const ps = stats.get(p);
      if (!ps) continue;
      ps.content += w;
      const share = ANCESTOR_SHARE[depth];
      if (share !== undefined) ps.score += w * share;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  const finals = new Map<Element, number>();
  for (const [el, s] of stats) {
    if (s.score === 0) continue;
    const ld = s.text ? s.link / s.text : 0;
    const f = s.score * (1 - ld) * hintFactor(el);
    finals.set(el, f);
    if (f > bestScore) {
      bestScore = f;
      best = el;
    }
  }
  if (!best) return [];
  best = widen(best, stats);
  bestScore = Math.max(bestScore, finals.get(best) ?? 0);
  const parent = best.parent;
  if (!parent || parent.type !== ElementType.Tag) return [best];
  const out: Element[] = [];
  const threshold = Math.max(6, bestScore * 0.25);
  for (const sib of parent.children) {
    if (sib.type !== ElementType.Tag) continue;
    if (sib === best) {
      out.push(sib);
      continue;
    }
    const s = stats.get(sib);
    if (!s || s.text === 0) continue;
    const ld = s.link / s.text;
    const f = finals.get(sib) ?? 0;
    const paragraphLike = s.inline >= 80 && s.inlineLink / s.inline < 0.2 && s.punct >= 1;
    if ((f >= threshold && ld < 0.35) || paragraphLike) out.push(sib);
  }
  return out;
}

/** Whether an element is a grid of teasers: three or more same-class children, each a short
 * blurb with a link (related articles, "popular" boxes), which link density alone misses. */
function isTeaserGrid(el: Element, stats: Map<Element, ElementStats>): boolean {
  const byClass = new Map<string, number>();
  let teasers = 0;
  for (const c of el.children) {
    if (c.type !== ElementType.Tag) continue;
    const cls = c.attribs['class'];
    const cs = stats.get(c);
    if (!cls || !cs || cs.text === 0) continue;
    if (cs.anchors === 0 || cs.text > 300) return false;
    const n = (byClass.get(cls) ?? 0) + 1;
    byClass.set(cls, n);
    teasers = Math.max(teasers, n);
  }
  return teasers >= 3;
}

/** Whether an element inside the body is a list of links (related news, tags) rather than text. */
export function isLinkBlock(el: Element, stats: Map<Element, ElementStats>): boolean {
  const s = stats.get(el);
  if (!s || s.text === 0 || el.name === 'a') return false;
  const ld = s.link / s.text;
  if (ld > 0.5 && (s.text < 1200 || ld > 0.75)) return true;
  return s.anchors >= 3 && isTeaserGrid(el, stats);
}
