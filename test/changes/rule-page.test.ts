import { readFileSync } from 'node:fs';
import path from 'node:path';
import rule from '../../rules/undeclared-change.js';
import type { LinterConfig } from '../../src/engine/config-types.js';
import { verify } from '../../src/engine/linter.js';
import type { Assessment } from '../../src/model/values.js';
import { createSource } from '../../src/sources/read-source.js';
import { repoRoot } from '../helpers/paths.js';

/**
 * The rule page's examples need the previous version, which the shared docs harness
 * (test/docs/rule-docs.test.ts) does not pass yet: a ```json previous fence gives it for the example
 * right after it. This runs them with it, the way the harness will once it reads those fences.
 */
const page = readFileSync(path.join(repoRoot, 'docs', 'rules', 'undeclared-change.md'), 'utf8');
const fences = [...page.matchAll(/^```json[ \t]+(valid|invalid|previous)[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => ({
  kind: m[1] as 'valid' | 'invalid' | 'previous',
  code: m[2]!,
  line: page.slice(0, m.index).split('\n').length,
}));

describe('docs/rules/undeclared-change.md examples, with their previous versions', () => {
  const config: LinterConfig = { rules: { 'undeclared-change': { severity: 'error' } }, today: '2026-01-01' };
  const examples = fences.flatMap((f, i) => {
    if (f.kind === 'previous') return [];
    const before = fences[i - 1];
    return [{ ...f, previous: before?.kind === 'previous' ? (JSON.parse(before.code) as Assessment) : undefined }];
  });

  test('the page has valid and invalid examples, and the invalid one has a previous version', () => {
    expect(examples.filter((e) => e.kind === 'invalid' && e.previous)).not.toHaveLength(0);
    expect(examples.filter((e) => e.kind === 'valid')).not.toHaveLength(0);
  });

  test.each(examples.map((e) => [e.kind, e.line, e] as const))('%s example at line %i', async (_kind, _line, example) => {
    const doc = await createSource('example.json', { text: example.code, encoding: 'utf8', bom: false });
    const messages = verify(doc, config, new Map([['undeclared-change', rule]]), example.previous ? { previous: example.previous } : {});
    if (example.kind === 'valid') expect(messages.map((m) => m.message)).toEqual([]);
    else {
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.every((m) => m.ruleId === 'undeclared-change')).toBe(true);
    }
  });
});
