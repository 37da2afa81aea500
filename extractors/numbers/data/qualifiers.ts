// Words before a figure that say how exact it is; the span includes them ("почти 1 млрд тенге").
import type { Approx } from '../../../document/record/types.js';

/**
 * Qualifier phrases as sequences of normalised word forms, longest first (so "не менее" wins
 * over "менее"). A trailing "чем" is taken by the matcher, as are "на"/"в" before the figure.
 */
export const QUALIFIERS: ReadonlyArray<[readonly string[], Approx]> = (
  [
    [['не', 'менее'], 'at_least'],
    [['не', 'меньше'], 'at_least'],
    [['не', 'ниже'], 'at_least'],
    [['не', 'младше'], 'at_least'],
    [['не', 'моложе'], 'at_least'],
    [['как', 'минимум'], 'at_least'],
    [['минимум'], 'at_least'],
    [['не', 'более'], 'up_to'],
    [['не', 'больше'], 'up_to'],
    [['не', 'свыше'], 'up_to'],
    [['не', 'выше'], 'up_to'],
    [['не', 'старше'], 'up_to'],
    [['как', 'максимум'], 'up_to'],
    [['максимум'], 'up_to'],
    [['вплоть', 'до'], 'up_to'],
    [['до'], 'up_to'],
    [['почти'], 'almost'],
    [['практически'], 'almost'],
    [['едва', 'ли', 'не'], 'almost'],
    [['около'], 'about'],
    [['примерно'], 'about'],
    [['порядка'], 'about'],
    [['приблизительно'], 'about'],
    [['ориентировочно'], 'about'],
    [['приблизительно'], 'about'],
    [['где-то'], 'about'],
    [['более'], 'over'],
    [['свыше'], 'over'],
    [['больше'], 'over'],
    [['выше'], 'over'],
    [['старше'], 'over'],
    [['сверх'], 'over'],
    [['менее'], 'under'],
    [['меньше'], 'under'],
    [['ниже'], 'under'],
    [['младше'], 'under'],
    [['моложе'], 'under'],
  ] as Array<[string[], Approx]>
).sort((a, b) => b[0].length - a[0].length);

/** Words between a qualifier and its figure that stay inside the span ("более чем на 10%"). */
export const QUALIFIER_GLUE: ReadonlySet<string> = new Set(['чем', 'на', 'в']);

/**
 * Qualifiers that set `approx` but stay outside the span: they are not in the contract's list
 * ("как минимум три" is annotated as "три"), yet their meaning is worth keeping.
 */
export const OUTSIDE_SPAN: ReadonlySet<string> = new Set(['минимум', 'максимум']);
