// Russian verbs of speech and opinion that introduce a quote, as DATA. Each entry is matched by
// lemma through morphology (every tense, gender, aspect form and gerund of the verb), and the quote
// carries `cue` (the lemma itself unless stated). The hand-written entries below carry the flags of
// their constructions; the verbs found in the NEREL train texts (speech-verbs.generated.ts, made by
// bench/speech-verbs-from-nerel.ts) join them as `learned`.
import { GENERATED_SPEECH_VERBS } from './speech-verbs.generated.js';

/** How a speech verb opens the quoted content beyond the usual ", что" / ":" / quotation. */
export interface SpeechVerb {
  lemma: string;
  /** the cue recorded on quotes (defaults to the lemma) */
  cue?: string;
  /** "предложить приостановить": an infinitive right after the verb is the quoted content */
  infinitive?: boolean;
  /** "заявить о победе": a "о + noun group" right after the verb is the reported content */
  about?: boolean;
  /** "назвать выборы «мошенничеством»": a quoted phrase in the clause makes a mixed quote */
  naming?: boolean;
  /** "цитирует издание мать пограничника": the speaker is the object (accusative), not the subject */
  speakerIsObject?: boolean;
  /** "заявлялось, что", "говорится в заявлении": impersonal, no subject to look for */
  impersonal?: boolean;
  /** "привести слова": the verb is speech only with one of these words right after it */
  objects?: readonly string[];
  /** "подтвердить арест": an accusative noun group right after the verb is the reported content */
  object?: boolean;
  /** "отметить" also means "celebrate", "заметить" also "notice": only ", что" / ":" / quotes count */
  needsThat?: boolean;
  /**
   * found in the data, not written by hand: speech only where it opens ", что", a colon or follows
   * a quotation (the evidence it was found by), so the rules that read less are not tried on it
   */
  learned?: boolean;
}

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  { lemma: 'сказать' },
  { lemma: 'говорить' },
  { lemma: 'заявить', about: true },
  { lemma: 'заявлять', about: true },
  { lemma: 'отметить', needsThat: true },
  { lemma: 'отмечать', needsThat: true },
  { lemma: 'сообщить', about: true },
  { lemma: 'сообщать', about: true },
  { lemma: 'подчеркнуть' },
  { lemma: 'подчёркивать' },
  { lemma: 'подчеркивать' },
  { lemma: 'напомнить' },
  { lemma: 'напоминать' },
  { lemma: 'добавить' },
  { lemma: 'добавлять' },
  { lemma: 'пояснить' },
  { lemma: 'пояснять' },
  { lemma: 'уточнить', object: true },
  { lemma: 'уточнять' },
  { lemma: 'считать', needsThat: true },
  { lemma: 'полагать', needsThat: true },
  { lemma: 'думать', needsThat: true },
  { lemma: 'уверенный', cue: 'быть уверенным', needsThat: true },
  { lemma: 'убеждённый', cue: 'быть убеждённым', needsThat: true },
  { lemma: 'убежденный', cue: 'быть убеждённым', needsThat: true },
  { lemma: 'предложить', infinitive: true },
  { lemma: 'предлагать', infinitive: true },
  { lemma: 'рассказать' },
  { lemma: 'рассказывать' },
  { lemma: 'признать', needsThat: true },
  { lemma: 'признавать', needsThat: true },
  { lemma: 'признаться' },
  { lemma: 'указать', needsThat: true },
  { lemma: 'указывать', needsThat: true },
  { lemma: 'заметить', needsThat: true },
  { lemma: 'замечать', needsThat: true },
  { lemma: 'ответить' },
  { lemma: 'отвечать' },
  { lemma: 'написать', needsThat: true },
  { lemma: 'писать', needsThat: true },
  { lemma: 'объяснить' },
  { lemma: 'объяснять' },
  { lemma: 'констатировать' },
  { lemma: 'выразить', cue: 'выразить уверенность', needsThat: true },
  { lemma: 'выражать', cue: 'выразить уверенность', needsThat: true },
  { lemma: 'прокомментировать' },
  { lemma: 'комментировать' },
  { lemma: 'заключить', needsThat: true },
  { lemma: 'резюмировать' },
  { lemma: 'подытожить' },
  { lemma: 'сообщаться', cue: 'сообщать', impersonal: true },
  { lemma: 'говориться', cue: 'говорить', impersonal: true },
  { lemma: 'заявляться', cue: 'заявлять', impersonal: true },
  { lemma: 'отмечаться', cue: 'отмечать', impersonal: true, needsThat: true },
  { lemma: 'подчёркиваться', cue: 'подчёркивать', impersonal: true },
  { lemma: 'подчеркиваться', cue: 'подчёркивать', impersonal: true },
  { lemma: 'утверждаться', cue: 'утверждать', impersonal: true },
  { lemma: 'называться', cue: 'называть', impersonal: true, naming: true, needsThat: true },
  { lemma: 'утверждать' },
  { lemma: 'уверять' },
  { lemma: 'заверить' },
  { lemma: 'заверять' },
  { lemma: 'подтвердить', object: true, needsThat: true },
  { lemma: 'подтверждать', object: true, needsThat: true },
  { lemma: 'опровергнуть', object: true, needsThat: true },
  { lemma: 'отрицать', object: true, needsThat: true },
  { lemma: 'объявить', about: true, needsThat: true },
  { lemma: 'объявлять', about: true, needsThat: true },
  { lemma: 'предупредить', about: true },
  { lemma: 'предупреждать', about: true },
  { lemma: 'пообещать', infinitive: true },
  { lemma: 'обещать', infinitive: true },
  { lemma: 'призвать', infinitive: true },
  { lemma: 'призывать', infinitive: true },
  { lemma: 'потребовать', infinitive: true },
  { lemma: 'требовать', infinitive: true },
  { lemma: 'попросить', needsThat: true },
  { lemma: 'просить', needsThat: true },
  { lemma: 'рекомендовать', infinitive: true },
  { lemma: 'порекомендовать', infinitive: true },
  { lemma: 'посоветовать', infinitive: true },
  { lemma: 'советовать', infinitive: true },
  { lemma: 'пригрозить', infinitive: true },
  { lemma: 'назвать', naming: true, needsThat: true },
  { lemma: 'называть', naming: true, needsThat: true },
  { lemma: 'цитировать', speakerIsObject: true },
  { lemma: 'процитировать', speakerIsObject: true, needsThat: true },
  { lemma: 'передать', needsThat: true },
  { lemma: 'передавать', needsThat: true },
  { lemma: 'шепнуть' },
  { lemma: 'прошептать' },
  { lemma: 'крикнуть' },
  { lemma: 'воскликнуть' },
  { lemma: 'произнести' },
  { lemma: 'спросить' },
  { lemma: 'поинтересоваться' },
  { lemma: 'возразить' },
  { lemma: 'парировать' },
  { lemma: 'согласиться', needsThat: true },
  { lemma: 'пожаловаться' },
  { lemma: 'жаловаться' },
  { lemma: 'посетовать' },
  { lemma: 'сетовать' },
  { lemma: 'признавать' },
  { lemma: 'уведомить', needsThat: true },
  { lemma: 'информировать', needsThat: true },
  { lemma: 'проинформировать', needsThat: true },
  { lemma: 'допустить', object: true, needsThat: true },
  { lemma: 'допускать', object: true, needsThat: true },
  { lemma: 'предположить', needsThat: true },
  { lemma: 'предполагать', needsThat: true },
  { lemma: 'убедить', needsThat: true },
  { lemma: 'настаивать', needsThat: true },
  { lemma: 'настоять', needsThat: true },
  { lemma: 'высказаться' },
  { lemma: 'выступить', needsThat: true },
  { lemma: 'отчитаться', needsThat: true },
  { lemma: 'сообщать' },
  {
    lemma: 'привести',
    cue: 'привести слова',
    needsThat: true,
    objects: ['слова', 'цитату', 'данные', 'мнение'],
  },
  {
    lemma: 'приводить',
    cue: 'привести слова',
    needsThat: true,
    objects: ['слова', 'цитату', 'данные', 'мнение'],
  },
  { lemma: 'продолжить', needsThat: true },
  { lemma: 'уверить' },
  { lemma: 'убеждать', needsThat: true },
  { lemma: 'обвинить', object: true },
  { lemma: 'обвинять', object: true },
  { lemma: 'отвергнуть', object: true },
  { lemma: 'отвергать', object: true },
  { lemma: 'опровергать', object: true },
  { lemma: 'связать', object: true, needsThat: true },
  { lemma: 'связывать', object: true, needsThat: true },
  { lemma: 'упомянуть', object: true },
  { lemma: 'упоминать', object: true },
  { lemma: 'осудить', object: true },
  { lemma: 'осуждать', object: true },
  { lemma: 'раскритиковать', object: true },
  { lemma: 'критиковать', object: true },
];

/**
 * A generated verb whose occurrences have a subject of their own (masculine, feminine, plural, a
 * gerund) less often than this is impersonal: "ожидается, что", "выяснилось, что".
 */
const PERSONAL_SHARE = 0.3;

/**
 * A verb followed by "о …" in at least this share of its NEREL occurrences, and at least
 * ABOUT_MIN_COUNT times, reports with it: "рассказала о причинах своего переезда" is the content.
 */
const ABOUT_SHARE = 0.1;
const ABOUT_MIN_COUNT = 5;

/**
 * A verb followed by an infinitive in at least this share of its NEREL occurrences, and at least
 * INFINITIVE_MIN_COUNT times, reports with it: "Байден просил отказать Сноудену в убежище".
 */
const INFINITIVE_SHARE = 0.3;
const INFINITIVE_MIN_COUNT = 3;

const GENERATED = new Map(GENERATED_SPEECH_VERBS.map((r) => [r[0].replace(/ё/g, 'е'), r] as const));

/** Whether the data says the verb reports with "о …". */
function aboutInData(lemma: string): boolean {
  const r = GENERATED.get(lemma.replace(/ё/g, 'е'));
  return r !== undefined && r[9] >= ABOUT_MIN_COUNT && r[9] / r[1] >= ABOUT_SHARE;
}

/** Whether the data says the verb reports with an infinitive. */
function infinitiveInData(lemma: string): boolean {
  const r = GENERATED.get(lemma.replace(/ё/g, 'е'));
  return r !== undefined && r[10] >= INFINITIVE_MIN_COUNT && r[10] / r[1] >= INFINITIVE_SHARE;
}

/** An entry with the "о" and infinitive constructions the data shows for it. */
function withDataFlags(v: SpeechVerb): SpeechVerb {
  const about = !v.about && aboutInData(v.lemma);
  const infinitive = !v.infinitive && infinitiveInData(v.lemma);
  if (!about && !infinitive) return v;
  return { ...v, ...(about ? { about } : {}), ...(infinitive ? { infinitive } : {}) };
}

/** The hand-written entries, with the constructions the data shows. */
const HAND_SPEECH_VERBS: readonly SpeechVerb[] = SPEECH_VERBS.map(withDataFlags);

/** The generated verbs the hand-written list lacks, as entries. */
export const LEARNED_SPEECH_VERBS: readonly SpeechVerb[] = GENERATED_SPEECH_VERBS.filter(
  ([lemma]) => !SPEECH_VERBS.some((v) => v.lemma.replace(/ё/g, 'е') === lemma.replace(/ё/g, 'е')),
).map(([lemma, n, , , , , , , personal]) =>
  withDataFlags(
    personal / n < PERSONAL_SHARE
      ? { lemma, needsThat: true, learned: true, impersonal: true }
      : { lemma, needsThat: true, learned: true },
  ),
);

/** Lemma -> entry, for a constant-time check per token reading. */
export const SPEECH_VERB_BY_LEMMA: ReadonlyMap<string, SpeechVerb> = new Map(
  [...HAND_SPEECH_VERBS, ...LEARNED_SPEECH_VERBS].flatMap((v) => [
    [v.lemma.replace(/ё/g, 'е'), v] as const,
    [v.lemma, v] as const,
  ]),
);
