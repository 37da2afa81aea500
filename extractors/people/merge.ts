// Merges name mentions into people: one person per real person, whatever case or shape each
// mention has ("Ерлан Саиров", "Саирова", "Е. Саиров"), and names each person in the nominative.
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { AnalysedDoc } from '../../document/analyse/index.js';
import {
  declineName,
  patronymicNominative,
  surnameKey,
  sharedCase,
  surnameNominatives,
  type CaseHint,
  type Sex,
} from './declension.js';
import type { FirstReading } from './features.js';
import { predicateSex } from './gender.js';
import type { NameMention } from './mention.js';

/** A person being assembled from mentions. */
export interface PersonDraft {
  mentions: NameMention[];
  sex: Sex | null;
  /** nominative first names seen, most frequent first */
  firsts: Map<string, number>;
  surnameKey: string | null;
  initials: string | null;
}

/** The sex the shape of a surname form tells, when it does ("Саиров" a man, "Саировой" a woman). */
export function surnameSex(norm: string): Sex | null {
  if (/(ов|ев|ин|ын|ский|цкий|ской)$/.test(norm)) return 'masc';
  if (/(ская|цкая|овой|евой|иной|ыной|овна|евна|ична)$/.test(norm)) return 'femn';
  if (/(овым|евым|иным|ыным|ского|цкого|скому|цкому)$/.test(norm)) return 'masc';
  return null;
}

function uniqueSex(firsts: readonly FirstReading[]): Sex | null {
  const sexes = new Set(firsts.map((f) => f.sex));
  return sexes.size === 1 ? [...sexes][0]! : null;
}

/** Decides the sex of each mention from its own words and its verb. */
export function setMentionSex(doc: AnalysedDoc, m: NameMention, patronymicSex: Sex | null): void {
  const lastSurname = m.surnameToks[m.surnameToks.length - 1];
  const own =
    patronymicSex ??
    uniqueSex(m.firsts) ??
    (lastSurname !== undefined ? surnameSex(doc.tokens[lastSurname]!.norm) : null);
  m.sex = own;
  const hint = caseHint(doc, m);
  if (own === null && hint !== null && hint !== 'nomn' && m.firstTok !== null) {
    // an oblique form names the sex whose declension it belongs to ("имени Евгения" is his genitive)
    const norm = doc.tokens[m.firstTok]!.norm;
    const oblique = m.firsts.filter((f) => fold(f.nom) !== norm && declineName(f.nom, f.sex).includes(norm));
    const sexes = new Set(oblique.map((f) => f.sex));
    if (sexes.size === 1) m.sex = [...sexes][0]!;
  }
  // a name in an oblique case is not the subject: the verb says nothing of its sex
  const verb = hint !== null && hint !== 'nomn' ? null : predicateSex(doc, m.from, m.to);
  m.sex ??= verb;
  m.sexFromVerb = own === null && verb !== null;
  m.hint = verb !== null ? caseHint(doc, m) : hint;
}

/**
 * The tokens of a name read as its non-first-name words: the surname's, and, when no first name or
 * initials were recognised, every word before it too ("Вима Вендерса", "Ходжатолла Ганимифард":
 * a given name in no list is still part of the name).
 */
export function surnameWords(doc: AnalysedDoc, m: NameMention): number[] {
  const first = m.surnameToks[0];
  if (first === undefined || m.firstTok !== null || m.initials !== null || m.shape !== 'full')
    return m.surnameToks;
  const lead: number[] = [];
  for (let k = m.from; k < first; k++) if (doc.tokens[k]!.kind === 'word') lead.push(k);
  return [...lead, ...m.surnameToks];
}

/** Nominative or oblique, as the first name's form shows when the name declines ("Ерлана" vs "Ерлан"). */
function caseHint(doc: AnalysedDoc, m: NameMention): CaseHint {
  if (afterImeni(doc, m)) return { ending: 'а' };
  if (m.firstTok === null) {
    const words = surnameWords(doc, m);
    return m.initials === null && words.length > 1 ? sharedCase(words.map((i) => doc.tokens[i]!.text)) : null;
  }
  const first = firstFor(m, m.sex);
  const reading = m.firsts.find((f) => f.nom === first);
  if (!first || !reading) return null;
  if (declineName(first, reading.sex).length < 2) return null;
  const norm = doc.tokens[m.firstTok]!.norm;
  return norm === first.toLowerCase().replace(/ё/g, 'е') ? 'nomn' : { ending: norm.slice(-1) };
}

/** Whether the name follows "имени"/"им." ("Театр имени Евгения Вахтангова"): it is then in the genitive. */
function afterImeni(doc: AnalysedDoc, m: NameMention): boolean {
  let k = m.from - 1;
  if (doc.tokens[k]?.text === '.') k--;
  const prev = doc.tokens[k];
  return prev !== undefined && prev.sentence === doc.tokens[m.from]!.sentence && IMENI.has(prev.norm);
}

/** The key under which mentions of one surname meet. */
export function mentionKey(doc: AnalysedDoc, m: NameMention): string | null {
  const last = m.surnameToks[m.surnameToks.length - 1];
  return last === undefined ? null : surnameKey(doc.tokens[last]!.text);
}

const fold = (x: string): string => x.toLowerCase().replace(/ё/g, 'е');
const IMENI = new Set(['имени', 'им']);

function firstFor(m: NameMention, sex: Sex | null): string | null {
  const readings = sex ? m.firsts.filter((f) => f.sex === sex) : m.firsts;
  return (readings[0] ?? m.firsts[0])?.nom ?? null;
}

function compatible(doc: AnalysedDoc, p: PersonDraft, m: NameMention): boolean {
  if (p.sex && m.sex && p.sex !== m.sex) return false;
  const key = mentionKey(doc, m);
  if (key !== null && p.surnameKey !== null && key !== p.surnameKey) return false;
  const first = firstFor(m, p.sex ?? m.sex);
  if (first && p.firsts.size > 0 && !p.firsts.has(first)) return false;
  const letter = m.initials?.[0] ?? first?.[0];
  const other = p.initials?.[0] ?? [...p.firsts.keys()][0]?.[0];
  if (letter && other && letter !== other) return false;
  return true;
}

function absorb(doc: AnalysedDoc, p: PersonDraft, m: NameMention): void {
  p.mentions.push(m);
  if (!m.sexFromVerb || p.mentions.length === 1) p.sex ??= m.sex;
  p.surnameKey ??= mentionKey(doc, m);
  p.initials ??= m.initials;
  const first = firstFor(m, p.sex);
  if (first) p.firsts.set(first, (p.firsts.get(first) ?? 0) + 1);
}

function draftOf(doc: AnalysedDoc, m: NameMention): PersonDraft {
  const p: PersonDraft = { mentions: [], sex: null, firsts: new Map(), surnameKey: null, initials: null };
  absorb(doc, p, m);
  return p;
}

/** Groups multi-word mentions (given in text order) into people. */
export function mergeMultiWord(doc: AnalysedDoc, mentions: readonly NameMention[]): PersonDraft[] {
  const people: PersonDraft[] = [];
  for (const m of mentions) {
    const key = mentionKey(doc, m);
    const match = people.find(
      (p) => compatible(doc, p, m) && (key !== null ? p.surnameKey === key : p.firsts.size > 0),
    );
    if (match) absorb(doc, match, m);
    else people.push(draftOf(doc, m));
  }
  return people;
}

/** Attaches single-word mentions to the person they most likely name, or starts new people. */
export function attachSingles(
  doc: AnalysedDoc,
  people: PersonDraft[],
  singles: readonly NameMention[],
): void {
  for (const m of singles) {
    const key = mentionKey(doc, m);
    let bestP: PersonDraft | null = null;
    let bestScore = Infinity;
    for (const p of people) {
      if (m.shape === 'surname' ? p.surnameKey !== key : !m.firsts.some((f) => p.firsts.has(f.nom))) continue;
      if (p.sex && m.sex && p.sex !== m.sex && !m.sexFromVerb) continue;
      if (m.shape === 'surname' && !explainsForm(doc, p, m)) continue;
      // the nearest mention before this one wins; a person named only later comes second
      let score = Infinity;
      for (const pm of p.mentions) {
        const d = pm.start <= m.start ? m.start - pm.start : 1e9 + pm.start - m.start;
        if (d < score) score = d;
      }
      if (score < bestScore) {
        bestScore = score;
        bestP = p;
      }
    }
    if (!bestP && m.shape === 'surname') {
      bestP = variantOf(doc, people, m);
      // another spelling does not vote on the person's name
      if (bestP) m.variant = true;
    }
    if (bestP) absorb(doc, bestP, m);
    else people.push(draftOf(doc, m));
  }
}

/** How alike two spellings of a surname must be to be one name ("Бэкхем" / "Бекхэм"). */
const VARIANT_SIMILARITY = 0.93;
const spelling = (x: string): string => fold(x).replace(/э/g, 'е');

/**
 * The person a single surname names in another spelling ("Бэкхем" for "Дэвид Бекхэм", "Капричков"
 * for "Борис Карпичков"), by Jaro-Winkler similarity to the person's surname; the nearest person
 * before the mention among the most similar.
 */
function variantOf(doc: AnalysedDoc, people: readonly PersonDraft[], m: NameMention): PersonDraft | null {
  const form = doc.tokens[m.surnameToks[0]!]!.text;
  if (form.length < 5) return null;
  let best: PersonDraft | null = null;
  let bestSim = VARIANT_SIMILARITY;
  let bestStart = -1;
  for (const p of people) {
    if (p.sex && m.sex && p.sex !== m.sex && !m.sexFromVerb) continue;
    if (p.mentions.every((pm) => pm.shape === 'surname' || pm.shape === 'alias')) continue;
    const last = surnameOf(doc, p)?.split(' ').pop();
    if (!last || last.length < 5) continue;
    const target = spelling(last);
    const sim = Math.max(
      jaroWinkler(spelling(form), target),
      ...surnameNominatives(form, p.sex ?? 'masc').map((c) => jaroWinkler(spelling(c), target)),
    );
    const start = Math.max(-1, ...p.mentions.filter((pm) => pm.start < m.start).map((pm) => pm.start));
    if (sim > bestSim || (sim === bestSim && start > bestStart)) {
      best = p;
      bestSim = sim;
      bestStart = start;
    }
  }
  return best;
}

/** Whether the single surname form can be a case form of the person's surname for their sex. */
function explainsForm(doc: AnalysedDoc, p: PersonDraft, m: NameMention): boolean {
  if (!p.sex) return true;
  const form = doc.tokens[m.surnameToks[0]!]!.text;
  const nom = surnameOf(doc, p);
  // the surname proper: the name's last word ("Никлас Лидстрём" -> "Лидстрём")
  const last = nom?.split(' ').pop() ?? null;
  return last === null || surnameNominatives(form, p.sex).some((c) => fold(c) === fold(last));
}

/** The person's surname in the nominative, chosen to explain every form the article uses. */
export function surnameOf(doc: AnalysedDoc, p: PersonDraft): string | null {
  const sex = p.sex ?? 'masc';
  const support = new Map<string, { n: number; order: number; text: string }>();
  let order = 0;
  for (const m of p.mentions) {
    if (m.surnameToks.length === 0 || m.variant) continue;
    const words = surnameWords(doc, m).map((i) => doc.tokens[i]!.text);
    const hint = m.hint ?? null;
    const head = words
      .slice(0, -1)
      .map((w) => (/^\p{Lu}/u.test(w) ? (surnameNominatives(w, sex, hint)[0] ?? w) : w));
    const cands = surnameNominatives(words[words.length - 1]!, sex, hint);
    // the dictionary's lemma (known or guessed) backs one candidate: "Кубрика" -> "Кубрик"
    const lastTok = doc.tokens[m.surnameToks[m.surnameToks.length - 1]!]!;
    const lemmas = new Map<string, number>();
    for (const r of lastTok.morph) {
      if (r.pos === 'NOUN' && (r.gender === sex || r.gender === null)) lemmas.set(r.lemma, r.guessed ? 1 : 2);
    }
    cands.forEach((c, rank) => {
      const bonus = lemmas.get(c.toLowerCase().replace(/ё/g, 'е'));
      if (bonus) {
        const k0 = [...head, c].join(' ').toLowerCase();
        const s0 = support.get(k0) ?? { n: 0, order: order++, text: [...head, c].join(' ') };
        s0.n += bonus;
        support.set(k0, s0);
      }
      const text = [...head, c].join(' ');
      const k = text.toLowerCase();
      const s = support.get(k) ?? { n: 0, order: order++, text };
      s.n += rank === 0 ? (hint ? 3 : 2) : 1;
      support.set(k, s);
    });
  }
  // the surname proper is voted on by every mention; the fullest reading with it is kept
  // ("Лидстрем" twice and "Никлас Лидстрём" once give "Никлас Лидстрём")
  const lastWord = (t: string): string => fold(t.split(' ').pop() ?? t);
  const votes = new Map<string, { n: number; order: number }>();
  for (const s of support.values()) {
    const k = lastWord(s.text);
    const v = votes.get(k) ?? { n: 0, order: s.order };
    v.n += s.n;
    v.order = Math.min(v.order, s.order);
    votes.set(k, v);
  }
  let bestKey: string | null = null;
  for (const [k, v] of votes) {
    const b = bestKey === null ? null : votes.get(bestKey)!;
    if (!b || v.n > b.n || (v.n === b.n && v.order < b.order)) bestKey = k;
  }
  let best: { n: number; order: number; text: string } | null = null;
  const words = (t: string): number => t.split(' ').length;
  for (const s of support.values()) {
    if (lastWord(s.text) !== bestKey) continue;
    // a fuller reading only stands in for a first name no list knows
    const fuller = p.firsts.size === 0 ? words(s.text) - (best ? words(best.text) : 0) : 0;
    if (!best || fuller > 0 || (fuller === 0 && (s.n > best.n || (s.n === best.n && s.order < best.order))))
      best = s;
  }
  return best?.text ?? null;
}

/** The fullest nominative name the article gives the person. */
export function nameOf(doc: AnalysedDoc, p: PersonDraft): string {
  const first = [...p.firsts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const patronymicTok = p.mentions.find((m) => m.patronymicTok !== null)?.patronymicTok ?? null;
  const patronymic = patronymicTok !== null ? patronymicNominative(doc.tokens[patronymicTok]!.text) : null;
  const surname = surnameOf(doc, p);
  // initials as Russian print spaces them: "Н. П. Старостин"
  const initials = p.initials?.replace(/\.(?=\S)/g, '. ') ?? null;
  const parts = first ? [first, patronymic, surname] : [initials, surname];
  const name = parts.filter((x): x is string => !!x).join(' ');
  const m0 = p.mentions[0]!;
  return name || doc.text.slice(m0.start, m0.end);
}
