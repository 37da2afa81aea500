// Ordinals in words ("четвертого", "первые", "двадцать первый") and Roman numerals after a name or
// before "степени" ("Кигели V", "IV степени").
import type { AnalysedDoc, Token } from '../../../document/analyse/index.js';
import {
  MONTH_FORMS,
  ORDINAL_FIXED,
  ORDINAL_TIME_LEMMAS,
  REFERENCE_NOUNS,
  ROMAN_CUE_LEMMAS,
  ROMAN_DATE_LEMMAS,
} from '../data/contexts.js';
import { MULTIPLIER_LEMMAS } from '../data/multipliers.js';
import { CARDINALS } from '../data/numberWords.js';
import { readRoman } from '../../../document/roman.js';
import { nextInLine, prevInLine } from './tokens.js';

/** The value of an ordinal word ("четвертого" -> 4), from its ordinal reading's lemma, or null. */
export function ordinalWordValue(t: Token | undefined): number | null {
  if (!t || t.kind !== 'word') return null;
  for (const p of t.morph) {
    if (p.pos !== 'ADJF' || !p.tags.has('Anum')) continue;
    const v = CARDINALS.get(p.lemma)?.value ?? MULTIPLIER_LEMMAS.get(p.lemma);
    if (v !== undefined) return v;
  }
  return null;
}

/** Whether the noun after an ordinal makes it a reference or a date ("228-й статьи", "первого мая"). */
export function ordinalIsReference(doc: AnalysedDoc, last: number): boolean {
  const n = nextInLine(doc, last);
  if (!n || n.kind !== 'word') return false;
  if (MONTH_FORMS.has(n.norm)) return true;
  // "в" reads as the abbreviation of "век" too: only a word that reads best as a noun counts
  if (n.morph[0]?.pos !== 'NOUN') return false;
  if (n.morph.some((p) => p.pos === 'NOUN' && REFERENCE_NOUNS.has(p.lemma))) return true;
  if (!n.morph.some((p) => p.pos === 'NOUN' && ORDINAL_TIME_LEMMAS.has(p.lemma))) return false;
  // "на девятом месяце беременности", "первые годы жизни": a stage of something, not a date
  const stage = nextInLine(doc, last + 1);
  const s = stage?.morph[0];
  const stageOf =
    stage !== undefined && s !== undefined && s.pos === 'NOUN' && s.case === 'gent' && !stage.upper;
  return !(stageOf && !MONTH_FORMS.has(stage.norm) && !ORDINAL_TIME_LEMMAS.has(s.lemma));
}

/** Whether an ordinal word stands in a title or fixed phrase ("первый заместитель", "в первую очередь"). */
export function ordinalInFixedPhrase(doc: AnalysedDoc, last: number, value: number): boolean {
  const fixed = ORDINAL_FIXED.get(value);
  const n = nextInLine(doc, last);
  if (!fixed || !n || n.kind !== 'word') return false;
  return (
    fixed.has(n.norm) ||
    n.morph.some((p) => fixed.has(p.lemma)) ||
    [...fixed].some((f) => n.norm.startsWith(f))
  );
}

/** A Roman numeral that is an ordinal by its context, or null. */
export function romanOrdinal(doc: AnalysedDoc, i: number): number | null {
  const t = doc.tokens[i]!;
  if (t.kind !== 'word') return null;
  const v = readRoman(t.text);
  if (v === null) return null;
  const n = nextInLine(doc, i);
  const nextLemmas = n && n.kind === 'word' ? n.morph.map((p) => p.lemma) : [];
  if (nextLemmas.some((l) => ROMAN_DATE_LEMMAS.has(l))) return null;
  if (nextLemmas.some((l) => ROMAN_CUE_LEMMAS.has(l))) return v;
  // "XIV Международного конкурса", "XXI Всероссийский кинофестиваль": the cue after its adjectives
  for (let k = i + 2; k <= i + 3; k++) {
    const a = nextInLine(doc, k - 1);
    if (!a || a.kind !== 'word') break;
    if (a.morph.some((p) => p.pos === 'NOUN' && ROMAN_CUE_LEMMAS.has(p.lemma))) return v;
  }
  // a regnal number after a capitalised name: "Кигели V", "Николая II"; one-letter "I" needs a name
  const p = prevInLine(doc, i);
  if (p && p.kind === 'word' && p.upper && /^\p{Lu}\p{Ll}+$/u.test(p.text) && /[\u0400-\u04ff]/.test(p.text))
    return v;
  return null;
}
