// Merges name mentions into people: one person per real person, whatever case or shape each
// mention has ("Ерлан Саиров", "Саирова", "Е. Саиров"), and names each person in the nominative.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import {
  declineName,
  patronymicNominative,
  surnameKey,
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
  const verb = predicateSex(doc, m.from, m.to);
  m.sex = own ?? verb;
  m.sexFromVerb = own === null && verb !== null;
  m.hint = caseHint(doc, m);
}

/** Nominative or oblique, as the first name's form shows when the name declines ("Ерлана" vs "Ерлан"). */
function caseHint(doc: AnalysedDoc, m: NameMention): CaseHint {
  if (m.firstTok === null) return null;
  const first = firstFor(m, m.sex);
  const reading = m.firsts.find((f) => f.nom === first);
  if (!first || !reading) return null;
  if (declineName(first, reading.sex).length < 2) return null;
  const norm = doc.tokens[m.firstTok]!.norm;
  return norm === first.toLowerCase().replace(/ё/g, 'е') ? 'nomn' : { ending: norm.slice(-1) };
}

/** The key under which mentions of one surname meet. */
export function mentionKey(doc: AnalysedDoc, m: NameMention): string | null {
  const last = m.surnameToks[m.surnameToks.length - 1];
  return last === undefined ? null : surnameKey(doc.tokens[last]!.text);
}

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
    if (bestP) absorb(doc, bestP, m);
    else people.push(draftOf(doc, m));
  }
}

/** Whether the single surname form can be a case form of the person's surname for their sex. */
function explainsForm(doc: AnalysedDoc, p: PersonDraft, m: NameMention): boolean {
  if (!p.sex) return true;
  const form = doc.tokens[m.surnameToks[0]!]!.text;
  const nom = surnameOf(doc, p);
  return nom === null || surnameNominatives(form, p.sex).some((c) => c.toLowerCase() === nom.toLowerCase());
}

/** The person's surname in the nominative, chosen to explain every form the article uses. */
export function surnameOf(doc: AnalysedDoc, p: PersonDraft): string | null {
  const sex = p.sex ?? 'masc';
  const support = new Map<string, { n: number; order: number; text: string }>();
  let order = 0;
  for (const m of p.mentions) {
    if (m.surnameToks.length === 0) continue;
    const words = m.surnameToks.map((i) => doc.tokens[i]!.text);
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
  let best: { n: number; order: number; text: string } | null = null;
  for (const s of support.values())
    if (!best || s.n > best.n || (s.n === best.n && s.order < best.order)) best = s;
  return best?.text ?? null;
}

/** The fullest nominative name the article gives the person. */
export function nameOf(doc: AnalysedDoc, p: PersonDraft): string {
  const first = [...p.firsts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const patronymicTok = p.mentions.find((m) => m.patronymicTok !== null)?.patronymicTok ?? null;
  const patronymic = patronymicTok !== null ? patronymicNominative(doc.tokens[patronymicTok]!.text) : null;
  const surname = surnameOf(doc, p);
  const parts = first ? [first, patronymic, surname] : [p.initials, surname];
  const name = parts.filter((x): x is string => !!x).join(' ');
  const m0 = p.mentions[0]!;
  return name || doc.text.slice(m0.start, m0.end);
}
