// Test helper: runs the people extractor over a Russian text (morphology must be loaded).
import { analyse } from '../../document/analyse/index.js';
import type { Person } from '../../document/record/types.js';
import { extractPeople } from './index.js';

/** People found in a text. */
export function peopleIn(text: string): Person[] {
  return extractPeople(analyse(text)).items;
}

/** Name mention texts of every person, for compact assertions. */
export function nameMentions(text: string): string[] {
  return peopleIn(text).flatMap((p) => p.mentions.filter((m) => m.kind === 'name').map((m) => m.text));
}
