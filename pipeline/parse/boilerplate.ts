// What is page furniture rather than article: decided from an element's own tag, role and
// class/id words (no layout information is available without a browser), and, for whole
// paragraphs, from the short prompts Russian outlets sprinkle into articles.
import type { Element } from 'domhandler';
import { readJsonData } from './data-files.js';

interface BoilerplateData {
  dropTags: string[];
  dropRoles: string[];
  strongNegative: string[];
  negative: string[];
  positive: string[];
  exactNegative: string[];
  phrases: string[];
  notAuthors: string[];
}

const data = readJsonData<BoilerplateData>('data/boilerplate.json');
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// a hint word must start a class/id word: "share" matches "article__share-bar", not "bshare"
const wordStart = (words: string[]): RegExp =>
  new RegExp(`(?:^|[^a-z0-9])(?:${words.map(esc).join('|')})`, 'i');
const exact = (words: string[]): RegExp =>
  new RegExp(`(?:^|[\\s_-])(?:${words.map(esc).join('|')})(?:$|[\\s_-])`, 'i');

const DROP_TAGS = new Set(data.dropTags);
const DROP_ROLES = new Set(data.dropRoles);
const STRONG = wordStart(data.strongNegative);
const NEGATIVE = wordStart(data.negative);
const EXACT_NEGATIVE = exact(data.exactNegative);
const POSITIVE = wordStart(data.positive);
const PHRASES = data.phrases.map((p) => new RegExp(p, 'iu'));

// pages repeat the same class strings thousands of times: remember each verdict
const hintCache = new Map<string, number>();

function hintOf(s: string): number {
  if (STRONG.test(s) || EXACT_NEGATIVE.test(s)) return -2;
  const pos = POSITIVE.test(s);
  if (NEGATIVE.test(s)) return pos ? 0 : -1;
  return pos ? 1 : 0;
}

/** Class/id hint of an element: -2 furniture for sure, -1 likely furniture, +1 likely content, 0 none. */
export function classHint(el: Element): number {
  const a = el.attribs;
  const s = (a['class'] ?? '') + ' ' + (a['id'] ?? '');
  if (s.length <= 1) return 0;
  let h = hintCache.get(s);
  if (h === undefined) {
    h = hintOf(s);
    if (hintCache.size > 50000) hintCache.clear();
    hintCache.set(s, h);
  }
  return h;
}

/** Whether an element is never article text, by tag, role, hidden state or strong class hints. */
export function isJunkElement(el: Element): boolean {
  if (DROP_TAGS.has(el.name)) return true;
  const a = el.attribs;
  const role = a['role'];
  if (role && DROP_ROLES.has(role)) return true;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (el.name === 'html' || el.name === 'body' || el.name === 'main' || el.name === 'article') return false;
  return classHint(el) === -2;
}

/** Whether a paragraph is a prompt, credit or teaser rather than article text. */
export function isBoilerplateParagraph(text: string): boolean {
  if (text.length > 300) return false;
  const t = text.trim();
  return PHRASES.some((re) => re.test(t));
}

const NOT_AUTHORS = new Set(data.notAuthors);

/** Whether a byline value is a role or placeholder ("Гость", "Редакция") rather than a person. */
export function isNotAuthor(name: string): boolean {
  return NOT_AUTHORS.has(name.toLowerCase());
}
