import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runCli, repoRoot } from '../helpers/cli.js';

const preload = path.join(repoRoot, 'fixtures/net/deny-network.mjs');

describe('no network', () => {
  it('the preload really blocks sockets (so the test below can fail)', async () => {
    const r = await runCli([], {
      nodeArgs: ['--import', preload, '-e', "require('node:net').connect(80, '127.0.0.1')"],
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('network access attempted');
  });

  it('a screen works with every socket API throwing', async () => {
    const r = await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--format', 'json'], { nodeArgs: ['--import', preload] });
    expect(r.stderr).not.toContain('network access attempted');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
  });
});
