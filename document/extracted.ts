// What every extractor returns: its items and the warnings a reviewer should see.
export interface Extracted<T> {
  items: T[];
  warnings: string[];
}
