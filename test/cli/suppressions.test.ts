import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { Project } from './project.js';

const THREE = { 'choice-value': 'error', 'era-first-year': 'error', 'subcontract-details': 'error' };

/** Two old documents with errors, under a config of the three long-standing rules. */
function legacy(): Project {
  const project = new Project();
  project.copy('samples/juten-saiitaku.json', 'docs/saiitaku.json');
  project.copy('samples/juten-dates.json', 'docs/dates.json');
  project.write('pialint.config.json', { rules: THREE });
  return project;
}

describe('suppressions baseline (spawned CLI)', () => {
  test('--suppress-all records error counts per file per rule; the next run passes and keeps them as suppressed', () => {
    const project = legacy();
    expect(project.run(['docs']).status).toBe(1);
    const record = project.run(['--suppress-all', 'docs']);
    expect(record.status).toBe(0);
    expect(JSON.parse(project.read('pialint-suppressions.json'))).toEqual({
      'docs/dates.json': { 'era-first-year': { count: 1 } },
      'docs/saiitaku.json': { 'subcontract-details': { count: 2 } },
    });

    const { status, results } = project.json(['docs']);
    expect(status).toBe(0);
    expect(results.map((r) => r.errorCount)).toEqual([0, 0]);
    const suppressed = results.flatMap((r) => r.suppressedMessages);
    expect(suppressed).toHaveLength(3);
    for (const m of suppressed) expect(m).toMatchObject({ severity: 2, suppressions: [{ kind: 'baseline', justification: '' }] });
  });

  test('only errors are recorded; warnings stay visible (as ESLint bulk suppressions)', () => {
    const project = legacy();
    project.write('pialint.config.json', { rules: { ...THREE, 'subcontract-details': 'warn' } });
    project.run(['--suppress-all', 'docs']);
    expect(JSON.parse(project.read('pialint-suppressions.json'))).toEqual({ 'docs/dates.json': { 'era-first-year': { count: 1 } } });
    const { results } = project.json(['docs']);
    expect(results.find((r) => r.filePath.endsWith('saiitaku.json'))!.warningCount).toBe(3);
  });

  test('a file with more errors of a rule than its count reports all of them; new files are not covered', () => {
    const project = legacy();
    project.run(['--suppress-all', 'docs']);
    // One more 令和1年 in dates.json: 2 errors against a baseline of 1.
    project.write('docs/dates.json', project.read('docs/dates.json').replace('"raw": "令和7年10月1日"', '"raw": "令和1年10月1日"'));
    project.copy('samples/juten-saiitaku.json', 'docs/new.json');
    const { status, results } = project.json(['docs']);
    expect(status).toBe(1);
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r]));
    expect(byName['dates.json']!.messages.filter((m) => m.ruleId === 'era-first-year')).toHaveLength(2);
    expect(byName['dates.json']!.suppressedMessages).toEqual([]);
    expect(byName['new.json']!.errorCount).toBe(2);
    expect(byName['saiitaku.json']!.errorCount).toBe(0);
  });

  test('fixed problems leave unused suppressions: exit 2 with a hint, --pass-on-unpruned-suppressions, then --prune-suppressions', () => {
    const project = legacy();
    project.run(['--suppress-all', 'docs']);
    expect(project.run(['--fix', 'docs/dates.json']).status).toBe(2);
    const run = project.run(['docs']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--prune-suppressions');
    expect(run.stderr).toContain('docs/dates.json: era-first-year (1)');
    expect(project.run(['--pass-on-unpruned-suppressions', 'docs']).status).toBe(0);

    // Linting one file checks only that file's entries.
    expect(project.run(['docs/saiitaku.json']).status).toBe(0);

    expect(project.run(['--prune-suppressions', 'docs']).status).toBe(0);
    expect(JSON.parse(project.read('pialint-suppressions.json'))).toEqual({ 'docs/saiitaku.json': { 'subcontract-details': { count: 2 } } });
    expect(project.run(['docs']).status).toBe(0);
  });

  test('--suppress-rule records one rule only; --suppressions-location moves the file', () => {
    const project = legacy();
    const run = project.run(['--suppress-rule', 'era-first-year', '--suppressions-location', 'ci/baseline.json', 'docs']);
    expect(run.status).toBe(1);
    expect(existsSync(project.path('pialint-suppressions.json'))).toBe(false);
    // Paths are relative to the baseline file, so it works from any working directory.
    expect(JSON.parse(readFileSync(project.path('ci', 'baseline.json'), 'utf8'))).toEqual({ '../docs/dates.json': { 'era-first-year': { count: 1 } } });
    expect(project.run(['--suppress-rule', 'no-such-rule', 'docs']).status).toBe(2);
    expect(project.run(['--suppress-all', '--prune-suppressions', 'docs']).status).toBe(2);
  });

  test('a malformed baseline is an error (exit 2), not silently ignored', () => {
    const project = legacy();
    project.write('pialint-suppressions.json', { 'docs/dates.json': { 'era-first-year': 1 } });
    const run = project.run(['docs']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('malformed suppressions file');
  });
});
