// az builds each of its ~5,000 tags twice: once with OpenCorpora's Latin grammemes ("NOUN,anim")
// and once, as `tag.ext`, with the Russian ones ("СУЩ,од"). A tag is an object with one property
// per grammeme, so every distinct tag gets its own hidden class and descriptor array in V8: the
// Russian copies alone hold some 9 MB of heap for the whole run. Only az's debugging `log()`
// methods read `ext`; newsfacts never does. This hands az an empty Russian name for every tag,
// so all the copies share one small shape: the same readings, less resident memory.

/** The file az reads the Russian tag names from, in its dictionary folder. */
const EXT_TAGS = 'gramtab-opencorpora-ext.json';

type LoadCallback = (err: unknown, data?: unknown) => void;
/** az's file loader (`Az.load`), which every dictionary goes through. */
export interface AzLoader {
  load: (url: string, responseType: string, callback: LoadCallback) => void;
}

const INSTALLED = Symbol('newsfacts.leanTags');

/** Makes az load an empty Russian name for each tag. Call before Az.Morph.init; safe to call again. */
export function installLeanTags(az: AzLoader): void {
  const marked = az as AzLoader & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  const load = az.load.bind(az);
  az.load = (url, responseType, callback) => {
    if (!url.endsWith(EXT_TAGS)) {
      load(url, responseType, callback);
      return;
    }
    load(url, responseType, (err, data) => {
      // the list must keep its length: tag i is built from entry i of both lists
      if (err || !Array.isArray(data)) callback(err, data);
      else
        callback(
          null,
          data.map(() => ''),
        );
    });
  };
  Object.defineProperty(az, INSTALLED, { value: true });
}
