import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { createSource, loadRenderingReader, createSourceSync } from '../../src/sources/read-source.js';
import { verify } from '../../src/engine/linter.js';
import { verifyAndFix } from '../../src/engine/verify-and-fix.js';
import type { LinterConfig } from '../../src/engine/config-types.js';
import type { Assessment } from '../../src/model/values.js';
import { readDocExamples } from '../helpers/doc-examples.js';
import { repoRoot } from '../helpers/paths.js';

const docsDir = path.join(repoRoot, 'docs', 'rules');
const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md'));
const extensionFor: Record<string, string> = { json: '.json', jsonc: '.jsonc', markdown: '.md', md: '.md', text: '.txt' };

describe('rule pages', () => {
  test('every rule has a page and every page a rule', () => {
    expect(pages.map((p) => p.replace(/\.md$/, '')).sort()).toEqual([...builtinRules.keys()].sort());
  });

  test.each([...builtinRules.keys()])('%s: the page states the meta (category, severity, description)', (id) => {
    const rule = builtinRules.get(id)!;
    const page = readFileSync(path.join(docsDir, `${id}.md`), 'utf8');
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    expect(page).toContain(rule.meta.description.ja);
    expect(page).toContain(rule.meta.description.en);
    expect(page).toContain(`| カテゴリ / category | ${rule.meta.category} |`);
    expect(page).toContain(`| 既定の重大度 / default severity | ${rule.meta.defaultSeverity}`);
    const examples = readDocExamples(path.join(docsDir, `${id}.md`));
    expect(examples.some((e) => e.kind === 'valid')).toBe(true);
    expect(examples.some((e) => e.kind === 'invalid')).toBe(true);
  });
});

describe.each([...builtinRules.keys()])('examples of docs/rules/%s.md', (id) => {
  const rule = builtinRules.get(id)!;
  const examples = readDocExamples(path.join(docsDir, `${id}.md`));
  const config: LinterConfig = { rules: { [id]: { severity: 'error' } }, today: '2026-01-01' };
  const registry = new Map([[id, rule]]);

  examples.forEach((example, index) => {
    if (example.kind === 'output' || example.kind === 'previous') return;
    const before = examples[index - 1];
    const verifyOptions = before?.kind === 'previous' ? { previous: JSON.parse(before.code) as Assessment } : {};
    test(`${example.kind} example at line ${example.line}`, async () => {
      const filename = `example${extensionFor[example.language] ?? '.json'}`;
      const doc = await createSource(filename, { text: example.code, encoding: 'utf8', bom: false });
      const messages = verify(doc, config, registry, verifyOptions);
      if (example.kind === 'valid') {
        expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
        return;
      }
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) {
        expect(m.ruleId).toBe(id);
        expect(m.fatal).toBeUndefined();
      }
      const next = examples[index + 1];
      if (next?.kind === 'output') {
        await loadRenderingReader();
        const fixed = verifyAndFix(doc, config, registry, (text) => createSourceSync(filename, { text, encoding: 'utf8', bom: false }), undefined, verifyOptions);
        expect(fixed.output).toBe(next.code);
      }
    });
  });
});
