// Ages: "83-летнего", "Шестидесятивосьмилетняя", "в возрасте 52 лет", "ему 61 год",
// "на 75 году жизни", "не младше 45 лет", "несовершеннолетней".
import type { AnalysedDoc, Token } from '../../../pipeline/analyse/index.js';
import { AGE_CUE_LEMMAS, AGE_DATIVE_FORMS, AGE_WORDS, LIFE_WORDS } from '../data/contexts.js';
import { COMPOUND_STEMS } from '../data/numberWords.js';
import { nextInLine } from './tokens.js';

const AGE_WORD_RE = /^(\p{L}+?)(?:летн|лети)\p{L}*$/u;
const OLDER_YOUNGER = new Set(['младше', 'старше', 'моложе']);
const AGE_NOUNS = new Set(['возрасте', 'возраста', 'возрастом', 'возрасту', 'возраст']);

/** Splits a genitive compound stem into its value ("шестидесятивосьми" -> 68), or null. */
export function compoundStemValue(stem: string): number | null {
  let rest = stem;
  let total = 0;
  let parts = 0;
  while (rest.length > 0 && parts < 3) {
    const hit = COMPOUND_STEMS.find(([s]) => rest.startsWith(s));
    if (!hit) return null;
    total += hit[1];
    rest = rest.slice(hit[0].length);
    parts++;
  }
  return rest.length === 0 && parts > 0 ? total : null;
}

/** Whether the word after an age adjective shows it describes a thing, not a person ("15-летний опыт"). */
export function describesThing(doc: AnalysedDoc, i: number): boolean {
  const n = nextInLine(doc, i);
  if (!n || n.kind !== 'word' || n.upper) return false;
  const best = n.morph[0];
  return best !== undefined && best.pos === 'NOUN' && best.tags.has('inan');
}

/** An age written as one word ("девятилетней", "несовершеннолетней"): [value, approx] or null. */
export function ageWord(doc: AnalysedDoc, i: number): [number, 'under' | 'at_least' | null] | null {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word') return null;
  for (const [prefix, v, approx] of AGE_WORDS) if (t.norm.startsWith(prefix)) return [v, approx];
  const m = AGE_WORD_RE.exec(t.norm);
  if (!m) return null;
  const v = compoundStemValue(m[1]!);
  if (v === null) return null;
  const anniversary = t.norm.includes('лети', m[1]!.length) && !t.norm.includes('летн');
  if (!anniversary && describesThing(doc, i)) return null;
  return [v, null];
}

/** Whether "N лет/года" from tokens[first] to the time unit at `unit` states an age, by its cues. */
export function isAgeContext(doc: AnalysedDoc, first: number, unit: number): boolean {
  const after = nextInLine(doc, unit);
  if (after && LIFE_WORDS.has(after.norm)) return true;
  const sentence = doc.tokens[first]!.sentence;
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const t: Token = doc.tokens[k]!;
    if (t.sentence !== sentence || t.kind === 'punct') break;
    if (AGE_NOUNS.has(t.norm) || AGE_DATIVE_FORMS.has(t.norm) || OLDER_YOUNGER.has(t.norm)) return true;
    if (t.morph.some((p) => (p.pos === 'VERB' || p.pos === 'NOUN') && AGE_CUE_LEMMAS.has(p.lemma)))
      return true;
  }
  return false;
}
