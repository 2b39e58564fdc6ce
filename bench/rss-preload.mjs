// Preloaded into a benchmarked child (`node --import <this> ...`): on exit, writes the child's
// own peak RSS and CPU time as JSON to the file named by FUNDSCREEN_BENCH_STATS. Works without
// /usr/bin/time and measures exactly the process under test (worker threads included).
import { writeFileSync } from 'node:fs';

const out = process.env.FUNDSCREEN_BENCH_STATS;
if (out) {
  process.on('exit', () => {
    const ru = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({ maxRSS: ru.maxRSS * 1024, userMs: ru.userCPUTime / 1000, systemMs: ru.systemCPUTime / 1000 }),
    );
  });
}
