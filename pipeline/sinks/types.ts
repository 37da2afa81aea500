// What the run command hands to sinks: a schema-valid record plus its version.
import type { NewsRecord } from '../../document/record/types.js';

/** A record as emitted by `run`: the contract's fields plus `version` (1, 2, ... per id). */
export type EmittedRecord = NewsRecord & { version: number };

/** One record ready for the sinks, with the hash that decides whether it changed. */
export interface OutRecord {
  record: EmittedRecord;
  /** SHA-256 of the parsed article (text, title, dates, URL), hex */
  contentHash: string;
  /** the record serialised once, without the newline */
  line: string;
}

/** A database-like sink: every batch is written idempotently (upsert by record id). */
export interface Sink {
  readonly name: string;
  /** Writes a batch; resolves once it is committed. */
  write(batch: readonly OutRecord[]): Promise<void>;
  /** Releases connections and files. */
  close(): Promise<void>;
}
