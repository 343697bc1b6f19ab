/**
 * Timing helpers for the bench: medians and percentiles, and the two ways work is measured — a task in
 * a fresh Node process (child.js prints one JSON line: its own timing and peak memory), and a whole
 * command timed from outside (start-up).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const childScript = path.join(here, 'child.js');

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Runs `task` of child.js in a fresh process and returns what it printed (parsed), so module loading
 * and JIT warm-up of one run never help the next. Rejects with the child's stderr when it fails.
 */
export function runTask(task, args, { cpuProfileDir, execArgv = [] } = {}) {
  const nodeArgs = [...execArgv, ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : []), childScript, task, JSON.stringify(args)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0) {
        reject(new Error(`bench task ${task} exited with ${code}: ${stderr.trim() || stdout.trim()}`));
        return;
      }
      try {
        resolve(JSON.parse(line));
      } catch {
        reject(new Error(`bench task ${task} printed no result: ${stdout}\n${stderr}`));
      }
    });
  });
}

/** Runs a task `runs` times (one process each) and returns every result. */
export async function repeatTask(task, args, runs, options) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runTask(task, args, options));
  return results;
}

/** Wall time of a whole command (process start to exit), in ms; throws if it fails unexpectedly. */
export function timeCommand(args, { cwd, okCodes = [0] } = {}) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_NO_WARNINGS: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.error) throw run.error;
  if (!okCodes.includes(run.status)) throw new Error(`node ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return ms;
}
