import rule from '../../rules/undeclared-change.js';
import { builtinRules } from '../../rules/index.js';
import type { LinterConfig } from '../../src/engine/config-types.js';
import { verify } from '../../src/engine/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import type { Assessment } from '../../src/model/values.js';
import { createSource } from '../../src/sources/read-source.js';
import { RuleTester } from '../../src/testing/index.js';
import { positionOf } from '../helpers/cli.js';
import { loadPair } from './fixtures.js';

const ID = 'undeclared-change';

async function lint(text: string, previous: Assessment | undefined, options?: Record<string, unknown>, locale: 'ja' | 'en' = 'ja'): Promise<LintMessage[]> {
  const doc = await createSource('new.json', { text, encoding: 'utf8', bom: false }, locale);
  const config: LinterConfig = {
    rules: { [ID]: { severity: 'error', ...(options ? { options } : {}) } },
    today: '2026-01-01',
    locale,
  };
  return verify(doc, config, new Map([[ID, rule]]), previous ? { previous } : {});
}

describe('undeclared-change without a previous version', () => {
  const { afterText } = loadPair('change-log');
  new RuleTester().run(ID, rule, {
    valid: [
      { code: afterText, name: 'a revised document, but no base to compare with' },
      { code: { meta: { kind: 'juten' }, I: { '6': { dept: '保険年金課' } } }, name: 'a document with no change log' },
    ],
    invalid: [],
  });

  test('the rule is registered', () => {
    expect(builtinRules.get(ID)).toBe(rule);
  });
});

describe('undeclared-change with a previous version', () => {
  test('reports the changes the change log does not record, at the changed fields', async () => {
    const { before, afterText } = loadPair('change-log');
    const messages = await lint(afterText, before);
    expect(messages.map((m) => [m.fieldId, m.messageId, m.severity])).toEqual([
      // Recorded: ③使用目的 (row 2), 委託事項4 (row 3), 委託の有無 件数 (row 4), 所属長 (row 5, the old label).
      ['II[1].2.dept', 'undeclared', 1],
      ['II[1].4.item[2].subcontract', 'undeclaredImportant', 2],
      ['II[1].4.item[2].subcontractPermission', 'undeclared', 1],
      ['II[1].4.item[2].subcontractWork', 'undeclared', 1],
      ['II[1].4.item[3].contractor', 'undeclared', 1],
    ]);
    const important = messages[1]!;
    expect(important.message).toBe(
      '「II 4. 委託事項2 ④再委託の有無」が前の版から変更されていますが、変更箇所に記載がありません（変更前: 再委託しない / 変更後: 再委託する）。※の項目の変更は重要な変更に当たり、原則として事前に提出します。',
    );
    // At the value in the new document.
    const at = positionOf(afterText, '{\n          "value": "subcontract"', '"item[2]"');
    expect([important.line, important.column]).toEqual([at.line, at.column]);
  });

  test('English messages', async () => {
    const { before, afterText } = loadPair('change-log');
    const [first] = await lint(afterText, before, undefined, 'en');
    expect(first!.message).toBe(
      'II 2. (6) Department in charge changed since the previous version but is not recorded in the change log (before: 市民部保険年金課 / after: 健康福祉部保険年金課).',
    );
  });

  test('added and removed slots: at the new slot, and at the container the removed one was in', async () => {
    const { before, afterText } = loadPair('slots-added-removed');
    const messages = await lint(afterText, before);
    expect(messages.map((m) => [m.fieldId, m.messageId, m.severity, m.message])).toEqual([
      ['II[1].4', 'slotRemoved', 2, '「II 4. 委託事項2「被保険者証等の印刷・封入封緘業務」」が削除されていますが、変更箇所に記載がありません。'],
      ['II[1].4.item[3]', 'slotAdded', 2, '「II 4. 委託事項3「オンライン資格確認等システムへの資格情報登録業務」」が追加されていますが、変更箇所に記載がありません。'],
      ['II[1].5', 'slotRemoved', 1, '「II 5. 提供先1「全国健康保険協会」」が削除されていますが、変更箇所に記載がありません。'],
      ['II[1].5.provide[2]', 'slotAdded', 1, '「II 5. 提供先2「後期高齢者医療広域連合」」が追加されていますが、変更箇所に記載がありません。'],
    ]);
  });

  test('reordered slots: nothing to declare', async () => {
    const { before, afterText } = loadPair('slots-reordered');
    expect(await lint(afterText, before)).toEqual([]);
  });

  test('formal-only changes on ※ items are warnings; notation-only ones need no row unless asked', async () => {
    const { before, afterText } = loadPair('formal-only');
    const messages = await lint(afterText, before);
    expect(messages.map((m) => [m.fieldId, m.messageId, m.severity])).toEqual([
      ['I.4.legalBasis', 'undeclared', 1],
      ['I.5.legalBasis', 'undeclared', 1],
      ['II[1].6.place', 'undeclared', 1],
    ]);
    const strict = await lint(afterText, before, { ignoreNotation: false });
    expect(strict.map((m) => m.fieldId)).toContain('II[1].2.subjectScope');
  });

  test('the same undeclared edit is an error in zenko (使用部署 ※) and a warning in juten', async () => {
    const zenko = loadPair('zenko-user-dept');
    const juten = loadPair('juten-user-dept');
    expect((await lint(zenko.afterText, zenko.before)).map((m) => m.severity)).toEqual([2]);
    expect((await lint(juten.afterText, juten.before)).map((m) => m.severity)).toEqual([1]);
  });

  test('ignore: field patterns whose changes need no row', async () => {
    const { before, afterText } = loadPair('change-log');
    const messages = await lint(afterText, before, { ignore: ['II[*].4.**', 'cover.published'] });
    expect(messages.map((m) => m.fieldId)).toEqual(['II[1].2.dept']);
    // With nothing ignored, the 公表日 of the revision is a change too.
    const all = await lint(afterText, before, { ignore: [] });
    expect(all[0]!.fieldId).toBe('cover.published');
  });

  test('a row of an older revision does not declare this one', async () => {
    const { before } = loadPair('change-log');
    type Doc = Assessment & { I: Record<string, Record<string, unknown>>; annex: Record<string, unknown> };
    const previous = structuredClone(before) as Doc;
    previous.annex['changes[2]'] = {
      date: { raw: '令和5年4月1日', iso: '2023-04-01' },
      item: 'II 7備考',
      before: '記載なし',
      after: '備考を追加',
      timing: { value: 'after', raw: '事後' },
      timingNote: null,
    };
    const current = structuredClone(previous) as Doc;
    current.I['6']!.headTitle = '保険年金部長';
    // The 2022 row names 所属長 too, but it records an older change.
    const messages = await lint(JSON.stringify(current, null, 2), previous);
    expect(messages.map((m) => m.fieldId)).toEqual(['I.6.headTitle']);
  });
});
