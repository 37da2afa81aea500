// `newsfacts extract`: one article (a file or stdin) to one record, or JSON Lines to JSON Lines.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { loadMorphology } from '../../document/analyse/index.js';
import { describeError, InputError } from '../../document/errors.js';
import { extractRecord } from '../extract/extract.js';
import type { ArticleInput } from '../extract/extract.js';

interface ExtractOptions {
  published?: string;
  url?: string;
  outlet?: string;
  title?: string;
  html?: boolean;
  jsonl?: string;
  pretty?: boolean;
}

function readInput(file: string): Buffer {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
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
  if (typeof obj !== 'object' || obj === null) throw new InputError(`line ${lineNo}: not an object`);
  const o = obj as Record<string, unknown>;
  if (typeof o['text'] !== 'string') throw new InputError(`line ${lineNo}: no "text" string`);
  const str = (k: string): string | null => (typeof o[k] === 'string' ? (o[k] as string) : null);
  return {
    text: o['text'],
    id: str('id'),
    url: str('url'),
    outlet: str('outlet'),
    title: str('title'),
    published: str('published'),
  };
}

async function extractJsonl(path: string): Promise<number> {
  const input = path === '-' ? process.stdin : createReadStream(path, 'utf8');
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      const record = extractRecord(articleFromLine(line, lineNo));
      process.stdout.write(JSON.stringify(record) + '\n');
    } catch (err) {
      failed++;
      process.stderr.write(
        JSON.stringify({ level: 'error', line: lineNo, error: describeError(err) }) + '\n',
      );
    }
  }
  return failed ? 3 : 0;
}

/** Registers the extract command. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract one record from a plain-text (or --html) article, or records from --jsonl input')
    .argument('[file]', 'article file, or - for standard input')
    .option(
      '--published <iso>',
      'publication time that relative dates resolve against, e.g. 2025-11-26T12:00:00+05:00',
    )
    .option('--url <url>', 'canonical URL of the article')
    .option('--outlet <name>', 'outlet name, e.g. Zakon.kz')
    .option('--title <title>', 'article title')
    .option('--html', 'the input is an HTML page: take its title and body first')
    .option('--jsonl <file>', 'read {id, text, published?, url?} per line, write one record per line')
    .option('--pretty', 'indent the JSON output')
    .action(async (file: string | undefined, opts: ExtractOptions) => {
      await loadMorphology();
      if (opts.jsonl) {
        process.exitCode = await extractJsonl(opts.jsonl);
        return;
      }
      if (!file) throw new InputError('give a file, - for standard input, or --jsonl FILE');
      const bytes = readInput(file);
      let article: ArticleInput;
      if (opts.html) {
        const { parseHtml } = await import('../parse/index.js'); // cheerio only when asked for
        const parsed = parseHtml(bytes, { url: opts.url ?? null });
        article = {
          text: parsed.text,
          url: parsed.url,
          outlet: opts.outlet ?? parsed.outlet,
          title: opts.title ?? parsed.title,
          published: opts.published ?? parsed.published,
          warnings: parsed.warnings,
        };
      } else {
        article = {
          text: bytes.toString('utf8').replace(/^\uFEFF/, ''),
          url: opts.url ?? null,
          outlet: opts.outlet ?? null,
          title: opts.title ?? null,
          published: opts.published ?? null,
        };
      }
      const record = extractRecord(article);
      process.stdout.write(JSON.stringify(record, null, opts.pretty ? 2 : undefined) + '\n');
    });
}
