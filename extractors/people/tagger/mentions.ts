// The tagger's spans as the people extractor's name mentions: a span the rules found as well keeps
// the rules' reading of its parts; any other span is read here (initials, first name, patronymic,
// surname words), so merging and nominative naming work as before.
import { EAST_ASIAN } from '../lexicon.js';
import { latinAlias } from '../latin-alias.js';
import type { NameMention } from '../mention.js';
import type { ScanContext } from '../name-patterns.js';
import type { TaggedSpan } from './bio.js';
import type { RuleMentions } from './rule-hits.js';

/** The tagger's mentions: multi-word and single-word ones in text order, and bracketed aliases. */
export interface TaggedMentions {
  multi: NameMention[];
  singles: NameMention[];
  /** a name in brackets right after another ("Дэвид Саутер (David Souter)", "Басте (Василий Вакуленко)") */
  aliasOf: Map<NameMention, NameMention>;
}

const key = (m: { from: number; to: number }): number => m.from * 65536 + m.to;

/** Name mentions from tagged spans, each read as the rules read it when they found the same span. */
export function mentionsFromSpans(spans: readonly TaggedSpan[], rules: RuleMentions): TaggedMentions {
  const toks = rules.ctx.doc.tokens;
  const byRange = new Map<number, NameMention>();
  for (const m of [...rules.multi, ...rules.singles]) byRange.set(key(m), m);
  const mentions: NameMention[] = [];
  const aliasOf = new Map<NameMention, NameMention>();
  for (const s of spans) {
    const rule = byRange.get(key(s));
    // an East Asian name keeps its surname-first reading even where a rule took its first word for a
    // given name ("Лян Цяо"), and a first name with a patronymic is no surname ("Владимир Владимирович")
    const own = eastAsianSpan(rules.ctx, s) || (rule !== undefined && patronymicAsSurname(rules.ctx, rule));
    const m = rule && !own ? { ...rule, weak: false } : readSpan(rules.ctx, s);
    if (!m) continue;
    const prev = mentions[mentions.length - 1];
    const open = toks[s.from - 1];
    if (prev && prev.to === s.from - 1 && open?.text === '(' && open.sentence === toks[s.from]!.sentence) {
      aliasOf.set(prev, { ...m, shape: 'alias', sex: prev.sex });
      continue;
    }
    mentions.push(m);
  }
  // a bracketed Latin spelling the tagger left out is still an alias, never a person of its own
  const latin = new Set<number>();
  for (const m of mentions) {
    const a = aliasOf.has(m) ? null : latinAlias(rules.ctx.doc, m);
    if (a) latin.add(key(a));
  }
  const kept = mentions.filter((m) => !latin.has(key(m)));
  return {
    multi: kept.filter((m) => m.to - m.from > 1),
    singles: kept.filter((m) => m.to - m.from === 1),
    aliasOf,
  };
}

/** Reads the parts of a span the rules did not find as it stands; null when it holds no word. */
function readSpan(ctx: ScanContext, s: TaggedSpan): NameMention | null {
  const toks = ctx.doc.tokens;
  // a nickname in quotation marks inside the name is no part of it ("Сергей «Шнур» Шнуров")
  const quoted = (i: number): boolean =>
    i > s.from && i + 1 < s.to && toks[i - 1]!.norm === '"' && toks[i + 1]!.norm === '"';
  const words: number[] = [];
  for (let i = s.from; i < s.to; i++) if (toks[i]!.kind === 'word' && !quoted(i)) words.push(i);
  if (words.length === 0) return null;
  const base: NameMention = {
    shape: 'surname',
    from: s.from,
    to: s.to,
    start: s.start,
    end: s.end,
    firstTok: null,
    firsts: [],
    patronymicTok: null,
    surnameToks: [],
    initials: null,
    sex: null,
  };
  if (words.length === 1 && s.to - s.from === 1) {
    const i = words[0]!;
    const f = ctx.f[i]!;
    if (f.firsts.length > 0 && !f.dictSurname && f.surname < 2)
      return { ...base, shape: 'first', firstTok: i, firsts: f.firsts };
    return { ...base, surnameToks: [i] };
  }
  let k = 0;
  let initials = '';
  while (k < words.length && ctx.f[words[k]!]!.initial) initials += toks[words[k++]!]!.text + '.';
  if (initials) {
    const rest = words.slice(k);
    return {
      ...base,
      shape: 'initials',
      initials,
      surnameToks: rest.length ? rest : [words[words.length - 1]!],
    };
  }
  const w0 = words[0]!;
  const f0 = ctx.f[w0]!;
  // an East Asian name, surname first: every word is part of one name ("Лян Цяо", "Ким Чен Ын")
  if (eastAsianSpan(ctx, s)) return { ...base, shape: 'full', surnameToks: words };
  if (f0.firsts.length > 0) {
    let j = 1;
    let patronymicTok: number | null = null;
    const pj = words[j];
    // "Владимир Владимирович": a patronymic the dictionary knows as one, and not as a surname
    const dictPatronymic = pj !== undefined && onlyPatronymic(ctx, pj);
    if (
      pj !== undefined &&
      ctx.f[pj]!.patronymic !== null &&
      ctx.f[pj]!.firsts.length === 0 &&
      (words.length > 2 || ctx.f[pj]!.patronymic === 'femn' || dictPatronymic)
    ) {
      patronymicTok = pj;
      j++;
    }
    const surnameToks = words.slice(j);
    // initials after a surname-less first name are not expected; a trailing initial is dropped
    if (surnameToks.length === 0 && patronymicTok !== null)
      return { ...base, shape: 'first-patronymic', firstTok: w0, firsts: f0.firsts, patronymicTok };
    if (surnameToks.length === 0) return { ...base, shape: 'first', firstTok: w0, firsts: f0.firsts };
    return { ...base, shape: 'full', firstTok: w0, firsts: f0.firsts, patronymicTok, surnameToks };
  }
  const w1 = words[1];
  if (w1 !== undefined && words.length <= 3 && ctx.f[w1]!.firsts.length > 0 && f0.surname === 2) {
    // surname first: "Саиров Ерлан", "Грызлова Бориса Вячеславовича"
    const w2 = words[2];
    const patronymicTok = w2 !== undefined && ctx.f[w2]!.patronymic !== null ? w2 : null;
    if (w2 === undefined || patronymicTok !== null)
      return {
        ...base,
        shape: 'full',
        firstTok: w1,
        firsts: ctx.f[w1]!.firsts,
        patronymicTok,
        surnameToks: [w0],
      };
  }
  return { ...base, shape: 'full', surnameToks: words };
}

/** Whether a span is an East Asian name, surname first: two or three short words after a listed surname. */
function eastAsianSpan(ctx: ScanContext, s: TaggedSpan): boolean {
  const toks = ctx.doc.tokens;
  const words: number[] = [];
  for (let i = s.from; i < s.to; i++) if (toks[i]!.kind === 'word') words.push(i);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    EAST_ASIAN.has(toks[words[0]!]!.norm) &&
    words.slice(1).every((i) => toks[i]!.text.length <= 8 && ctx.f[i]!.cap && !ctx.f[i]!.listedFirst)
  );
}

/** A word the dictionary knows as a patronymic and not as a surname ("Владимирович", not "Янукович"). */
function onlyPatronymic(ctx: ScanContext, i: number): boolean {
  const morph = ctx.doc.tokens[i]!.morph;
  return morph.some((r) => r.name === 'patronymic' && !r.guessed) && !morph.some((r) => r.name === 'surname');
}

/** A rule's first name + "surname" where that surname is a patronymic only. */
function patronymicAsSurname(ctx: ScanContext, m: NameMention): boolean {
  return (
    m.shape === 'full' &&
    m.firstTok === m.from &&
    m.surnameToks.length === 1 &&
    m.to - m.from === 2 &&
    onlyPatronymic(ctx, m.surnameToks[0]!)
  );
}
