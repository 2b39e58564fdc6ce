/**
 * Finding and reading the config file: `--config FILE`, else FUNDSCREEN_CONFIG, else
 * fundscreen.config.json in the working folder (optional: absent means no file layer). An
 * explicitly named file that is missing, invalid JSON or fails the schema is a usage error (exit 2)
 * listing every problem. Paths inside the file are relative to the file's folder; they are
 * returned relative to the working folder, so reports show short, machine-independent paths.
 */
import { stat } from 'node:fs/promises';
import { MAX_SETTINGS_FILE, readBounded } from '../read-bounded.js';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { CONFIG_FILE_NAME, ConfigSchema, type ConfigFile } from './schema.js';
import type { SettingsLayer } from './settings.js';
import { parseJsonText } from '../json-text.js';
import { errnoWords } from '../errno.js';
import { fileText } from '../text-bytes.js';

export interface LoadedConfig {
  /** Path of the file read, or null when there is none. */
  path: string | null;
  settings: SettingsLayer | null;
}

/** A zod issue as a config problem: `"fundNames.x": ...`, or the unknown keys. */
function problemText(i: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): string {
  const at = [...prefix, ...i.path];
  const where = at.length ? `"${at.map(String).join('.')}"` : 'config';
  if (i.code === 'unrecognized_keys') return `unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${where}: ${i.message}`;
}

/**
 * A map the user wrote (fundNames, columns), entry by entry from the JSON as parsed, every key
 * kept: zod's record drops a key "__proto__" without a word (it would set the prototype of the
 * object it builds), so a fund named for a file "__proto__" lost its name. Each entry is checked
 * by the record's own key and value schemas (zod checked none of that one), its problems added to
 * `problems`; the map has no prototype, so no key reads as anything but what the file wrote.
 */
function ownRecord(raw: object, record: z.ZodRecord, key: string, problems: string[]): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(raw)) {
    const kr = z.safeParse(record.keyType, k);
    const vr = z.safeParse(record.valueType, v);
    if (k === '__proto__') for (const issue of [...(kr.success ? [] : kr.error.issues), ...(vr.success ? [] : vr.error.issues)]) problems.push(problemText(issue, [key, k]));
    if (kr.success && vr.success) out[String(kr.data)] = vr.data;
  }
  return out;
}

/** The config's map-valued keys (records, optional or not), read again by ownRecord. */
const RECORD_KEYS: readonly (readonly [string, z.ZodRecord])[] = Object.entries(ConfigSchema.shape).flatMap(([key, schema]) => {
  const inner: unknown = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner instanceof z.ZodRecord ? [[key, inner] as const] : [];
});

export function parseConfig(text: string, file: string): ConfigFile {
  const data = parseJsonText(text, file);
  const r = ConfigSchema.safeParse(data);
  const problems = r.success ? [] : r.error.issues.map((i) => problemText(i));
  const maps: Record<string, unknown> = {};
  for (const [key, record] of RECORD_KEYS) {
    const raw = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) maps[key] = ownRecord(raw, record, key, problems);
  }
  if (problems.length > 0) throw new UsageError(`${file}: invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return { ...r.data!, ...maps };
}

/** Re-roots the file's relative paths at the working folder. */
export function rebasePaths(config: ConfigFile, configDir: string, cwd: string): SettingsLayer {
  const rebase = (p: string): string => (path.isAbsolute(p) ? p : path.relative(cwd, path.resolve(cwd, configDir, p)) || '.');
  const { $schema: _schema, ...rest } = config;
  return {
    ...rest,
    ...(rest.lists ? { lists: rest.lists.map(rebase) } : {}),
    ...(rest.ignore ? { ignore: rebase(rest.ignore) } : {}),
    ...(rest.baseline ? { baseline: rebase(rest.baseline) } : {}),
    ...(rest.output ? { output: rebase(rest.output) } : {}),
    ...(rest.outDir ? { outDir: rebase(rest.outDir) } : {}),
    // A bare file name names every input of that name; a path is rebased like the others.
    ...(rest.fundNames
      ? { fundNames: Object.fromEntries(Object.entries(rest.fundNames).map(([f, n]) => [/[\\/]/.test(f) ? rebase(f) : f, n])) }
      : {}),
  };
}

export async function loadConfig(opts: { cwd: string; flag?: string; env: Record<string, string | undefined> }): Promise<LoadedConfig> {
  const explicit = opts.flag ?? (opts.env.FUNDSCREEN_CONFIG || undefined);
  const file = explicit ?? path.join(opts.cwd, CONFIG_FILE_NAME);
  let bytes: Buffer;
  try {
    bytes = await readBounded(path.resolve(opts.cwd, file), MAX_SETTINGS_FILE);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && explicit === undefined) return { path: null, settings: null };
    throw new UsageError(`cannot read config file ${file}: ${errnoWords(err)}`);
  }
  const { text } = fileText(bytes, explicit ?? CONFIG_FILE_NAME, UsageError);
  const config = parseConfig(text, explicit ?? CONFIG_FILE_NAME);
  return { path: file, settings: rebasePaths(config, path.dirname(path.resolve(opts.cwd, file)), opts.cwd) };
}

/** The ignore file a run picks up without --ignore: this name in the working folder, else beside the config file. */
export const IGNORE_FILE_NAME = '.fundscreen-ignore.json';

/**
 * The ignore file found automatically (as scanners find theirs): `.fundscreen-ignore.json` in the
 * working folder, else in the loaded config file's folder; its path relative to the working
 * folder, or null when there is none. The caller says on stderr that it was found.
 */
export async function findIgnoreFile(cwd: string, configPath: string | null): Promise<string | null> {
  const folders = [cwd, ...(configPath ? [path.dirname(path.resolve(cwd, configPath))] : [])];
  for (const folder of folders) {
    const file = path.join(folder, IGNORE_FILE_NAME);
    const st = await stat(file).catch(() => null);
    if (st?.isFile()) return path.relative(cwd, file) || IGNORE_FILE_NAME;
  }
  return null;
}
