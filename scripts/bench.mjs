// Runs the benchmark: bundles scripts/bench.ts (with the in-memory
// SpreadsheetApp of test/fakes) into build/bench.cjs, then runs it with the
// arguments given (`npm run bench -- --json`). With --json the rows are also
// written to build/bench.json, since npm and the build print their own lines
// on stdout before them.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'build/bench.cjs');

await esbuild.build({
  entryPoints: [join(root, 'scripts/bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  packages: 'external',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// Enough heap for the national workbook on the fake; source maps for readable stack traces.
const run = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--max-old-space-size=4096', outfile, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exitCode = run.status ?? 1;
