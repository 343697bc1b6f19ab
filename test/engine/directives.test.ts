import { lintDocument } from '../../src/engine/linter.js';
import { createRule } from '../../src/engine/create-rule.js';
import { JsonSource } from '../../src/sources/json-source.js';
import type { AnyRuleModule } from '../../src/engine/types.js';

/** Reports every string value of `I.6` (one message per field). */
const everyDeptField = createRule({
  meta: { id: 'dept', category: 'required', defaultSeverity: 'error', description: { ja: 'x', en: 'x' }, messages: { m: { ja: '{{f}}', en: '{{f}}' } } },
  check(context) {
    const section = (context.assessment.I as Record<string, Record<string, unknown>>)['6']!;
    for (const key of Object.keys(section)) context.report({ target: `I.6.${key}`, messageId: 'm', data: { f: key } });
  },
});
const other = createRule({
  meta: { id: 'other', category: 'required', defaultSeverity: 'error', description: { ja: 'x', en: 'x' }, messages: { m: { ja: 'o', en: 'o' } } },
  check(context) {
    context.report({ target: 'I.6.dept', messageId: 'm' });
  },
});
const registry = new Map<string, AnyRuleModule>([
  ['dept', everyDeptField],
  ['other', other],
]);

function lint(text: string, report: 'off' | 'warn' = 'off') {
  const doc = new JsonSource('d.jsonc', { text, encoding: 'utf8', bom: false }, { jsonc: true });
  return lintDocument(doc, { rules: { dept: { severity: 'error' }, other: { severity: 'error' } }, today: '2026-01-01', reportUnusedDisableDirectives: report }, registry);
}

describe('inline directives', () => {
  test('disable-next-line suppresses only the named rule on the next line, keeping it as suppressed', () => {
    const text = `{
  "meta": { "kind": "juten" },
  "I": { "6": {
    // pialint-disable-next-line dept -- 部署名は条例で定める正式名称
    "dept": "市民部",
    "headTitle": "課長"
  } }
}`;
    const { messages, suppressedMessages } = lint(text);
    expect(messages.map((m) => `${m.ruleId}:${m.line}`)).toEqual(['other:5', 'dept:6']);
    expect(suppressedMessages).toHaveLength(1);
    expect(suppressedMessages[0]).toMatchObject({ ruleId: 'dept', line: 5, suppressions: [{ kind: 'directive', justification: '部署名は条例で定める正式名称' }] });
  });

  test('disable … enable regions and disable-line; no rule list means every rule', () => {
    const text = `{
  "meta": { "kind": "juten" },
  "I": { "6": {
    /* pialint-disable */
    "dept": "市民部",
    /* pialint-enable */
    "headTitle": "課長", // pialint-disable-line dept
    "x": "y"
  } }
}`;
    const { messages, suppressedMessages } = lint(text);
    expect(messages.map((m) => `${m.ruleId}:${m.line}`)).toEqual(['dept:8']);
    expect(suppressedMessages.map((m) => `${m.ruleId}:${m.line}`).sort()).toEqual(['dept:5', 'dept:7', 'other:5']);
  });

  test('unused directives are reported when asked, with a fix that removes them', () => {
    const text = `{
  // pialint-disable-next-line other
  "meta": { "kind": "juten" },
  "I": { "6": { "dept": "市民部" } }
}`;
    const quiet = lint(text);
    expect(quiet.messages.some((m) => m.ruleId === null)).toBe(false);
    const { messages } = lint(text, 'warn');
    const unused = messages.find((m) => m.ruleId === null)!;
    expect(unused).toMatchObject({ severity: 1, line: 2, column: 3 });
    expect(unused.message).toContain('pialint-disable-next-line');
    expect(text.slice(unused.fix!.range[0], unused.fix!.range[1])).toBe('// pialint-disable-next-line other');
  });
});
