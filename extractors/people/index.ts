// People named in the document: a learned tagger finds name mentions (reading the rules' name
// constructions and single-word hits as evidence), mentions merge into people named in the
// nominative, appositions give roles, and role nouns that refer back to someone become role mentions.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import type { Mention, Person } from '../../document/record/types.js';
import type { Extracted } from '../../document/extracted.js';
import { attachSingles, mergeMultiWord, nameOf, setMentionSex, type PersonDraft } from './merge.js';
import type { NameMention } from './mention.js';
import { latinAlias } from './latin-alias.js';
import type { ScanContext } from './name-patterns.js';
import { roleAfter, roleBefore, type Apposition } from './roles.js';
import { ruleMentions, tagPersons } from './tagger/index.js';
import { mentionsFromSpans } from './tagger/mentions.js';
import { extend } from '../../document/extend.js';
import { linkRoleMentions, type RolePerson } from './role-mentions/index.js';

function sexOfPatronymic(ctx: ScanContext, m: NameMention): 'masc' | 'femn' | null {
  return m.patronymicTok !== null ? ctx.f[m.patronymicTok]!.patronymic : null;
}

/** Roles from appositions, with a plural role noun shared along a coordination ("Депутаты А и Б"). */
function appositions(doc: AnalysedDoc, mentions: readonly NameMention[]): Map<NameMention, Apposition> {
  const out = new Map<NameMention, Apposition>();
  let shared: { app: Apposition; to: number } | null = null;
  // a name right before another is the possessor of the noun before both ("друга Путина Геннадия
  // Тимченко", "сын Баффета Говард"): the noun is the second one's role, not the first one's
  const starts = new Set(mentions.map((m) => m.from));
  for (const m of mentions) {
    const possessor = starts.has(m.to) && doc.tokens[m.to]!.start - doc.tokens[m.to - 1]!.end <= 1;
    let app: Apposition | undefined = possessor ? undefined : (roleBefore(doc, m) ?? undefined);
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

/** The people of a document before role mentions: name mentions merged, appositions found. */
export interface NamedPeople {
  drafts: PersonDraft[];
  /** the first apposition of each person */
  roleOf: Map<PersonDraft, Apposition>;
  /** each person's apposition nouns that name them alone ("министр" in "министр Ерулан Жамаубаев") */
  appTokens: Map<PersonDraft, Set<number>>;
}

/** The people a document names, with their name mentions and appositions. */
export function namedPeople(doc: AnalysedDoc): NamedPeople {
  // the tagger decides where names are; the rules' mentions give the parts of the names it shares
  const rules = ruleMentions(doc);
  const ctx: ScanContext = rules.ctx;
  const { multi, singles, aliasOf } = mentionsFromSpans(tagPersons(doc, rules), rules);
  for (const m of multi) setMentionSex(doc, m, sexOfPatronymic(ctx, m));
  const drafts: PersonDraft[] = mergeMultiWord(doc, multi);
  for (const m of singles) setMentionSex(doc, m, null);
  attachSingles(doc, drafts, singles);
  // a person known only from weak evidence needs to be named twice
  for (let k = drafts.length - 1; k >= 0; k--) {
    const p = drafts[k]!;
    if (p.mentions.length < 2 && p.mentions.every((m) => m.weak)) drafts.splice(k, 1);
  }
  for (const p of drafts) {
    const aliases = p.mentions
      .map((m) => aliasOf.get(m) ?? latinAlias(doc, m))
      .filter((a): a is NameMention => a !== null);
    p.mentions.push(...aliases);
  }

  // roles: the first apposition of each person
  const apps = appositions(
    doc,
    [...multi, ...singles].sort((a, b) => a.start - b.start),
  );
  const roleOf = new Map<PersonDraft, Apposition>();
  const appTokens = new Map<PersonDraft, Set<number>>();
  for (const p of drafts) {
    appTokens.set(p, new Set());
    for (const m of p.mentions) {
      const app = apps.get(m);
      if (!app) continue;
      if (!roleOf.has(p)) roleOf.set(p, app);
      if (app.nounTok !== null) appTokens.get(p)!.add(app.nounTok);
    }
  }
  return { drafts, roleOf, appTokens };
}

/** What the role-mention model reads about each person. */
export function rolePeople(named: NamedPeople): RolePerson[] {
  return named.drafts.map((p) => ({
    names: p.mentions.map((m) => ({ from: m.from, to: m.to })).sort((a, b) => a.from - b.from),
    sex: p.sex,
    appTokens: named.appTokens.get(p)!,
    head: named.roleOf.get(p)?.head ?? null,
    role: named.roleOf.get(p)?.role ?? null,
  }));
}

/** Every person the document names, mentions merged, names in the nominative. */
export function extractPeople(doc: AnalysedDoc): Extracted<Person> {
  const named = namedPeople(doc);
  const { drafts, roleOf } = named;
  // role mentions: a learned decision over the article's animate nouns (role-mentions/)
  const roleMentions = new Map<PersonDraft, Mention[]>(drafts.map((p) => [p, []]));
  for (const link of linkRoleMentions(doc, rolePeople(named))) {
    const t = doc.tokens[link.tok]!;
    roleMentions
      .get(drafts[link.person]!)!
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
