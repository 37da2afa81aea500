// Russian morphology on the OpenCorpora dictionaries that the `az` package ships (node_modules/az/
// dicts): a port of az 0.2.3's Az.DAWG and Az.Morph (Az.js by Denis Olshin, MIT licence) with az's
// default options (no typos, any stutter, е may stand for ё, case-sensitive names), giving the same
// readings, scores and inflections. What differs is loading: az builds all 4,880 dictionary tags
// twice (internal and Cyrillic) and deep-freezes them before the first word, about two thirds of its
// ~300 ms start; here a tag is built when a reading first needs it, the Cyrillic copy never (nothing
// reads it), and the files are read synchronously into typed arrays.
import { readFileSync } from 'node:fs';
import path from 'node:path';

// ---- the DAWG (a port of Az.DAWG) ----

const ROOT = 0;
const MISSING = -1;
const PRECISION_MASK = 0xffffffff;
const HAS_LEAF_BIT = 1 << 8;
const EXTENSION_BIT = 1 << 9;
const IS_LEAF_BIT = 1 << 31;

/** Unicode code unit -> its windows-1251 byte (-1: none), as az's CP1251 table. */
const CP1251 = new Int16Array(65536).fill(-1);
/** windows-1251 byte -> its character, as az's UCS2 table (which has no 0 and 1). */
const UCS2: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
{
  for (let c = 0; c < 128; c++) CP1251[c] = c;
  // the upper half of windows-1251, as [code unit, byte] pairs
  // prettier-ignore
  const upper = [
    [1027, 129], [8225, 135], [1046, 198], [8222, 132], [1047, 199], [1168, 165], [1048, 200], [1113, 154],
    [1049, 201], [1045, 197], [1050, 202], [1028, 170], [160, 160], [1040, 192], [1051, 203], [164, 164],
    [166, 166], [167, 167], [169, 169], [171, 171], [172, 172], [173, 173], [174, 174], [1053, 205],
    [176, 176], [177, 177], [1114, 156], [181, 181], [182, 182], [183, 183], [8221, 148], [187, 187],
    [1029, 189], [1056, 208], [1057, 209], [1058, 210], [8364, 136], [1112, 188], [1115, 158], [1059, 211],
    [1060, 212], [1030, 178], [1061, 213], [1062, 214], [1063, 215], [1116, 157], [1064, 216], [1065, 217],
    [1031, 175], [1066, 218], [1067, 219], [1068, 220], [1069, 221], [1070, 222], [1032, 163], [8226, 149],
    [1071, 223], [1072, 224], [8482, 153], [1073, 225], [8240, 137], [1118, 162], [1074, 226], [1110, 179],
    [8230, 133], [1075, 227], [1033, 138], [1076, 228], [1077, 229], [8211, 150], [1078, 230], [1119, 159],
    [1079, 231], [1042, 194], [1080, 232], [1034, 140], [1025, 168], [1081, 233], [1082, 234], [8212, 151],
    [1083, 235], [1169, 180], [1084, 236], [1052, 204], [1085, 237], [1035, 142], [1086, 238], [1087, 239],
    [1088, 240], [1089, 241], [1090, 242], [1036, 141], [1041, 193], [1091, 243], [1092, 244], [8224, 134],
    [1093, 245], [8470, 185], [1094, 246], [1054, 206], [1095, 247], [1096, 248], [8249, 139], [1097, 249],
    [1098, 250], [1044, 196], [1099, 251], [1111, 191], [1055, 207], [1100, 252], [1038, 161], [8220, 147],
    [1101, 253], [8250, 155], [1102, 254], [8216, 145], [1103, 255], [1043, 195], [1105, 184], [1039, 143],
    [1026, 128], [1106, 144], [8218, 130], [1107, 131], [8217, 146], [1108, 186], [1109, 190],
  ] as const;
  for (const [code, byte] of upper) CP1251[code] = byte;
  for (let code = 0; code < 65536; code++) {
    const byte = CP1251[code]!;
    if (byte > 1) UCS2[byte] = String.fromCharCode(code);
  }
}

const offsetOf = (base: number): number => ((base >> 10) << ((base & EXTENSION_BIT) >> 6)) & PRECISION_MASK;
const labelOf = (base: number): number => base & (IS_LEAF_BIT | 0xff) & PRECISION_MASK;
const hasLeaf = (base: number): boolean => (base & HAS_LEAF_BIT & PRECISION_MASK) !== 0;
const valueOf = (base: number): number => base & ~IS_LEAF_BIT & PRECISION_MASK;

type DawgFormat = 'words' | 'probs' | 'int';
/** A DAWG payload: [paradigm, form] for words, [count, paradigm, form] for suffixes. */
type Payload = readonly number[];
/** One findAll result: the dictionary spelling, its payloads (or value), stutter and typo counts. */
type Found = [string, Payload[], number, number];
/** A search state of findAll: prefix so far, characters read, typos, stutter, DAWG index. */
type Prefix = [string, number, number, number, number];

class Dawg {
  constructor(
    private readonly units: Uint32Array,
    private readonly guide: Uint8Array,
    readonly format: DawgFormat,
  ) {}

  static fromBuffer(data: ArrayBuffer, format: DawgFormat): Dawg {
    const dv = new DataView(data);
    const unitsLength = dv.getUint32(0, true);
    const guideLength = dv.getUint32(unitsLength * 4 + 4, true);
    return new Dawg(
      new Uint32Array(data, 4, unitsLength),
      new Uint8Array(data, unitsLength * 4 + 8, guideLength * 2),
      format,
    );
  }

  followByte(c: number, index: number): number {
    const o = offsetOf(this.units[index]!);
    const nextIndex = (index ^ o ^ (c & 0xff)) & PRECISION_MASK;
    if (labelOf(this.units[nextIndex]!) !== (c & 0xff)) return MISSING;
    return nextIndex;
  }

  hasValue(index: number): boolean {
    return hasLeaf(this.units[index]!);
  }

  value(index: number): number {
    const o = offsetOf(this.units[index]!);
    return valueOf(this.units[(index ^ o) & PRECISION_MASK]!);
  }

  /** Every payload under `index`, in the DAWG's order. */
  iterateAll(start: number): Payload[] {
    const results: Payload[] = [];
    const stack = [start];
    const key: number[] = [];
    let last = ROOT;
    let index = start;
    for (;;) {
      index = stack[stack.length - 1]!;
      if (last !== ROOT) {
        let label = this.guide[index << 1]!;
        if (label) {
          index = this.followByte(label, index);
          if (index === MISSING) return results;
          key.push(label);
          stack.push(index);
        } else {
          do {
            label = this.guide[(index << 1) + 1]!;
            key.pop();
            stack.pop();
            if (!stack.length) return results;
            index = stack[stack.length - 1]!;
            if (label) {
              index = this.followByte(label, index);
              if (index === MISSING) return results;
              key.push(label);
              stack.push(index);
            }
          } while (!label);
        }
      }
      while (!this.hasValue(index)) {
        const label = this.guide[index << 1]!;
        index = this.followByte(label, index);
        if (index === MISSING) return results;
        key.push(label);
        stack.push(index);
      }
      if (this.format === 'words') {
        results.push([((key[0]! ^ 1) << 6) + (key[1]! >> 1), ((key[2]! ^ 1) << 6) + (key[3]! >> 1)]);
      } else if (this.format === 'probs') {
        results.push([
          ((key[0]! ^ 1) << 6) + (key[1]! >> 1),
          ((key[2]! ^ 1) << 6) + (key[3]! >> 1),
          ((key[4]! ^ 1) << 6) + (key[5]! >> 1),
        ]);
      } else {
        results.push(key.slice());
      }
      last = index;
    }
  }

  /**
   * The dictionary spellings of `str` (with `replaces`: е found as ё too; with stutter: "нееет" as
   * "нет") and their payloads, as az's findAll with no typos.
   */
  findAll(str: string, replaces: Readonly<Record<string, string>> | null, mstutter: number): Found[] {
    const results: Found[] = [];
    const prefixes: Prefix[] = [['', 0, 0, 0, ROOT]];
    while (prefixes.length) {
      const popped = prefixes.pop()!;
      const [prefix, , typos] = popped;
      let index = popped[4];
      let stutter = popped[3];
      let len = popped[1];

      if (len === str.length) {
        if (this.format === 'int') {
          if (this.hasValue(index)) results.push([prefix, [[this.value(index)]], stutter, typos]);
          continue;
        }
        index = this.followByte(1, index); // the separator before the payloads
        if (index === MISSING) continue;
        results.push([prefix, this.iterateAll(index), stutter, typos]);
        continue;
      }

      const ch = str[len]!;
      const replacement = replaces && ch in replaces ? replaces[ch] : undefined;
      if (replacement !== undefined) {
        const code = CP1251[replacement.charCodeAt(0)]!;
        if (code >= 0) {
          const cur = this.followByte(code, index);
          if (cur !== MISSING) prefixes.push([prefix + replacement, len + 1, typos, stutter, cur]);
        }
      }

      const code = CP1251[str.charCodeAt(len)]!;
      if (code >= 0) {
        const cur = this.followByte(code, index);
        if (cur !== MISSING) {
          prefixes.push([prefix + ch, len + 1, typos, stutter, cur]);
          while (stutter < mstutter && !typos && len < str.length - 1) {
            if (str[len] === str[len + 1]) {
              // a letter said twice ("нееет")
              prefixes.push([prefix + str[len]!, len + 2, typos, stutter + 1, cur]);
              len++;
            } else if (len < str.length - 2 && str[len + 1] === '-' && str[len] === str[len + 2]) {
              // a letter repeated after a dash ("д-да")
              prefixes.push([prefix + str[len]!, len + 3, typos, stutter + 1, cur]);
              len += 2;
            } else break;
            stutter++;
          }
        }
      }
    }
    return results;
  }
}

// ---- tags and readings (a port of Az.Morph) ----

interface Grammeme {
  parent: string;
}

/** The OpenCorpora grammemes by internal and Cyrillic name, and each one's parent category. */
let grammemes: Record<string, Grammeme> = {};

/**
 * A tag: the grammemes of one word form. Each grammeme maps to true, and each category it falls
 * under (POST, CAse, NMbr, ...) to the grammeme's name, as az's tag fields do (tag.POST === 'NOUN').
 */
export class Tag {
  readonly stat: readonly string[];
  readonly flex: readonly string[];
  private readonly fields: Record<string, string | true> = Object.create(null) as Record<
    string,
    string | true
  >;

  constructor(str: string) {
    const pair = str.split(' ');
    this.stat = pair[0]!.split(',');
    this.flex = pair[1] ? pair[1].split(',') : [];
    for (const grams of [this.stat, this.flex]) {
      for (let gram of grams) {
        this.fields[gram] = true;
        // loc2 -> loct -> CAse: each category above a grammeme names it
        for (let par = grammemes[gram]?.parent; par; par = grammemes[gram]?.parent) {
          this.fields[par] = gram;
          gram = par;
        }
      }
    }
    if ('POST' in this.fields) this.fields['POS'] = this.fields['POST']!;
  }

  /** A grammeme's field: true, the grammeme under a category, or undefined. */
  get(name: string): string | true | undefined {
    return this.fields[name];
  }

  toString(): string {
    return (this.stat.join(',') + ' ' + this.flex.join(',')).trim();
  }

  /** Whether the tag has all these grammemes, or agrees with another tag in these categories. */
  matches(tag: Tag | Reading | readonly string[], grams?: readonly string[]): boolean {
    if (!grams) {
      if (!Array.isArray(tag)) return false;
      for (const g of tag as readonly string[]) if (!this.fields[g]) return false;
      return true;
    }
    const other = tag instanceof Reading ? tag.tag : (tag as Tag);
    for (const g of grams) if (other.get(g) !== this.fields[g]) return false;
    return true;
  }

  isProductive(): boolean {
    const f = this.fields;
    return !(
      f['NUMR'] ||
      f['NPRO'] ||
      f['PRED'] ||
      f['PREP'] ||
      f['CONJ'] ||
      f['PRCL'] ||
      f['INTJ'] ||
      f['Apro'] ||
      f['NUMB'] ||
      f['ROMN'] ||
      f['LATN'] ||
      f['PNCT'] ||
      f['UNKN']
    );
  }

  isCapitalized(): boolean {
    const f = this.fields;
    return Boolean(f['Name'] || f['Surn'] || f['Patr'] || f['Geox'] || f['Init']);
  }
}

/** The dictionary, once loaded. */
interface Dictionary {
  words: Dawg;
  probabilities: Dawg;
  predictionSuffixes: Dawg[];
  paradigms: Uint16Array[];
  suffixes: string[];
  /** tag strings, and the tags built from them so far */
  tagStrings: string[];
  tags: (Tag | undefined)[];
}

let dict: Dictionary | null = null;

function tagAt(i: number): Tag {
  const d = dict!;
  let t = d.tags[i];
  if (!t) {
    const s = d.tagStrings[i];
    if (s === undefined) throw new RangeError(`no tag ${i} in the dictionary`);
    t = d.tags[i] = new Tag(s);
  }
  return t;
}

/** The paradigm prefixes of the dictionary (its compile options). */
const PREFIXES = ['', 'по', 'наи'];

/** One reading of a word form: az's Parse. */
export class Reading {
  /** the parser that found it: Dictionary, SuffixKnown, ... */
  parser = '';
  constructor(
    /** the form as the dictionary spells it; undefined for a pair of hyphenated words (as in az) */
    public word: string | undefined,
    public tag: Tag,
    public score = 0,
    public stutterCnt = 0,
    public typosCnt = 0,
  ) {}

  /** The dictionary form (this reading itself when it has no paradigm); false when there is none. */
  normalize(): Reading | false {
    return this.inflect(0);
  }

  /** The form in these grammemes (or form number, or agreeing with a tag); false when there is none. */
  inflect(_tag: number | Tag | readonly string[], _grams?: readonly string[]): Reading | false {
    return this;
  }

  matches(tag: Tag | Reading | readonly string[], grams?: readonly string[]): boolean {
    return this.tag.matches(tag, grams);
  }

  toString(): string {
    return String(this.word);
  }
}

const dictionaryScore = (stutterCnt: number, typosCnt: number): number =>
  Math.pow(0.3, Math.min(stutterCnt, 1) + typosCnt);

class DictionaryReading extends Reading {
  declare word: string;
  readonly paradigm: Uint16Array;
  readonly formCnt: number;
  private stem: string | undefined;

  constructor(
    word: string,
    readonly paradigmIdx: number,
    readonly formIdx: number,
    stutterCnt = 0,
    typosCnt = 0,
    public prefix = '',
    public suffix = '',
  ) {
    const paradigm = dict!.paradigms[paradigmIdx]!;
    const formCnt = paradigm.length / 3;
    super(
      word,
      tagAt(paradigm[formCnt + formIdx]!),
      dictionaryScore(stutterCnt, typosCnt),
      stutterCnt,
      typosCnt,
    );
    this.paradigm = paradigm;
    this.formCnt = formCnt;
  }

  /** The word without its paradigm's prefix and ending. */
  base(): string {
    if (this.stem) return this.stem;
    return (this.stem = this.word.substring(
      PREFIXES[this.paradigm[(this.formCnt << 1) + this.formIdx]!]!.length,
      this.word.length - dict!.suffixes[this.paradigm[this.formIdx]!]!.length,
    ));
  }

  private formAt(formIdx: number): DictionaryReading {
    return new DictionaryReading(
      PREFIXES[this.paradigm[(this.formCnt << 1) + formIdx]!]! +
        this.base() +
        dict!.suffixes[this.paradigm[formIdx]!]!,
      this.paradigmIdx,
      formIdx,
      0,
      0,
      this.prefix,
      this.suffix,
    );
  }

  override inflect(tag: number | Tag | readonly string[], grams?: readonly string[]): Reading | false {
    if (!grams && typeof tag === 'number') return this.formAt(tag);
    if (typeof tag === 'number') return false;
    for (let formIdx = 0; formIdx < this.formCnt; formIdx++) {
      if (tagAt(this.paradigm[this.formCnt + formIdx]!).matches(tag, grams)) return this.formAt(formIdx);
    }
    return false;
  }

  override toString(): string {
    if (this.prefix) {
      const pref = PREFIXES[this.paradigm[(this.formCnt << 1) + this.formIdx]!]!;
      return pref + this.prefix + this.word.substring(pref.length) + this.suffix;
    }
    return this.word + this.suffix;
  }
}

/**
 * Two dictionary words joined by a hyphen ("человек-паук"). Like az's CombinedParse it has no `word`
 * of its own (az leaves the field unset): code reading `word` gets undefined.
 */
class CombinedReading extends Reading {
  readonly formCnt: number | undefined;
  constructor(
    readonly left: Reading,
    readonly right: Reading,
  ) {
    super(undefined, right.tag, left.score * right.score * 0.8);
    this.stutterCnt = left.stutterCnt + right.stutterCnt;
    this.typosCnt = left.typosCnt + right.typosCnt;
    this.formCnt = right instanceof DictionaryReading ? right.formCnt : undefined;
  }

  override inflect(tag: number | Tag | readonly string[], grams?: readonly string[]): Reading | false {
    const right = this.right.inflect(tag, grams);
    let left: Reading | false;
    if (!grams && typeof tag === 'number') {
      // az reads right.tag even when right is false, and throws
      if (!right) throw new TypeError("Cannot read properties of false (reading 'tag')");
      left = this.left.inflect(right.tag, ['POST', 'NMbr', 'CAse', 'PErs', 'TEns']);
    } else left = this.left.inflect(tag, grams);
    return left && right ? new CombinedReading(left, right) : false;
  }

  override toString(): string {
    return `${this.left.word}-${this.right.word}`;
  }
}

// ---- the parsers, in az's default order ----

const REPLACES: Readonly<Record<string, string>> = { е: 'ё' };
const INITIALS = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ';
const PARTICLES = ['-то', '-ка', '-таки', '-де', '-тко', '-тка', '-с', '-ста'];
// prettier-ignore
const KNOWN_PREFIXES = [
  'авиа', 'авто', 'аква', 'анти', 'анти-', 'антропо', 'архи', 'арт', 'арт-', 'астро', 'аудио', 'аэро',
  'без', 'бес', 'био', 'вело', 'взаимо', 'вне', 'внутри', 'видео', 'вице-', 'вперед', 'впереди',
  'гекто', 'гелио', 'гео', 'гетеро', 'гига', 'гигро', 'гипер', 'гипо', 'гомо',
  'дву', 'двух', 'де', 'дез', 'дека', 'деци', 'дис', 'до', 'евро', 'за', 'зоо', 'интер', 'инфра',
  'квази', 'квази-', 'кило', 'кино', 'контр', 'контр-', 'космо', 'космо-', 'крипто', 'лейб-', 'лже', 'лже-',
  'макро', 'макси', 'макси-', 'мало', 'меж', 'медиа', 'медиа-', 'мега', 'мета', 'мета-', 'метео', 'метро', 'микро',
  'милли', 'мини', 'мини-', 'моно', 'мото', 'много', 'мульти',
  'нано', 'нарко', 'не', 'небез', 'недо', 'нейро', 'нео', 'низко', 'обер-', 'обще', 'одно', 'около', 'орто',
  'палео', 'пан', 'пара', 'пента', 'пере', 'пиро', 'поли', 'полу', 'после', 'пост', 'пост-',
  'порно', 'пра', 'пра-', 'пред', 'пресс-', 'противо', 'противо-', 'прото', 'псевдо', 'псевдо-',
  'радио', 'разно', 'ре', 'ретро', 'ретро-', 'само', 'санти', 'сверх', 'сверх-', 'спец', 'суб', 'супер', 'супер-', 'супра',
  'теле', 'тетра', 'топ-', 'транс', 'транс-', 'ультра', 'унтер-', 'штаб-',
  'экзо', 'эко', 'эндо', 'эконом-', 'экс', 'экс-', 'экстра', 'экстра-', 'электро', 'энерго', 'этно',
];

type Parser = (word: string) => Reading[];

/** Whether a word is written capitalised: a capital, then not all capitals (az's test). */
const capitalised = (word: string): boolean =>
  word.length > 0 &&
  word[0]!.toLocaleLowerCase() !== word[0] &&
  word.substring(1).toLocaleUpperCase() !== word.substring(1);

const lookup = (word: string): Found[] => dict!.words.findAll(word, REPLACES, Infinity);

const dictionaryParser: Parser = (word) => {
  const isCapitalized = capitalised(word);
  const opts = lookup(word.toLocaleLowerCase());
  const vars: Reading[] = [];
  for (const [spelling, payloads, stutter, typos] of opts) {
    for (const [paradigm, form] of payloads) {
      const w = new DictionaryReading(spelling, paradigm!, form!, stutter, typos);
      if (!w.tag.isCapitalized() || isCapitalized) vars.push(w);
    }
  }
  return vars;
};

const CASES6 = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

function abbreviationParser(): Parser {
  const abbrTags: Tag[] = [];
  for (const gender of ['masc', 'femn', 'neut'])
    for (const kase of CASES6)
      for (const num of ['sing', 'plur'])
        abbrTags.push(new Tag(`NOUN,inan,${gender},Fixd,Abbr ${num},${kase}`));
  return (word) => {
    if (word.length < 2 || word.includes('-')) return [];
    if (INITIALS.includes(word[0]!) && INITIALS.includes(word[word.length - 1]!)) {
      let caps = 0;
      for (const ch of word.split('')) if (INITIALS.includes(ch)) caps++;
      if (caps <= 5) return abbrTags.map((t) => new Reading(word, t, 0.5));
    }
    return [];
  };
}

function initialsParser(score: number): Parser {
  const initialsTags: Tag[] = [];
  for (const gender of ['masc', 'femn'])
    for (const kase of CASES6)
      initialsTags.push(new Tag(`NOUN,anim,${gender},Sgtm,Name,Fixd,Abbr,Init sing,${kase}`));
  return (word) => {
    if (word.length !== 1 || !INITIALS.includes(word)) return [];
    return initialsTags.map((t) => new Reading(word, t, score));
  };
}

const regexpParser =
  (regexp: RegExp, tag: Tag): Parser =>
  (word) =>
    word.length && regexp.test(word) ? [new Reading(word, tag)] : [];

const hyphenParticleParser: Parser = (word) => {
  word = word.toLocaleLowerCase();
  const vars: Reading[] = [];
  for (const particle of PARTICLES) {
    if (word.substring(word.length - particle.length) === particle) {
      for (const [spelling, payloads, stutter, typos] of lookup(word.slice(0, -particle.length))) {
        for (const [paradigm, form] of payloads) {
          const w = new DictionaryReading(spelling, paradigm!, form!, stutter, typos, '', particle);
          w.score *= 0.9;
          vars.push(w);
        }
      }
    }
  }
  return vars;
};

function hyphenAdverbParser(advb: Tag): Parser {
  return (word) => {
    word = word.toLocaleLowerCase();
    if (word.length < 5 || word.substring(0, 3) !== 'по-') return [];
    const parses: Reading[] = [];
    const used = new Set<string>();
    for (const [spelling, payloads, stutter, typos] of lookup(word.substring(3))) {
      if (used.has(spelling)) continue;
      for (const [paradigm, form] of payloads) {
        const parse = new DictionaryReading(spelling, paradigm!, form!, stutter, typos);
        if (parse.matches(['ADJF', 'sing', 'datv'])) {
          used.add(spelling);
          parses.push(new Reading('по-' + spelling, advb, parse.score * 0.9, stutter, typos));
          break;
        }
      }
    }
    return parses;
  };
}

const hyphenWordsParser: Parser = (word) => {
  word = word.toLocaleLowerCase();
  for (const p of KNOWN_PREFIXES) if (p.endsWith('-') && word.substring(0, p.length) === p) return [];
  const parses: Reading[] = [];
  const parts = word.split('-');
  if (parts.length !== 2 || !parts[0]!.length || !parts[1]!.length) {
    if (parts.length > 2) {
      const end = parts[parts.length - 1]!;
      for (const r of dictionaryParser(end)) {
        if (r instanceof DictionaryReading) {
          r.score *= 0.2;
          r.prefix = word.substring(0, word.length - end.length - 1) + '-';
          parses.push(r);
        }
      }
    }
    return parses;
  }
  const left = dictionaryParser(parts[0]!);
  const right = dictionaryParser(parts[1]!);
  for (const l of left) {
    if (l.tag.get('Abbr')) continue;
    for (const r of right) {
      if (!l.matches(r, ['POST', 'NMbr', 'CAse', 'PErs', 'TEns'])) continue;
      if (l.typosCnt + r.typosCnt > 0) continue; // az: stutter > Infinity never, typos > 0
      parses.push(new CombinedReading(l, r));
    }
  }
  for (const r of right) {
    if (r instanceof DictionaryReading) {
      r.score *= 0.3;
      r.prefix = parts[0] + '-';
      parses.push(r);
    }
  }
  return parses;
};

const prefixKnownParser: Parser = (word) => {
  const isCapitalized = capitalised(word);
  word = word.toLocaleLowerCase();
  const parses: Reading[] = [];
  for (const p of KNOWN_PREFIXES) {
    if (word.length - p.length < 3) continue;
    if (word.substring(0, p.length) === p) {
      for (const r of dictionaryParser(word.substring(p.length))) {
        if (!r.tag.isProductive()) continue;
        if (r.tag.isCapitalized() && !isCapitalized) continue;
        r.score *= 0.7;
        (r as DictionaryReading).prefix = p;
        parses.push(r);
      }
    }
  }
  return parses;
};

const prefixUnknownParser: Parser = (word) => {
  const isCapitalized = capitalised(word);
  word = word.toLocaleLowerCase();
  const parses: Reading[] = [];
  for (let len = 1; len <= 5; len++) {
    if (word.length - len < 3) break;
    for (const r of dictionaryParser(word.substring(len))) {
      if (!r.tag.isProductive()) continue;
      if (r.tag.isCapitalized() && !isCapitalized) continue;
      r.score *= 0.3;
      (r as DictionaryReading).prefix = word.substring(0, len);
      parses.push(r);
    }
  }
  return parses;
};

const SUFFIX_COEFFS = [0, 0.2, 0.3, 0.4, 0.5, 0.6];

// az differs from pymorphy2 here: after a suffix that matches, the one a letter shorter is tried too
const suffixKnownParser: Parser = (word) => {
  if (word.length < 4) return [];
  const isCapitalized = capitalised(word);
  word = word.toLocaleLowerCase();
  let parses: Reading[] = [];
  let minlen = 1;
  const used = new Set<string>();
  for (let i = 0; i < PREFIXES.length; i++) {
    const pre = PREFIXES[i]!;
    if (pre.length && word.substring(0, pre.length) !== pre) continue;
    const base = word.substring(pre.length);
    for (let len = 5; len >= minlen; len--) {
      if (len >= base.length) continue;
      const left = base.substring(0, base.length - len);
      const right = base.substring(base.length - len);
      const entries = dict!.predictionSuffixes[i]!.findAll(right, REPLACES, 0);
      const p: DictionaryReading[] = [];
      let max = 1;
      for (const [suffix, stats] of entries) {
        for (const [count, paradigm, form] of stats) {
          const parse = new DictionaryReading(pre + left + suffix, paradigm!, form!);
          if (!parse.tag.isProductive()) continue;
          if (parse.tag.isCapitalized() && !isCapitalized) continue;
          const key = `${parse.toString()}:${paradigm}:${form}`;
          if (used.has(key)) continue;
          max = Math.max(max, count!);
          parse.score = count! * SUFFIX_COEFFS[len]!;
          p.push(parse);
          used.add(key);
        }
      }
      if (p.length > 0) {
        for (const r of p) r.score /= max;
        parses = parses.concat(p);
        minlen = Math.max(len - 1, 1); // check also suffixes one letter shorter
      }
    }
  }
  return parses;
};

/** The parsers in az's default order; a terminal one ends the search once a reading is found. */
let parsers: { name: string; terminal: boolean; run: Parser }[] = [];

function buildParsers(): void {
  grammemes['NUMB'] = grammemes['ЧИСЛО'] = { parent: 'POST' };
  grammemes['ROMN'] = grammemes['РИМ'] = { parent: 'POST' };
  grammemes['LATN'] = grammemes['ЛАТ'] = { parent: 'POST' };
  grammemes['PNCT'] = grammemes['ЗПР'] = { parent: 'POST' };
  grammemes['UNKN'] = grammemes['НЕИЗВ'] = { parent: 'POST' };
  const abbr = abbreviationParser();
  const initials = initialsParser(0.1);
  const list: [string, Parser][] = [
    ['Dictionary?', dictionaryParser],
    ['AbbrName?', initials],
    ['AbbrPatronymic', initials],
    ['IntNumber', regexpParser(/^[−-]?[0-9]+$/, new Tag('NUMB,intg'))],
    ['RealNumber', regexpParser(/^[−-]?([0-9]*[.,][0-9]+)$/, new Tag('NUMB,real'))],
    [
      'Punctuation',
      regexpParser(/^[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,\-.\/:;<=>?@\[\]^_`{|}~]+$/, new Tag('PNCT')),
    ],
    [
      'RomanNumber?',
      regexpParser(/^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/, new Tag('ROMN')),
    ],
    ['Latin', regexpParser(/[A-Za-z\u00C0-\u00D6\u00D8-\u00f6\u00f8-\u024f]$/, new Tag('LATN'))],
    ['HyphenParticle', hyphenParticleParser],
    ['HyphenAdverb', hyphenAdverbParser(new Tag('ADVB'))],
    ['HyphenWords', hyphenWordsParser],
    ['PrefixKnown', prefixKnownParser],
    ['PrefixUnknown?', prefixUnknownParser],
    ['SuffixKnown?', suffixKnownParser],
    ['Abbr', abbr],
  ];
  parsers = list.map(([name, run]) => ({
    name: name.replace(/\?$/, ''),
    terminal: !name.endsWith('?'),
    run,
  }));
}

/**
 * The readings of a word form, most likely first, as az's `Az.Morph(word)` gives them with its
 * default options. Requires loadOpenCorpora() first.
 */
export function morph(word: string): Reading[] {
  const d = dict;
  if (!d) throw new Error('the OpenCorpora dictionary is not loaded');
  let parses: Reading[] = [];
  let matched = false;
  for (const { name, terminal, run } of parsers) {
    const vars = run(word);
    for (const v of vars) {
      v.parser = name;
      if (!v.stutterCnt && !v.typosCnt) matched = true;
    }
    parses = parses.concat(vars);
    if (matched && terminal) break;
  }

  let total = 0;
  for (const p of parses) {
    if (p.parser === 'Dictionary') {
      const res = d.probabilities.findAll(`${p.toString()}:${p.tag.toString()}`, null, 0);
      if (res[0]) {
        p.score = (res[0][1][0]![0]! / 1000000) * dictionaryScore(p.stutterCnt, p.typosCnt);
        total += p.score;
      }
    }
  }
  // dictionary and guessed scores are normalised separately
  if (total > 0) for (const p of parses) if (p.parser === 'Dictionary') p.score /= total;
  total = 0;
  for (const p of parses) if (p.parser !== 'Dictionary') total += p.score;
  if (total > 0) for (const p of parses) if (p.parser !== 'Dictionary') p.score /= total;

  parses.sort((a, b) => b.score - a.score);
  return parses;
}

/** A file's bytes as an ArrayBuffer of its own (typed arrays need an aligned, exact buffer). */
function readBuffer(file: string): ArrayBuffer {
  const b = readFileSync(file);
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength) return b.buffer;
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Loads the dictionaries from az's `dicts` folder (once; later calls do nothing). */
export function loadOpenCorpora(dir: string): void {
  if (dict) return;
  const g: Record<string, Grammeme> = {};
  for (const [internal, parent, external] of readJson(path.join(dir, 'grammemes.json')) as string[][])
    g[internal!] = g[external!] = { parent: parent! };
  const list = new Uint16Array(readBuffer(path.join(dir, 'paradigms.array')));
  const paradigms: Uint16Array[] = [];
  for (let i = 0, pos = 1, count = list[0]!; i < count; i++) {
    const size = list[pos++]!;
    paradigms.push(list.subarray(pos, pos + size));
    pos += size;
  }
  const tagStrings = readJson(path.join(dir, 'gramtab-opencorpora-int.json')) as string[];
  const loaded: Dictionary = {
    words: Dawg.fromBuffer(readBuffer(path.join(dir, 'words.dawg')), 'words'),
    probabilities: Dawg.fromBuffer(readBuffer(path.join(dir, 'p_t_given_w.intdawg')), 'int'),
    predictionSuffixes: [0, 1, 2].map((i) =>
      Dawg.fromBuffer(readBuffer(path.join(dir, `prediction-suffixes-${i}.dawg`)), 'probs'),
    ),
    paradigms,
    suffixes: readJson(path.join(dir, 'suffixes.json')) as string[],
    tagStrings,
    tags: new Array<Tag | undefined>(tagStrings.length),
  };
  grammemes = g;
  dict = loaded;
  buildParsers();
}
