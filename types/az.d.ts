// Minimal typings for the parts of `az` (Az.js, OpenCorpora morphology) that newsfacts uses.
declare module 'az' {
  export interface AzTag {
    POST?: string;
    CAse?: string;
    NMbr?: string;
    GNdr?: string;
    ANim?: string;
    stat: string[];
    flex: string[];
    toString(): string;
    [grammeme: string]: unknown;
  }
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    stutter?: number;
    typos?: number;
    normalize(keepPOS?: boolean): AzParse;
    /** the same word with these grammemes, or false when it has no such form */
    inflect(grammemes: string[]): AzParse | false;
  }
  export interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (err: unknown) => void): void;
    setDefaults(config: Record<string, unknown>): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
