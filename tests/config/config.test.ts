import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { loadConfig, parseConfig, rebasePaths } from '../../src/config/load.js';
import { ConfigSchema, configJsonSchema } from '../../src/config/schema.js';
import { DEFAULTS, envLayer, flagLayer, parseFormats, parseJobs, resolveSettings, SETTINGS } from '../../src/config/settings.js';
import { buildProgram } from '../../src/cli/main.js';
import type { CommandContext } from '../../src/cli/context.js';
import { memoryIO } from '../helpers/memory-io.js';
import { repoRoot } from '../helpers/cli.js';

const fixtures = path.join(repoRoot, 'fixtures', 'config');

describe('config.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (regenerate with UPDATE_GOLDEN=1)', async () => {
    const file = path.join(repoRoot, 'config.schema.json');
    if (process.env.UPDATE_GOLDEN === '1') (await import('node:fs')).writeFileSync(file, configJsonSchema());
    expect(readFileSync(file, 'utf8')).toBe(configJsonSchema());
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['lists', 'noDefaultList', 'ignore', 'baseline', 'format', 'output', 'outDir', 'failOn', 'minTier', 'inputFormat', 'columns', 'encoding', 'delimiter', 'strict', 'quiet', 'showSuppressed']));
  });
});

describe('loading the config file', () => {
  it('finds fundscreen.config.json in the working folder and keeps its paths relative to it', async () => {
    const cwd = path.join(fixtures, 'project');
    const { path: p, settings } = await loadConfig({ cwd, env: {} });
    expect(p).toBe(path.join(cwd, 'fundscreen.config.json'));
    expect(settings).toMatchObject({
      lists: ['lists/extra.json', '/abs/list.csv'],
      ignore: 'fundscreen.ignore.json',
      baseline: path.join('reports', 'previous.json'),
      outDir: 'reports',
      format: ['json', 'html'],
      delimiter: '\t',
      columns: { issuer: 'HOLDINGS', ticker: 'TICKER' },
    });
    expect(settings).not.toHaveProperty('$schema');
  });

  it('resolves relative paths against the config file folder, from another working folder', async () => {
    const cwd = path.join(fixtures, 'project', 'sub');
    const { settings } = await loadConfig({ cwd, flag: '../fundscreen.config.json', env: {} });
    expect(settings!.lists).toEqual([path.join('..', 'lists', 'extra.json'), '/abs/list.csv']);
    expect(settings!.ignore).toBe(path.join('..', 'fundscreen.ignore.json'));
  });

  it('takes FUNDSCREEN_CONFIG when no --config is given; --config wins over it', async () => {
    const env = { FUNDSCREEN_CONFIG: path.join(fixtures, 'project', 'fundscreen.config.json') };
    expect((await loadConfig({ cwd: fixtures, env })).settings?.failOn).toBe('probable');
    await expect(loadConfig({ cwd: fixtures, env, flag: 'missing.json' })).rejects.toThrow(/cannot read config file missing\.json: no such file or folder \(ENOENT\)/);
  });

  it('is optional when implicit, an error when named and missing', async () => {
    expect(await loadConfig({ cwd: path.join(fixtures, 'project', 'sub'), env: {} })).toEqual({ path: null, settings: null });
    await expect(loadConfig({ cwd: fixtures, env: { FUNDSCREEN_CONFIG: 'nope.json' } })).rejects.toThrow(UsageError);
  });

  it('rejects unknown keys and bad values, listing every problem (exit 2)', async () => {
    const err = await loadConfig({ cwd: fixtures, flag: 'bad-keys.config.json', env: {} }).catch((e) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.exitCode).toBe(2);
    expect(err.message).toContain('unknown key "ignoreFile"');
    expect(err.message).toMatch(/"format"/);
    expect(err.message).toMatch(/"failOn"/);
    expect(err.message).toMatch(/"strict"/);
    expect(() => parseConfig('{"lists": [', 'c.json')).toThrow(/c\.json:1:12: not valid JSON/);
  });
});

describe('environment', () => {
  it('parses the FUNDSCREEN_* variables', () => {
    expect(
      envLayer(
        {
          FUNDSCREEN_LIST: 'a.json:b.csv', FUNDSCREEN_FORMAT: 'json,csv', FUNDSCREEN_FAIL_ON: 'confirmed', FUNDSCREEN_MIN_TIER: 'probable',
          FUNDSCREEN_IGNORE: 'i.json', FUNDSCREEN_BASELINE: 'b.json', FUNDSCREEN_OUT_DIR: 'out', FUNDSCREEN_STRICT: 'yes',
          FUNDSCREEN_QUIET: '0', FUNDSCREEN_SHOW_SUPPRESSED: 'true', FUNDSCREEN_NO_DEFAULT_LIST: '1', FUNDSCREEN_DELIMITER: 'tab',
          UNRELATED: 'x',
        },
        ':',
      ),
    ).toEqual({
      lists: ['a.json', 'b.csv'], format: ['json', 'csv'], failOn: 'confirmed', minTier: 'probable', ignore: 'i.json', baseline: 'b.json',
      outDir: 'out', strict: true, quiet: false, showSuppressed: true, noDefaultList: true, delimiter: '\t',
    });
    expect(envLayer({ FUNDSCREEN_LIST: 'C:\\a.json;C:\\b.json' }, ';').lists).toEqual(['C:\\a.json', 'C:\\b.json']);
  });

  it('names the variable when a value is bad', () => {
    expect(() => envLayer({ FUNDSCREEN_FAIL_ON: 'high' })).toThrow(/FUNDSCREEN_FAIL_ON/);
    expect(() => envLayer({ FUNDSCREEN_STRICT: 'maybe' })).toThrow(/FUNDSCREEN_STRICT must be true or false/);
    expect(() => envLayer({ FUNDSCREEN_FORMAT: 'yaml' })).toThrow(/^FUNDSCREEN_FORMAT: unknown report format "yaml"/);
  });
});

describe('resolveSettings precedence: flags, then environment, then file, then defaults', () => {
  const file = { format: 'markdown' as const, failOn: 'confirmed' as const, lists: ['file.json'], quiet: true, minTier: 'probable' as const };
  const env = { failOn: 'probable' as const, lists: ['env.json'] };
  const flags = { failOn: 'none' as const };

  it('defaults when nothing is set', () => {
    expect(resolveSettings({ flags: {}, env: {}, file: null })).toEqual({
      lists: [], noDefaultList: false, ignore: null, baseline: null, formats: ['table'], output: null, outDir: null,
      failOn: 'review', minTier: 'review', inputFormat: null, columns: null, encoding: null, delimiter: null,
      strict: false, quiet: false, showSuppressed: false, fundNames: {}, onlyLists: null, maxListAge: 180,
      jobs: availableParallelism() > 1 ? Math.min(availableParallelism(), 8) : 0,
    });
  });

  it('jobs: --jobs, then FUNDSCREEN_JOBS, then the config file; a bad count is a usage error naming its source', () => {
    const file = { jobs: 3 };
    expect(resolveSettings({ flags: {}, env: {}, file }).jobs).toBe(3);
    expect(resolveSettings({ flags: {}, env: envLayer({ FUNDSCREEN_JOBS: '0' }), file }).jobs).toBe(0);
    expect(resolveSettings({ flags: { jobs: parseJobs('--jobs', '2') }, env: envLayer({ FUNDSCREEN_JOBS: '0' }), file }).jobs).toBe(2);
    expect(() => envLayer({ FUNDSCREEN_JOBS: 'many' })).toThrow(/FUNDSCREEN_JOBS must be a whole number of threads from 0 to 64, got "many"/);
    expect(() => parseJobs('--jobs', '65')).toThrow(/--jobs must be a whole number of threads from 0 to 64/);
    expect(() => parseJobs('--jobs', '-1')).toThrow(UsageError);
  });

  it('fundNames and columns keep every key the file wrote: "__proto__", "constructor", "toString" are file names like any other', () => {
    const config = parseConfig('{"fundNames": {"__proto__": "Proto Fund", "constructor": "Ctor Fund", "toString": "TS Fund", "em.csv": "EM"}}', 'cfg.json');
    expect(Object.entries(config.fundNames!)).toEqual([['__proto__', 'Proto Fund'], ['constructor', 'Ctor Fund'], ['toString', 'TS Fund'], ['em.csv', 'EM']]);
    const settings = resolveSettings({ flags: {}, env: {}, file: rebasePaths(config, '/cfg', '/cfg') });
    expect(Object.entries(settings.fundNames)).toContainEqual(['__proto__', 'Proto Fund']);
    // Its value is checked as the others are, and a "__proto__" column is an unknown field, not dropped.
    expect(() => parseConfig('{"fundNames": {"__proto__": 5}}', 'cfg.json')).toThrow(/cfg.json: invalid configuration:\n {2}- "fundNames.__proto__": .*expected string/);
    expect(() => resolveSettings({ flags: {}, env: {}, file: parseConfig('{"columns": {"__proto__": "Name"}}', 'cfg.json') })).toThrow(/"columns": unknown field "__proto__"/);
  });

  it('fundNames: a path key is rebased to the working folder, a bare file name is kept', () => {
    const layer = rebasePaths({ fundNames: { 'data/em.csv': 'EM Fund', 'vt.csv': 'VT' } }, '/cfg', '/cfg/..');
    expect(layer.fundNames).toEqual({ 'cfg/data/em.csv': 'EM Fund', 'vt.csv': 'VT' });
  });

  it('the file overrides defaults', () => {
    expect(resolveSettings({ flags: {}, env: {}, file })).toMatchObject({ formats: ['markdown'], failOn: 'confirmed', lists: ['file.json'], quiet: true, minTier: 'probable' });
  });

  it('the environment overrides the file, key by key', () => {
    expect(resolveSettings({ flags: {}, env, file })).toMatchObject({ failOn: 'probable', lists: ['env.json'], formats: ['markdown'], quiet: true });
  });

  it('flags override the environment and the file', () => {
    expect(resolveSettings({ flags, env, file })).toMatchObject({ failOn: 'none', lists: ['env.json'], formats: ['markdown'] });
    expect(resolveSettings({ flags: { quiet: false, lists: ['flag.json'] }, env, file })).toMatchObject({ quiet: false, lists: ['flag.json'] });
  });

  it('--out-dir writes every file format by default; several formats need it', () => {
    expect(resolveSettings({ flags: { outDir: 'out' }, env: {}, file: null }).formats).toEqual(DEFAULTS.outDirFormats);
    expect(() => resolveSettings({ flags: { format: ['json', 'csv'] }, env: {}, file: null })).toThrow(/need an output folder/);
    expect(() => resolveSettings({ flags: { output: 'a.json', outDir: 'out' }, env: {}, file: null })).toThrow(/not both/);
    expect(() => resolveSettings({ flags: { outDir: 'o', format: ['json', 'json'] }, env: {}, file: null })).toThrow(/repeated/);
  });

  it('parses comma-separated formats', () => {
    expect(parseFormats('json, csv,html')).toEqual(['json', 'csv', 'html']);
    expect(() => parseFormats('json,yaml')).toThrow(/unknown report format "yaml" \(formats: table, json, jsonl, csv, markdown, html, sarif\)/);
  });
});

describe('the SETTINGS table (src/config/settings.ts)', () => {
  it('has one row per config key, each with a FUNDSCREEN_* variable or a flag', () => {
    const keys = Object.keys(ConfigSchema.shape).filter((k) => k !== '$schema');
    expect(SETTINGS.map((s) => s.key).sort()).toEqual([...keys].sort());
    for (const s of SETTINGS) expect(s.env ?? s.flag, s.key).toBeDefined();
    expect(new Set(SETTINGS.flatMap((s) => (s.env ? [s.env.name] : []))).size).toBe(SETTINGS.filter((s) => s.env).length);
  });

  it("names as `flag` only options that `screen` really has (so a renamed option cannot be silently dropped)", () => {
    const m = memoryIO({ cwd: repoRoot });
    const screen = buildProgram({ io: m.io, setExitCode: () => undefined } as unknown as CommandContext).commands.find((c) => c.name() === 'screen')!;
    const attrs = new Set(screen.options.map((o) => o.attributeName()));
    for (const s of SETTINGS) if (s.flag) expect(attrs.has(s.flag.attr), `${s.key}: --${s.flag.attr}`).toBe(true);
  });

  it('the flag layer takes only what was typed, through each row', () => {
    const flags = { format: 'json', failOn: 'review', defaultList: false, onlyLists: 'UFLPA,bis', maxListAge: '30', quiet: false };
    const typed = new Set(['format', 'defaultList', 'onlyLists', 'maxListAge']);
    expect(flagLayer(flags, (k) => typed.has(k))).toEqual({ format: ['json'], noDefaultList: true, onlyLists: ['uflpa', 'bis'], maxListAge: 30 });
  });
});
