// Which words may be a role mention: a singular animate common noun ("воспитанник", "гимнаст",
// "шпиона"), a listed role noun ("глава", "аким"), or a compound whose last part is one
// ("тренера-преподавателя", "шпиона-перебежчика"). The model decides which of them refer to a person.
import { analyseWord, type AnalysedDoc, type Parse, type Token } from '../../../document/analyse/index.js';
import { ADDRESS_TITLES } from '../lexicon.js';
import { roleReading } from '../roles.js';

/** Readings that rule a word out: names, places, organisations. */
const NOT_COMMON = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad'];

function animateNoun(morph: readonly Parse[]): Parse | null {
  for (const p of morph) {
    // the best noun reading decides: "бой" is a fight before it is a servant ("стрелку" too: tried,
    // more candidates cost more than they found under cross-validation)
    if (p.pos === 'NOUN' && !p.tags.has('anim')) return null;
    if (p.pos !== 'NOUN' || !p.tags.has('anim') || p.number !== 'sing' || p.name !== null) continue;
    if (NOT_COMMON.some((t) => p.tags.has(t))) continue;
    return p;
  }
  return null;
}

/**
 * candidateReading by word form (it reads the form alone): `Token.form` goes to slot `form % SLOTS`,
 * replacing another form there, so memory stays flat however many forms a long run meets.
 */
const SLOTS = 1 << 16;
const slotForm = new Int32Array(SLOTS).fill(-1);
const byForm = new Array<Parse | null>(SLOTS).fill(null);

/** The reading that makes a token a candidate role noun, or null. */
export function candidateReading(tok: Token): Parse | null {
  if (tok.kind !== 'word' || tok.norm.length < 3) return null;
  if (tok.form < 0) return readingOf(tok);
  const slot = tok.form % SLOTS;
  if (slotForm[slot] !== tok.form) {
    slotForm[slot] = tok.form;
    byForm[slot] = readingOf(tok);
  }
  return byForm[slot] ?? null;
}

function readingOf(tok: Token): Parse | null {
  // a title of address is said before a name, it does not refer: "господин Юсуфов", "Господа Цыганков и Комаров"
  if (tok.morph.some((p) => p.pos === 'NOUN' && ADDRESS_TITLES.has(p.lemma))) return null;
  const listed = roleReading(tok);
  // "дочери" reads first as a plural, yet is as often her genitive or dative
  if (listed)
    return listed.number !== 'plur'
      ? listed
      : (tok.morph.find((p) => p.pos === 'NOUN' && p.lemma === listed.lemma && p.number === 'sing') ?? null);
  const own = animateNoun(tok.morph);
  if (own) return own;
  // "тренера-преподавателя": the first part carries the case
  const dash = tok.norm.indexOf('-');
  if (dash > 2) return animateNoun(analyseWord(tok.norm.slice(0, dash)));
  return null;
}

/**
 * The candidate tokens of a document with their readings: not inside a name, and capitalised only
 * where a sentence or a quotation starts ("Глава Малайзии: …", "«Мастер» …").
 */
export function roleCandidates(doc: AnalysedDoc, inName: (i: number) => boolean): Map<number, Parse> {
  const out = new Map<number, Parse>();
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.kind !== 'word' || inName(i)) continue;
    if (tok.upper) {
      const prev = toks[i - 1];
      const opens = !prev || prev.sentence !== tok.sentence || prev.kind === 'punct' || prev.newlineBefore;
      if (!opens) continue;
    }
    const r = candidateReading(tok);
    if (r) out.set(i, r);
  }
  return out;
}
