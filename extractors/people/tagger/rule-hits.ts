// The rule-based name finders run over a document: multi-word constructions first, then single
// words on the evidence they give. The tagger reads their hits as features; the people extractor
// reuses their mentions for the structure of a name (first name, patronymic, surname).
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { surnameKey } from '../declension.js';
import { nameFeatures } from '../features.js';
import type { NameMention } from '../mention.js';
import { NAME_PATTERNS, type ScanContext } from '../name-patterns.js';
import { singleNames } from '../single-names.js';

/** What the rules found in a document. */
export interface RuleMentions {
  ctx: ScanContext;
  /** multi-word mentions, left to right, never overlapping */
  multi: NameMention[];
  /** single-word mentions on tokens no multi-word mention took */
  singles: NameMention[];
}

/** Per-token rule hit codes. */
export const HIT_NONE = 0;
export const HIT_MULTI_B = 1;
export const HIT_MULTI_I = 2;
export const HIT_SINGLE = 3;
export const HIT_WEAK = 4;

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

/** Runs the rule finders over a document. */
export function ruleMentions(doc: AnalysedDoc): RuleMentions {
  const ctx: ScanContext = { doc, f: nameFeatures(doc) };
  const taken = new Uint8Array(doc.tokens.length);
  const multi = multiWordMentions(ctx, taken);
  const surnameKeys = new Set<string>();
  const firstNames = new Set<string>();
  for (const m of multi) {
    const last = m.surnameToks[m.surnameToks.length - 1];
    if (last !== undefined && (m.initials !== null || m.firstTok !== null))
      surnameKeys.add(surnameKey(doc.tokens[last]!.text));
    for (const f of m.firsts) firstNames.add(f.nom);
  }
  const singles = singleNames(ctx, taken, { surnameKeys, firstNames });
  return { ctx, multi, singles };
}

/** Hit code of every token (HIT_*). */
export function ruleHitCodes(n: number, rules: RuleMentions): Uint8Array {
  const out = new Uint8Array(n);
  for (const m of rules.multi)
    for (let k = m.from; k < m.to; k++) out[k] = k === m.from ? HIT_MULTI_B : HIT_MULTI_I;
  for (const m of rules.singles) out[m.from] = m.weak ? HIT_WEAK : HIT_SINGLE;
  return out;
}
