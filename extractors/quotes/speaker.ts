// Turns a speaker noun group into a Person id: a known person's mention, a name of a known person
// (never a new Person: only the people extractor makes people), or an anaphor (pronoun, bare role
// noun) resolved to the nearest compatible person before it, preferring the last speaker.
import { analyseWord, type Gender, type Token } from '../../document/analyse/index.js';
import type { Mention } from '../../document/record/types.js';
import { markOwner, mentionIndex, peopleIndex, type QuoteContext } from './context.js';
import { ROLE_NOUNS } from './lexicon/roles.js';
import { INFORMANT_NOUNS, SOURCE_NOUNS } from './lexicon/sources.js';
import { STEM_LENGTH, stems } from './people-index.js';
import { looseName, representedBy, type NounGroup } from './subject.js';

/** Who said it: a person index or -1, and a non-person source. */
export interface Resolved {
  person: number;
  source: string | null;
  /** a single speaker the article does not name ("очевидец", "собеседник агентства"), with the gender a pronoun needs to refer to them */
  unnamed?: { gender: Gender | null };
}

/** lastSpeaker when the last speaker was someone the article does not name */
const UNNAMED = -2;

/** State carried through the document in reading order. */
export interface SpeakerState {
  /** a person index, UNNAMED, or -1 */
  lastSpeaker: number;
  /** paragraph of the last quote of lastSpeaker */
  lastParagraph: number;
  /** the gender of an unnamed last speaker */
  lastGender: Gender | null;
  /** where the last quote of an unnamed last speaker starts */
  lastAt: number;
  /** the people quoted so far */
  spoken: Set<number>;
}

export function newSpeakerState(): SpeakerState {
  return { lastSpeaker: -1, lastParagraph: -1, lastGender: null, lastAt: -1, spoken: new Set() };
}

const compatible = (a: Gender | null, b: Gender | null): boolean =>
  a === null || b === null || a === b || a === 'ms-f' || b === 'ms-f';

/**
 * Resolves a speaker group; `verbGender` is the gender the verb agrees in (past tense), `postposed`
 * whether the group follows the quote's content ("«…», — сказал он").
 */
export function resolveGroup(
  ctx: QuoteContext,
  state: SpeakerState,
  g: NounGroup,
  verbGender: Gender | null,
  postposed = false,
): Resolved {
  const doc = ctx.doc;
  switch (g.type) {
    case 'person':
      // "пресс-секретарь главы государства" with both nouns given to the head of state: the
      // aide is someone else
      // "представитель Теру" given to Теру: the representative is someone else, and the noun no
      // mention of Теру
      if (
        headOfOwnComplement(ctx, g) ||
        (ctx.owner[g.anchor + 1] === g.person && representedBy(ctx, g.anchor, g.anchor + 1))
      ) {
        dropRoleMention(ctx, g.person, g.anchor);
        return { ...someoneElse(ctx, g, verbGender) };
      }
      // "сообщила пресс-служба ММКФ" given to a person: a body speaks, not the person
      if (body(ctx.doc.tokens[g.anchor]!)) {
        dropRoleMention(ctx, g.person, g.anchor);
        return { person: -1, source: groupText(ctx, g) };
      }
      {
        // "Президент … заявил" given to someone else by the role-mention model while the article
        // gives "президент Казахстана" to another person: the role the article states wins
        const k = statedHolder(ctx, state, g, verbGender);
        learnGender(ctx, k, verbGender);
        return { person: k, source: null };
      }
    case 'name': {
      const k = personForName(ctx, g);
      if (k >= 0) learnGender(ctx, k, verbGender);
      return { person: k, source: null };
    }
    case 'pronoun': {
      if (g.plural) return { person: -1, source: null };
      const gender = verbGender && verbGender !== 'neut' ? verbGender : g.gender;
      return { person: antecedent(ctx, state, doc.tokens[g.first]!.start, gender, true), source: null };
    }
    case 'role': {
      if (g.plural) return { person: -1, source: groupText(ctx, g) };
      // "Китайский лидер", "глава КНР": a person whose role shares the head noun
      const holder = roleHolder(ctx, g);
      if (holder >= 0) {
        addMention(ctx, holder, g.first, g.last, 'role');
        return { person: holder, source: null };
      }
      if (!g.bare) {
        // "президент Эквадора", "глава КНР": otherwise the nearest agreeing person, unless the
        // group is someone else's ("пресс-секретарь главы государства", "адвокат Насира")
        if (ofAnotherPerson(ctx, g)) return { ...someoneElse(ctx, g, verbGender) };
        const gender = verbGender === 'femn' || verbGender === 'masc' ? verbGender : null;
        const k = antecedent(ctx, state, doc.tokens[g.first]!.start, gender, false);
        if (k < 0) return { person: -1, source: groupText(ctx, g) };
        addMention(ctx, k, g.first, g.last, 'role');
        return { person: k, source: null };
      }
      const gender =
        verbGender === 'femn' || verbGender === 'masc' ? verbGender : g.gender === 'femn' ? 'femn' : null;
      const k = antecedent(ctx, state, doc.tokens[g.first]!.start, gender, false);
      if (k >= 0) addMention(ctx, k, g.first, g.last, 'role');
      return { person: k, source: null };
    }
    case 'source': {
      // "сказал источник", "сообщила собеседница агентства": one informant a pronoun may take up
      const one =
        !g.plural && (verbGender === 'masc' || verbGender === 'femn') && animate(ctx.doc.tokens[g.anchor]!);
      return { person: -1, source: groupText(ctx, g), ...(one ? { unnamed: { gender: verbGender } } : {}) };
    }
    case 'unnamed': {
      const gender = verbGender === 'masc' || verbGender === 'femn' ? verbGender : g.gender;
      // "«…», — раскрыл свою мысль постановщик": a bare noun after the words, with the speaker of
      // this or the last paragraph in view, is that speaker described, not someone new
      if (postposed && g.bare && !g.plural) {
        const last = continuingSpeaker(state, ctx.doc.tokens[g.first]!.paragraph);
        if (last >= 0 && compatible(ctx.genders[last] ?? null, gender)) return { person: last, source: null };
      }
      return { person: -1, source: null, unnamed: { gender } };
    }
  }
}

/** Takes back the role mention of person k at token `tok` (it names someone else). */
function dropRoleMention(ctx: QuoteContext, k: number, tok: number): void {
  const t = ctx.doc.tokens[tok]!;
  const p = ctx.people[k]!;
  const at = p.mentions.findIndex((m) => m.kind === 'role' && m.start <= t.start && m.end >= t.end);
  if (at < 0) return;
  const [m] = p.mentions.splice(at, 1);
  mentionIndex(ctx).remove(k, m!);
  for (let j = ctx.doc.tokenAt(m!.start); j < ctx.doc.tokens.length && ctx.doc.tokens[j]!.start < m!.end; j++)
    if (ctx.owner[j] === k) ctx.owner[j] = -1;
}

/** An aide or a lawyer of someone named ("адвокат Насира"): a source, and an unnamed speaker a pronoun may take up. */
function someoneElse(ctx: QuoteContext, g: NounGroup, verbGender: Gender | null): Resolved {
  const gender = verbGender === 'masc' || verbGender === 'femn' ? verbGender : g.gender;
  return { person: -1, source: groupText(ctx, g), unnamed: { gender } };
}

/** Whether a role mention's noun names a body ("пресс-служба"), not a person: an inanimate source noun. */
function body(t: Token): boolean {
  const r = t.morph.find((p) => p.pos === 'NOUN');
  return r !== undefined && !r.tags.has('anim') && SOURCE_NOUNS.has(r.lemma) && !INFORMANT_NOUNS.has(r.lemma);
}

/** Whether a noun names a person or a personified informant ("представитель", "источник"), not a body. */
function animate(t: Token): boolean {
  const r = t.morph.find((p) => p.pos === 'NOUN');
  return r !== undefined && (r.tags.has('anim') || INFORMANT_NOUNS.has(r.lemma));
}

/**
 * Whether the group's anchor is a role mention whose genitive complement is another mention of the
 * same person, a role noun in the genitive: a noun and its genitive complement never name one
 * person, so the noun is someone else (an apposition, "премьер-министр Махатхир Мохамад", is not a complement).
 */
function headOfOwnComplement(ctx: QuoteContext, g: NounGroup): boolean {
  const doc = ctx.doc;
  const k = g.person;
  const a = doc.tokens[g.anchor]!;
  const own = ctx.people[k]?.mentions.find((m) => m.start <= a.start && m.end >= a.end);
  if (!own || own.kind !== 'role') return false;
  const next = doc.tokenAt(own.end);
  const t = doc.tokens[next];
  if (!t || t.kind !== 'word' || ctx.owner[next] !== k) return false;
  const mention = ctx.people[k]!.mentions.find((m) => m.start <= t.start && m.end >= t.end);
  return (
    mention !== undefined &&
    mention !== own &&
    mention.kind === 'role' &&
    t.morph.some((p) => p.case === 'gent') &&
    !t.morph.some((p) => p.case === 'nomn' && p.number !== 'plur')
  );
}

/**
 * The person a 'person' group anchored on a role mention stands for: the person it was given to,
 * unless that person's stated role (apposition) does not share the noun and exactly one other
 * person's, of a gender the verb agrees with, does ("Президент" given to the chairman, the article
 * naming "президент Казахстана Нурсултан Назарбаев").
 */
function statedHolder(
  ctx: QuoteContext,
  state: SpeakerState,
  g: NounGroup,
  verbGender: Gender | null,
): number {
  const k = g.person;
  const a = ctx.doc.tokens[g.anchor]!;
  const own = ctx.people[k]?.mentions.find((m) => m.start <= a.start && m.end >= a.end);
  if (!own || own.kind !== 'role') return k;
  // "председатель ЧСДП Соботка": the group names its person
  for (let t = g.first; t <= g.last; t++) {
    const tok = ctx.doc.tokens[t]!;
    if (ctx.people[k]!.mentions.some((m) => m.kind === 'name' && m.start <= tok.start && m.end >= tok.end))
      return k;
  }
  const head = fold(a.morph[0]?.lemma ?? a.norm);
  // a person the article gives another office is someone else; one given no office only when
  // the group repeats more of the other's office than its noun ("президент Эквадора", not "Папа")
  const given = roleHead(ctx.people[k]!.role);
  if (given === head) return k;
  const needed = given === null ? 2 : 1;
  const words = stems(groupText(ctx, g));
  let best = -1;
  let bestScore = 0;
  let tie = false;
  ctx.people.forEach((p, j) => {
    if (j === k || roleHead(p.role) !== head || !compatible(ctx.genders[j] ?? null, verbGender)) return;
    const rs = stems(p.role ?? '');
    let score = 0;
    for (const w of words) if (rs.has(w)) score++;
    if (score > bestScore) {
      bestScore = score;
      best = j;
      tie = false;
    } else if (score === bestScore) tie = true;
  });
  if (best >= 0 && !tie && bestScore >= needed) return best;
  if (best < 0) {
    // "Китайский лидер отметил" given to Маркс, who never spoke, right after Си Цзиньпин's words:
    // the office nobody holds in the article goes on with the speaker in view
    const para = ctx.doc.tokens[g.first]!.paragraph;
    const last = continuingSpeaker(state, para);
    if (last >= 0 && last !== k && !state.spoken.has(k) && compatible(ctx.genders[last] ?? null, verbGender))
      return last;
  }
  return k;
}

/** The lemma of a stated role's head noun, its first noun in the nominative ("главный менеджер фестиваля" -> "менеджер"). */
function roleHead(role: string | null): string | null {
  if (!role) return null;
  const known = roleHeads.get(role);
  if (known !== undefined) return known;
  let head: string | null = null;
  for (const w of role.split(/\s+/u)) {
    const r = analyseWord(w).find((p) => p.pos === 'NOUN' && p.case === 'nomn');
    if (r) {
      head = fold(r.lemma);
      break;
    }
  }
  // asked for every person at every quote a role noun introduces: kept per role, bounded
  if (roleHeads.size >= MAX_ROLE_HEADS) roleHeads.clear();
  roleHeads.set(role, head);
  return head;
}

const roleHeads = new Map<string, string | null>();
const MAX_ROLE_HEADS = 10_000;

/** Whether a role group names its holder through another person: "пресс-секретарь главы государства". */
function ofAnotherPerson(ctx: QuoteContext, g: NounGroup): boolean {
  for (let k = g.anchor + 1; k <= g.last; k++) {
    const t = ctx.doc.tokens[k]!;
    // "автор «Диких сердцем»": a title is no person
    if (ctx.pairOpenedAt[k]! >= 0) return false;
    if (ctx.owner[k]! >= 0 || t.upper) return ctx.owner[k]! >= 0 || t.morph.some((p) => p.tags.has('anim'));
    if (t.morph.some((p) => p.pos === 'NOUN' && ROLE_NOUNS.has(p.lemma))) return true;
  }
  return false;
}

/**
 * The person a role group names: one whose role ("председатель КНР") or a role
 * mention ("китайский лидер") shares the group's head noun; the most shared words win, then the
 * nearest mention. -1 when none, or when two people tie.
 */
function roleHolder(ctx: QuoteContext, g: NounGroup): number {
  const anchor = ctx.doc.tokens[g.anchor]!;
  const head = (anchor.morph[0]?.lemma ?? anchor.norm).replace(/ё/g, 'е').slice(0, STEM_LENGTH);
  const words = stems(groupText(ctx, g));
  let best = -1;
  let bestScore = 0;
  let tie = false;
  for (const k of peopleIndex(ctx).calledBy(head)) {
    const p = ctx.people[k]!;
    const roles = [p.role ?? '', ...p.mentions.filter((m) => m.kind === 'role').map((m) => m.text)];
    for (const r of roles) {
      const rs = stems(r);
      if (!rs.has(head)) continue;
      let score = 0;
      for (const w of words) if (rs.has(w)) score++;
      if (score > bestScore) {
        bestScore = score;
        best = k;
        tie = false;
      } else if (score === bestScore && k !== best) tie = true;
    }
  }
  return tie ? -1 : best;
}

/**
 * The last speaker when it is still in view (this or the previous paragraph), for unattributed
 * quotes; UNNAMED when that was someone the article does not name.
 */
export function continuingSpeaker(state: SpeakerState, paragraph: number): number {
  if (state.lastSpeaker !== -1 && paragraph - state.lastParagraph <= 1) return state.lastSpeaker;
  return -1;
}

/**
 * The person a quotation standing alone at `offset` belongs to when no named speaker is in view:
 * the one person the sentence right before it names, when that sentence opens with their name
 * ("Стивен Бенджамин, адвокат из Ричмонда, является президентом … «Обвинение обязано …»"). The
 * quotation must open its own sentence; -1 otherwise.
 */
export function introducedSpeaker(ctx: QuoteContext, offset: number): number {
  const doc = ctx.doc;
  const open = doc.tokenAt(offset) - 1;
  const tok = doc.tokens[open];
  if (!tok) return -1;
  const s = doc.sentences[tok.sentence]!;
  if (s.firstToken !== open || tok.sentence === 0) return -1;
  const prev = doc.sentences[tok.sentence - 1]!;
  const k = ctx.owner[prev.firstToken]!;
  if (k < 0) return -1;
  const a = doc.tokens[prev.firstToken]!;
  if (!ctx.people[k]!.mentions.some((m) => m.kind === 'name' && m.start === a.start)) return -1;
  for (let t = prev.firstToken; t < prev.endToken; t++) {
    const o = ctx.owner[t]!;
    if (o >= 0 && o !== k) return -1;
  }
  return k;
}

/** Records who spoke last, for the anaphors and unattributed quotes that follow. */
export function noteSpeaker(state: SpeakerState, r: Resolved, paragraph: number, at: number): void {
  if (r.person < 0 && !r.unnamed) return;
  if (r.person >= 0) state.spoken.add(r.person);
  state.lastSpeaker = r.person >= 0 ? r.person : UNNAMED;
  state.lastGender = r.person >= 0 ? null : (r.unnamed?.gender ?? null);
  state.lastParagraph = paragraph;
  state.lastAt = at;
}

/** The text of a group, without surrounding quotation marks. */
export function groupText(ctx: QuoteContext, g: NounGroup): string {
  const a = ctx.doc.tokens[g.first]!.start;
  const b = ctx.doc.tokens[g.last]!.end;
  return ctx.doc.text
    .slice(a, b)
    .replace(/^[«"„“]+|[»"“”]+$/gu, '')
    .trim();
}

/** The verb a person is the subject of tells their gender better than the name's guessed reading. */
function learnGender(ctx: QuoteContext, k: number, g: Gender | null): void {
  if (k >= 0 && (g === 'masc' || g === 'femn')) ctx.genders[k] = g;
}

/**
 * The person an anaphor at `offset` refers to: the last speaker if compatible and in view, else the
 * person with the nearest compatible mention in this or the previous paragraph.
 */
function antecedent(
  ctx: QuoteContext,
  state: SpeakerState,
  offset: number,
  gender: Gender | null,
  pronoun: boolean,
): number {
  const doc = ctx.doc;
  const t = doc.tokenAt(offset);
  const para = doc.tokens[t]?.paragraph ?? 0;
  const last = continuingSpeaker(state, para);
  // "Это подтвердил один из участников встречи. «…», — сказал он.": the unnamed speaker again,
  // unless a person who fits was named since ("… Хамдалла сформировал правительство. Он заявил")
  // (a pronoun only: "новый министр" after an unnamed informant is the minister named before)
  if (pronoun && last === UNNAMED && compatible(state.lastGender, gender))
    return namedSince(ctx, state.lastAt, offset, gender);
  if (last >= 0 && compatible(ctx.genders[last] ?? null, gender)) {
    // "«…», — сказал Петров. Иванов не согласился с ним. Он заявил, что …": the subject of the
    // sentence before the pronoun's, named after the last speaker spoke, is whom "он" takes up
    const other = pronoun ? previousSubject(ctx, t, state.lastAt) : -1;
    if (other >= 0 && other !== last && compatible(ctx.genders[other] ?? null, gender)) return other;
    return last;
  }
  // "Гай Ричи не может …, так как, по его мнению, …": the subject named earlier in the sentence
  // before a nearer name in another case
  const subject = pronoun ? sentenceSubject(ctx, t, gender) : -1;
  if (subject >= 0) return subject;
  const floor = doc.paragraphs[Math.max(0, para - 1)]?.start ?? 0;
  return mentionIndex(ctx).latestBefore(
    floor,
    offset,
    (k, m) => m.kind !== 'pronoun' && compatible(ctx.genders[k] ?? null, gender),
  );
}

/**
 * The person named first in token t's sentence, before t, in a form that can be a nominative and
 * of a compatible gender; -1 when none.
 */
function sentenceSubject(ctx: QuoteContext, t: number, gender: Gender | null): number {
  const doc = ctx.doc;
  const s = doc.sentences[doc.tokens[t]?.sentence ?? 0];
  if (!s) return -1;
  for (let j = s.firstToken; j < t; j++) {
    const k = ctx.owner[j]!;
    if (k < 0) continue;
    const tok = doc.tokens[j]!;
    const m = ctx.people[k]!.mentions.find((x) => x.start <= tok.start && x.end >= tok.end);
    if (!m || m.kind !== 'name') return -1;
    const nominative = tok.morph.length === 0 || tok.morph.some((p) => p.case === null || p.case === 'nomn');
    return nominative && compatible(ctx.genders[k] ?? null, gender) ? k : -1;
  }
  return -1;
}

/**
 * The person whose name opens the sentence before token t's, when that sentence starts after
 * offset `after` and names nobody else; -1 otherwise.
 */
function previousSubject(ctx: QuoteContext, t: number, after: number): number {
  const doc = ctx.doc;
  const s = doc.tokens[t]?.sentence ?? 0;
  if (s === 0) return -1;
  const prev = doc.sentences[s - 1]!;
  if (prev.start < after) return -1;
  const k = ctx.owner[prev.firstToken]!;
  if (k < 0) return -1;
  const first = doc.tokens[prev.firstToken]!;
  if (!ctx.people[k]!.mentions.some((m) => m.kind === 'name' && m.start === first.start)) return -1;
  for (let j = prev.firstToken; j < prev.endToken; j++)
    if (ctx.owner[j]! >= 0 && ctx.owner[j] !== k) return -1;
  return k;
}

/** The person with the nearest compatible name mention in [from, offset), or -1. */
function namedSince(ctx: QuoteContext, from: number, offset: number, gender: Gender | null): number {
  return mentionIndex(ctx).latestBefore(
    from,
    offset,
    (k, m) => m.kind === 'name' && compatible(ctx.genders[k] ?? null, gender),
  );
}

/** Adds a mention to person k unless one already covers those tokens. */
function addMention(ctx: QuoteContext, k: number, first: number, last: number, kind: Mention['kind']): void {
  const doc = ctx.doc;
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  const p = ctx.people[k]!;
  if (mentionIndex(ctx).overlaps(start, end)) return;
  const m: Mention = { start, end, text: doc.text.slice(start, end), kind };
  p.mentions.push(m);
  p.mentions.sort((a, b) => a.start - b.start);
  mentionIndex(ctx).add(k, m);
  if (kind === 'role') peopleIndex(ctx).addRole(k, m.text);
  markOwner(doc, ctx.owner, start, end, k);
}

/**
 * The person a name group stands for: a person the people extractor found that shares a name word
 * with the group, else -1. The quotes extractor never makes up a person of its own: a name the
 * people extractor did not take for a person leaves the quote without a speaker.
 */
function personForName(ctx: QuoteContext, g: NounGroup): number {
  const doc = ctx.doc;
  let firstName = -1;
  let lastName = -1;
  const keys = new Set<string>();
  for (let k = g.first; k <= g.last; k++) {
    if (!looseName(ctx, k)) {
      if (firstName >= 0) break;
      continue;
    }
    if (firstName < 0) firstName = k;
    lastName = k;
    const t = doc.tokens[k]!;
    keys.add(t.norm).add(fold(g.nominative ? t.text : nominative(t)));
    for (const r of t.morph) if (r.name !== null) keys.add(fold(r.lemma));
  }
  if (firstName < 0) return -1;
  // the person sharing the surname (the name's last word) first, then the most name words
  let k = -1;
  let best = 0;
  const index = peopleIndex(ctx);
  for (const j of index.namedBy(keys)) {
    const words = index.nameWords[j]!;
    const score = words.reduce((n, w, at) => n + (keys.has(w) ? (at === words.length - 1 ? 2 : 1) : 0), 0);
    if (score > best) {
      best = score;
      k = j;
    }
  }
  if (k >= 0) addMention(ctx, k, firstName, lastName, 'name');
  return k;
}

const fold = (w: string): string => w.toLowerCase().replace(/ё/g, 'е');

/** A name word in the nominative: its name reading's lemma, capitalised, or the word as written. */
function nominative(t: Token): string {
  for (const [ending, nom] of SURNAME_ENDINGS) {
    if (t.text.length > ending.length + 2 && t.text.endsWith(ending))
      return t.text.slice(0, -ending.length) + nom;
  }
  const r = t.morph.find((p) => p.name !== null) ?? t.morph[0];
  if (!r || r.case === 'nomn' || r.case === null || r.tags.has('Fixd')) return t.text;
  if (t.morph.some((p) => p.case === 'nomn' && (p.name !== null || p.guessed))) return t.text;
  let lemma = r.lemma;
  if (r.gender === 'femn' && r.name === 'surname' && /(?:ов|ев|ин)$/u.test(lemma)) lemma += 'а';
  return lemma.charAt(0).toUpperCase() + lemma.slice(1);
}

/**
 * Oblique endings of Russian-style surnames and their nominative ("Карабаева" -> "Карабаев"), for
 * names found outside the nominative ("по словам Карабаева"); the guesser often misreads them.
 */
const SURNAME_ENDINGS: readonly (readonly [string, string])[] = [
  ['ского', 'ский'],
  ['цкого', 'цкий'],
  ['овой', 'ова'],
  ['евой', 'ева'],
  ['иной', 'ина'],
  ['ова', 'ов'],
  ['ева', 'ев'],
  ['ёва', 'ёв'],
  ['ина', 'ин'],
  ['ына', 'ын'],
];
