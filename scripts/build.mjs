// `npm run build`: compiles src/ to dist/ (tsc -p tsconfig.build.json) and copies the data files
// src/ reads at run time (every file under src/ that is not code, e.g. match/data/*.json),
// so dist/ mirrors src/ and paths such as new URL('../../lists/...', import.meta.url) resolve the
// same from either. Run by `prepack` (npm pack / publish); a checkout runs src/ through tsx.
//   node scripts/build.mjs           build
//   node scripts/build.mjs --clean   remove dist/ (postpack: a checkout never keeps a build)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
if (!process.argv.includes('--clean')) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  let copied = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      // (A checkout's own loader shims, *.mjs, start TypeScript through tsx: dist/ has no use for them.)
      else if (!e.name.endsWith('.ts') && !e.name.endsWith('.mjs')) {
        const to = join(dist, relative(src, full));
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(full, to);
        copied++;
      }
    }
  };
  walk(src);
  process.stderr.write(`build: ${relative(root, dist)}/ written (${copied} data file${copied === 1 ? '' : 's'} copied)\n`);
}
