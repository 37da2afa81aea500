// Russian morphology on the OpenCorpora dictionary through `az` (the JavaScript port of pymorphy2's
// approach). The dictionary loads once per process; analyses are cached per lower-cased word form.
import { createRequire } from 'node:module';
import path from 'node:path';
import Az from 'az';
import type { AzParse, AzTag } from 'az';
import { installDawgFind, type AzDawg } from './az-dawg-find.js';
import { installLeanTags, type AzLoader } from './az-lean-tags.js';
import { installSuffixGuess } from './az-suffix-guess.js';
import { memoiseTagMethods } from './az-tag-memo.js';
import type { Case, Gender, GNumber, NameTag, Parse, Pos } from './types.js';

let ready: Promise<void> | null = null;
let loaded = false;
let loadMs = 0;
/** A word form's readings and its number (see `Token.form`). */
export interface FormEntry {
  parses: readonly Parse[];
  id: number;
}
/**
 * Analyses by word form, in two generations so memory stays flat over any number of articles: forms
 * go into the young one; when it is full it becomes the old one and the old one is dropped. A form
 * found in the old generation moves back to the young one, so the words every article uses stay;
 * at most 2 × GENERATION forms are kept (a form's readings take about 1.5 KB of heap; the 963 gold
 * articles use some 40,000 forms).
 */
const GENERATION = 20_000;
let generation = GENERATION;
let young = new Map<string, FormEntry>();
let old = new Map<string, FormEntry>();
/** The next form number: never reused, also after a form is dropped, so a number names one form. */
let nextFormId = 0;

function cached(key: string): FormEntry | undefined {
  const hit = young.get(key);
  if (hit) return hit;
  const aged = old.get(key);
  if (aged) keep(key, aged);
  return aged;
}

function keep(key: string, entry: FormEntry): void {
  if (young.size >= generation) {
    old = young;
    young = new Map();
  }
  young.set(key, entry);
}

/** Where az keeps its dictionaries inside node_modules. */
function dictsPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
}

/** Loads the morphology dictionary; safe to call many times, loads once. */
export function loadMorphology(): Promise<void> {
  if (!ready) {
    const t0 = performance.now();
    ready = new Promise<void>((resolve, reject) => {
      installLeanTags(Az as unknown as AzLoader);
      Az.Morph.init(dictsPath(), (err: unknown) => {
        if (err) {
          reject(new MorphologyError('could not load the az morphology dictionaries', { cause: err }));
          return;
        }
        try {
          speedUpAz();
        } catch (cause) {
          reject(new MorphologyError('could not speed up az', { cause }));
          return;
        }
        loaded = true;
        loadMs = performance.now() - t0;
        resolve();
      });
    });
  }
  return ready;
}

/** The parts of az that speedUpAz reaches beyond its typings. */
interface AzInner {
  DAWG: { prototype: object; fromArrayBuffer(data: ArrayBuffer, format: string): AzDawg };
  Morph: { Parsers: Record<string, (word: string, config: object) => AzParse[]> };
}

/**
 * Swaps three of az's inner steps for faster ones with the same answers (az-dawg-find.ts,
 * az-tag-memo.ts, az-suffix-guess.ts): az spends most of its time per new word form there.
 */
function speedUpAz(): void {
  const az = Az as unknown as AzInner;
  installDawgFind(az.DAWG.prototype);
  const reading = Az.Morph('дом')[0];
  if ((reading as { parser?: string } | undefined)?.parser !== 'Dictionary' || !reading) {
    throw new TypeError('az has no dictionary reading of "дом" to find its classes by');
  }
  memoiseTagMethods(Object.getPrototypeOf(reading.tag) as object);
  // "дом" is a dictionary reading: its class is the one az's suffix guesses are made of
  const dictionaryParse = (Object.getPrototypeOf(reading) as { constructor: unknown }).constructor;
  if (typeof dictionaryParse !== 'function') throw new TypeError("az's readings have no class");
  installSuffixGuess(
    az.Morph.Parsers,
    dictionaryParse as Parameters<typeof installSuffixGuess>[1],
    az.DAWG,
    dictsPath(),
  );
}

export class MorphologyError extends Error {
  override name = 'MorphologyError';
}

/** Milliseconds the dictionary took to load (0 before it is loaded). */
export function morphologyLoadMs(): number {
  return loadMs;
}

export function isMorphologyLoaded(): boolean {
  return loaded;
}

const POS = new Set([
  'NOUN',
  'ADJF',
  'ADJS',
  'COMP',
  'VERB',
  'INFN',
  'PRTF',
  'PRTS',
  'GRND',
  'NUMR',
  'ADVB',
  'NPRO',
  'PRED',
  'PREP',
  'CONJ',
  'PRCL',
  'INTJ',
]);
const CASES = new Set(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'acc2', 'loc2']);
const GENDERS = new Set(['masc', 'femn', 'neut', 'ms-f']);

/** A Set that refuses changes once built: every reading with one az tag shares the same one. */
export class FrozenSet<T> extends Set<T> {
  constructor(items: Iterable<T>) {
    super();
    for (const x of items) Set.prototype.add.call(this, x);
  }
  override add(): never {
    throw new TypeError('the grammemes of a reading are shared and cannot change');
  }
  override delete(): never {
    throw new TypeError('the grammemes of a reading are shared and cannot change');
  }
  override clear(): never {
    throw new TypeError('the grammemes of a reading are shared and cannot change');
  }
}

/** What a reading takes from its az tag alone. */
type TagFields = Pick<Parse, 'pos' | 'case' | 'number' | 'gender' | 'name' | 'tags'>;

// az keeps one frozen tag object per distinct tag (a few thousand), so its fields are worked out once
const tagFields = new Map<AzTag, TagFields>();

function fieldsOf(tag: AzTag): TagFields {
  const hit = tagFields.get(tag);
  if (hit) return hit;
  const tags = new FrozenSet<string>([...tag.stat, ...tag.flex]);
  let pos: Pos | null = null;
  let kase: Case | null = null;
  let num: GNumber | null = null;
  let gender: Gender | null = null;
  let name: NameTag | null = null;
  for (const t of tags) {
    if (POS.has(t)) pos = t as Pos;
    else if (CASES.has(t)) kase = t as Case;
    else if (t === 'sing' || t === 'plur') num = t;
    else if (GENDERS.has(t)) gender = t as Gender;
    else if (t === 'Name') name = 'first';
    else if (t === 'Surn') name = 'surname';
    else if (t === 'Patr') name = 'patronymic';
  }
  const out: TagFields = { pos, case: kase, number: num, gender, name, tags };
  tagFields.set(tag, out);
  return out;
}

function convert(p: AzParse): Parse {
  const f = fieldsOf(p.tag);
  let lemma: string;
  try {
    lemma = p.normalize().word;
  } catch {
    lemma = p.word;
  }
  const guessed = !(p as unknown as { parser?: string }).parser?.startsWith('Dictionary');
  return {
    lemma: lemma.includes('ё') ? lemma.replace(/ё/g, 'е') : lemma,
    pos: f.pos,
    case: f.case,
    number: f.number,
    gender: f.gender,
    name: f.name,
    tags: f.tags,
    score: p.score,
    guessed,
  };
}

/** Readings of one word form, best first. Requires loadMorphology() to have finished. */
export function analyseWord(form: string): readonly Parse[] {
  return analyseForm(form).parses;
}

/** Readings of one word form and the form's number. Requires loadMorphology() to have finished. */
export function analyseForm(form: string): FormEntry {
  // az guesses names from capitalisation, so the cache keeps the form as written
  const hit0 = cached(form);
  if (hit0) return hit0;
  const key = form.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  const hit = cached(key);
  if (hit) return hit;
  if (!loaded) throw new MorphologyError('morphology used before loadMorphology() finished');
  let parses: readonly Parse[];
  try {
    parses = Az.Morph(key).map(convert);
  } catch {
    parses = [];
  }
  const entry = { parses, id: nextFormId++ };
  keep(key, entry);
  if (key !== form) keep(form, entry);
  return entry;
}

const inflected = new Map<string, string | null>();

/**
 * A dictionary word in other grammemes, from az's paradigms: ("российский", "ADJF", ["femn", "sing",
 * "nomn"]) -> "российская", ("сам", …) -> "сама"; null when the dictionary has no such form.
 */
export function inflectWord(lemma: string, pos: Pos, grammemes: readonly string[]): string | null {
  const key = `${lemma} ${pos} ${grammemes.join(',')}`;
  const hit = inflected.get(key);
  if (hit !== undefined) return hit;
  if (!loaded) throw new MorphologyError('morphology used before loadMorphology() finished');
  let out: string | null = null;
  try {
    const p = Az.Morph(lemma).find((r) => r.tag.stat.includes(pos) || r.tag.flex.includes(pos));
    const form = p ? p.inflect([...grammemes]) : false;
    if (form) out = form.word.replace(/ё/g, 'е');
  } catch {
    out = null;
  }
  if (inflected.size >= generation) inflected.clear();
  inflected.set(key, out);
  return out;
}

/** Sets how many forms a generation of the cache holds (tests); the cache starts empty. */
export function setCacheGeneration(size: number = GENERATION): void {
  generation = size;
  young = new Map();
  old = new Map();
}

/** Number of cached word forms (for the bench; a form in both generations counts twice). */
export function morphologyCacheSize(): number {
  return young.size + old.size;
}
