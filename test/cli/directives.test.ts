import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir, describeWithCorpus } from '../helpers/paths.js';
import { Project, samples } from './project.js';
import type { LintMessage } from '../../src/engine/types.js';

const THREE = { 'choice-value': 'error', 'era-first-year': 'error', 'subcontract-details': 'error' };

type Suppressed = LintMessage & { suppressions?: { kind: string; justification: string }[] };

/** juten-comments.jsonc with a directive before the 令和1年 date and an unused one before "I". */
function jsoncWithDirectives(source: string): string {
  const lines = source.split('\n');
  const date = lines.findIndex((l) => l.includes('"raw": "令和1年6月1日"'));
  const section = lines.findIndex((l) => l.trim() === '"I": {');
  if (date < 0 || section < 0) throw new Error('fixture changed: anchors not found');
  const indent = (i: number) => /^\s*/.exec(lines[i]!)![0];
  lines.splice(date, 0, `${indent(date)}// pialint-disable-next-line era-first-year -- 原本の表記のまま公表済み`);
  lines.splice(section, 0, `${indent(section)}// pialint-disable-next-line choice-value`);
  return lines.join('\n');
}

describe('inline directives (spawned CLI)', () => {
  function setup(config: Record<string, unknown> = {}): { project: Project; text: string } {
    const project = new Project();
    const text = jsoncWithDirectives(readFileSync(path.join(samples, 'juten-comments.jsonc'), 'utf8'));
    project.write('doc.jsonc', text);
    project.write('pialint.config.json', { rules: THREE, ...config });
    return { project, text };
  }

  test('pialint-disable-next-line in a JSONC comment suppresses that rule there, with its justification', () => {
    const { project, text } = setup();
    const { status, results } = project.json(['doc.jsonc']);
    expect(status).toBe(0);
    const [result] = results;
    expect(result!.messages.filter((m) => m.ruleId === 'era-first-year')).toEqual([]);
    const suppressed = result!.suppressedMessages as Suppressed[];
    expect(suppressed).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.includes('"raw": "令和1年6月1日"')) + 1;
    expect(suppressed[0]).toMatchObject({ ruleId: 'era-first-year', line, suppressions: [{ kind: 'directive', justification: '原本の表記のまま公表済み' }] });
    // Unused directives are not reported unless asked.
    expect(result!.messages.some((m) => m.ruleId === null)).toBe(false);
  });

  test('--report-unused-disable-directives reports the unused one as an error, with a fix that removes it', () => {
    const { project, text } = setup();
    const { status, results } = project.json(['--report-unused-disable-directives', 'doc.jsonc']);
    expect(status).toBe(1);
    const unused = results[0]!.messages.filter((m) => m.ruleId === null);
    const line = text.split('\n').findIndex((l) => l.includes('pialint-disable-next-line choice-value')) + 1;
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ severity: 2, line, message: expect.stringContaining('使われていない pialint-disable-next-line') });
    expect(text.slice(unused[0]!.fix!.range[0], unused[0]!.fix!.range[1])).toBe('// pialint-disable-next-line choice-value');

    // --fix-type directive applies only that removal; the used directive stays.
    const fixed = project.run(['--report-unused-disable-directives', '--fix', '--fix-type', 'directive', 'doc.jsonc']);
    expect(fixed.status).toBe(0);
    const after = project.read('doc.jsonc');
    expect(after).not.toContain('pialint-disable-next-line choice-value');
    expect(after).toContain('pialint-disable-next-line era-first-year');
    expect(after).toContain('令和1年6月1日');
  });

  test('the config key reportUnusedDisableDirectives sets the severity; the CLI severity flag wins', () => {
    const { project } = setup({ reportUnusedDisableDirectives: 'warn' });
    const warn = project.json(['doc.jsonc']);
    expect(warn.status).toBe(0);
    expect(warn.results[0]!.messages.filter((m) => m.ruleId === null).map((m) => m.severity)).toEqual([1]);
    const off = project.json(['--report-unused-disable-directives-severity', 'off', 'doc.jsonc']);
    expect(off.results[0]!.messages.filter((m) => m.ruleId === null)).toEqual([]);
    expect(project.run(['--report-unused-disable-directives-severity', 'loud', 'doc.jsonc']).status).toBe(2);
  });
});

describeWithCorpus('directives in renderings (<!-- --> comments, spawned CLI on a copy of a real rendering)', () => {
  test('<!-- pialint-disable-next-line rule -- why --> suppresses the next line; an unused one is reported', () => {
    const project = new Project();
    // Any corpus rendering with a rule finding will do: the test finds the place, it does not know it.
    let chosen: { name: string; message: LintMessage } | undefined;
    for (const name of readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()) {
      project.write(name, readFileSync(path.join(corpusDir, name), 'utf8'));
      const message = project.json(['--no-config-lookup', name]).results[0]?.messages.find((m) => m.ruleId !== null && m.ruleId !== 'import-notes' && m.line > 1);
      if (message) {
        chosen = { name, message };
        break;
      }
    }
    if (!chosen) throw new Error('no corpus rendering has a rule finding to suppress');
    const { name, message } = chosen;
    const lines = project.read(name).split('\n');
    lines.splice(message.line - 1, 0, `<!-- pialint-disable-next-line ${message.ruleId} -- 公表時に補記する -->`);
    lines.splice(0, 0, '<!-- pialint-disable-next-line no-such-finding-here -->');
    project.write(name, lines.join('\n'));

    const { results } = project.json(['--no-config-lookup', '--report-unused-disable-directives-severity', 'warn', name]);
    const [result] = results;
    const suppressed = result!.suppressedMessages as Suppressed[];
    expect(suppressed).toEqual([
      expect.objectContaining({ ruleId: message.ruleId, fieldId: message.fieldId, line: message.line + 2, suppressions: [{ kind: 'directive', justification: '公表時に補記する' }] }),
    ]);
    expect(result!.messages.some((m) => m.ruleId === message.ruleId && m.fieldId === message.fieldId && m.line === message.line + 2)).toBe(false);
    const unused = result!.messages.filter((m) => m.ruleId === null);
    expect(unused).toEqual([expect.objectContaining({ line: 1, column: 1, severity: 1, message: expect.stringContaining('no-such-finding-here') })]);
  });
});
