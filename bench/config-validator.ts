// `node --import tsx bench/config-validator.ts`: compiles the sources config schema
// (pipeline/run/config-schema.ts) with ajv once, here, into pipeline/run/config-validator.generated.ts,
// so `run` does not compile it at every start (it took 100-400 ms of CPU there). Run it after changing
// the schema; a test says when it is due.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_SCHEMA } from '../pipeline/run/config-schema.js';
import { standaloneValidator } from './record-validator.js';

export const CONFIG_VALIDATOR_FILE = fileURLToPath(
  new URL('../pipeline/run/config-validator.generated.ts', import.meta.url),
);

/** The generated module's text for the config schema as it is now. */
export function configValidatorModule(): Promise<string> {
  return standaloneValidator(
    CONFIG_SCHEMA,
    CONFIG_VALIDATOR_FILE,
    '`node --import tsx bench/config-validator.ts` from pipeline/run/config-schema.ts',
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await configValidatorModule();
  writeFileSync(CONFIG_VALIDATOR_FILE, text);
  process.stderr.write(
    `wrote ${path.relative(process.cwd(), CONFIG_VALIDATOR_FILE)} (${text.length} bytes)\n`,
  );
}
