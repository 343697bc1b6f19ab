/**
 * `scripts/bench.js` end to end on a tiny corpus (one document per kind, one run of each task): it
 * finishes, every figure is a finite measurement with its same-run baseline, the four targets are
 * judged, and the page it prints has the table. Timings are not asserted (they depend on the machine),
 * only that they are measurements. Uses the build: `npm run build` first.
 */
import { describe, expect, it, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/paths.js';

const built = existsSync(path.join(repoRoot, 'dist', 'src', 'index.js'));
if (!built) throw new Error('dist/ is missing: run `npm run build` before the bench tests');

const dir = mkdtempSync(path.join(os.tmpdir(), 'pialint-bench-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Series {
  samplesMs: number[];
  medianMs: number;
  mbPerS?: number;
  maxRssKB?: number;
}

describe('npm run bench (scripts/bench.js)', () => {
  const out = path.join(dir, 'result.json');
  const run = spawnSync(
    process.execPath,
    ['scripts/bench.js', '--per-kind', '1', '--runs', '1', '--lsp-edits', '3', '--startup-runs', '3', '--no-profile', '--no-docs', '--out', out],
    { cwd: repoRoot, encoding: 'utf8', timeout: 280_000 },
  );

  it('finishes and writes the result', () => {
    expect(run.stderr).toContain('bench: done in');
    expect(run.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('measures every figure against a baseline of the same run', () => {
    const result = JSON.parse(readFileSync(out, 'utf8'));
    const f = result.figures;
    const measured = (s: Series) => {
      expect(s.samplesMs.length).toBeGreaterThanOrEqual(1);
      for (const x of s.samplesMs) expect(x).toBeGreaterThan(0);
      expect(Number.isFinite(s.medianMs)).toBe(true);
    };
    for (const key of ['floorJson', 'floorRendering', 'lintJsonSerial', 'lintJsonWorkers', 'eslint', 'lintRenderingSerial', 'lintRenderingWorkers']) {
      measured(f[key]);
      expect(f[key].mbPerS).toBeGreaterThan(0);
      expect(f[key].maxRssKB).toBeGreaterThan(0);
    }
    // Linting does more than reading and parsing the same bytes.
    expect(f.lintJsonSerial.medianMs).toBeGreaterThan(f.floorJson.medianMs);
    measured(f.startup.bareNode);
    measured(f.startup.version);
    measured(f.startup.smallDocument);
    expect(f.lsp.relint.samples).toHaveLength(3);
    expect(f.lsp.relint.p95Ms).toBeGreaterThanOrEqual(f.lsp.relint.medianMs);
    expect(f.lsp.baseline.samples.length).toBeGreaterThan(0);
    expect(f.import.synthetic.msPerMB).toBeGreaterThan(0);
    expect(f.import.remarkSynthetic.msPerMB).toBeGreaterThan(0);
    expect(f.memory.peakKB).toBeGreaterThanOrEqual(f.memory.baselineKB);
    expect(result.corpus.documents).toBe(3);
    // The lint finds the defects the corpus was given (each is reported by its rule).
    expect(f.lintJsonSerial.messages).toBeGreaterThanOrEqual(result.corpus.defects.total);
    expect(result.machine.cpus).toBeGreaterThan(0);
    expect(result.machine.node).toBe(process.versions.node);
  });

  it('judges the four targets of the issue', () => {
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.targets.map((t: { id: string }) => t.id)).toEqual(['serialVsFloor', 'vsEslint', 'startup', 'editor']);
    for (const t of result.targets) expect(typeof t.met).toBe('boolean');
  });

  it('prints the page: machine, table with baseline, ratio, target and met? columns', () => {
    const page = run.stdout;
    expect(page).toMatch(/^# Performance/);
    expect(page).toContain('| figure | value | baseline (same run) | ratio | target | met? |');
    expect(page).toContain(`Node ${process.versions.node}`);
    for (const text of ['≤ 3× the floor', 'faster than ESLint (< 1×)', '≤ 1.3× bare node', 'median < 50 ms']) expect(page).toContain(text);
    expect(page).toMatch(/Targets met: \d of 4/);
    const rows = page.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    for (const row of rows) expect(row.split(' | ').length).toBeGreaterThanOrEqual(4);
  });
});
