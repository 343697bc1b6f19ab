import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, type CliRun } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import type { LintResult } from '../../src/engine/types.js';

export const fixtures = path.join(repoRoot, 'fixtures');
export const samples = path.join(fixtures, 'samples');

const created: string[] = [];
// Each test file gets its own copy of this module, so this removes that file's projects when it ends.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A throwaway project directory for end-to-end runs of the built CLI: copies of fixtures, config
 * files written by the test, and `run` with the project as the working directory.
 */
export class Project {
  readonly dir: string;

  constructor(prefix = 'pialint-e2e-') {
    this.dir = mkdtempSync(path.join(tmpdir(), prefix));
    created.push(this.dir);
  }

  path(...parts: string[]): string {
    return path.join(this.dir, ...parts);
  }

  /** Copies a fixture (a path under fixtures/) to `target` (relative to the project). */
  copy(fixture: string, target = path.basename(fixture)): string {
    const destination = this.path(target);
    mkdirSync(path.dirname(destination), { recursive: true });
    copyFileSync(path.join(fixtures, fixture), destination);
    return destination;
  }

  write(target: string, content: string | object): string {
    const destination = this.path(target);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
    return destination;
  }

  read(target: string): string {
    return readFileSync(this.path(target), 'utf8');
  }

  run(args: string[], options: { input?: string; env?: Record<string, string> } = {}): CliRun {
    return runCli(args, { cwd: this.dir, ...options });
  }

  /** Runs with `-f json` and parses the report; throws with stderr when stdout is not JSON. */
  json(args: string[], options: { input?: string; env?: Record<string, string> } = {}): { status: number | null; results: LintResult[]; stdout: string; stderr: string } {
    const run = this.run(['-f', 'json', ...args], options);
    let results: LintResult[];
    try {
      results = JSON.parse(run.stdout) as LintResult[];
    } catch {
      throw new Error(`not JSON (exit ${run.status}): ${run.stdout.slice(0, 300)}\nstderr: ${run.stderr}`);
    }
    return { status: run.status, results, stdout: run.stdout, stderr: run.stderr };
  }

  /** `file → ruleId:line` lists, sorted, for comparing what a run reported. */
  static summary(results: LintResult[], dir: string): string[] {
    return results.flatMap((r) => r.messages.map((m) => `${path.relative(dir, r.filePath)} ${m.ruleId}:${m.line}:${m.column}`)).sort();
  }
}
