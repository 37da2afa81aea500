// People named in the document: name constructions find mentions, single words are admitted on
// evidence, mentions merge into people named in the nominative, appositions give roles, and role
// nouns that refer back to someone become role mentions.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import type { Mention, Person } from '../../document/record/types.js';
import type { Extracted } from '../../document/extracted.js';
import { resolveRoleNouns, type CorefTarget } from './coref.js';
import { surnameKey } from './declension.js';
import { nameFeatures } from './features.js';
import { attachSingles, mergeMultiWord, nameOf, setMentionSex, type PersonDraft } from './merge.js';
import type { NameMention } from './mention.js';
import { latinAlias } from './latin-alias.js';
import { NAME_PATTERNS, type ScanContext } from './name-patterns.js';
import { roleAfter, roleBefore, type Apposition } from './roles.js';
import { singleNames } from './single-names.js';
import { extend } from '../../document/extend.js';

/** Multi-word name mentions, left to right, never overlapping. */
function multiWordMentions(ctx: ScanContext, taken: Uint8Array): NameMention[] {
  const out: NameMention[] = [];
  const n = ctx.doc.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!ctx.f[i]!.cap) continue;
    for (const pattern of NAME_PATTERNS) {
      const m = pattern(ctx, i);
      if (!m) continue;
      out.push(m);
      for (let k = m.from; k < m.to; k++) taken[k] = 1;
      i = m.to - 1;
      break;
    }
  }
  return out;
}

function sexOfPatronymic(ctx: ScanContext, m: NameMention): 'masc' | 'femn' | null {
  return m.patronymicTok !== null ? ctx.f[m.patronymicTok]!.patronymic : null;
}

/** Roles from appositions, with a plural role noun shared along a coordination ("Депутаты А и Б"). */
function appositions(doc: AnalysedDoc, mentions: readonly NameMention[]): Map<NameMention, Apposition> {
  const out = new Map<NameMention, Apposition>();
  let shared: { app: Apposition; to: number } | null = null;
  for (const m of mentions) {
    let app: Apposition | undefined = roleBefore(doc, m) ?? undefined;
    if (!app && shared) {
      const between = doc.tokens.slice(shared.to, m.from).map((t) => t.norm);
      const sharedApp: Apposition = shared.app;
      if (between.length === 1 && (between[0] === 'и' || between[0] === ','))
        app = extend(sharedApp, { nounTok: null });
    }
    app ??= roleAfter(doc, m) ?? undefined;
    if (app) out.set(m, app);
    const keep: boolean =
      app !== undefined && (app.plural || (shared !== null && app.role === shared.app.role));
    shared = keep && app ? { app, to: m.to } : null;
  }
  return out;
}

/** Every person the document names, mentions merged, names in the nominative. */
export function extractPeople(doc: AnalysedDoc): Extracted<Person> {
  const ctx: ScanContext = { doc, f: nameFeatures(doc) };
  const taken = new Uint8Array(doc.tokens.length);
  const multi = multiWordMentions(ctx, taken);
  for (const m of multi) setMentionSex(doc, m, sexOfPatronymic(ctx, m));
  const drafts: PersonDraft[] = mergeMultiWord(doc, multi);

  const surnameKeys = new Set<string>();
  const firstNames = new Set<string>();
  for (const m of multi) {
    const last = m.surnameToks[m.surnameToks.length - 1];
    if (last !== undefined && m.initials === null && m.firstTok !== null)
      surnameKeys.add(surnameKey(doc.tokens[last]!.text));
    if (last !== undefined && m.initials !== null) surnameKeys.add(surnameKey(doc.tokens[last]!.text));
    for (const f of m.firsts) firstNames.add(f.nom);
  }
  const singles = singleNames(ctx, taken, { surnameKeys, firstNames });
  for (const m of singles) setMentionSex(doc, m, null);
  attachSingles(doc, drafts, singles);
  // a person known only from weak evidence needs to be named twice
  for (let k = drafts.length - 1; k >= 0; k--) {
    const p = drafts[k]!;
    if (p.mentions.length < 2 && p.mentions.every((m) => m.weak)) drafts.splice(k, 1);
  }
  for (const p of drafts) {
    const aliases = p.mentions.map((m) => latinAlias(doc, m)).filter((a): a is NameMention => a !== null);
    p.mentions.push(...aliases);
  }

  // roles: the first apposition of each person
  const apps = appositions(
    doc,
    [...multi, ...singles].sort((a, b) => a.start - b.start),
  );
  const roleOf = new Map<PersonDraft, Apposition>();
  const roleMentions = new Map<PersonDraft, Mention[]>();
  const usedRoleToks = new Set<number>();
  for (const p of drafts) {
    roleMentions.set(p, []);
    for (const m of p.mentions) {
      const app = apps.get(m);
      if (!app) continue;
      if (!roleOf.has(p)) roleOf.set(p, app);
      if (app.nounTok !== null) {
        const t = doc.tokens[app.nounTok]!;
        usedRoleToks.add(app.nounTok);
        roleMentions
          .get(p)!
          .push({ start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), kind: 'role' });
      } else {
        for (let k = m.from - 1; k >= 0 && k >= m.from - 10; k--)
          if (doc.tokens[k]!.sentence === doc.tokens[m.from]!.sentence) usedRoleToks.add(k);
      }
    }
  }

  const targets: CorefTarget[] = drafts.map((p) => {
    const all = [...p.mentions.map((m) => m.start), ...roleMentions.get(p)!.map((m) => m.start)].sort(
      (a, b) => a - b,
    );
    return {
      sex: p.sex,
      role: roleOf.get(p)?.role ?? null,
      head: roleOf.get(p)?.head ?? null,
      starts: all,
      sentences: all.map((s) => doc.tokens[doc.tokenAt(s)]!.sentence),
    };
  });
  for (const ref of resolveRoleNouns(doc, targets, usedRoleToks)) {
    const t = doc.tokens[ref.tok]!;
    roleMentions
      .get(drafts[ref.person]!)!
      .push({ start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), kind: 'role' });
  }

  const people = drafts.map((p) => {
    const names: Mention[] = p.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: doc.text.slice(m.start, m.end),
      kind: 'name',
    }));
    const mentions = [...names, ...roleMentions.get(p)!].sort((a, b) => a.start - b.start || a.end - b.end);
    return { name: nameOf(doc, p), role: roleOf.get(p)?.role ?? null, mentions };
  });
  people.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const items: Person[] = people.map((p, k) => ({
    id: `p${k + 1}`,
    name: p.name,
    role: p.role,
    quoted: false,
    mentions: p.mentions,
  }));
  return { items, warnings: [] };
}
