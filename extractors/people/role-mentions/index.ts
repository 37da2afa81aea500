// Role mentions learned from data: which animate nouns of an article refer to one of its named
// people, and to whom ("двенадцатилетний воспитанник … Денис Игнатьев", "гимнаст", "49-летний
// политик"). An averaged perceptron ranks "nobody" and each person for every candidate noun; the
// weights come from bench/train-role-mentions.ts (`npm run train -- --roles`).
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { ROLE_MENTIONS } from '../data/role-mentions.js';
import { decide, prepareDoc } from './link.js';
import { decodeRoleModel } from './model-file.js';
import type { RoleLink, RolePerson } from './types.js';

export type { RoleLink, RolePerson } from './types.js';

let weights: Float32Array | null = null;

/** The role mentions of a document's people: token and person index, in text order. */
export function linkRoleMentions(doc: AnalysedDoc, people: readonly RolePerson[]): RoleLink[] {
  if (people.length === 0) return [];
  weights ??= decodeRoleModel(ROLE_MENTIONS);
  return decide(prepareDoc(doc, people), weights);
}

/**
 * Replaces the shipped weights (null restores them). For evaluation only: the whole-record
 * cross-validation (`npm run train -- --roles --cv-records`) extracts each held-out fold with the
 * weights trained on the others.
 */
export function useRoleWeights(w: Float32Array | null): void {
  weights = w;
}
