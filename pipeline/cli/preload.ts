// Starting the dictionaries' load before the rest of the command line loads: the commands that
// analyse text on the main thread begin reading az's files at once, so the disk reads and their
// parsing overlap the loading of the program's modules instead of following it.
import { loadMorphology } from '../../document/analyse/morphology.js';
import { defaultWorkers } from '../default-workers.js';

const HELP = new Set(['-h', '--help', '-V', '--version', 'help']);
const COMMANDS = new Set(['extract', 'run', 'worker', 'queue', 'serve', 'review']);

/**
 * Whether `argv` (without node and the script) runs a command that analyses text on this thread:
 * `extract` of one article, `extract --jsonl` and `run` with one thread (`--workers 1`, or one by
 * default: ./default-workers.ts) and not only enqueueing, and `worker`; never when it asks for
 * help or the version.
 */
export function analysesOnMainThread(
  argv: readonly string[],
  workersByDefault: number = defaultWorkers(),
): boolean {
  if (argv.some((a) => HELP.has(a))) return false;
  const command = argv.find((a) => COMMANDS.has(a)); // the first: global options may take values
  const has = (flag: string): number => argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (command === 'worker') return true;
  if (command === 'run' && has('--queue') >= 0) return false;
  if (command === 'extract' && has('--jsonl') < 0) return true;
  if (command !== 'run' && command !== 'extract') return false;
  const at = has('--workers');
  if (at < 0) return workersByDefault === 1;
  const value = argv[at]!.includes('=') ? argv[at]!.slice(argv[at]!.indexOf('=') + 1) : argv[at + 1];
  return value?.trim() === '1';
}

/**
 * Starts loading the dictionaries when the command will need them. A failure is left to the
 * command, which awaits the same load and reports it its own way.
 */
export function preloadMorphology(argv: readonly string[]): void {
  if (analysesOnMainThread(argv)) loadMorphology().catch(() => undefined);
}
