// Puts a genitive plural dependent into the genitive singular for the counted lemma phrase
// ("шести акимов районов" counts "аким района"). The analysed document only carries readings,
// so this asks az, whose dictionary loadMorphology() has already loaded, to inflect the form.
import Az from 'az';
import type { AzParse } from 'az';

interface Inflectable extends AzParse {
  inflect(grammemes: string[]): AzParse | false;
}

// A memo of a pure function (same form, same answer), bounded so long runs do not grow it forever.
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** The genitive singular of a genitive plural noun or adjective form; the form itself otherwise. */
export function genitiveSingular(form: string): string {
  const hit = memo.get(form);
  if (hit !== undefined) return hit;
  const out = inflectGenitiveSingular(form);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(form, out);
  return out;
}

function inflectGenitiveSingular(form: string): string {
  try {
    const parses = Az.Morph(form) as Inflectable[];
    const p = parses.find((x) => {
      const tags = [...x.tag.stat, ...x.tag.flex];
      return tags.includes('plur') && tags.includes('gent') && !tags.includes('Pltm');
    });
    if (!p) return form;
    const r = p.inflect(['sing', 'gent']);
    return r ? r.word.replace(/ё/g, 'е') : form;
  } catch {
    return form;
  }
}
