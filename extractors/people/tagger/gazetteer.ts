// A gazetteer learned from training data: for each capitalised word's key, how often it stood inside
// a person span. Built jackknifed during training so a document never sees its own labels.
import { I, B } from './bio.js';
import type { TokenInfo } from './token-info.js';

/** Key -> [times inside a person span, times seen]. */
export type Gazetteer = ReadonlyMap<string, readonly [number, number]>;

/** Counts keys over documents' token infos and tags. */
export function buildGazetteer(
  docs: readonly { info: TokenInfo; tags: Uint8Array }[],
): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const { info, tags } of docs) {
    for (let i = 0; i < info.n; i++) {
      const key = info.keys[i];
      if (key == null) continue;
      let e = out.get(key);
      if (!e) out.set(key, (e = [0, 0]));
      if (tags[i] === B || tags[i] === I) e[0]++;
      e[1]++;
    }
  }
  return out;
}

/** Bucketed gazetteer code of a key: 0 unseen, else ratio bucket x count bucket. */
export function gazCode(gaz: Gazetteer, key: string | null): number {
  if (key === null) return 0;
  const e = gaz.get(key);
  if (!e) return 1;
  const [inside, total] = e;
  const r = inside / total;
  const ratio = inside === 0 ? 0 : r < 0.2 ? 1 : r < 0.5 ? 2 : r < 0.8 ? 3 : inside < total ? 4 : 5;
  const count = total === 1 ? 0 : total < 5 ? 1 : 2;
  return 2 + ratio * 3 + count;
}

/** Gazetteer codes of every token of a document. */
export function gazCodes(gaz: Gazetteer, info: TokenInfo): Uint8Array {
  const out = new Uint8Array(info.n);
  for (let i = 0; i < info.n; i++) {
    const key = info.keys[i];
    if (key != null) out[i] = gazCode(gaz, key);
  }
  return out;
}
