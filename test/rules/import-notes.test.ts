import rule from '../../rules/import-notes.js';
import { RuleTester } from '../../src/testing/index.js';

const rendering = [
  '特定個人情報保護評価書(重点項目評価書)',
  '',
  '## II 特定個人情報ファイルの概要',
  '',
  '4. 特定個人情報ファイルの取扱いの委託\t',
  '委託の有無 ※\t[ 委託する ] <選択肢> 1) 委託する 2) 委託しない ( 2 ) 件',
  '',
].join('\n');

describe('import-notes', () => {
  const tester = new RuleTester();

  test('JSON documents have no import notes', async () => {
    const { messages } = await tester.lint('import-notes', rule, { code: { meta: { kind: 'juten' } } });
    expect(messages).toEqual([]);
  });

  test('a rendering: every note is reported, the slots a count promises but the rendering lacks as warnings', async () => {
    const { messages } = await tester.lint('import-notes', rule, { code: rendering, filename: 'doc.md' });
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.every((m) => m.ruleId === 'import-notes')).toBe(true);
    const slots = messages.filter((m) => /^II\[1\]\.4\.item\[\d\]$/.test(m.fieldId ?? ''));
    // The importer's warnings take the rule's severity (the tester runs rules at error).
    expect(slots.map((m) => [m.fieldId, m.severity])).toEqual([
      ['II[1].4.item[1]', 2],
      ['II[1].4.item[2]', 2],
    ]);
    // The kind the importer decided, and why, is an info note.
    const kind = messages.find((m) => m.message.includes('juten'));
    expect(kind?.severity).toBe(0);
  });

  test('English', async () => {
    const { messages } = await tester.lint('import-notes', rule, { code: rendering, filename: 'doc.md', locale: 'en' });
    expect(messages.some((m) => /not found|missing|lost/i.test(m.message))).toBe(true);
    expect(messages.every((m) => !/[\u3040-\u30ff]{4}/.test(m.message.replace(/「[^」]*」|"[^"]*"|\([^)]*\)/g, '')))).toBe(true);
  });
});
