// Name constructions over the token stream: first name + [patronymic] + surname, surname + first
// name, initials + surname, East Asian surname-first names. Each returns a mention or null at a
// token; single capitalised words are left to ./single-names.ts, which needs the whole document.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import type { NameFeatures } from './features.js';
import { EAST_ASIAN, PARTICLES } from './lexicon.js';
import type { NameMention } from './mention.js';

/** The evidence a construction reads. */
export interface ScanContext {
  doc: AnalysedDoc;
  f: readonly NameFeatures[];
}

const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2})$/;

/** Whether tokens a and b are on one line in one sentence with only spaces between them. */
function adjacent(ctx: ScanContext, a: number, b: number): boolean {
  const x = ctx.doc.tokens[a];
  const y = ctx.doc.tokens[b];
  return (
    x !== undefined &&
    y !== undefined &&
    x.sentence === y.sentence &&
    !y.newlineBefore &&
    y.start - x.end <= 2
  );
}

/**
 * A capitalised word that can stand in a surname slot. After a first name or initials (`loose`)
 * any capitalised word will do ("Дональд Трамп", though "трамп" is also a common noun) unless the
 * dictionary knows it only as a place.
 */
function surnameSlot(ctx: ScanContext, i: number, loose = false, geoOk = false): boolean {
  const f = ctx.f[i];
  if (f === undefined || !f.cap || f.initial || f.notName || f.role) return false;
  if (f.geo && f.surname < 2 && !geoOk) return false;
  return loose || f.surname > 0;
}

/** Extends a surname over particles and a second part: "ван Бетховена", "Кеннеди Таунсенд-Маккин". */
function surnameRun(ctx: ScanContext, i: number, maxWords: number, loose = false): number[] {
  const toks = ctx.doc.tokens;
  const out: number[] = [];
  let j = i;
  while (out.length < maxWords + 1) {
    const t = toks[j];
    if (!t || (out.length > 0 && !adjacent(ctx, j - 1, j))) break;
    if (PARTICLES.has(t.text) && surnameSlot(ctx, j + 1, true) && adjacent(ctx, j, j + 1)) {
      out.push(j, j + 1);
      j += 2;
      continue;
    }
    if (!surnameSlot(ctx, j, loose && out.length === 0)) break;
    if (out.length > 0) {
      // a second word joins when the first was a middle name ("Реджеп Тайип Эрдоган") or it looks
      // like a surname itself ("Мейв Кеннеди Таунсенд-Маккин"); a first name starts the next person
      const prevFirst = ctx.f[j - 1]!.firsts.length > 0;
      const g = ctx.f[j]!;
      if (!prevFirst && (g.firsts.length > 0 || (g.surname < 2 && !g.unknown))) break;
    }
    out.push(j);
    j++;
    if (out.length >= maxWords) break;
  }
  return out;
}

function atSentenceStart(ctx: ScanContext, i: number): boolean {
  const s = ctx.doc.sentences[ctx.doc.tokens[i]!.sentence]!;
  for (let j = s.firstToken; j < i; j++) if (ctx.doc.tokens[j]!.kind === 'word') return false;
  return true;
}

function span(ctx: ScanContext, from: number, to: number): { start: number; end: number } {
  return { start: ctx.doc.tokens[from]!.start, end: ctx.doc.tokens[to - 1]!.end };
}

/** Initials before a surname: "Н.А. Назарбаев", "Е. Саиров", "Дж.Коми". */
export function initialsFirst(ctx: ScanContext, i: number): NameMention | null {
  if (!ctx.f[i]?.initial) return null;
  let j = i;
  let initials = '';
  while (ctx.f[j]?.initial && initials.length < 6 && (j === i || adjacent(ctx, j - 1, j))) {
    initials += ctx.doc.tokens[j]!.text + '.';
    j += 2;
  }
  if (!adjacent(ctx, j - 1, j) || !surnameSlot(ctx, j, true, true)) return null;
  const surnameToks = surnameRun(ctx, j, 2, true);
  if (surnameToks.length === 0) return null;
  const to = surnameToks[surnameToks.length - 1]! + 1;
  return {
    shape: 'initials',
    from: i,
    to,
    ...span(ctx, i, to),
    firstTok: null,
    firsts: [],
    patronymicTok: null,
    surnameToks,
    initials,
    sex: null,
  };
}

/** Initials after a surname: "Саиров Е.Б.", "Жириновский В. В.". */
export function initialsAfter(ctx: ScanContext, i: number): NameMention | null {
  const f = ctx.f[i];
  if (!f || f.surname < 2 || !surnameSlot(ctx, i) || !ctx.f[i + 1]?.initial || !adjacent(ctx, i, i + 1))
    return null;
  let j = i + 1;
  let initials = '';
  while (ctx.f[j]?.initial && initials.length < 6 && adjacent(ctx, j - 1, j)) {
    initials += ctx.doc.tokens[j]!.text + '.';
    j += 2;
  }
  return {
    shape: 'initials',
    from: i,
    to: j,
    ...span(ctx, i, j),
    firstTok: null,
    firsts: [],
    patronymicTok: null,
    surnameToks: [i],
    initials,
    sex: null,
  };
}

/** First name, optional patronymic, surname: "Ерлан Саиров", "Виталий Григорьевич Костомаров". */
export function firstNameLed(ctx: ScanContext, i: number): NameMention | null {
  const f = ctx.f[i];
  if (!f || f.firsts.length === 0 || f.notName) return null;
  // a place that is also a first name, before another first name: "Израиля Биньямин Нетаньяху"
  if (f.geo && !f.listedFirst && (ctx.f[i + 1]?.firsts.length ?? 0) > 0) return null;
  let j = i + 1;
  let patronymicTok: number | null = null;
  const pf = ctx.f[j];
  if (pf?.patronymic && adjacent(ctx, i, j) && pf.firsts.length === 0) {
    // "Виктор Янукович": a masculine -ович word with nothing after it is the surname
    if (
      pf.patronymic === 'femn' ||
      surnameSlot(ctx, j + 1) ||
      pf.surname < 2 ||
      /улы|оглы|кызы/.test(ctx.doc.tokens[j]!.norm)
    ) {
      patronymicTok = j;
      j++;
    }
  } else if (
    ctx.doc.tokens[j] &&
    /^(?:оглы|кызы|улы)$/.test(ctx.doc.tokens[j]!.norm) &&
    adjacent(ctx, i, j)
  ) {
    patronymicTok = j;
    j++;
  }
  // a nickname in quotes between the names: "Джеймс «Бадди» Макгирт"
  const q = ctx.doc.tokens[j];
  if (
    patronymicTok === null &&
    q?.norm === '"' &&
    ctx.f[j + 1]?.cap &&
    ctx.doc.tokens[j + 2]?.norm === '"' &&
    surnameSlot(ctx, j + 3)
  ) {
    if (adjacent(ctx, j + 2, j + 3)) j += 3;
  }
  const last = j - 1;
  let surnameToks: number[] = [];
  if (adjacent(ctx, last, j)) {
    const t = ctx.doc.tokens[j]!;
    if (ROMAN.test(t.text))
      surnameToks = [j]; // "Елизавета II"
    // an ambiguous first name ("Роман", "Вера") opening a sentence needs a surname-like word after it
    else surnameToks = surnameRun(ctx, j, 2, !f.ambiguousFirst || !atSentenceStart(ctx, i));
  }
  if (surnameToks.length > 0) {
    const to = surnameToks[surnameToks.length - 1]! + 1;
    return {
      shape: 'full',
      from: i,
      to,
      ...span(ctx, i, to),
      firstTok: i,
      firsts: f.firsts,
      patronymicTok,
      surnameToks,
      initials: null,
      sex: null,
    };
  }
  if (patronymicTok !== null) {
    return {
      shape: 'first-patronymic',
      from: i,
      to: j,
      ...span(ctx, i, j),
      firstTok: i,
      firsts: f.firsts,
      patronymicTok,
      surnameToks: [],
      initials: null,
      sex: null,
    };
  }
  return null;
}

/** Surname before first name (and patronymic): "Грызлова Бориса Вячеславовича", "Саиров Ерлан". */
export function surnameLed(ctx: ScanContext, i: number): NameMention | null {
  const f = ctx.f[i];
  const nf = ctx.f[i + 1];
  if (!f || !nf || f.firsts.length > 0 || nf.firsts.length === 0 || !adjacent(ctx, i, i + 1)) return null;
  const pf = ctx.f[i + 2];
  const withPatronymic = pf?.patronymic != null && adjacent(ctx, i + 1, i + 2);
  // before a first name and patronymic a word no dictionary knows is the surname too ("Небензю
  // Василия Алексеевича"); otherwise it must look like one
  if (f.surname < (withPatronymic && f.unknown ? 1 : 2) || !surnameSlot(ctx, i)) return null;
  if (!withPatronymic) {
    // without a patronymic, only when nothing capitalised follows: "Саиров Ерлан," but not "Саиров Ерлан Жанов"
    const after = ctx.f[i + 2];
    if (after?.cap && adjacent(ctx, i + 1, i + 2)) return null;
  }
  const to = withPatronymic ? i + 3 : i + 2;
  return {
    shape: 'full',
    from: i,
    to,
    ...span(ctx, i, to),
    firstTok: i + 1,
    firsts: nf.firsts,
    patronymicTok: withPatronymic ? i + 2 : null,
    surnameToks: [i],
    initials: null,
    sex: null,
  };
}

/** East Asian surname-first names: "Си Цзиньпин", "Ли Пэн", "Ким Чен Ын". */
export function eastAsian(ctx: ScanContext, i: number): NameMention | null {
  const t = ctx.doc.tokens[i];
  if (!t || !ctx.f[i]?.cap || !EAST_ASIAN.has(t.norm)) return null;
  let j = i + 1;
  while (
    j < i + 3 &&
    adjacent(ctx, j - 1, j) &&
    surnameSlot(ctx, j, true) &&
    ctx.doc.tokens[j]!.text.length <= 8
  )
    j++;
  if (j === i + 1) return null;
  return {
    shape: 'full',
    from: i,
    to: j,
    ...span(ctx, i, j),
    firstTok: null,
    firsts: [],
    patronymicTok: null,
    surnameToks: Array.from({ length: j - i }, (_, n) => i + n),
    initials: null,
    sex: null,
  };
}

/**
 * Two capitalised words the dictionary does not know, mid-sentence: a foreign name spelled in
 * Cyrillic whose first name is in no list ("Винченцино Яннаццо", "Лори Кае").
 */
export function unknownPair(ctx: ScanContext, i: number): NameMention | null {
  const a = ctx.f[i];
  const b = ctx.f[i + 1];
  if (!a || !b || !a.unknown || a.latin || b.latin || !adjacent(ctx, i, i + 1)) return null;
  if (!b.unknown && (b.common || b.surname === 0)) return null;
  if (!surnameSlot(ctx, i) || !surnameSlot(ctx, i + 1)) return null;
  const toks = ctx.doc.tokens;
  const prev = toks[i - 1];
  if (!prev || prev.sentence !== toks[i]!.sentence || prev.norm === '"') return null;
  if (ctx.f[i + 2]?.cap && adjacent(ctx, i + 1, i + 2)) return null;
  if (toks[i + 2]?.norm === '"' && toks[i + 2]!.start === toks[i + 1]!.end) return null;
  return {
    shape: 'full',
    from: i,
    to: i + 2,
    ...span(ctx, i, i + 2),
    firstTok: null,
    firsts: [],
    patronymicTok: null,
    surnameToks: [i + 1],
    initials: null,
    sex: null,
  };
}

/** The constructions, tried in order at each token. */
export const NAME_PATTERNS = [
  initialsFirst,
  firstNameLed,
  eastAsian,
  surnameLed,
  initialsAfter,
  unknownPair,
] as const;
