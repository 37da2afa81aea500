// `newsfacts review`: a static review site for records. Placeholder until the review command lands.
import type { Command } from 'commander';

/** Registers the review command. */
export function registerReview(program: Command): void {
  program
    .command('review')
    .description('write a static HTML site for reviewing records')
    .argument('<records>', 'records as JSON Lines')
    .action(() => {
      throw new Error('review is not built yet');
    });
}
