// What the role-mention model reads about the article's people, and what it decides.
import type { Sex } from '../declension.js';

/** One person of the article as the model sees it: where the name is, the sex, the apposition. */
export interface RolePerson {
  /** token ranges [from, to) of the person's name mentions, ascending */
  names: readonly { from: number; to: number }[];
  sex: Sex | null;
  /** tokens an apposition beside one of the names gave this person ("министр" in "министр финансов Ерулан Жамаубаев") */
  appTokens: ReadonlySet<number>;
  /** the apposition's head lemma and whole role ("министр", "министр финансов"), when there is one */
  head: string | null;
  role: string | null;
}

/** A decision: token `tok` is a role mention of person `person`. */
export interface RoleLink {
  tok: number;
  person: number;
}
