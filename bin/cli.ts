// The newsfacts command line: one subcommand per job (pipeline/cli/main.ts), on the process's streams.
import { isClosedOutput } from '../document/errors.js';
import { preloadMorphology } from '../pipeline/cli/preload.js';

// the dictionaries start loading before the program's modules do (imported below, not hoisted)
preloadMorphology(process.argv.slice(2));
const { main } = await import('../pipeline/cli/main.js');

// a reader that goes away (`| head`) is the usual end of a pipe, not an uncaught exception
process.stdout.on('error', (err) => {
  if (!isClosedOutput(err)) throw err;
});
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
