// News whose vocabulary keeps growing, for memory over long runs: N articles made of sentences drawn
// from a JSON Lines corpus, in which some capitalised words become new Russian-looking names (a new
// stem with the original word's ending: "Стунцуа", "Хонцовий"), some long lower-case words get a new
// stem, and most numbers get new digits. Stems are reused for a while, as a story's names are, so the
// forms keep coming like real news: about 40,000 distinct forms at 1,000 articles from the 963 gold
// articles, 150,000 at 10,000 and 980,000 at 100,000. Deterministic for a seed.
//   npx tsx bench/open-vocabulary.ts CORPUS.jsonl N [seed] > OUT.jsonl
// then: /usr/bin/time -f "%M KB" bin/newsfacts extract --jsonl OUT.jsonl --workers 1
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

const [corpus, count, seedArg] = process.argv.slice(2);
if (!corpus || !count) {
  process.stderr.write('usage: open-vocabulary.ts CORPUS.jsonl N [seed]\n');
  process.exit(2);
}
const seed = Number(seedArg ?? 1);

/** xorshift32: the same articles for the same seed. */
let state = seed >>> 0 || 1;
function random(): number {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 4294967296;
}
function pick<T>(xs: readonly T[]): T {
  return xs[Math.floor(random() * xs.length)]!;
}

const ONSETS = 'б в г д ж з к л м н п р с т ф х ц ч ш щ бр гр др кр пр тр ст зл хв шм вл пл ск чх'.split(' ');
const VOWELS = 'а о у е и ы я ю а о е и'.split(' ');
const CODAS = ['', '', '', 'н', 'р', 'л', 'с', 'к', 'м', 'в', 'т', 'д', 'ш', 'нц', 'рт', 'лк', 'ст'];
const SURNAME_SUFFIXES = ['ов', 'ев', 'ин', 'ский'];

function newStem(): string {
  const syllables = 1 + Math.floor(random() * 3);
  let stem = '';
  for (let i = 0; i < syllables; i++)
    stem += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
  return stem;
}

/** A stem from a growing pool: new with probability `fresh`, else mostly one of the last 2,000. */
function stemFrom(pool: string[], fresh: number): string {
  if (pool.length === 0 || random() < fresh) {
    const stem = newStem();
    pool.push(stem);
    return stem;
  }
  const recent = random() < 0.8;
  return pool[
    recent
      ? pool.length - 1 - Math.floor(random() * Math.min(pool.length, 2000))
      : Math.floor(random() * pool.length)
  ]!;
}

/** The word's ending to keep: its last vowels (at most three letters), or a common consonant suffix. */
function ending(word: string): string {
  let i = word.length;
  while (i > 0 && word.length - i < 3 && /[аеёиоуыэюяь]/.test(word[i - 1]!)) i--;
  if (i < word.length) return word.slice(i);
  return /(ов|ев|ин|ск|ий|ый|ой)$/.exec(word)?.[1] ?? '';
}

const names: string[] = [];
const commons: string[] = [];

function renew(word: string, first: boolean): string {
  if (!first && /^[А-ЯЁ][а-яё]{3,}$/.test(word) && random() < 0.45) {
    let stem = stemFrom(names, 0.12);
    if (random() < 0.3) stem += pick(SURNAME_SUFFIXES);
    return stem[0]!.toUpperCase() + stem.slice(1) + ending(word);
  }
  if (/^[а-яё]{7,}$/.test(word) && random() < 0.03) {
    const end = ending(word);
    return stemFrom(commons, 0.3) + word.slice(2, Math.max(2, word.length - end.length - 1)) + end;
  }
  if (/^\d+$/.test(word) && word.length !== 4 && random() < 0.7)
    return String(Math.floor(random() * 10 ** word.length));
  return word;
}

const sentences: string[] = [];
const lengths: number[] = [];
for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const text = (JSON.parse(line) as { text: string }).text;
  let n = 0;
  for (const paragraph of text.split(/\n+/))
    for (const sentence of paragraph.split(/(?<=[.!?…])\s+(?=[А-ЯЁA-Z«"0-9])/))
      if (sentence.trim()) {
        sentences.push(sentence);
        n++;
      }
  lengths.push(n);
}

for (let a = 0; a < Number(count); a++) {
  const n = Math.max(2, pick(lengths));
  let text = '';
  for (let i = 0; i < n; i++) {
    let first = true;
    const sentence = pick(sentences).replace(/[А-ЯЁа-яё]+|\d+/g, (w) => {
      const out = renew(w, first);
      first = false;
      return out;
    });
    // a paragraph every three sentences
    text += (i === 0 ? '' : i % 3 === 0 ? '\n\n' : ' ') + sentence;
  }
  if (!process.stdout.write(JSON.stringify({ id: `synth/${seed}/${a}`, text }) + '\n'))
    await once(process.stdout, 'drain');
}
