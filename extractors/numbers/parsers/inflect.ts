// Puts a genitive plural dependent into the genitive singular for the counted lemma phrase
// ("шести акимов районов" counts "аким района"). The analysed document only carries readings,
// so this asks az, whose dictionary loadMorphology() has already loaded, to inflect the form.
import Az from 'az';
import type { AzParse } from 'az';

interface Inflectable extends AzParse {
  inflect(grammemes: string[]): AzParse | false;
}

/** The genitive singular of a genitive plural noun or adjective form; the form itself otherwise. */
export function genitiveSingular(form: string): string {
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
