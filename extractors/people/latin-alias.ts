// The original Latin spelling given in brackets after a name: "Джоэл Саймон (Joel Simon)",
// "Халеда эль-Масри (Khaled el-Masri)". It names the same person, so it becomes one more mention.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import type { NameMention } from './mention.js';

const LATIN_WORD =
  /^(?:[A-Z][a-zA-Z'’]*(?:-[A-Za-z][a-z'’]*)*|(?:al|el|bin|ibn|von|van|de|da|di|del|der|la|le)(?:-[A-Z][a-z]+)?)$/;
const MAX_WORDS = 4;

/** The bracketed Latin spelling right after a mention, as a mention of its own, or null. */
export function latinAlias(doc: AnalysedDoc, m: NameMention): NameMention | null {
  const toks = doc.tokens;
  const open = toks[m.to];
  if (!open || open.text !== '(' || open.sentence !== toks[m.from]!.sentence) return null;
  let j = m.to + 1;
  let capitals = 0;
  while (
    j < toks.length &&
    j - m.to - 1 < MAX_WORDS &&
    toks[j]!.kind === 'word' &&
    LATIN_WORD.test(toks[j]!.text)
  ) {
    if (/^[A-Z]/.test(toks[j]!.text)) capitals++;
    j++;
  }
  if (capitals === 0 || toks[j]?.text !== ')') return null;
  const from = m.to + 1;
  return {
    shape: 'alias',
    from,
    to: j,
    start: toks[from]!.start,
    end: toks[j - 1]!.end,
    firstTok: null,
    firsts: [],
    patronymicTok: null,
    surnameToks: [],
    initials: null,
    sex: m.sex,
  };
}
