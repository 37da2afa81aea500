// `newsfacts run`: sources in, records out. Placeholder until the run command lands.
import type { Command } from 'commander';

/** Registers the run command. */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('fetch, parse and extract sources (URLs, feeds, sitemaps, folders) into records')
    .argument('[sources...]', 'URLs, feed or sitemap URLs, files or folders of saved HTML')
    .action(() => {
      throw new Error('run is not built yet');
    });
}
