import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureExecutable, multitoolPath, sarifSchemaValidator } from '../formatters/sarif-validator.js';
import { Project } from './project.js';

const THREE = { 'choice-value': 'error', 'era-first-year': 'error', 'subcontract-details': 'error' };

function samplesProject(): Project {
  const project = new Project();
  for (const name of ['juten-saiitaku.json', 'juten-dates.json', 'zenko-choices.json', 'juten-comments.jsonc']) project.copy(`samples/${name}`, `docs/${name}`);
  project.copy('invalid/truncated.json', 'docs/truncated.json');
  project.write('pialint.config.json', { rules: THREE });
  return project;
}

describe('formats (spawned CLI)', () => {
  test('several formats at once: each -o takes the format at its position; the rest go to stdout', () => {
    const project = samplesProject();
    const run = project.run(['-f', 'json', '-o', 'out/a.json', '-f', 'sarif', '-o', 'out/b.sarif', '-f', 'junit', '-o', 'out/c.xml', '-f', 'checkstyle', '-o', 'out/d.xml', '-f', 'github', 'docs']);
    expect(run.status).toBe(1);
    const single = project.run(['-f', 'json', 'docs']).stdout;
    expect(project.read('out/a.json')).toBe(single);
    expect(JSON.parse(project.read('out/b.sarif')).version).toBe('2.1.0');
    expect(project.read('out/c.xml')).toContain('<testsuites');
    expect(project.read('out/d.xml')).toContain('<checkstyle');
    expect(run.stdout).toMatch(/^::error file=docs\/juten-dates\.json,line=\d+/m);
    expect(run.stdout).toBe(project.run(['-f', 'github', 'docs']).stdout);
  });

  test('more -o than -f, or an unknown format, is a usage error before anything is written', () => {
    const project = samplesProject();
    const extra = project.run(['-f', 'json', '-o', 'a.json', '-o', 'b.json', 'docs']);
    expect(extra.status).toBe(2);
    const unknown = project.run(['-f', 'json', '-o', 'a.json', '-f', 'nope', 'docs']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown format "nope"');
    expect(() => project.read('a.json')).toThrow();
  });

  test('the SARIF report of a real run validates against the SARIF 2.1.0 schema (and the reference Multitool)', () => {
    const project = samplesProject();
    const run = project.run(['-f', 'sarif', '-o', 'report.sarif', 'docs']);
    expect(run.status).toBe(1);
    const log = JSON.parse(project.read('report.sarif')) as { runs: { results: { ruleId: string }[] }[] };
    const schema = sarifSchemaValidator();
    if (!schema.validate(log)) throw new Error(`SARIF schema violations:\n${schema.errors()}`);
    const ruleIds = new Set(log.runs[0]!.results.map((r) => r.ruleId));
    expect([...ruleIds]).toEqual(expect.arrayContaining(['choice-value', 'era-first-year', 'subcontract-details']));

    const binary = multitoolPath();
    if (!binary) return; // the schema check above is the contract; the Multitool is an extra where it is installed
    ensureExecutable(binary);
    execFileSync(binary, ['validate', project.path('report.sarif'), '--output', project.path('validation.sarif'), '--log', 'ForceOverwrite', '--rule-kind', 'Gh;Sarif', '--quiet'], {
      stdio: 'pipe',
      timeout: 60_000,
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    const validation = JSON.parse(readFileSync(project.path('validation.sarif'), 'utf8')) as { runs: { results?: { ruleId: string; message: unknown }[] }[] };
    expect((validation.runs[0]!.results ?? []).map((r) => `${r.ruleId}: ${JSON.stringify(r.message)}`)).toEqual([]);
  });
});
