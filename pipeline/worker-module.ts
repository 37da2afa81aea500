// A worker thread's module and the Node options it needs: the compiled .js beside the caller, or the
// .ts source through tsx when the caller itself runs from source (tests, `npm run eval`). V8 flags
// such as bin/newsfacts's --max-semi-space-size are process-wide already, and a worker refuses them
// in its own execArgv, so only module hooks and conditions are passed on.
import { fileURLToPath } from 'node:url';

const WORKER_FLAG = /^-(?:-import|-require|r|-loader|-experimental-loader|-conditions|C)(=|$)/;

/** The module `name` (without extension) beside the module at `callerUrl`, and its execArgv. */
export function workerModule(callerUrl: string, name: string): { filename: string; execArgv: string[] } {
  const ts = callerUrl.endsWith('.ts');
  const filename = fileURLToPath(new URL(`./${name}.${ts ? 'ts' : 'js'}`, callerUrl));
  const execArgv: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const m = WORKER_FLAG.exec(argv[i] ?? '');
    if (!m) continue;
    execArgv.push(argv[i] ?? '');
    if (m[1] === '' && i + 1 < argv.length) execArgv.push(argv[++i] ?? '');
  }
  if (ts && !execArgv.some((a) => a.includes('tsx'))) execArgv.push('--import', 'tsx');
  return { filename, execArgv };
}
