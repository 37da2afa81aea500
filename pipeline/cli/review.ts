// `newsfacts review`: a static HTML site (no server; open index.html from the file system) where a
// person checks every extracted span of a run's records.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { InputError } from '../../document/errors.js';
import { getLogger } from '../log.js';

interface ReviewOptions {
  out: string;
}

/** Registers the review command. */
export function registerReview(program: Command): void {
  program
    .command('review')
    .description('write a static HTML site for reviewing records (open DIR/index.html in a browser)')
    .argument('<records>', 'records as JSON Lines, or - for standard input')
    .option('--out <dir>', 'folder to write the site into', 'output/review-site')
    .action(async (file: string, opts: ReviewOptions) => {
      const [{ readRecords }, { writeSite }] = await Promise.all([
        import('../review/records.js'),
        import('../review/site.js'),
      ]);
      const { records, problems } = readRecords(file);
      for (const p of problems) getLogger().warn({ problem: p }, 'record skipped');
      if (records.length === 0) throw new InputError(`no readable records in ${file}`);
      const summary = await writeSite(records, opts.out);
      process.stderr.write(
        `review: ${summary.records} records, ${summary.files} files in ${Math.round(summary.ms)} ms; ` +
          `open ${pathToFileURL(path.resolve(summary.index)).href}\n`,
      );
      if (problems.length) process.exitCode = 3; // EXIT.partial in bin/cli.ts: some lines were skipped
    });
}
