import rule from '../../rules/change-log-dates.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();

const HEADER = '変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明';

/** A rendering's change log (synthetic TAB rows, catalogue §7.10). */
function renderedLog(...rows: string[]): string {
  return ['特定個人情報保護評価書(全項目評価書)', '', '(別添3)変更箇所', '', HEADER, ...rows].join('\n');
}

function log(dates: (string | null | undefined)[]) {
  return {
    meta: { kind: 'zenko' },
    annex: Object.fromEntries(
      dates.map((d, i) => [
        `changes[${i + 1}]`,
        { ...(d === undefined ? {} : { date: d === null ? null : { raw: d, iso: null } }), item: 'Ⅰ 7. ①部署', before: '旧', after: `新${i}` },
      ]),
    ),
  };
}

tester.run('change-log-dates', rule, {
  valid: [
    log(['平成28年8月12日', '平成28年8月12日', '令和2年3月30日', '令和7年3月27日']),
    // Newest first, consistently.
    log(['令和7年3月27日', '令和2年3月30日', '平成28年8月12日']),
    // Two rows alone do not say which one is out of place.
    log(['令和7年3月27日', '令和2年3月30日']),
    // A row with nothing in it is not a change.
    { meta: { kind: 'juten' }, annex: { 'changes[1]': { date: null, item: null, before: null, after: null } } },
    {
      name: 'a rendering: the dates in 変更前/変更後 of a row whose 変更日 cell is empty are not its 変更日',
      filename: 'doc.md',
      code: renderedLog(
        '令和7年3月27日\tⅠ 7. ①部署\t高齢介護課\t介護保険課\t事後\t形式的な変更',
        '令和7年3月27日\tⅡ 2. ⑥事務担当部署\t高齢介護課\t介護保険課\t事後\t形式的な変更',
        '令和7年3月27日\tⅡ 3. ⑦使用の主体 使用部署\t高齢介護課\t介護保険課\t事後\t形式的な変更',
        '',
        HEADER,
        '\tⅥ 1. ①実施日\t令和4年4月1日\t令和8年4月1日\t事前\t',
        '\tⅥ 2. ②実施日・期間\t令和4年5月1日から30日間\t令和8年5月1日から30日間\t事前\t',
      ),
    },
  ],
  invalid: [
    {
      name: 'a row without its 変更日 (null or missing in JSON)',
      code: log(['令和2年3月30日', null, undefined]),
      errors: [
        { messageId: 'missingDate', fieldId: 'annex.changes[2].date', message: '「(別添3) 変更箇所 2行目 変更日」が記載されていません。変更した日を記載してください。' },
        { messageId: 'missingDate', fieldId: 'annex.changes[3].date' },
      ],
    },
    {
      name: 'only the rows that break the order are reported',
      code: log(['令和7年3月27日', '令和7年9月27日', '令和7年9月27日', '令和7年3月27日', '令和7年3月27日', '令和7年7月31日']),
      errors: [
        {
          messageId: 'outOfOrder',
          fieldId: 'annex.changes[2].date',
          message: '「(別添3) 変更箇所 2行目 変更日」（令和7年9月27日）が前後の行の変更日（令和7年3月27日～令和7年3月27日）の順序に合いません。変更日の誤りか、行の位置の誤りではないか確認してください。',
        },
        { messageId: 'outOfOrder', fieldId: 'annex.changes[3].date' },
      ],
    },
    {
      name: 'a rendering: the row out of order, at its 変更日 cell',
      filename: 'doc.md',
      code: renderedLog(
        '令和7年3月27日\tⅠ 7. ①部署\t高齢介護課\t介護保険課\t事後\t形式的な変更',
        '令和7年9月27日\tⅠ 7. ②所属長の役職名\t高齢介護課長\t介護保険課長\t事後\t形式的な変更',
        '令和7年3月27日\tⅡ 2. ⑥事務担当部署\t高齢介護課\t介護保険課\t事後\t形式的な変更',
        '令和7年3月27日\tⅡ 3. ⑦使用の主体 使用部署\t高齢介護課\t介護保険課\t事後\t形式的な変更',
      ),
      errors: [{ messageId: 'outOfOrder', fieldId: 'annex.changes[2].date', line: 7, column: 1 }],
    },
    {
      name: 'a newest-first log with one row out of place',
      code: log(['令和7年3月27日', '令和6年3月26日', '令和2年3月30日', '令和5年3月27日', '令和4年4月1日']),
      errors: [{ messageId: 'outOfOrder', fieldId: 'annex.changes[3].date', message: /（令和6年3月26日～令和5年3月27日）/ }],
    },
  ],
});
