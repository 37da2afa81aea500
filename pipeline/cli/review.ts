// `newsfacts review`: a static HTML site (no server; open index.html from the file system) where a
// person checks every extracted span of a run's records.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { InputError } from '../../document/errors.js';
import { getLogger } from '../log.js';

interface ReviewOptions {
  out: string;
  allVersions?: boolean;
}

/** Registers the review command. */
export function registerReview(program: Command): void {
  program
    .command('review')
    .description('write a static HTML site for reviewing records (open DIR/index.html in a browser)')
    .argument(
      '<records...>',
      'record files (JSON Lines), folders (their *.jsonl files), or - for standard input',
    )
    .option('--out <dir>', 'folder to write the site into', 'output/review-site')
    .option('--all-versions', 'show every version of a record, not only the latest')
    .action(async (inputs: string[], opts: ReviewOptions) => {
      const [{ readInputs }, { writeSite }] = await Promise.all([
        import('../review/records.js'),
        import('../review/site.js'),
      ]);
      const { records, problems, files } = readInputs(inputs, !opts.allVersions);
      for (const p of problems) getLogger().warn({ problem: p }, 'record skipped');
      if (records.length === 0) throw new InputError(`no readable records in ${inputs.join(', ')}`);
      const summary = await writeSite(records, opts.out);
      process.stderr.write(
        `review: ${summary.records} records from ${files} file${files === 1 ? '' : 's'}, ` +
          `${summary.files} files in ${Math.round(summary.ms)} ms; ` +
          `open ${pathToFileURL(path.resolve(summary.index)).href}\n`,
      );
      if (problems.length) process.exitCode = 3; // EXIT.partial in bin/cli.ts: some lines were skipped
    });
}
