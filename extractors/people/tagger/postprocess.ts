// A correction after decoding: a surname the tagger found inside a full name elsewhere in the
// article is a name on its own too where it opens a sentence ("Кит Флинт … Флинт родился").
// Cross-validation on NEREL train: 0.961 with it, 0.961 without (`npm run train -- --cv-only --no-post`);
// kept for the sentence-initial case the tagger otherwise misses. Propagating to every position cost 0.001.
// A second correction splits a possessor's surname from another full name after it ("Менеджер Ирвина
// Джон Стэйнтон": two names, as NEREL marks them).
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import type { TaggedSpan } from './bio.js';
import {
  HYPHEN_PARTICLES,
  LATIN_HYPHEN_PARTICLES,
  LATIN_NAME_PARTICLES,
  NAME_PARTICLES,
} from '../data/name-parts.js';
import type { RuleMentions } from './rule-hits.js';
import {
  NF_CAP,
  NF_FIRST,
  NF_INITIAL,
  NF_NOTNAME,
  NF_PATRONYMIC,
  NF_ROLE,
  type TokenInfo,
} from './token-info.js';

/** The decoded spans, corrected; sorted by position. */
export function postprocess(
  doc: AnalysedDoc,
  info: TokenInfo,
  decoded: readonly TaggedSpan[],
  rules: RuleMentions,
): TaggedSpan[] {
  const inSpan = new Uint8Array(info.n);
  for (const s of decoded) for (let k = s.from; k < s.to; k++) inSpan[k] = 1;
  // a first name + surname the rules found and the tagger left wholly out ("Стэнли Кубрика")
  const spans = [...decoded];
  for (const m of rules.multi) {
    if (m.shape !== 'full' || m.firstTok !== m.from) continue;
    let free = true;
    for (let k = m.from; k < m.to; k++) if (inSpan[k]) free = false;
    if (free) spans.push({ start: m.start, end: m.end, from: m.from, to: m.to });
  }
  // a sentence-initial single name the rules admitted on a verb's evidence ("Мадонна сообщила")
  for (const m of rules.singles)
    if (!m.weak && info.initial[m.from] && !inSpan[m.from])
      spans.push({ start: m.start, end: m.end, from: m.from, to: m.to });
  // surname key -> the keys of the words before it in the spans it closes
  const surnames = new Map<string, Set<string>>();
  for (const s of spans) {
    for (let k = s.from; k < s.to; k++) inSpan[k] = 1;
    const last = s.to - 1;
    const key = info.keys[last];
    if (s.to - s.from > 1 && key != null && !(info.nf[last]! & NF_INITIAL)) {
      let given = surnames.get(key);
      if (!given) surnames.set(key, (given = new Set()));
      for (let k = s.from; k < last; k++) if (info.keys[k] != null) given.add(info.keys[k]!);
    }
  }
  const out = spans
    .flatMap((s) => splitPossessor(doc, info, s, surnames))
    .flatMap((s) => splitTwoNames(doc, info, s));
  for (let i = 0; i < info.n; i++) {
    const key = info.keys[i];
    const nf = info.nf[i]!;
    if (
      !info.initial[i] ||
      inSpan[i] ||
      key == null ||
      !surnames.has(key) ||
      !(nf & NF_CAP) ||
      nf & (NF_INITIAL | NF_NOTNAME | NF_ROLE)
    )
      continue;
    const prev = doc.tokens[i - 1];
    if (prev && prev.text === '"' && prev.end === doc.tokens[i]!.start) continue;
    const t = doc.tokens[i]!;
    out.push({ start: t.start, end: t.end, from: i, to: i + 1 });
  }
  return joinParticles(
    doc,
    info,
    joinNicknames(
      doc,
      info,
      out.sort((a, b) => a.from - b.from),
    ),
  );
}

const CASE_BIT: Record<string, number> = {
  nomn: 1,
  gent: 2,
  gen2: 2,
  datv: 4,
  accs: 8,
  acc2: 8,
  ablt: 16,
  loct: 32,
  loc2: 32,
  voct: 64,
};

/** The cases a token can be in by any of its readings (all of them when none tells); `first`: by its first-name readings when it has any. */
function caseMask(doc: AnalysedDoc, i: number, first = false): number {
  const morph = doc.tokens[i]!.morph;
  const asFirst = first && morph.some((p) => p.name === 'first');
  let m = 0;
  for (const p of morph) if (p.case && (!asFirst || p.name === 'first')) m |= CASE_BIT[p.case] ?? 0;
  return m === 0 ? 127 : m;
}

/**
 * "Менеджер Ирвина Джон Стэйнтон", "сын Баффета Говард": a span opening with the surname of someone
 * named in full elsewhere, before a first name that person is never given, is that person's name in
 * the genitive (whose manager, whose son) and then another person's name: two names, as NEREL marks
 * them. With a first name the person does have, or a first name (and patronymic) in a case the
 * surname can be in, it is one name in reverse order ("Путин Владимир Владимирович", "внучке
 * Тихоновой Татьяне Васильевне").
 */
function splitPossessor(
  doc: AnalysedDoc,
  info: TokenInfo,
  s: TaggedSpan,
  surnames: ReadonlyMap<string, ReadonlySet<string>>,
): TaggedSpan[] {
  if (s.to - s.from < 2) return [s];
  const key = info.keys[s.from];
  const lastKey = info.keys[s.to - 1];
  const given = key == null ? undefined : surnames.get(key);
  const next = info.keys[s.from + 1];
  if (
    key == null ||
    !given ||
    !(info.nf[s.from + 1]! & NF_FIRST) ||
    next == null ||
    given.has(next) ||
    (s.to - s.from > 2 ? key === lastKey : (info.nf[s.from]! & (NF_FIRST | NF_INITIAL)) !== 0) ||
    // a first name alone or with a patronymic after it may be the same person's, in reverse order
    ((s.to - s.from === 2 || info.nf[s.to - 1]! & NF_PATRONYMIC) &&
      caseMask(doc, s.from) & caseMask(doc, s.from + 1, true))
  )
    return [s];
  const first = doc.tokens[s.from]!;
  return [
    { start: first.start, end: first.end, from: s.from, to: s.from + 1 },
    { ...s, from: s.from + 1, start: doc.tokens[s.from + 1]!.start },
  ];
}

/**
 * "…с Тимом Бернерсом-Ли Аарон Шварц написал": two full names side by side in one span. A first name
 * after a surname starts a second name when it can share no case with the span's first name (first
 * names' cases are known), so "Хосе Луис Родригес Сапатеро" and "Джона Фицджеральда Кеннеди" stay whole.
 */
function splitTwoNames(doc: AnalysedDoc, info: TokenInfo, s: TaggedSpan): TaggedSpan[] {
  if (s.to - s.from < 4 || !(info.nf[s.from]! & NF_FIRST)) return [s];
  for (let k = s.from + 2; k < s.to - 1; k++) {
    if (!(info.nf[k]! & NF_FIRST) || info.nf[k - 1]! & (NF_FIRST | NF_INITIAL)) continue;
    if (caseMask(doc, s.from, true) & caseMask(doc, k, true)) continue;
    return [
      { start: s.start, end: doc.tokens[k - 1]!.end, from: s.from, to: k },
      { start: doc.tokens[k]!.start, end: s.end, from: k, to: s.to },
    ];
  }
  return [s];
}

/**
 * Name particles that join two parts of one name ("Мохаммед бин Салман", "Аль-Валид ибн Талал",
 * "Людвиг ван Бетховен"); "да", "ла", "ан" and the like are left out as ordinary Russian words.
 */
const JOINING = new Set([
  ...NAME_PARTICLES.filter(
    (p) => !['да', 'ла', 'ле', 'ан', 'ар', 'аз', 'ас', 'ат', 'тер', 'заде'].includes(p),
  ),
  ...LATIN_NAME_PARTICLES,
]);
/** A last name part with its particle joined by a hyphen ("аль-Амрики", "al-Amriki"). */
const HYPHENATED = new RegExp(
  `^(?:${[...HYPHEN_PARTICLES, ...LATIN_HYPHEN_PARTICLES].join('|')})-\\p{Lu}`,
  'u',
);
/** Particles that close a name ("Казыбек би", "Мамед оглы"). */
const CLOSING = new Set(['би', 'оглы', 'улы', 'кызы', 'уулу']);

/**
 * Spans grown over the particles of Arabic, Turkic, Dutch and German names: a particle and the
 * capitalised word on its other side join the span ("Аль-Валид ибн Талал" from "Талал"), and so do
 * a part with a hyphenated particle ("Abu Abdul Barr al-Amriki") and a closing particle after it
 * ("Казыбек би").
 */
function joinParticles(doc: AnalysedDoc, info: TokenInfo, spans: TaggedSpan[]): TaggedSpan[] {
  const toks = doc.tokens;
  const nameWord = (i: number): boolean =>
    i >= 0 && i < info.n && !!(info.nf[i]! & NF_CAP) && !(info.nf[i]! & (NF_NOTNAME | NF_ROLE | NF_INITIAL));
  const near = (a: number, b: number): boolean =>
    toks[a]!.sentence === toks[b]!.sentence && !toks[b]!.newlineBefore && toks[b]!.start - toks[a]!.end <= 1;
  const particle = (i: number): boolean =>
    i >= 0 && i < info.n && toks[i]!.kind === 'word' && JOINING.has(toks[i]!.norm);
  const out: TaggedSpan[] = [];
  for (const s0 of spans) {
    let { from, to } = s0;
    // a role noun opening a sentence is no part of the name after it ("Брат Ким Чен Ына")
    while (to - from > 1 && info.nf[from]! & NF_ROLE) from++;
    while (particle(from - 1) && nameWord(from - 2) && near(from - 2, from - 1) && near(from - 1, from))
      from -= 2;
    for (;;) {
      if (particle(to) && nameWord(to + 1) && near(to - 1, to) && near(to, to + 1)) to += 2;
      else if (to < info.n && HYPHENATED.test(toks[to]!.text) && near(to - 1, to)) to++;
      else break;
    }
    if (to < info.n && CLOSING.has(toks[to]!.text) && near(to - 1, to)) to++;
    const prev = out[out.length - 1];
    if (prev && from < prev.to) {
      prev.to = Math.max(prev.to, to);
      prev.end = toks[prev.to - 1]!.end;
      continue;
    }
    out.push({ start: toks[from]!.start, end: toks[to - 1]!.end, from, to });
  }
  return out;
}

const isQuote = (doc: AnalysedDoc, i: number): boolean => doc.tokens[i]?.norm === '"';

/**
 * One span for a name with a nickname in quotation marks between its first name and surname
 * ("Сергей «Шнур» Шнуров", "Джеймс «Бадди» Макгирт"), however the tagger cut it: a first name, a
 * capitalised word in quotation marks and a capitalised word after it, on one line of one sentence.
 */
function joinNicknames(doc: AnalysedDoc, info: TokenInfo, spans: TaggedSpan[]): TaggedSpan[] {
  const toks = doc.tokens;
  let out = spans;
  for (let i = 0; i + 4 < info.n; i++) {
    const nick = i + 2;
    const last = i + 4;
    if (
      !(info.nf[i]! & NF_FIRST) ||
      !isQuote(doc, i + 1) ||
      !isQuote(doc, i + 3) ||
      !(info.nf[nick]! & NF_CAP) ||
      !(info.nf[last]! & NF_CAP) ||
      info.nf[last]! & (NF_NOTNAME | NF_ROLE | NF_INITIAL) ||
      toks[last]!.sentence !== toks[i]!.sentence ||
      toks[i + 1]!.newlineBefore ||
      toks[last]!.newlineBefore
    )
      continue;
    // the parts must be named: the first name or the surname is in a span already
    const touching = out.filter((s) => s.from <= last && s.to > i);
    if (touching.length === 0) continue;
    const from = Math.min(i, ...touching.map((s) => s.from));
    const to = Math.max(last + 1, ...touching.map((s) => s.to));
    out = [
      ...out.filter((s) => !touching.includes(s)),
      { start: toks[from]!.start, end: toks[to - 1]!.end, from, to },
    ].sort((a, b) => a.from - b.from);
    i = to - 1;
  }
  return out;
}
