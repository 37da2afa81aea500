// The word lists in ./data turned into lookup tables once, at module load: every inflected form
// of every listed name maps to its nominative, so token checks are single Set/Map hits.
import { declineName, type Sex } from './declension.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './data/first-names.js';
import {
  EAST_ASIAN_SURNAMES,
  HYPHEN_PARTICLES,
  MULTI_LETTER_INITIALS,
  NAME_PARTICLES,
} from './data/name-parts.js';
import {
  AMBIGUOUS_FIRST_NAMES,
  NOT_PERSON_HEADS,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  ORGANISATIONS,
  OTHER_NOT_NAMES,
  PLACES,
} from './data/not-names.js';
import {
  LEGISLATURES,
  NON_REFERRING_MODIFIERS,
  NOT_APPOSITION_NOUNS,
  TITLES_OF_ADDRESS,
  ROLE_NOUNS,
  type RoleNoun,
} from './data/role-nouns.js';
import {
  FEMALE_PATRONYMIC,
  MALE_PATRONYMIC,
  SURNAME_ENDINGS,
  TURKIC_PATRONYMIC,
} from './data/surname-patterns.js';

export interface FirstNameEntry {
  nom: string;
  sex: Sex;
}

function buildFirstNames(): ReadonlyMap<string, readonly FirstNameEntry[]> {
  const out = new Map<string, FirstNameEntry[]>();
  const add = (names: readonly string[], sex: Sex): void => {
    for (const nom of names) {
      for (const form of declineName(nom, sex)) {
        const list = out.get(form) ?? [];
        if (!list.some((e) => e.nom === nom && e.sex === sex)) list.push({ nom, sex });
        out.set(form, list);
      }
    }
  };
  add(MALE_FIRST_NAMES, 'masc');
  add(FEMALE_FIRST_NAMES, 'femn');
  return out;
}

function formsOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (w.includes(' ')) continue;
    const sex: Sex = /[ая]$/.test(w) ? 'femn' : 'masc';
    for (const f of declineName(w, sex)) out.add(f);
  }
  return out;
}

/** Listed first names: lower-case form -> nominative and sex (several when ambiguous). */
export const FIRST_NAMES = buildFirstNames();
/** Lower-case forms of places, organisations and other capitalised words that are not names. */
export const NOT_NAMES: ReadonlySet<string> = formsOf([...PLACES, ...ORGANISATIONS, ...OTHER_NOT_NAMES]);
/** Lower-case forms of first names that are also common words. */
export const AMBIGUOUS_FIRST: ReadonlySet<string> = formsOf(AMBIGUOUS_FIRST_NAMES);
export const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
export const HYPHEN_PARTICLE_RE = new RegExp(`^(?:${HYPHEN_PARTICLES.join('|')})-\\p{Lu}`, 'u');
export const EAST_ASIAN: ReadonlySet<string> = new Set(EAST_ASIAN_SURNAMES.map((s) => s.toLowerCase()));
export const INITIALS_2: ReadonlySet<string> = new Set(MULTI_LETTER_INITIALS);
export const ROLES: ReadonlyMap<string, RoleNoun> = new Map(Object.entries(ROLE_NOUNS));
export const LEGISLATURE_LEMMAS: ReadonlySet<string> = new Set(LEGISLATURES);
export const NON_REFERRING: ReadonlySet<string> = new Set(NON_REFERRING_MODIFIERS);
/** Animate nouns that do not name a person's role beside a name. */
export const NOT_APPOSITION: ReadonlySet<string> = new Set(NOT_APPOSITION_NOUNS);

/** Titles of address, which are no role mention ("господин Юсуфов"). */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set(TITLES_OF_ADDRESS);

/** Surname-shaped word (lower case, ё folded). */
export const SURNAME_RE = new RegExp(`^\\p{L}{2,}(?:${SURNAME_ENDINGS.join('|')})$`, 'u');
export const MALE_PATRONYMIC_RE = new RegExp(`^\\p{L}{2,}${MALE_PATRONYMIC}$`, 'u');
export const FEMALE_PATRONYMIC_RE = new RegExp(`^\\p{L}{2,}${FEMALE_PATRONYMIC}$`, 'u');
export const TURKIC_PATRONYMIC_RE = new RegExp(`^\\p{L}{2,}${TURKIC_PATRONYMIC}$`, 'u');

/** An organisation-shaped word: "Роскомнадзор", "Казатомпром", "Минобрнауки" (checked on unknown words only). */
export const ORG_WORD_RE = new RegExp(
  `^(?:(?:${ORG_PREFIXES.join('|')})\\p{L}{4,}|\\p{L}+(?:${ORG_SUFFIXES.join('|')})\\p{L}{0,2})$`,
  'u',
);
/** Lemmas of nouns after which a capitalised word names a place, a firm or a title, not a person. */
export const NOT_PERSON_HEAD_LEMMAS: ReadonlySet<string> = new Set(NOT_PERSON_HEADS);
