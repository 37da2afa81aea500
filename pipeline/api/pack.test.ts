// The package as a user gets it: `npm pack` (after a build), the tarball installed in an empty
// folder, the README's library example run there with node, and importing it shown to be silent.
// Slow (a build and an install, about 1-2 minutes): NEWSFACTS_SKIP_PACK=1 skips it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from '@jest/globals';
import { sayWhySkipped, testUnless } from '../../test/skip.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NETWORK_ERRORS =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|ENOTCACHED|network/i;

/** The README's library example: the first ```js block after the "<!-- library-example -->" marker. */
async function readmeExample(): Promise<string> {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const m = /<!-- library-example -->\s*```js\n([\s\S]*?)```/.exec(readme);
  if (!m?.[1]) throw new Error('README.md has no ```js block after <!-- library-example -->');
  return m[1];
}

/**
 * npm install of the tarball from the npm cache alone (tests use no network but loopback): null, or
 * why it could not be done here (a dependency not in the cache).
 */
async function installTarball(dir: string, tarball: string): Promise<string | null> {
  const args = ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--offline', tarball];
  try {
    await run('npm', args, { cwd: dir });
    return null;
  } catch (err) {
    const text = `${(err as { stderr?: string }).stderr ?? ''} ${String(err)}`;
    if (NETWORK_ERRORS.test(text))
      return 'the dependencies are not all in the npm cache (the test uses no network)';
    throw err;
  }
}

testUnless(
  process.env['NEWSFACTS_SKIP_PACK'] ? 'NEWSFACTS_SKIP_PACK is set' : null,
  'the packed tarball installs in an empty folder and runs the README example',
  async () => {
    const tmp = await mkdtemp(path.join(tmpdir(), 'newsfacts-pack-'));
    try {
      // npm pack would run `prepare` (the build): `npm ci` has built dist/ already; build only when
      // it is missing, since other suites run the built CLI at the same time
      if (!existsSync(path.join(ROOT, 'dist', 'pipeline', 'api', 'index.js')))
        await run('npm', ['run', 'build', '--silent'], { cwd: ROOT });
      await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], { cwd: ROOT });
      const tarball = (await readdir(tmp)).find((f) => f.endsWith('.tgz'));
      expect(tarball).toBeDefined();
      const app = path.join(tmp, 'app');
      await run('mkdir', [app]);
      await writeFile(path.join(app, 'package.json'), '{"name":"app","private":true,"type":"module"}\n');
      const why = await installTarball(app, path.join(tmp, tarball as string));
      if (why) {
        sayWhySkipped('pack test', why);
        return;
      }
      await writeFile(path.join(app, 'example.mjs'), await readmeExample());
      const { stdout } = await run(process.execPath, ['example.mjs'], { cwd: app });
      const record = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
        schemaVersion?: string;
        people?: unknown[];
      };
      expect(record.schemaVersion).toBe('1');
      expect(record.people?.length).toBeGreaterThan(0);

      // importing does nothing: no output, no environment read, no morphology loaded
      await writeFile(
        path.join(app, 'import.mjs'),
        [
          'const read = new Set();',
          'const env = process.env;',
          // who reads: the frame below the proxy; Node's own loader (node:internal) reads a few
          // variables (NODE_V8_COVERAGE, ...) whatever is imported, and is not counted
          'const reader = () => (new Error().stack ?? "").split("\\n")[3] ?? "";',
          'process.env = new Proxy(env, { get(t, k) { if (typeof k === "string" && !reader().includes("node:internal")) read.add(k); return Reflect.get(t, k); } });',
          'const t0 = performance.now();',
          'const lib = await import("newsfacts");',
          'const ms = performance.now() - t0;',
          'process.env = env;',
          'process.stderr.write(JSON.stringify({ env: [...read], ms, exports: Object.keys(lib).sort() }));',
        ].join('\n'),
      );
      const imported = await run(process.execPath, ['import.mjs'], { cwd: app });
      expect(imported.stdout).toBe('');
      const seen = JSON.parse(imported.stderr) as { env: string[]; exports: string[] };
      expect(seen.env).toEqual([]);
      expect(seen.exports).toEqual(
        expect.arrayContaining(['analyse', 'extract', 'extractHtml', 'extractMany', 'loadModels']),
      );
      // the type declarations ship with it
      await readFile(path.join(app, 'node_modules/newsfacts/dist/pipeline/api/index.d.ts'), 'utf8');
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  },
  240_000,
);
