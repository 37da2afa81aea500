// What a figure counts: the noun group after it, found through agreement ("52 районных акимов",
// "шести акимов районов", "одного акима города областного значения").
import type { AnalysedDoc, Parse, Token } from '../../../document/analyse/index.js';
import { ADJECTIVE_ENDINGS } from '../data/adjectives.js';
import type { Figure } from '../types.js';
import { genitiveSingular } from './inflect.js';
import { nextInLine } from './tokens.js';

/** The counted noun group: its head reading, its lemma phrase and where it stands. */
export interface Counted {
  head: Token;
  headParse: Parse;
  /** index of the head token and of the group's last token */
  headIndex: number;
  last: number;
  counts: string;
  start: number;
  end: number;
}

const MAX_ADJECTIVES = 3;
const MAX_DEPENDENTS = 3;

/** Whether a noun reading agrees with the figure as a counted noun. */
export function agrees(fig: Figure, p: Parse): boolean {
  if (p.pos !== 'NOUN' || p.name !== null) return false;
  if (p.tags.has('Fixd')) return true;
  if (fig.multiplied || fig.decimal) return p.case === 'gent' || p.case === 'gen2';
  if (fig.collective) return p.number === 'plur' || p.tags.has('Pltm');
  const n = Math.abs(fig.value);
  const one = n % 10 === 1 && n % 100 !== 11;
  const few = [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100);
  const cases = fig.cases;
  if (cases && (cases.has('nomn') || cases.has('accs')) && !one) {
    // "пять акимов", "два акима"; the oblique readings are checked below
    if (p.case === 'gent' && (few ? p.number === 'sing' : p.number === 'plur')) return true;
  }
  if (cases) {
    if (!p.case || !cases.has(p.case)) return false;
    return one ? p.number === 'sing' : p.number === 'plur';
  }
  if (one) return p.number === 'sing';
  if (few) return (p.case === 'gent' && p.number === 'sing') || p.number === 'plur';
  return p.number === 'plur';
}

const FUNCTION_POS = new Set([
  'PREP',
  'CONJ',
  'PRCL',
  'NPRO',
  'ADVB',
  'INTJ',
  'VERB',
  'INFN',
  'GRND',
  'PRED',
  'COMP',
]);

/** Whether the token's best reading allows it to be a noun at all ("и" is a conjunction, not "И.О."). */
function nounLike(t: Token): boolean {
  const best = t.morph[0];
  return (
    best !== undefined && !FUNCTION_POS.has(best.pos ?? '') && !(best.tags.has('Abbr') && t.norm.length <= 2)
  );
}

/** Whether the token reads best as an adjective or participle (not a pronoun or an ordinal). */
function isAdjective(t: Token): boolean {
  const p = t.morph[0];
  return (
    t.kind === 'word' &&
    p !== undefined &&
    (p.pos === 'ADJF' || p.pos === 'PRTF') &&
    !p.tags.has('Apro') &&
    !p.tags.has('Anum')
  );
}

/** The adjective's lemma in the head noun's gender (or plural, for nouns with no singular). */
export function adjectiveLemma(t: Token, head: Parse): string {
  const p = t.morph.find((r) => r.pos === 'ADJF') ?? t.morph.find((r) => r.pos === 'PRTF');
  if (!p) return t.norm;
  // participles: the dictionary's lemma is the verb, so the form is kept as the head has it
  if (p.pos === 'PRTF') return t.norm;
  const lemma = p.lemma;
  const g = head.tags.has('Pltm') ? 'plur' : head.gender;
  if (g !== 'femn' && g !== 'neut' && g !== 'plur') return lemma;
  for (const [re, f, n, pl] of ADJECTIVE_ENDINGS) {
    if (re.test(lemma)) return lemma.replace(re, g === 'femn' ? f : g === 'neut' ? n : pl);
  }
  return lemma;
}

/** Whether a token can head the genitive dependent of the counted noun ("акимов [районов]"). */
function genitiveNoun(t: Token): boolean {
  return (
    t.kind === 'word' &&
    t.morph.some((p) => p.pos === 'NOUN' && p.case === 'gent') &&
    !t.morph.some((p) => p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'VERB')
  );
}

function genitiveAdjective(t: Token): boolean {
  return (
    t.kind === 'word' && t.morph.some((p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && p.case === 'gent')
  );
}

/** The noun group counted by the figure, starting at token `from`; null when none agrees. */
export function countedGroup(
  doc: AnalysedDoc,
  fig: Figure,
  from: number,
  accept: (p: Parse, t: Token) => boolean = () => true,
): Counted | null {
  let k = from;
  const adjectives: Token[] = [];
  let head: Token | undefined;
  let headParse: Parse | undefined;
  for (let steps = 0; steps <= MAX_ADJECTIVES; steps++) {
    const t =
      steps === 0
        ? doc.tokens[k] && !doc.tokens[k]!.newlineBefore
          ? doc.tokens[k]
          : undefined
        : nextInLine(doc, k - 1);
    if (!t || t.kind !== 'word') return null;
    const p = nounLike(t) ? t.morph.find((r) => agrees(fig, r)) : undefined;
    // a noun reading that agrees wins over an adjective reading, unless the next word is the noun
    if (p && accept(p, t) && !(isAdjective(t) && nounAhead(doc, fig, k))) {
      head = t;
      headParse = p;
      break;
    }
    if (!isAdjective(t)) return null;
    adjectives.push(t);
    k++;
  }
  if (!head || !headParse) return null;
  let last = k;
  let deps = 0;
  for (let j = k + 1; deps < MAX_DEPENDENTS;) {
    let a = j;
    while (
      a < j + 2 &&
      doc.tokens[a] &&
      nextInLine(doc, a - 1) &&
      genitiveAdjective(doc.tokens[a]!) &&
      !genitiveNoun(doc.tokens[a]!)
    )
      a++;
    const n = nextInLine(doc, a - 1);
    if (!n || !genitiveNoun(n) || n.upper) break;
    last = a;
    j = a + 1;
    deps++;
  }
  const parts = adjectives.map((a) => adjectiveLemma(a, headParse));
  parts.push(headParse.lemma);
  const start = (adjectives[0] ?? head).start;
  const end = doc.tokens[last]!.end;
  // dependents stay as written, but a plural one follows the head into the singular
  const plural = headParse.number === 'plur';
  for (let d = k + 1; d <= last; d++) {
    const tok = doc.tokens[d]!;
    const form = doc.view.slice(tok.start, tok.end);
    const pluralForm = plural && tok.morph.some((r) => r.number === 'plur' && r.case === 'gent');
    parts.push(pluralForm ? genitiveSingular(form.toLowerCase()) : form);
  }
  return { head, headParse, headIndex: k, last, counts: parts.join(' '), start, end };
}

function nounAhead(doc: AnalysedDoc, fig: Figure, k: number): boolean {
  const n = nextInLine(doc, k);
  return n !== undefined && n.kind === 'word' && n.morph.some((r) => agrees(fig, r));
}
