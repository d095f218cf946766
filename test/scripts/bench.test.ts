/**
 * `npm run bench` is how the project measures speed: it must run. At regency
 * size (no engine or .xlsx rows) both ways of running the jury are measured,
 * each action with its calls, and every target says whether it is met.
 * No time is asserted here; only that the benchmark works and counts.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

jest.setTimeout(180_000);

interface BenchRow {
  case?: string;
  action?: string;
  calls?: number;
  target?: string;
  met?: boolean;
}

it('runs at regency size in both ways of running the jury, with calls counted', () => {
  const root = join(__dirname, '..', '..');
  const run = spawnSync(
    process.execPath,
    [join(root, 'scripts/bench.mjs'), '--quick', '--case', 'regency', '--json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  expect(run.stderr).not.toMatch(/Error/);
  expect(run.status).toBe(0);
  const rows = JSON.parse(run.stdout) as BenchRow[];
  const action = (name: string) => rows.find((r) => r.case === 'regency' && r.action === name);
  for (const name of ['generate', 'check', 'rank', 'files-generate', 'files-check', 'files-rank'])
    expect(action(name)?.calls).toBeGreaterThan(0);
  const targets = rows.filter((r) => r.target !== undefined);
  expect(targets.length).toBeGreaterThan(0);
  for (const t of targets) expect(typeof t.met).toBe('boolean');
});
