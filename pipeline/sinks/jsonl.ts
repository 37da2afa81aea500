// JSON Lines files in the output folder. Two modes:
// - per run: records go to a hidden temporary file that is fsynced and renamed to
//   records-<run time>[-NNN].jsonl once complete (a checkpoint), so readers only ever see whole files;
// - append: one file that grows by whole lines, fsynced after each batch.
// Either way every line is one complete record, and the state store learns what was delivered.
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { NewsfactsError } from '../../document/errors.js';
import type { OutRecord } from './types.js';

/** A record id and version found in a delivered file. */
export interface Delivered {
  id: string;
  version: number;
}

/** The file names of one checkpoint of a per-run output. */
export interface Segment {
  /** hidden, ignored by readers; removed when a run dies before the rename */
  tmp: string;
  /** the name readers see */
  final: string;
}

/** The segment file names for a run stamp and a sequence number (1 has no suffix). */
export function segmentPaths(dir: string, stamp: string, seq: number): Segment {
  const base = seq === 1 ? `records-${stamp}` : `records-${stamp}-${String(seq).padStart(3, '0')}`;
  return { tmp: path.join(dir, `.${base}.jsonl.tmp`), final: path.join(dir, `${base}.jsonl`) };
}

/** fsyncs a folder so that a rename in it survives a power cut. */
function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // some file systems refuse to fsync folders; the rename itself is still atomic
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Writes one buffer completely (writeSync may write less than asked). */
function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

/** Per-run JSON Lines output, completed file by file. */
export class RunFileWriter {
  private seq = 1;
  private fd: number | null = null;
  private count = 0;
  readonly finished: string[] = [];

  constructor(
    readonly dir: string,
    readonly stamp: string,
  ) {}

  /** The file names the current checkpoint will have. */
  current(): Segment {
    return segmentPaths(this.dir, this.stamp, this.seq);
  }

  /** Records written since the last checkpoint. */
  get pending(): number {
    return this.count;
  }

  /** Appends lines to the temporary file (created on the first record, so a quiet run leaves none). */
  write(batch: readonly OutRecord[]): void {
    if (batch.length === 0) return;
    try {
      this.fd ??= openSync(this.current().tmp, 'w');
      writeAll(this.fd, Buffer.from(batch.map((o) => o.line + '\n').join(''), 'utf8'));
    } catch (err) {
      throw new NewsfactsError('sink', `cannot write ${this.current().tmp}`, { cause: err });
    }
    this.count += batch.length;
  }

  /** Makes the current file durable and visible under its final name; null when it was empty. */
  checkpoint(): string | null {
    if (this.fd === null) return null;
    const seg = this.current();
    try {
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = null;
      renameSync(seg.tmp, seg.final);
      fsyncDir(this.dir);
    } catch (err) {
      throw new NewsfactsError('sink', `cannot complete ${seg.final}`, { cause: err });
    }
    this.finished.push(seg.final);
    this.seq++;
    this.count = 0;
    return seg.final;
  }

  /** Closes without completing: the temporary file is removed, its records were not delivered. */
  discard(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    try {
      unlinkSync(this.current().tmp);
    } catch {
      // already gone
    }
  }
}

/** One append-only JSON Lines file, grown by whole lines with an fsync per batch. */
export class AppendFileWriter {
  private fd: number;

  constructor(readonly file: string) {
    try {
      this.fd = openSync(file, 'a');
    } catch (err) {
      throw new NewsfactsError('sink', `cannot open ${file} for appending`, { cause: err });
    }
  }

  /** Appends the batch in one write and fsyncs it; returns the file size after it. */
  write(batch: readonly OutRecord[]): number {
    try {
      if (batch.length) {
        writeAll(this.fd, Buffer.from(batch.map((o) => o.line + '\n').join(''), 'utf8'));
        fsyncSync(this.fd);
      }
      return fstatSync(this.fd).size;
    } catch (err) {
      throw new NewsfactsError('sink', `cannot append to ${this.file}`, { cause: err });
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * What a crashed run appended to `file` after `offset`: the ids and versions of its complete lines.
 * A trailing partial line (a write cut short) is cut off, so the file again ends on a whole line.
 */
export function recoverAppended(file: string, offset: number): { delivered: Delivered[]; size: number } {
  if (!existsSync(file)) return { delivered: [], size: 0 };
  const fd = openSync(file, 'r+');
  try {
    const size = fstatSync(fd).size;
    // a file shorter than what we committed was rotated or truncated by someone else
    if (size <= offset) return { delivered: [], size };
    const buf = Buffer.alloc(size - offset);
    let read = 0;
    while (read < buf.length) {
      const n = readSync(fd, buf, read, buf.length - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    const lastNl = buf.lastIndexOf(0x0a);
    const whole = lastNl + 1;
    if (whole < buf.length) {
      ftruncateSync(fd, offset + whole);
      fsyncSync(fd);
    }
    const delivered: Delivered[] = [];
    for (const line of buf.subarray(0, whole).toString('utf8').split('\n')) {
      if (!line) continue;
      try {
        const o = JSON.parse(line) as { id?: unknown; version?: unknown };
        if (typeof o.id === 'string' && typeof o.version === 'number')
          delivered.push({ id: o.id, version: o.version });
      } catch {
        // not ours to judge: a whole line that does not parse is left as it is
      }
    }
    return { delivered, size: offset + whole };
  } finally {
    closeSync(fd);
  }
}
