/**
 * The settings of a screen run, resolved from four layers, strongest first: command-line flags,
 * environment variables, the config file, defaults. Each layer only fills what the stronger ones
 * left unset; a list-valued setting (lists, format) is taken whole from one layer, never merged.
 * Pure: the CLI passes in the flags it was actually given, the environment and the loaded file.
 *
 * Environment variables (values as on the command line):
 *   FUNDSCREEN_CONFIG            config file (see load.ts)
 *   FUNDSCREEN_LIST              list files, separated by the platform path delimiter (":" or ";")
 *   FUNDSCREEN_NO_DEFAULT_LIST   1/true/yes or 0/false/no
 *   FUNDSCREEN_IGNORE            suppression file
 *   FUNDSCREEN_BASELINE          baseline report
 *   FUNDSCREEN_FORMAT            format, or comma-separated formats with an output folder
 *   FUNDSCREEN_OUTPUT            report file
 *   FUNDSCREEN_OUT_DIR           output folder
 *   FUNDSCREEN_FAIL_ON           none|review|probable|confirmed
 *   FUNDSCREEN_MIN_TIER          review|probable|confirmed
 *   FUNDSCREEN_INPUT_FORMAT      input layout
 *   FUNDSCREEN_ENCODING          input encoding
 *   FUNDSCREEN_DELIMITER         input delimiter (one character or "tab")
 *   FUNDSCREEN_STRICT, FUNDSCREEN_QUIET, FUNDSCREEN_SHOW_SUPPRESSED   booleans as above
 *   FUNDSCREEN_ONLY_LISTS        official lists that count, comma-separated (uflpa,bis)
 *   FUNDSCREEN_MAX_LIST_AGE      days after which a list's coverage date warns (default 180)
 */
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import type { Tier } from '../match/types.js';
import type { ReportFormat } from '../report/options.js';
import type { FailOn } from '../app/verdict.js';
import { ConfigSchema, FormatSchema, type ConfigFile } from './schema.js';
import { DEFAULT_MAX_LIST_AGE_DAYS } from '../lists/coverage.js';

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

export const ENV_VARS: Record<string, keyof SettingsLayer> = {
  FUNDSCREEN_LIST: 'lists',
  FUNDSCREEN_NO_DEFAULT_LIST: 'noDefaultList',
  FUNDSCREEN_IGNORE: 'ignore',
  FUNDSCREEN_BASELINE: 'baseline',
  FUNDSCREEN_FORMAT: 'format',
  FUNDSCREEN_OUTPUT: 'output',
  FUNDSCREEN_OUT_DIR: 'outDir',
  FUNDSCREEN_FAIL_ON: 'failOn',
  FUNDSCREEN_MIN_TIER: 'minTier',
  FUNDSCREEN_INPUT_FORMAT: 'inputFormat',
  FUNDSCREEN_ENCODING: 'encoding',
  FUNDSCREEN_DELIMITER: 'delimiter',
  FUNDSCREEN_STRICT: 'strict',
  FUNDSCREEN_QUIET: 'quiet',
  FUNDSCREEN_SHOW_SUPPRESSED: 'showSuppressed',
  FUNDSCREEN_ONLY_LISTS: 'onlyLists',
  FUNDSCREEN_MAX_LIST_AGE: 'maxListAge',
};

const BOOLEAN_KEYS = new Set<keyof SettingsLayer>(['noDefaultList', 'strict', 'quiet', 'showSuppressed']);

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

/** "json,csv,html" -> formats; an unknown name is a usage error naming it. */
export function parseFormats(spec: string): ReportFormat[] {
  const names = spec.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw new UsageError('no report format given');
  return names.map((n) => {
    const r = FormatSchema.safeParse(n);
    if (!r.success) throw new UsageError(`unknown report format "${n}" (formats: ${FormatSchema.options.join(', ')})`);
    return r.data;
  });
}

/** The FUNDSCREEN_* variables as a settings layer, validated like the config file. */
export function envLayer(env: Record<string, string | undefined>, delimiter = path.delimiter): SettingsLayer {
  const raw: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV_VARS)) {
    const value = env[name];
    if (value === undefined || (value === '' && !BOOLEAN_KEYS.has(key))) continue;
    if (BOOLEAN_KEYS.has(key)) raw[key] = parseBoolean(name, value);
    else if (key === 'lists') raw[key] = value.split(delimiter).filter((p) => p !== '');
    else if (key === 'format') raw[key] = parseFormats(value);
    else if (key === 'onlyLists') raw[key] = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
    else if (key === 'maxListAge') raw[key] = parseMaxListAge(name, value);
    else raw[key] = value;
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

export function resolveSettings(input: { flags: SettingsLayer; env: SettingsLayer; file: SettingsLayer | null }): Settings {
  const layers = [input.flags, input.env, input.file ?? {}];
  const outDir = pick('outDir', layers) ?? null;
  const output = pick('output', layers) ?? null;
  const formats = asFormats(pick('format', layers)) ?? (outDir ? DEFAULTS.outDirFormats : DEFAULTS.formats);
  if (outDir && output) throw new UsageError('choose either an output file (--output) or an output folder (--out-dir), not both');
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
  };
}
