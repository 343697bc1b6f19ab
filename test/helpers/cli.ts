import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './paths.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`bin/pialint.js` → dist/) as a separate process, like a user would. */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'pialint.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** 1-based line and UTF-16 column of the first occurrence of `needle` in `text` (after `after`, if given). */
export function positionOf(text: string, needle: string, after?: string): { line: number; column: number } {
  const from = after ? text.indexOf(after) : 0;
  if (from < 0) throw new Error(`anchor not found: ${after}`);
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, column: offset - lineStart + 1 };
}
