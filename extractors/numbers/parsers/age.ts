// Ages: "83-летнего", "Шестидесятивосьмилетняя", "в возрасте 52 лет", "ему 61 год",
// "на 75 году жизни", "не младше 45 лет", "несовершеннолетней".
import type { AnalysedDoc, Token } from '../../../document/analyse/index.js';
import {
  TIME_UNIT_LEMMAS,
  AGE_CUE_LEMMAS,
  AGE_DATIVE_FORMS,
  AGE_THING_NOUNS,
  AGE_WORDS,
  DURATION_AFTER,
  LIFE_WORDS,
} from '../data/contexts.js';
import { COMPOUND_STEMS } from '../data/numberWords.js';
import { COUNT_STEMS } from '../data/suffixes.js';
import { nextInLine } from './tokens.js';

const AGE_WORD_RE = /^(\p{L}+?)(?:летн|лети)\p{L}*$/u;
const COUNT_WORD_RE = new RegExp(`^(\\p{L}+?)(?:${COUNT_STEMS.join('|')})\\p{L}*$`, 'u');
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
  if (best === undefined || best.pos !== 'NOUN' || !best.tags.has('inan')) return false;
  return !n.morph.some((p) => AGE_THING_NOUNS.has(p.lemma));
}

/** An age written as one word ("девятилетней", "несовершеннолетней"): [value, approx] or null. */
export function ageWord(doc: AnalysedDoc, i: number): [number, 'under' | 'at_least' | null] | null {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word') return null;
  for (const [prefix, v, approx] of AGE_WORDS) if (t.norm.startsWith(prefix)) return [v, approx];
  const m = AGE_WORD_RE.exec(t.norm);
  if (!m) return null;
  // "десятилетие", "столетия" are spans of time, not anniversaries
  if (t.morph.some((p) => p.pos === 'NOUN' && TIME_UNIT_LEMMAS.has(p.lemma))) return null;
  const v = compoundStemValue(m[1]!);
  if (v === null) return null;
  const anniversary = t.norm.includes('лети', m[1]!.length) && !t.norm.includes('летн');
  if (!anniversary && describesThing(doc, i)) return null;
  return [v, null];
}

/** Whether a token names a person: a name or surname, or an animate common noun ("сына", "детей"). */
function personBefore(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const best = t.morph[0];
  if (!best || best.pos !== 'NOUN') return false;
  return best.name !== null || (best.tags.has('anim') && !t.upper) || (t.upper && best.guessed);
}

/** Whether "N лет/года" from tokens[first] to the time unit at `unit` states an age, by its cues. */
export function isAgeContext(doc: AnalysedDoc, first: number, unit: number): boolean {
  const after = nextInLine(doc, unit);
  if (after && LIFE_WORDS.has(after.norm)) return true;
  if (after && DURATION_AFTER.has(after.norm)) return false;
  // a list of ages shares its context: "(10, 9 и 8 лет)"
  let listStart = first;
  while (listStart >= 2) {
    const j = doc.tokens[listStart - 1]!;
    if ((j.norm === ',' || j.norm === 'и') && doc.tokens[listStart - 2]!.kind === 'num') listStart -= 2;
    else break;
  }
  first = listStart;
  const before = doc.tokens[first - 1];
  const unitTok = doc.tokens[unit]!;
  // "Вера Щесных (26 лет)", "Клэренс Картер, 49 лет,", "Мишель Бачелет — 54 года"
  if (before && !unitTok.newlineBefore && ['(', ',', '–'].includes(before.norm)) {
    const closes = !after || [')', ',', '.', ';'].includes(after.norm);
    const name = doc.tokens[first - 2];
    if (
      closes &&
      (before.norm === '(' || personBefore(name) || (name?.upper === true && name.kind === 'word'))
    )
      return true;
  }
  // "Поленти 50 лет", "сына 3-х лет", "детей до 12 лет"
  if (personBefore(before) && before!.sentence === doc.tokens[first]!.sentence) return true;
  if (before && (before.norm === 'до' || before.norm === 'от') && personBefore(doc.tokens[first - 2]))
    return true;
  // "завершила карьеру в 19 лет", "В 23 года он стал": an age in the accusative after "в"
  if (before?.norm === 'в' && (unitTok.norm === 'лет' || unitTok.norm === 'года' || unitTok.norm === 'год')) {
    const bb = doc.tokens[first - 2];
    if (!bb || (bb.norm !== 'раз' && bb.norm !== 'раза')) return true;
  }
  const sentence = doc.tokens[first]!.sentence;
  // a list of ages shares its cue: "Им было 30, 20 и 19 лет"
  for (let k = first - 1, words = 0; k >= 0 && words < 4; k--) {
    const t: Token = doc.tokens[k]!;
    if (t.sentence !== sentence) break;
    if (t.kind === 'num' || t.norm === 'и' || (t.norm === ',' && doc.tokens[k - 1]?.kind === 'num')) continue;
    if (t.kind === 'punct') break;
    words++;
    if (AGE_NOUNS.has(t.norm) || AGE_DATIVE_FORMS.has(t.norm) || OLDER_YOUNGER.has(t.norm)) return true;
    if (t.morph.some((p) => (p.pos === 'VERB' || p.pos === 'NOUN') && AGE_CUE_LEMMAS.has(p.lemma)))
      return true;
  }
  return false;
}

/** A count written as one compound adjective ("двукратный", "трехэтажном", "восьмиярусного"), or null. */
export function countWord(doc: AnalysedDoc, i: number): number | null {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const m = COUNT_WORD_RE.exec(t.norm);
  return m ? compoundStemValue(m[1]!) : null;
}
