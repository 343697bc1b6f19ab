import { readFileSync } from 'node:fs';
import path from 'node:path';
import rule from '../../rules/risk-adequacy.js';
import { RuleTester } from '../../src/testing/index.js';
import { repoRoot } from '../helpers/paths.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of a complete valid fixture (架空市) with parts of Ⅲ[1] replaced. */
function fixture(kind: 'juten' | 'zenko', mutate: (iii: Doc) => void): Doc {
  const d = JSON.parse(readFileSync(path.join(repoRoot, 'fixtures', 'valid', `${kind}.json`), 'utf8')) as Doc;
  mutate(d['III[1]']);
  return d;
}

/** 1-based line and column of the value of the first `"key": ` followed by `rest`, in the text RuleTester lints. */
function valueAt(code: Doc, key: string, rest: string): { line: number; column: number } {
  const text = JSON.stringify(code, null, 2) + '\n';
  const prefix = `"${key}": `;
  const offset = text.indexOf(prefix + rest);
  if (offset < 0) throw new Error(`not found: ${prefix}${rest}`);
  const before = text.slice(0, offset + prefix.length).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const tester = new RuleTester();
const sufficient = { value: 'sufficient', raw: '十分である' };
const issues = { value: 'issuesRemain', raw: '課題が残されている' };
const empty = { value: null, raw: null };
const juten = (parts: Doc) => fixture('juten', (iii) => Object.assign(iii, parts));

const outOfScopeEmpty = juten({ '2': { outOfScope: { measures: '本人確認書類により確認する。', adequate: empty }, otherRisks: '—' } });

tester.run('risk-adequacy', rule, {
  valid: [
    { name: 'complete juten fixture', code: fixture('juten', () => {}) },
    { name: 'complete zenko fixture', code: fixture('zenko', () => {}) },
    // 課題が残されている is consistent with no measures.
    juten({ '2': { outOfScope: { measures: '—', adequate: issues } } }),
    // Opted-out parts need no answer.
    juten({ '4': { optOut: true, adequate: null }, '6': { optOutAcquire: true, optOutProvide: true, acqOutOfScope: { adequate: null } } }),
    // A rendering that lost the block says nothing.
    { filename: 'doc.md', code: '# 特定個人情報保護評価書(重点項目評価書)\n\n### Ⅲ リスク対策 ※(7. ②を除く。)\n' },
  ],
  invalid: [
    {
      name: 'no answer where the block applies, at the answer',
      code: outOfScopeEmpty,
      errors: [
        {
          messageId: 'adequacyMissing',
          fieldId: 'III[1].2.outOfScope.adequate',
          ...valueAt(outOfScopeEmpty, 'adequate', '{\n          "value": null'),
          message: '「III 2. リスク リスクへの対策は十分か」が選ばれていません。このリスクへの対策の評価を選択肢から選んでください。',
        },
      ],
    },
    {
      name: 'Ⅲ 4 and Ⅲ 6 apply when their boxes are unticked',
      code: juten({ '4': { optOut: false, contractRule: { value: 'defined', raw: '定めている' } }, '6': { optOutAcquire: false, optOutProvide: true, acqOutOfScope: { measures: '照合リストにより制限する。' } } }),
      errors: [
        { messageId: 'adequacyMissing', fieldId: 'III[1].4.adequate' },
        { messageId: 'adequacyMissing', fieldId: 'III[1].6.acqOutOfScope.adequate' },
      ],
    },
    {
      name: 'sufficient over measures that are all a dash is a warning (zenko: every measure row)',
      code: fixture('zenko', (iii) => {
        iii['3'].offDutyUse = { measures: '—', adequate: sufficient };
      }),
      errors: [{ messageId: 'noMeasures', fieldId: 'III[1].3.offDutyUse.adequate', severity: 1, message: /「III 3\. リスク3 リスクへの対策は十分か」が「十分である」ですが、このリスクに対する措置が記載されていません/ }],
    },
    {
      name: 'English',
      locale: 'en',
      code: fixture('juten', (iii) => {
        iii['7'].leak.adequate = null;
      }),
      errors: [{ message: 'III 7. Risk › Are the measures sufficient? has no answer: select how sufficient the measures against this risk are.' }],
    },
  ],
});
