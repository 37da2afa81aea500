// Sex evidence for a name mention from the words around it: the past-tense verb it is the subject
// of ("Саирова заявила", "– сказал Саиров"). Russian past tense agrees in gender with its subject.
import type { AnalysedDoc, Token } from '../../document/analyse/index.js';
import type { Sex } from './declension.js';

const STOP_FORWARD = new Set([
  '.',
  ';',
  '!',
  '?',
  '"',
  'что',
  'и',
  'а',
  'но',
  'который',
  'которая',
  'которые',
  'чтобы',
  'если',
  'когда',
]);
const INVERSION_LEFT = new Set([',', '–', '-', '—', '"', ':']);

function pastSex(tok: Token | undefined): Sex | null {
  if (!tok || tok.kind !== 'word') return null;
  const p = tok.morph[0];
  if (!p || p.pos !== 'VERB' || !p.tags.has('past') || p.number !== 'sing') return null;
  return p.gender === 'femn' ? 'femn' : p.gender === 'masc' ? 'masc' : null;
}

/** The sex the predicate verb gives the person named by tokens [from, to), or null. */
export function predicateSex(doc: AnalysedDoc, from: number, to: number): Sex | null {
  const toks = doc.tokens;
  const first = toks[from];
  if (!first) return null;
  // after a lower-case genitive ("мать рядового Владислава") or a preposition ("После Сталина
  // каждый лидер снижал…") the name depends on it: not the subject
  const dep = toks[from - 1]?.morph[0];
  if (dep?.pos === 'PREP' && toks[from - 1]!.sentence === first.sentence) return null;
  if (dep && !toks[from - 1]!.upper && (dep.pos === 'NOUN' || dep.pos === 'ADJF') && dep.case === 'gent')
    return null;
  // inverted attribution: "…, – сказал Саиров", "отметила Иванова."
  const before = pastSex(toks[from - 1]);
  if (before && toks[from - 1]!.sentence === first.sentence) {
    const lead = toks[from - 2];
    if (!lead || INVERSION_LEFT.has(lead.text) || lead.sentence !== first.sentence) return before;
  }
  for (let j = to; j < toks.length && j < to + 7; j++) {
    const t = toks[j]!;
    if (t.sentence !== first.sentence || STOP_FORWARD.has(t.norm)) break;
    const sex = pastSex(t);
    if (sex) return sex;
  }
  return null;
}

/** Whether a verb (any tense) or a short participle follows the tokens, as a subject's predicate would. */
export function verbFollows(doc: AnalysedDoc, to: number): boolean {
  const t = doc.tokens[to];
  const p = t?.morph[0];
  return (
    p !== undefined && (p.pos === 'VERB' || p.pos === 'PRTS') && t!.sentence === doc.tokens[to - 1]?.sentence
  );
}

/** Whether a past-tense verb right before the tokens reads as an inverted attribution ("сказал Саиров"). */
export function verbPrecedes(doc: AnalysedDoc, from: number): boolean {
  return (
    pastSex(doc.tokens[from - 1]) !== null && doc.tokens[from - 1]!.sentence === doc.tokens[from]?.sentence
  );
}
