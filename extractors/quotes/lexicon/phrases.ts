// Introductory phrases that attribute a clause to a source: "по словам X, Q", "по мнению X, Q".
// DATA: the second word's normalised form (after "по") -> the cue recorded on the quote.

export const ACCORDING_TO: ReadonlyMap<string, string> = new Map([
  ['словам', 'по словам'],
  ['мнению', 'по мнению'],
  ['данным', 'по данным'],
  ['информации', 'по информации'],
  ['сообщению', 'по сообщению'],
  ['оценке', 'по оценке'],
  ['оценкам', 'по оценке'],
  ['утверждению', 'по утверждению'],
  ['заявлению', 'по заявлению'],
  ['признанию', 'по признанию'],
  ['убеждению', 'по убеждению'],
  ['подсчетам', 'по подсчётам'],
  ['предположениям', 'по предположениям'],
  ['предположению', 'по предположениям'],
  ['утверждениям', 'по утверждениям'],
  ['сведениям', 'по сведениям'],
]);

/** Words after which "как" opens an attribution clause: "как сообщил X, Q". Checked by lemma. */
export const AS_SAID_MARKER = 'как';

/** Anaphoric objects of "сообщить об этом": the content is the previous sentence. */
export const ABOUT_THIS: ReadonlySet<string> = new Set(['этом', 'том', 'случившемся', 'произошедшем']);

/** Words that may stand between a verb and "что" without ending the attribution ("заявил журналистам, что"). */
export const THAT_WORDS: ReadonlySet<string> = new Set(['что', 'чтобы', 'будто', 'якобы']);

/** Words before ", что" that take the clause themselves ("при условии, что", "из-за того, что"). */
export const THAT_BLOCKERS: ReadonlySet<string> = new Set([
  'условии',
  'того',
  'тем',
  'так',
  'случае',
  'образом',
  'несмотря',
]);

/** Relative words after a comma that keep a noun group going ("убийство, которое устроил Пэддок"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'который',
  'которая',
  'которое',
  'которые',
  'которого',
  'которой',
  'которых',
  'которым',
  'которому',
  'которую',
  'которыми',
]);

/** Joiners that, followed by a new predicate, end a verb's object ("подтверждает факт, однако не …"). */
export const OBJECT_CLAUSE_JOINERS: ReadonlySet<string> = new Set(['и', 'а', 'но', 'однако']);

/**
 * Prepositions whose dative noun is the source of the clause after the phrase ("согласно уставу
 * форума, Q", "согласно апрельским опросам, Q") -> the cue recorded.
 */
export const ACCORDING_TO_DATIVE: ReadonlyMap<string, string> = new Map([['согласно', 'согласно']]);

/** "со слов X, Q", "с его слов, Q": the prepositions and the head word after them. */
export const FROM_WORDS_OF = { prepositions: new Set(['с', 'со']), head: 'слов', cue: 'со слов' } as const;

/** What may follow a postposed source, naming its own source: "…, сообщает Daily Mirror со ссылкой на The Sunday People." */
export const REFERRING_TAILS: readonly (readonly string[])[] = [
  ['со', 'ссылкой', 'на'],
  ['ссылаясь', 'на'],
];

/** Nouns for a person's own spoken words: "— говорится в интервью" is the interviewee's (the last speaker). */
export const INTERVIEW_NOUNS: ReadonlySet<string> = new Set(['интервью']);
