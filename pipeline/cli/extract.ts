// `newsfacts extract`: one article (a file or stdin) to one record, or JSON Lines to JSON Lines.
// An article that is not text (binary, not UTF-8), empty, over the size limit (--max-text-bytes,
// default 1 MiB of UTF-8) or yields no valid record is a failed article with its reason (exit 3);
// bad options and unreadable input are usage errors (exit 2).
import { open } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadMorphology } from '../../document/analyse/index.js';
import { ArticleError, describeError, InputError } from '../../document/errors.js';
import { decodeText, DEFAULT_MAX_TEXT_BYTES, notTextReason } from '../../document/text-check.js';
import type { ArticleInput } from '../extract/extract.js';
import { getLogger } from '../log.js';
import { bytesArgument, isIsoTimestamp, isoArgument } from './args.js';
import { defaultWorkers, inOrder, workersArgument } from './workers.js';
import type { LineOutcome } from './extract-line.js';
import { EXIT, writeOut } from './io.js';
import type { CliContext } from './io.js';

interface ExtractOptions {
  published?: string;
  url?: string;
  outlet?: string;
  title?: string;
  html?: boolean;
  jsonl?: string;
  pretty?: boolean;
  workers?: number;
  maxTextBytes?: number;
}

/** The warning for invalid bytes that decoding replaced with U+FFFD, or null. */
function replacedWarning(replaced: number): string | null {
  return replaced > 0
    ? `input is not valid UTF-8: ${replaced} invalid byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD`
    : null;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function readInput(file: string, ctx: CliContext): Promise<Buffer> {
  try {
    if (file === '-') return await readAll(ctx.io.stdin);
    const handle = await open(file);
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new InputError(`cannot read ${file === '-' ? 'standard input' : file}`, { cause: err });
  }
}

/** Turns one JSON Lines input line into an article; throws InputError on bad lines. */
export function articleFromLine(line: string, lineNo: number): ArticleInput {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    throw new InputError(`line ${lineNo}: not JSON`, { cause: err });
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
    throw new InputError(`line ${lineNo}: not an object`);
  const o = obj as Record<string, unknown>;
  if (typeof o['text'] !== 'string') throw new InputError(`line ${lineNo}: no "text" string`);
  const str = (k: string): string | null => (typeof o[k] === 'string' ? o[k] : null);
  // ids are kept; a number is kept as its string form (the schema's id is a non-empty string)
  const rawId = o['id'];
  let id: string | null = null;
  if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  else if (typeof rawId === 'string' && rawId !== '') id = rawId;
  else if (rawId !== undefined && rawId !== null)
    throw new InputError(`line ${lineNo}: "id" must be a non-empty string or a number`);
  const published = o['published'];
  if (
    published !== undefined &&
    published !== null &&
    (typeof published !== 'string' || !isIsoTimestamp(published))
  )
    throw new InputError(
      `line ${lineNo}: "published" is not an ISO 8601 date or time: ${JSON.stringify(published)}`,
    );
  return {
    text: o['text'],
    id,
    url: str('url'),
    outlet: str('outlet'),
    title: str('title'),
    published: typeof published === 'string' ? published : null,
  };
}

/** The lines of a byte stream (split at \n, a trailing \r dropped), as bytes. */
async function* byteLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const buf = rest.length ? Buffer.concat([rest, Buffer.from(chunk)]) : Buffer.from(chunk);
    let start = 0;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, start)) {
      yield buf.subarray(start, nl > start && buf[nl - 1] === 13 ? nl - 1 : nl);
      start = nl + 1;
    }
    rest = buf.subarray(start);
  }
  if (rest.length) yield rest;
}

/** The chunks of a stream, a read error becoming an InputError that names the input. */
async function* reading(
  stream: AsyncIterable<Buffer | string>,
  name: string,
): AsyncGenerator<Buffer | string> {
  try {
    yield* stream;
  } catch (err) {
    throw new InputError(`cannot read ${name}`, { cause: err });
  }
}

/** One input line: its number and its article, or why it is not one. */
type InputLine = { lineNo: number; article: ArticleInput } | { lineNo: number; failed: ArticleError };

/** The articles of JSON Lines input, blank lines skipped, bad lines as failures. */
async function* inputLines(stream: AsyncIterable<Buffer | string>, name: string): AsyncGenerator<InputLine> {
  let lineNo = 0;
  for await (const bytes of byteLines(reading(stream, name))) {
    lineNo++;
    const { text: line, replaced } = decodeText(bytes, lineNo === 1);
    if (!line.trim()) continue;
    let article: ArticleInput;
    try {
      article = articleFromLine(line, lineNo);
    } catch (err) {
      const reason = describeError(err).replace(/^InputError: /, '');
      yield { lineNo, failed: new ArticleError('bad-line', reason, { cause: err }) };
      continue;
    }
    const warning = replacedWarning(replaced);
    if (warning) article.warnings = [warning];
    yield { lineNo, article };
  }
}

async function extractJsonl(
  file: string,
  ctx: CliContext,
  workers: number,
  maxTextBytes: number,
): Promise<number> {
  const log = getLogger();
  const name = file === '-' ? 'standard input' : file;
  let stream: AsyncIterable<Buffer | string>;
  if (file === '-') stream = ctx.io.stdin as AsyncIterable<Buffer | string>;
  else {
    try {
      stream = (await open(file)).createReadStream();
    } catch (err) {
      throw new InputError(`cannot read ${file}`, { cause: err });
    }
  }
  // one thread: extract here; more: piscina threads (loaded only then), results kept in input order
  // the extractors load only where they run: here, or in the pool's threads
  const pool = workers > 1 ? (await import('./extract-pool.js')).linePool(workers) : null;
  const extractHere = pool ? null : (await import('./extract-line.js')).lineOutcome;
  if (!pool) await loadMorphology();
  const run = async (item: InputLine): Promise<{ lineNo: number; outcome: LineOutcome }> => {
    if ('failed' in item)
      return {
        lineNo: item.lineNo,
        outcome: { failed: { reason: item.failed.reason, detail: item.failed.message } },
      };
    return {
      lineNo: item.lineNo,
      outcome: extractHere
        ? extractHere(item.article, maxTextBytes)
        : await pool!.run(item.article, maxTextBytes),
    };
  };
  let failed = 0;
  try {
    for await (const { lineNo, outcome } of inOrder(
      inputLines(stream, name),
      run,
      pool ? pool.threads * 4 : 1,
    )) {
      if ('failed' in outcome) {
        failed++;
        log.warn(
          { line: lineNo, reason: outcome.failed.reason, detail: outcome.failed.detail },
          'line failed',
        );
        continue;
      }
      if (!(await writeOut(ctx, outcome.line))) break; // the reader has gone: stop quietly
    }
  } finally {
    await pool?.close();
  }
  return failed ? EXIT.partial : EXIT.ok;
}

/** Registers the extract command. */
export function registerExtract(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('extract one record from a plain-text (or --html) article, or records from --jsonl input')
    .argument('[file]', 'article file, or - for standard input')
    .option(
      '--published <iso>',
      'publication time that relative dates resolve against, e.g. 2025-11-26T12:00:00+05:00',
      isoArgument,
    )
    .option('--url <url>', 'canonical URL of the article')
    .option('--outlet <name>', 'outlet name, e.g. Zakon.kz')
    .option('--title <title>', 'article title')
    .option('--html', 'the input is an HTML page: take its title and body first')
    .option('--jsonl <file>', 'read {id, text, published?, url?} per line, write one record per line')
    .option('--pretty', 'indent the JSON output')
    .option(
      '--workers <n>',
      'worker threads for --jsonl (default 1: each thread loads its own dictionaries)',
      workersArgument,
    )
    .option(
      '--max-text-bytes <n>',
      `an article whose text is longer (in UTF-8 bytes) fails as "too-long" (default ${DEFAULT_MAX_TEXT_BYTES}: 1 MiB)`,
      bytesArgument,
    )
    .action(async (file: string | undefined, opts: ExtractOptions) => {
      const maxTextBytes = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
      if (opts.jsonl) {
        ctx.exitCode = await extractJsonl(opts.jsonl, ctx, opts.workers ?? defaultWorkers(), maxTextBytes);
        return;
      }
      await loadMorphology();
      if (!file) throw new InputError('give a file, - for standard input, or --jsonl FILE');
      const bytes = await readInput(file, ctx);
      const name = file === '-' ? 'standard input' : file;
      let out: string;
      try {
        const binary = notTextReason(bytes);
        if (binary) throw new ArticleError('not-text', binary);
        let article: ArticleInput;
        if (opts.html) {
          const { parseHtml } = await import('../parse/index.js'); // cheerio only when asked for
          let parsed;
          try {
            parsed = parseHtml(bytes, { url: opts.url ?? null });
          } catch (err) {
            throw new ArticleError('parse-error', describeError(err), { cause: err });
          }
          article = {
            text: parsed.text,
            url: parsed.url,
            outlet: opts.outlet ?? parsed.outlet,
            title: opts.title ?? parsed.title,
            published: opts.published ?? parsed.published,
            warnings: parsed.warnings,
          };
        } else {
          const { text, replaced } = decodeText(bytes);
          const warning = replacedWarning(replaced);
          article = {
            text,
            url: opts.url ?? null,
            outlet: opts.outlet ?? null,
            title: opts.title ?? null,
            published: opts.published ?? null,
            warnings: warning ? [warning] : [],
          };
        }
        const { recordOf } = await import('./extract-line.js');
        out = JSON.stringify(recordOf(article, maxTextBytes), null, opts.pretty ? 2 : undefined) + '\n';
      } catch (err) {
        if (!(err instanceof ArticleError)) throw err;
        getLogger().warn({ file: name, reason: err.reason, detail: err.message }, 'article failed');
        ctx.exitCode = EXIT.partial;
        return;
      }
      await writeOut(ctx, out); // a reader that has gone is not a failure (`| head -c 100`)
      ctx.exitCode = EXIT.ok;
    });
}
