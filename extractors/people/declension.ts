// Russian name declension in both directions: the forms a nominative name takes (to build the
// lexicons once) and the nominative a case form comes from (to name a person).
import { INDECLINABLE_SURNAME, INSTRUMENTAL_ENDING, OBLIQUE_CLASSES } from './data/name-endings.js';

export type Sex = 'masc' | 'femn';

const HUSHING = /[гкхжшчщц]$/;
const VOWEL_END = /[оеиуыэюё]$/;

/** Forms of a nominative first name or place name in the six cases (the nominative included). */
export function declineName(nom: string, sex: Sex): string[] {
  const w = nom.toLowerCase().replace(/ё/g, 'е');
  if (w.includes('-') && !w.endsWith('-')) {
    // "Касым-Жомарт": Russian declines the last part only
    const cut = w.lastIndexOf('-');
    const head = w.slice(0, cut + 1);
    return declineName(w.slice(cut + 1), sex).map((f) => head + f);
  }
  if (VOWEL_END.test(w)) return [w];
  if (w.endsWith('ия')) {
    const s = w.slice(0, -1);
    return [w, s + 'и', s + 'ю', s + 'ей', s + 'ею'];
  }
  if (w.endsWith('а')) {
    const s = w.slice(0, -1);
    return [w, s + (HUSHING.test(s) ? 'и' : 'ы'), s + 'е', s + 'у', s + 'ой', s + 'ою', s + 'ей'];
  }
  if (w.endsWith('я')) {
    const s = w.slice(0, -1);
    return [w, s + 'и', s + 'е', s + 'ю', s + 'ей', s + 'ею'];
  }
  if (sex === 'femn') {
    if (w.endsWith('ь')) {
      const s = w.slice(0, -1);
      return [w, s + 'и', s + 'ью'];
    }
    return [w]; // "Айгерим", "Мишель" as a woman's name: indeclinable
  }
  if (w.endsWith('ий')) {
    const s = w.slice(0, -1);
    return [w, s + 'я', s + 'ю', s + 'ем', s + 'и', s + 'е'];
  }
  if (w.endsWith('й') || w.endsWith('ь')) {
    const s = w.slice(0, -1);
    return [w, s + 'я', s + 'ю', s + 'ем', s + 'е', s + 'ём'];
  }
  return [w, w + 'а', w + 'у', w + 'ом', w + 'ем', w + 'е'];
}

/**
 * A key shared by all case forms of one surname ("Саиров", "Саирова", "Саировым" -> "саиров"), so
 * mentions of one surname can be matched whatever their case. Gender is checked separately.
 */
export function surnameKey(form: string): string {
  const w = form.toLowerCase().replace(/ё/g, 'е');
  if (w.includes('-')) return w.split('-').map(surnameKey).join('-');
  const m = ADJ_SURNAME.exec(w);
  if (m) return w.slice(0, m.index) + m[1]!;
  for (const end of KEY_ENDINGS) {
    if (w.length - end.length >= 3 && w.endsWith(end)) return w.slice(0, -end.length);
  }
  return w;
}
const ADJ_SURNAME = /(ск|цк)(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их|ими)$/;
const KEY_ENDINGS = [
  'ыми',
  'ыми',
  'ого',
  'ому',
  'ым',
  'ой',
  'ую',
  'ых',
  'ом',
  'ем',
  'ей',
  'ею',
  'ою',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'ь',
  'й',
];

/**
 * What the first name beside a surname says about its case: nominative, or the ending an oblique
 * case leaves ("а" for "Войцеха", "ом" for "Уильямом"), or nothing (an indeclinable first name).
 */
export type CaseHint = 'nomn' | { ending: string } | null;

/** The endings a surname may show in the oblique case a first name's ending points to. */
export const OBLIQUE_ENDINGS: Readonly<Record<string, RegExp>> = {
  а: /[ая]$/,
  я: /[ая]$/,
  у: /[ую]$/,
  ю: /[ую]$/,
  м: /[оеы]м$/,
  е: /е$/,
  и: /[еи]$/,
};

/**
 * Nominative candidates for a surname form, most likely first, for a man or a woman: "Саирова"
 * is "Саиров" for a man and "Саирова" for a woman; "Обамы" is "Обама"; "Трампа" is "Трамп".
 * The hint (from the first name beside it) settles forms that read both ways ("Трампа", "Обама").
 */
export function surnameNominatives(form: string, sex: Sex, hint: CaseHint = null): string[] {
  if (form.includes('-')) {
    // "Римского-Корсакова", "Буша-младшего": each part declines on its own, all in one case
    const parts = form.split('-');
    const last = parts[parts.length - 1]!;
    const generation = GENERATION_RE.exec(last.toLowerCase());
    const lastNom = generation ? `${generation[1]}ий` : (surnameNominatives(last, sex, hint)[0] ?? last);
    const oblique = lastNom.toLowerCase() !== last.toLowerCase();
    const heads = parts.slice(0, -1).map((p) => {
      const cands = candidates(p, sex);
      // "Лопесом-Алегрия": the first part shows the case the first name's hint gives
      const fits =
        hint !== null &&
        typeof hint === 'object' &&
        (OBLIQUE_ENDINGS[hint.ending]?.test(p.toLowerCase()) ?? false);
      return (oblique || fits ? cands.find((c) => c !== p) : undefined) ?? cands[0] ?? p;
    });
    return [[...heads, lastNom].join('-')];
  }
  const cands = candidates(form, sex);
  if (hint === 'nomn') return [form, ...cands.filter((c) => c !== form)];
  if (hint !== null && typeof hint === 'object' && cands.length > 1) {
    // the surname shares the first name's case: "Войцеха Хаса" -> "Хас", but "Алена Рене" keeps "Рене"
    const fits = OBLIQUE_ENDINGS[hint.ending]?.test(form.toLowerCase()) ?? false;
    return fits ? [...cands.filter((c) => c !== form), form] : [form, ...cands.filter((c) => c !== form)];
  }
  return cands;
}

function candidates(form: string, sex: Sex): string[] {
  const w = form.toLowerCase().replace(/ё/g, 'е');
  const cut = (n: number, add = ''): string => form.slice(0, form.length - n) + add;
  const adj = /(ск|цк)(ий|ая|ого|ому|им|ом|ой|ую)$/.exec(w);
  if (adj) return [cut(adj[2]!.length, sex === 'femn' ? 'ая' : 'ий')];
  if (INDECLINABLE_SURNAME.test(w)) return [form];
  if (/(ов|ев|ин|ын)$/.test(w)) return [form];
  if (sex === 'masc') {
    const ru = /(ов|ев|ин|ын)(а|у|ым|е)$/.exec(w);
    if (ru) return [cut(ru[2]!.length)];
    if (/ого$/.test(w)) return [cut(3, 'ой'), cut(3, 'ий')];
    if (/ому$/.test(w)) return [cut(3, 'ой')];
    if (/[^аоеиуыэюя]ом$/.test(w) || /[жшчщц]ем$/.test(w)) return [form, cut(2)];
    if (/[^аоеиуыэюя]ем$/.test(w)) return [form, cut(2, 'ь'), cut(2, 'й')];
    if (/[аеоуэ]ем$/.test(w)) return [form, cut(2, 'й')];
    if (/[аеоуэ]я$/.test(w)) return [form, cut(1, 'й')];
    if (/[аеоуэ]ю$/.test(w)) return [cut(1, 'й'), form];
    if (/[^аоеиуыэюя]ой$/.test(w)) return [form, cut(2, 'а')];
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) return [form];
    if (/ы$/.test(w) || /[гкхжшчщ]и$/.test(w)) return [cut(1, 'а')];
    if (/[^аоеиуыэюя]у$/.test(w)) return [cut(1), cut(1, 'а'), form];
    if (/[^аоеиуыэюя]а$/.test(w)) return [form, cut(1)];
    if (/[^аоеиуыэюя]е$/.test(w)) return [form, cut(1), cut(1, 'а')];
    if (/[^аоеиуыэюя]я$/.test(w)) return [form, cut(1, 'ь'), cut(1, 'й')];
    if (/[^аоеиуыэюя]ю$/.test(w)) return [cut(1, 'ь'), cut(1, 'й'), form];
    return [form];
  }
  const ru = /(ов|ев|ин|ын)(ой|у|ою)$/.exec(w);
  if (ru) return [cut(ru[2]!.length, 'а')];
  if (/(ова|ева|ина|ына)$/.test(w)) return [form];
  if (/[^аоеиуыэюя]а$/.test(w)) return [form];
  if (/ы$/.test(w) || /[гкхжшчщ]и$/.test(w)) return [cut(1, 'а'), form];
  if (/[^аоеиуыэюя]ой$/.test(w)) return [cut(2, 'а'), form];
  if (/[^аоеиуыэюя]у$/.test(w)) return [cut(1, 'а'), form];
  if (/[^аоеиуыэюя]е$/.test(w)) return [form, cut(1, 'а')];
  return [form];
}
const GENERATION_RE = /^(младш|старш)(?:ий|его|ему|им|ем)$/;

/**
 * The case a name's words share when no word of it is a known first name ("Вима Вендерса",
 * "Джином Сискелом", "Никлас Лидстрём"), as a hint for reading each word: an instrumental given
 * name marks the whole name; a consonant-final word marks a nominative; two words with the same
 * oblique ending mark that case; otherwise nothing is known.
 */
export function sharedCase(forms: readonly string[]): CaseHint {
  const words = forms.map((f) => f.toLowerCase().replace(/ё/g, 'е')).filter((w) => w.length > 1);
  if (words.length < 2) return null;
  const given = words.slice(0, -1);
  if (given.some((w) => w.length >= 5 && INSTRUMENTAL_ENDING.test(w))) return { ending: 'м' };
  // "-ой"/"-ей" may be her oblique case ("Даригы Назарбаевой"), so it marks no nominative
  if (words.some((w) => /[бвгджзклмнпрстфхцчшщь]$|[иыаяу]й$/.test(w))) return 'nomn';
  for (const c of OBLIQUE_CLASSES)
    if (words.filter((w) => c.re.test(w)).length >= 2) return { ending: c.ending };
  return null;
}

/** Nominative of a patronymic form: "Абишевича" -> "Абишевич", "Дмитриевной" -> "Дмитриевна". */
export function patronymicNominative(form: string): string {
  const m = /(ович|евич|ьич|ич)(а|у|ем|е)$/i.exec(form);
  if (m) return form.slice(0, form.length - m[2]!.length);
  const f = /(овн|евн|ичн)(ы|е|у|ой)$/i.exec(form);
  if (f) return form.slice(0, form.length - f[2]!.length) + 'а';
  return form;
}

/** Capitalises each hyphen- or space-separated part of a lower-case lemma ("касым-жомарт" -> "Касым-Жомарт"). */
export function capitalise(lemma: string): string {
  return lemma.replace(/(^|[-\s'’])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
