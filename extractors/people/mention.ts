// A name mention found in the text, before mentions are merged into people.
import type { CaseHint, Sex } from './declension.js';
import type { FirstReading } from './features.js';

export type MentionShape =
  /** first name and surname, possibly with a patronymic: "Ерлан Саиров", "Нурсултан Абишевич Назарбаев" */
  | 'full'
  /** first name and patronymic: "Наталья Дмитриевна" */
  | 'first-patronymic'
  /** initials and surname: "Е. Саиров", "Саиров Е.Б." */
  | 'initials'
  /** a surname alone: "Саирова" */
  | 'surname'
  /** a first name alone: "Андрей" */
  | 'first'
  /** the Latin spelling in brackets after a name: "(Joel Simon)" */
  | 'alias';

export interface NameMention {
  shape: MentionShape;
  /** tokens [from, to) and their text offsets */
  from: number;
  to: number;
  start: number;
  end: number;
  /** the first-name token and its readings */
  firstTok: number | null;
  firsts: readonly FirstReading[];
  patronymicTok: number | null;
  /** tokens of the surname, particles included ("ван", "Бетховена") */
  surnameToks: number[];
  /** initials as written, without spaces: "Н.А." */
  initials: string | null;
  /** sex as far as this mention tells (name forms, patronymic, the verb it goes with) */
  sex: Sex | null;
  /** whether the sex came from the verb only (weaker than the name's own forms) */
  sexFromVerb?: boolean;
  /** whether the sex came from an oblique reading of a form that is the other sex's nominative ("Александра") */
  sexFromCase?: boolean;
  /** admitted only because it is an unknown capitalised word mid-sentence (see single-names.ts) */
  weak?: boolean;
  /** a surname in another spelling, attached to a person by similarity ("Бэкхем" for "Бекхэм") */
  variant?: boolean;
  /** the case the first name shows, which the surname shares */
  hint?: CaseHint;
  /** the subject of the verb right beside it ("Роналду забил", "– сказал Нетаньяху"): a nominative */
  subject?: boolean;
}
