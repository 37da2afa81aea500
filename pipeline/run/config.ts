// Sources config: a JSON file validated with ajv (one readable line per wrong field), or the same
// settings built from command-line arguments; both resolve to RunSettings. The schema is compiled at
// development time (bench/config-validator.ts writes ./config-validator.generated.ts); should the
// schema and that code ever disagree, it is compiled here with ajv instead.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { CrawlOptions } from '../fetch/types.js';
import { InputError, NewsfactsError } from '../../document/errors.js';
import { CONFIG_SCHEMA } from './config-schema.js';
import { SCHEMA_JSON, validate as compiled } from './config-validator.generated.js';
import { isValidZone } from '../../document/time/index.js';

export type SinkName = 'jsonl' | 'sqlite' | 'postgres' | 'stdout';

interface PolitenessConfig {
  minDelayMs?: number;
  perHostConcurrency?: number;
  respectRobots?: boolean;
  userAgent?: string;
  contact?: string;
}

/** A config file as written (see CONFIG_SCHEMA). */
export interface ConfigFile {
  sources: {
    name?: string;
    kind?: string;
    input: string | string[];
    enabled?: boolean;
    outlet?: string | null;
    timezone?: string;
    profile?: string | null;
    politeness?: PolitenessConfig;
  }[];
  defaults?: {
    outlet?: string | null;
    timezone?: string;
    profile?: string | null;
    politeness?: PolitenessConfig;
  };
  fetch?: {
    concurrency?: number;
    connectTimeoutMs?: number;
    timeoutMs?: number;
    retries?: number;
    maxRedirects?: number;
    maxBytes?: number;
    allowPrivate?: boolean;
    store?: string | null;
  };
  output?: {
    dir?: string;
    sinks?: SinkName[];
    jsonl?: { mode?: 'per-run' | 'append'; file?: string; checkpointEvery?: number };
    sqlite?: { file?: string };
    postgres?: { url?: string | null; schema?: string | null };
    state?: string | null;
    batchSize?: number;
  };
}

/** One source, its inputs and settings resolved. */
export interface SourceSettings {
  name: string;
  inputs: string[];
  outlet: string | null;
  timezone: string | null;
  profile: string | null;
  crawl: CrawlOptions;
}

/** Where and how records are written. */
export interface OutputSettings {
  dir: string;
  sinks: SinkName[];
  jsonlMode: 'per-run' | 'append';
  /** the append-only file (mode "append") */
  appendFile: string;
  /** records per completed per-run file */
  checkpointEvery: number;
  sqliteFile: string;
  postgres: { url: string; schema: string | null } | null;
  stateFile: string;
  batchSize: number;
}

export interface RunSettings {
  sources: SourceSettings[];
  output: OutputSettings;
}

/** A config file that does not validate; `problems` has one line per wrong field. */
export class ConfigError extends InputError {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(problems.length ? `${message}:\n  ${problems.join('\n  ')}` : message, options);
  }
}

let validator: ValidateFunction | null = null;

/** The config schema's validator: the generated one when it was made from this schema, else compiled now. */
function schemaValidator(): ValidateFunction {
  if (!validator) {
    if (SCHEMA_JSON === JSON.stringify(CONFIG_SCHEMA)) validator = compiled as ValidateFunction;
    else {
      // ajv is CommonJS; its default export differs between module systems
      const Ajv = createRequire(import.meta.url)('ajv') as typeof import('ajv').default;
      validator = new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
    }
  }
  return validator;
}

/** Whether the generated validator is the one in use (it was made from the schema as it is now). */
export function generatedConfigValidatorIsCurrent(): boolean {
  return schemaValidator() === (compiled as ValidateFunction);
}

/** One readable line for an ajv error. */
function describe(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}: unknown field "${String(p['additionalProperty'])}"`;
    case 'required':
      return `${where}: missing field "${String(p['missingProperty'])}"`;
    case 'enum':
      return `${where}: must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `${where}: must be ${String(p['type']).replace(',', ' or ')}`;
    default:
      return `${where}: ${e.message ?? 'is invalid'}`;
  }
}

/** Problems with a parsed config object, one line each; empty when valid. */
export function configProblems(config: unknown): string[] {
  const validate = schemaValidator();
  if (!validate(config)) {
    // anyOf repeats its branches' errors: keep the summary line once
    const lines = (validate.errors ?? [])
      .filter(
        (e) =>
          !(e.keyword === 'type' && /\/input(\/|$)/.test(e.instancePath) && e.schemaPath.includes('anyOf')),
      )
      .map(describe);
    return [...new Set(lines)];
  }
  const c = config as ConfigFile;
  const problems: string[] = [];
  const zone = (where: string, z: string | undefined): void => {
    if (z !== undefined && !isValidZone(z))
      problems.push(
        `${where}: unknown time zone "${z}" (use a UTC offset like "+05:00" or an IANA zone like "Asia/Almaty")`,
      );
  };
  zone('defaults.timezone', c.defaults?.timezone);
  c.sources.forEach((s, i) => zone(`sources.${i}.timezone`, s.timezone));
  if (c.output?.sinks?.includes('postgres') && !c.output.postgres?.url && !process.env['DATABASE_URL'])
    problems.push('output.postgres.url: the postgres sink needs a URL here, in --pg or in $DATABASE_URL');
  return problems;
}

/** Reads and validates a config file; relative paths in it resolve against its folder. */
export function loadConfigFile(file: string): { config: ConfigFile; baseDir: string } {
  if (/\.ya?ml$/i.test(file))
    throw new ConfigError(`${file}: YAML configs are not supported yet; write JSON`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read the config ${file}`, [], { cause: err });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file} is not valid JSON`, [], { cause: err });
  }
  const problems = configProblems(parsed);
  if (problems.length) throw new ConfigError(`${file} has ${problems.length} problem(s)`, problems);
  return { config: parsed as ConfigFile, baseDir: path.dirname(path.resolve(file)) };
}

/** Command-line settings that override or replace a config file. */
export interface RunFlags {
  out?: string;
  state?: string;
  sink?: string;
  append?: string;
  checkpoint?: number;
  batch?: number;
  sqlite?: string;
  pg?: string;
  pgSchema?: string;
  outlet?: string;
  tz?: string;
  concurrency?: number;
  perHost?: number;
  delay?: number;
  timeout?: number;
  retries?: number;
  allowPrivate?: boolean;
  robots?: boolean;
  userAgent?: string;
  contact?: string;
  store?: string;
}

/** Builds a config from `run SOURCE... --out DIR` arguments. */
export function configFromArgs(sources: string[]): ConfigFile {
  if (sources.length === 0)
    throw new ConfigError('give sources (URLs, feeds, files, folders) or --config FILE');
  const config: ConfigFile = { sources: [{ name: 'command line', input: sources }] };
  const problems = configProblems(config);
  if (problems.length) throw new ConfigError('bad sources', problems);
  return config;
}

const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** Resolves a config (and flags) into run settings; paths become absolute. */
export function resolveSettings(config: ConfigFile, baseDir: string, flags: RunFlags = {}): RunSettings {
  const abs = (p: string, base = baseDir): string => (isUrl(p) ? p : path.resolve(base, p));
  const cwd = process.cwd();
  const out = config.output ?? {};
  const dir = flags.out ? path.resolve(cwd, flags.out) : abs(out.dir ?? 'output');
  const problems: string[] = [];

  let sinks: SinkName[] = out.sinks ?? ['jsonl', 'sqlite'];
  if (flags.sink) {
    const list = flags.sink
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = list.filter((s) => !['jsonl', 'sqlite', 'postgres', 'stdout'].includes(s));
    if (bad.length)
      problems.push(`--sink: unknown sink(s) ${bad.join(', ')} (jsonl, sqlite, postgres, stdout)`);
    sinks = list as SinkName[];
  }
  if (flags.pg && !sinks.includes('postgres')) sinks = [...sinks, 'postgres'];
  if (flags.append && !sinks.includes('jsonl')) sinks = [...sinks, 'jsonl'];
  let postgres: OutputSettings['postgres'] = null;
  if (sinks.includes('postgres')) {
    const url = flags.pg ?? out.postgres?.url ?? process.env['DATABASE_URL'];
    if (!url) problems.push('postgres sink: give --pg URL, output.postgres.url or $DATABASE_URL');
    else postgres = { url, schema: flags.pgSchema ?? out.postgres?.schema ?? null };
  }
  if (flags.tz && !isValidZone(flags.tz)) problems.push(`--tz: unknown time zone "${flags.tz}"`);
  if (problems.length) throw new ConfigError('bad run settings', problems);

  const d = config.defaults ?? {};
  const f = config.fetch ?? {};
  const sources: SourceSettings[] = config.sources
    .filter((s) => s.enabled !== false)
    .map((s, i) => {
      const pol = { ...d.politeness, ...s.politeness };
      const crawl: CrawlOptions = {
        ...(f.concurrency !== undefined && { concurrency: f.concurrency }),
        ...(f.connectTimeoutMs !== undefined && { connectTimeoutMs: f.connectTimeoutMs }),
        ...(f.timeoutMs !== undefined && { timeoutMs: f.timeoutMs }),
        ...(f.retries !== undefined && { retries: f.retries }),
        ...(f.maxRedirects !== undefined && { maxRedirects: f.maxRedirects }),
        ...(f.maxBytes !== undefined && { maxBytes: f.maxBytes }),
        ...(f.allowPrivate !== undefined && { allowPrivate: f.allowPrivate }),
        ...(f.store ? { store: abs(f.store) } : {}),
        ...(pol.minDelayMs !== undefined && { minDelayMs: pol.minDelayMs }),
        ...(pol.perHostConcurrency !== undefined && { perHostConcurrency: pol.perHostConcurrency }),
        ...(pol.respectRobots !== undefined && { respectRobots: pol.respectRobots }),
        ...(pol.userAgent !== undefined && { userAgent: pol.userAgent }),
        ...(pol.contact !== undefined && { contact: pol.contact }),
        ...(flags.concurrency !== undefined && { concurrency: flags.concurrency }),
        ...(flags.perHost !== undefined && { perHostConcurrency: flags.perHost }),
        ...(flags.delay !== undefined && { minDelayMs: flags.delay }),
        ...(flags.timeout !== undefined && { timeoutMs: flags.timeout }),
        ...(flags.retries !== undefined && { retries: flags.retries }),
        ...(flags.allowPrivate !== undefined && { allowPrivate: flags.allowPrivate }),
        ...(flags.robots === false && { respectRobots: false }),
        ...(flags.userAgent !== undefined && { userAgent: flags.userAgent }),
        ...(flags.contact !== undefined && { contact: flags.contact }),
        ...(flags.store !== undefined && { store: path.resolve(cwd, flags.store) }),
      };
      const inputs = (Array.isArray(s.input) ? s.input : [s.input]).map((p) => abs(p));
      return {
        name: s.name ?? `source ${i + 1}`,
        inputs,
        outlet: flags.outlet ?? s.outlet ?? d.outlet ?? null,
        timezone: flags.tz ?? s.timezone ?? d.timezone ?? null,
        profile: s.profile ?? d.profile ?? null,
        crawl,
      };
    });
  if (sources.length === 0) throw new ConfigError('every source is disabled: nothing to run');

  const inOut = (p: string | undefined, fallback: string): string => path.resolve(dir, p ?? fallback);
  return {
    sources,
    output: {
      dir,
      sinks,
      jsonlMode: flags.append || out.jsonl?.mode === 'append' ? 'append' : 'per-run',
      appendFile: flags.append ? path.resolve(cwd, flags.append) : inOut(out.jsonl?.file, 'records.jsonl'),
      checkpointEvery: flags.checkpoint ?? out.jsonl?.checkpointEvery ?? 500,
      sqliteFile: flags.sqlite
        ? path.resolve(cwd, flags.sqlite)
        : inOut(out.sqlite?.file, 'newsfacts.sqlite'),
      postgres,
      stateFile: flags.state
        ? path.resolve(cwd, flags.state)
        : out.state
          ? abs(out.state)
          : path.join(dir, '.newsfacts', 'state.sqlite'),
      batchSize: flags.batch ?? out.batchSize ?? 100,
    },
  };
}

/** Settings from a config file or from sources on the command line. */
export function runSettings(configFile: string | undefined, sources: string[], flags: RunFlags): RunSettings {
  if (configFile) {
    if (sources.length)
      throw new NewsfactsError('input', 'give either --config FILE or sources on the command line, not both');
    const { config, baseDir } = loadConfigFile(configFile);
    return resolveSettings(config, baseDir, flags);
  }
  const config = configFromArgs(sources);
  if (!flags.out) {
    // pipe mode (`run SOURCE... | ...`): records as JSON Lines on stdout, state in a throwaway folder,
    // so nothing is remembered between runs; give --out DIR for incremental runs
    const out = mkdtempSync(path.join(tmpdir(), 'newsfacts-run-'));
    return resolveSettings(config, process.cwd(), { ...flags, out, sink: flags.sink ?? 'stdout' });
  }
  return resolveSettings(config, process.cwd(), flags);
}
