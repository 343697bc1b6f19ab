import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { applyPatch } from 'diff';
import { Project, samples } from './project.js';

const THREE = { 'choice-value': 'error', 'era-first-year': 'error', 'subcontract-details': 'error' };

function datesProject(): Project {
  const project = new Project();
  project.copy('samples/juten-dates.json', 'docs/dates.json');
  project.write('pialint.config.json', { rules: THREE });
  return project;
}

describe('fixes (spawned CLI)', () => {
  test('--fix-dry-run prints a unified diff per file (a/… b/… headers) and writes nothing; the diff is what --fix writes', () => {
    const project = datesProject();
    const before = project.read('docs/dates.json');
    const run = project.run(['--fix-dry-run', 'docs']);
    expect(run.status).toBe(0);
    expect(project.read('docs/dates.json')).toBe(before);
    expect(run.stdout.startsWith('--- a/docs/dates.json\n+++ b/docs/dates.json\n@@ ')).toBe(true);
    expect(run.stdout).toContain('\n-        "raw": "令和1年6月1日",\n+        "raw": "令和元年6月1日",\n');

    const patched = applyPatch(before, run.stdout);
    expect(project.run(['--fix', 'docs']).status).toBe(0);
    expect(patched).toBe(project.read('docs/dates.json'));
    expect(readdirSync(project.path('docs')).filter((f) => f.includes('pialint-tmp'))).toEqual([]);
  });

  test('with json on stdout there is no diff: the fixed text is in "output"; a json report to a file keeps the diff on stdout', () => {
    const project = datesProject();
    const { results, stdout } = project.json(['--fix-dry-run', 'docs']);
    expect(stdout.startsWith('[')).toBe(true);
    expect(results[0]!.output).toContain('"raw": "令和元年6月1日"');
    expect(results[0]!.messages.filter((m) => m.ruleId === 'era-first-year')).toEqual([]);

    const mixed = project.run(['--fix-dry-run', '-f', 'json', '-o', 'report.json', '-f', 'stylish', 'docs']);
    expect(mixed.stdout).toContain('--- a/docs/dates.json');
    expect(JSON.parse(project.read('report.json'))[0].output).toContain('令和元年6月1日');
  });

  test('--fix-type limits fixes to rule categories', () => {
    const project = datesProject();
    const other = project.json(['--fix-dry-run', '--fix-type', 'choice,typo', 'docs']);
    expect(other.results[0]!.output).toBeUndefined();
    expect(other.results[0]!.messages.find((m) => m.ruleId === 'era-first-year')?.fix).toBeDefined();
    expect(project.run(['--fix', '--fix-type', 'choice', 'docs']).status).toBe(1);
    expect(project.read('docs/dates.json')).toContain('令和1年6月1日');
    expect(project.run(['--fix', '--fix-type', 'date', 'docs']).status).toBe(0);
    expect(project.read('docs/dates.json')).toContain('令和元年6月1日');
  });

  test('flag mistakes are usage errors (exit 2): --fix with --fix-dry-run, --fix-type alone or unknown', () => {
    const project = datesProject();
    expect(project.run(['--fix', '--fix-dry-run', 'docs']).stderr).toContain('--fix and --fix-dry-run cannot be used together');
    expect(project.run(['--fix-type', 'date', 'docs']).status).toBe(2);
    const unknown = project.run(['--fix', '--fix-type', 'dates', 'docs']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown --fix-type "dates"');
  });

  test('suggestions (never applied by --fix) appear in the json output with their edit', () => {
    const project = new Project();
    project.copy('samples/zenko-choices.json', 'doc.json');
    project.write('pialint.config.json', { rules: THREE });
    const { results } = project.json(['--fix', 'doc.json']);
    const withSuggestion = results[0]!.messages.find((m) => m.suggestions && m.suggestions.length > 0);
    expect(withSuggestion).toBeDefined();
    expect(withSuggestion!.suggestions![0]).toEqual({ messageId: expect.any(String), desc: expect.any(String), fix: { range: [expect.any(Number), expect.any(Number)], text: expect.any(String) } });
    expect(project.read('doc.json')).toBe(readFileSync(path.join(samples, 'zenko-choices.json'), 'utf8'));
  });

  test('--stdin --fix-dry-run prints the diff of the piped text; --stdin --fix prints the fixed text', () => {
    const project = datesProject();
    const input = project.read('docs/dates.json');
    const dry = project.run(['--stdin', '--stdin-filename', 'piped.json', '--fix-dry-run'], { input });
    expect(dry.stdout.startsWith('--- a/piped.json\n+++ b/piped.json\n')).toBe(true);
    const fixed = project.run(['--stdin', '--stdin-filename', 'piped.json', '--fix'], { input });
    expect(fixed.stdout).toBe(input.replace('令和1年6月1日', '令和元年6月1日'));
  });
});
