/**
 * The ignore file is found as scanners find theirs: `.fundscreen-ignore.json` in the working
 * folder (else beside the config file) is used without --ignore, and stderr says so; --ignore
 * names another; a mistyped entity id is named with the nearest ids, entries counted from 1.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const HOLDINGS = path.join(repoRoot, 'fixtures/holdings/generic/synonyms.csv');
const entry = (entity: string, reason: string) => ({ entity, reason, expires: 'never' });

function folder(ignore: object[] | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-ignore-'));
  copyFileSync(HOLDINGS, path.join(dir, 'fund.csv'));
  if (ignore) writeFileSync(path.join(dir, '.fundscreen-ignore.json'), JSON.stringify(ignore));
  return dir;
}

async function screen(cwd: string, ...args: string[]) {
  const r = await runCli(['screen', 'fund.csv', '--format', 'json', '--max-list-age', '100000', ...args], { cwd });
  const findings = (JSON.parse(r.stdout) as { findings: { entity: { id: string }; suppressed: boolean }[] }).findings;
  return { code: r.code, stderr: r.stderr, suppressed: findings.filter((f) => f.suppressed).map((f) => f.entity.id), findings: findings.length };
}

describe('.fundscreen-ignore.json found automatically', () => {
  it('in the working folder: used, and stderr names it (not with --quiet); the run exits by what is left', async () => {
    const dir = folder([entry('hikvision', 'held via index, reviewed')]);
    const r = await screen(dir);
    expect(r).toMatchObject({ code: 0, suppressed: ['hikvision'], findings: 1 });
    expect(r.stderr).toContain('fundscreen: using the ignore file .fundscreen-ignore.json (found automatically; --ignore FILE names another)');
    const quiet = await screen(dir, '--quiet');
    expect(quiet).toMatchObject({ code: 0, suppressed: ['hikvision'] });
    expect(quiet.stderr).not.toContain('ignore file');
  });

  it('without one, nothing is suppressed and nothing said; --ignore FILE wins over the one found', async () => {
    const none = await screen(folder(null));
    expect(none).toMatchObject({ code: 1, suppressed: [] });
    expect(none.stderr).not.toContain('ignore file');
    const dir = folder([entry('hikvision', 'r')]);
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify([entry('iflytek', 'r')]));
    const named = await screen(dir, '--ignore', 'other.json');
    expect(named).toMatchObject({ code: 1, suppressed: [] });
    expect(named.stderr).not.toContain('.fundscreen-ignore.json');
  });

  it('beside the config file when the working folder has none', async () => {
    const dir = folder(null);
    mkdirSync(path.join(dir, 'conf'));
    writeFileSync(path.join(dir, 'conf', 'fundscreen.json'), JSON.stringify({ quiet: false }));
    writeFileSync(path.join(dir, 'conf', '.fundscreen-ignore.json'), JSON.stringify([entry('hikvision', 'r')]));
    const r = await screen(dir, '--config', 'conf/fundscreen.json');
    expect(r).toMatchObject({ code: 0, suppressed: ['hikvision'] });
    expect(r.stderr).toContain(`using the ignore file ${path.join('conf', '.fundscreen-ignore.json')}`);
  });

  it('a mistyped entity id is named with the nearest id, entries counted from 1', async () => {
    const r = await screen(folder([entry('hikvision', 'r'), entry('hikvison', 'typo')]));
    expect(r.stderr).toContain('fundscreen: warning: ignore entry 2 (entity hikvison) names no entity of the lists used (did you mean hikvision?); it suppressed nothing');
  });
});
