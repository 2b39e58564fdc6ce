/**
 * The settings of a screen run, resolved from four layers, strongest first: command-line flags,
 * environment variables, the config file, defaults. Each layer only fills what the stronger ones
 * left unset; a list-valued setting (lists, format) is taken whole from one layer, never merged.
 * Pure: the CLI passes in the flags it was actually given, the environment and the loaded file.
 *
 * Environment variables (values as on the command line): FUNDSCREEN_CONFIG names the config file
 * (load.ts); the others are the `env` column of SETTINGS below (lists separated by the platform
 * path delimiter, booleans 1/true/yes/on or 0/false/no/off, --only-lists names by commas).
 */
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import type { Tier } from '../match/types.js';
import type { ReportFormat } from '../report/options.js';
import type { FailOn } from '../app/verdict.js';
import { CONFIG_FILE_NAME, ConfigSchema, FormatSchema, MAX_JOBS, type ConfigFile } from './schema.js';
import iconv from 'iconv-lite';
import { FIELDS } from '../holdings/columns.js';
import { INPUT_FORMATS } from '../holdings/read.js';
import { impossibleDelimiter } from '../holdings/sniff.js';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_LIST_AGE_DAYS } from '../lists/coverage.js';
import { parseOnlyLists } from '../lists/only-lists.js';

export interface Settings {
  lists: string[];
  noDefaultList: boolean;
  ignore: string | null;
  baseline: string | null;
  formats: ReportFormat[];
  output: string | null;
  outDir: string | null;
  failOn: FailOn;
  minTier: Tier;
  inputFormat: string | null;
  columns: Record<string, string> | null;
  encoding: string | null;
  delimiter: string | null;
  strict: boolean;
  quiet: boolean;
  showSuppressed: boolean;
  /** Input file -> fund name, for files that name no fund (fund-names.ts). */
  fundNames: Record<string, string>;
  /** Official lists that count (--only-lists); null: all. */
  onlyLists: string[] | null;
  maxListAge: number;
  /** Worker threads for the name work of large inputs (0: none). */
  jobs: number;
}

/** A layer: any subset of the config keys (flags and env are parsed into this shape). */
export type SettingsLayer = Omit<ConfigFile, '$schema'>;

export const DEFAULTS = {
  noDefaultList: false,
  formats: ['table'] as ReportFormat[],
  /** What --out-dir writes when no format is chosen: every file format except the terminal table. */
  outDirFormats: ['json', 'jsonl', 'csv', 'markdown', 'html'] as ReportFormat[],
  failOn: 'review' as FailOn,
  minTier: 'review' as Tier,
  strict: false,
  quiet: false,
  showSuppressed: false,
  maxListAge: DEFAULT_MAX_LIST_AGE_DAYS,
};

/** One name worker per core; none on a single core (a worker there only takes turns with the main thread). */
export function defaultJobs(): number {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 8) : 0;
}

/** How a setting's text (an environment variable's value, or a flag's string) becomes its value. */
type EnvKind = 'text' | 'boolean' | 'paths' | 'formats' | 'names' | 'days' | 'jobs';

/**
 * One row per setting a screen run takes from more than the config file: its config key (the
 * ConfigSchema key, which also types it), its FUNDSCREEN_* variable and how that is read, and the
 * commander attribute of its flag with how a given flag becomes the value. envLayer and the CLI's
 * flag layer are both this table read in a loop. (The commander options themselves, with their
 * help, stay in cli/screen.ts and input-options.ts, and each key's type and help in schema.ts:
 * a new setting adds a row here, an option there and a key there.)
 */
export interface SettingRow {
  key: keyof SettingsLayer;
  env?: { name: string; kind: EnvKind };
  flag?: { attr: string; value?: (given: unknown) => unknown };
}

export const SETTINGS: readonly SettingRow[] = [
  { key: 'lists', env: { name: 'FUNDSCREEN_LIST', kind: 'paths' }, flag: { attr: 'list' } },
  { key: 'noDefaultList', env: { name: 'FUNDSCREEN_NO_DEFAULT_LIST', kind: 'boolean' }, flag: { attr: 'defaultList', value: (v) => !v } },
  { key: 'ignore', env: { name: 'FUNDSCREEN_IGNORE', kind: 'text' }, flag: { attr: 'ignore' } },
  { key: 'baseline', env: { name: 'FUNDSCREEN_BASELINE', kind: 'text' }, flag: { attr: 'baseline' } },
  { key: 'format', env: { name: 'FUNDSCREEN_FORMAT', kind: 'formats' }, flag: { attr: 'format', value: (v) => parseFormats(v as string, '--format') } },
  { key: 'output', env: { name: 'FUNDSCREEN_OUTPUT', kind: 'text' }, flag: { attr: 'output' } },
  { key: 'outDir', env: { name: 'FUNDSCREEN_OUT_DIR', kind: 'text' }, flag: { attr: 'outDir' } },
  { key: 'failOn', env: { name: 'FUNDSCREEN_FAIL_ON', kind: 'text' }, flag: { attr: 'failOn' } },
  { key: 'minTier', env: { name: 'FUNDSCREEN_MIN_TIER', kind: 'text' }, flag: { attr: 'minTier' } },
  { key: 'inputFormat', env: { name: 'FUNDSCREEN_INPUT_FORMAT', kind: 'text' }, flag: { attr: 'inputFormat' } },
  { key: 'columns', flag: { attr: 'columns' } },
  { key: 'encoding', env: { name: 'FUNDSCREEN_ENCODING', kind: 'text' }, flag: { attr: 'encoding' } },
  { key: 'delimiter', env: { name: 'FUNDSCREEN_DELIMITER', kind: 'text' }, flag: { attr: 'delimiter' } },
  { key: 'strict', env: { name: 'FUNDSCREEN_STRICT', kind: 'boolean' }, flag: { attr: 'strict' } },
  { key: 'quiet', env: { name: 'FUNDSCREEN_QUIET', kind: 'boolean' }, flag: { attr: 'quiet' } },
  { key: 'showSuppressed', env: { name: 'FUNDSCREEN_SHOW_SUPPRESSED', kind: 'boolean' }, flag: { attr: 'showSuppressed' } },
  { key: 'fundNames', flag: { attr: 'fundName' } },
  { key: 'onlyLists', env: { name: 'FUNDSCREEN_ONLY_LISTS', kind: 'names' }, flag: { attr: 'onlyLists', value: (v) => parseOnlyLists(v as string) } },
  { key: 'maxListAge', env: { name: 'FUNDSCREEN_MAX_LIST_AGE', kind: 'days' }, flag: { attr: 'maxListAge', value: (v) => parseMaxListAge('--max-list-age', v as string) } },
  { key: 'jobs', env: { name: 'FUNDSCREEN_JOBS', kind: 'jobs' }, flag: { attr: 'jobs', value: (v) => parseJobs('--jobs', v as string) } },
];

/** FUNDSCREEN_* name -> config key, from SETTINGS. */
export const ENV_VARS: Record<string, keyof SettingsLayer> = Object.fromEntries(SETTINGS.flatMap((s) => (s.env ? [[s.env.name, s.key]] : [])));

/**
 * The flags the user actually typed, as a settings layer. `given(attr)`: whether commander got the
 * option from the command line (its defaults must not mask env or config).
 */
export function flagLayer(flags: Record<string, unknown>, given: (attr: string) => boolean): SettingsLayer {
  const layer: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    if (!s.flag || !given(s.flag.attr)) continue;
    const v = flags[s.flag.attr];
    if (v === undefined) continue;
    layer[s.key] = s.flag.value ? s.flag.value(v) : v;
  }
  return layer as SettingsLayer;
}

function parseBoolean(name: string, raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(v)) return false;
  throw new UsageError(`${name} must be true or false (1/0, yes/no), got ${JSON.stringify(raw)}`);
}

/** A number of days: a non-negative integer. */
export function parseMaxListAge(name: string, raw: string): number {
  const v = raw.trim();
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} must be a whole number of days, got ${JSON.stringify(raw)}`);
  return Number(v);
}

/** A number of worker threads: 0 to MAX_JOBS. */
export function parseJobs(name: string, raw: string): number {
  const v = raw.trim();
  if (!/^\d+$/.test(v) || Number(v) > MAX_JOBS) throw new UsageError(`${name} must be a whole number of threads from 0 to ${MAX_JOBS}, got ${JSON.stringify(raw)}`);
  return Number(v);
}

/** "json,csv,html" -> formats; an unknown name is a usage error naming it. */
export function parseFormats(spec: string, from = '--format'): ReportFormat[] {
  const names = spec.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw new UsageError(`${from}: no report format given`);
  return names.map((n) => {
    const r = FormatSchema.safeParse(n);
    if (!r.success) throw new UsageError(`${from}: unknown report format "${n}" (formats: ${FormatSchema.options.join(', ')})`);
    return r.data;
  });
}

function envValue(name: string, kind: EnvKind, value: string, delimiter: string): unknown {
  switch (kind) {
    case 'boolean': return parseBoolean(name, value);
    case 'paths': return value.split(delimiter).filter((p) => p !== '');
    case 'formats': return parseFormats(value, name);
    case 'names': return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
    case 'days': return parseMaxListAge(name, value);
    case 'jobs': return parseJobs(name, value);
    case 'text': return value;
  }
}

/** The FUNDSCREEN_* variables as a settings layer, validated like the config file. */
export function envLayer(env: Record<string, string | undefined>, delimiter = path.delimiter): SettingsLayer {
  const raw: Record<string, unknown> = {};
  for (const { key, env: e } of SETTINGS) {
    if (!e) continue;
    const value = env[e.name];
    if (value === undefined || (value === '' && e.kind !== 'boolean')) continue;
    raw[key] = envValue(e.name, e.kind, value, delimiter);
  }
  const r = ConfigSchema.safeParse(raw);
  if (!r.success) {
    const byKey = Object.fromEntries(Object.entries(ENV_VARS).map(([n, k]) => [k, n]));
    throw new UsageError(
      `invalid environment: ${r.error.issues.map((i) => `${byKey[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('; ')}`,
    );
  }
  return r.data;
}

function pick<K extends keyof SettingsLayer>(key: K, layers: SettingsLayer[]): SettingsLayer[K] | undefined {
  for (const l of layers) if (l[key] !== undefined) return l[key];
  return undefined;
}

function asFormats(f: SettingsLayer['format']): ReportFormat[] | undefined {
  return f === undefined ? undefined : Array.isArray(f) ? f : [f];
}

/** Where a setting's value came from, as the user would look for it: the flag, the variable or the config file's key. */
export function settingOrigin(key: keyof SettingsLayer, input: { flags: SettingsLayer; env: SettingsLayer; fileName?: string | null }): string {
  if (input.flags[key] !== undefined) return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const env = SETTINGS.find((r) => r.key === key)?.env;
  if (input.env[key] !== undefined && env) return env.name;
  return `${input.fileName ?? CONFIG_FILE_NAME}: "${key}"`;
}

/**
 * Values checked when the run starts, wherever they came from (flag, environment, config file),
 * and named by where: a config file's unknown encoding or input format is "fundscreen.config.json:
 * "encoding": ...", not an error about a flag nobody typed, and is found before any file is read.
 */
function checkValues(s: Settings, where: (key: keyof SettingsLayer) => string): void {
  if (s.encoding !== null && !iconv.encodingExists(s.encoding)) throw new UsageError(`${where('encoding')}: unknown encoding "${s.encoding}"`);
  if (s.inputFormat !== null && !(INPUT_FORMATS as readonly string[]).includes(s.inputFormat)) {
    throw new UsageError(`${where('inputFormat')}: unknown format "${s.inputFormat}" (known: ${INPUT_FORMATS.join(', ')})`);
  }
  const why = s.delimiter === null ? null : impossibleDelimiter(s.delimiter);
  if (why) throw new UsageError(`${where('delimiter')}: ${JSON.stringify(s.delimiter)} cannot be the field delimiter: ${why}`);
  for (const field of Object.keys(s.columns ?? {})) {
    if (!(FIELDS as readonly string[]).includes(field)) throw new UsageError(`${where('columns')}: unknown field "${field}" (fields: ${FIELDS.join(', ')})`);
  }
}

export function resolveSettings(input: { flags: SettingsLayer; env: SettingsLayer; file: SettingsLayer | null; fileName?: string | null }): Settings {
  const settings = resolveLayers(input);
  checkValues(settings, (key) => settingOrigin(key, input));
  return settings;
}

function resolveLayers(input: { flags: SettingsLayer; env: SettingsLayer; file: SettingsLayer | null }): Settings {
  const layers = [input.flags, input.env, input.file ?? {}];
  const outDir = pick('outDir', layers) ?? null;
  // `--output -` is standard output, as `-` is standard input among the inputs.
  const named = pick('output', layers) ?? null;
  const output = named === '-' ? null : named;
  const formats = asFormats(pick('format', layers)) ?? (outDir ? DEFAULTS.outDirFormats : DEFAULTS.formats);
  // (`--output -` beside an output folder is a conflict too: the report would go to the folder.)
  if (outDir && named) throw new UsageError('choose either an output file (--output) or an output folder (--out-dir), not both');
  if (formats.length > 1 && !outDir) throw new UsageError(`several formats (${formats.join(', ')}) need an output folder (--out-dir)`);
  if (new Set(formats).size !== formats.length) throw new UsageError(`a format is repeated: ${formats.join(', ')}`);
  return {
    lists: pick('lists', layers) ?? [],
    noDefaultList: pick('noDefaultList', layers) ?? DEFAULTS.noDefaultList,
    ignore: pick('ignore', layers) ?? null,
    baseline: pick('baseline', layers) ?? null,
    formats,
    output,
    outDir,
    failOn: pick('failOn', layers) ?? DEFAULTS.failOn,
    minTier: pick('minTier', layers) ?? DEFAULTS.minTier,
    inputFormat: pick('inputFormat', layers) ?? null,
    columns: pick('columns', layers) ?? null,
    encoding: pick('encoding', layers) ?? null,
    delimiter: pick('delimiter', layers) ?? null,
    strict: pick('strict', layers) ?? DEFAULTS.strict,
    quiet: pick('quiet', layers) ?? DEFAULTS.quiet,
    showSuppressed: pick('showSuppressed', layers) ?? DEFAULTS.showSuppressed,
    fundNames: pick('fundNames', layers) ?? {},
    onlyLists: pick('onlyLists', layers) ?? null,
    maxListAge: pick('maxListAge', layers) ?? DEFAULTS.maxListAge,
    jobs: pick('jobs', layers) ?? defaultJobs(),
  };
}
