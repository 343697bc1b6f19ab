import rule from '../../rules/date-order.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const date = (raw: string) => ({ raw, iso: null });

function zenko(options: { published?: string; v1?: string; period?: string; v3?: string; changes?: string[] }) {
  return {
    meta: { kind: 'zenko' },
    cover: { published: options.published ? date(options.published) : null },
    V: {
      '1': { date: options.v1 ? date(options.v1) : null },
      '2': { period: options.period ?? null },
      '3': { date: options.v3 ? date(options.v3) : null },
    },
    annex: Object.fromEntries((options.changes ?? []).map((d, i) => [`changes[${i + 1}]`, { date: date(d), item: 'I 7①部署' }])),
  };
}

const files = (holding: string, use: string) => ({
  meta: { kind: 'juten' },
  'II[1]': { '2': { holdingStart: date(holding) }, '3': { useStart: date(use) } },
});

tester.run('date-order', rule, {
  valid: [
    files('平成27年10月', '平成28年1月1日'),
    // Year-month only: 平成28年1月 may be 1月1日, so it is not surely after.
    files('平成28年1月', '平成28年1月1日'),
    zenko({
      published: '令和7年10月1日',
      v1: '令和7年5月12日',
      period: '令和7年6月2日から令和7年7月2日までの31日間',
      v3: '令和7年8月20日',
      changes: ['令和元年10月1日', '令和7年8月20日'],
    }),
    // The end written without its year takes the start's.
    zenko({ v1: '令和8年4月1日', period: '令和8年6月4日から7月3日までの30日間', v3: '令和8年7月10日' }),
    // A draft without 公表日 has nothing to be after; a dash is no date.
    zenko({ v1: '令和8年4月1日', v3: '—', changes: ['令和8年4月1日'] }),
    { meta: { kind: 'juten' }, cover: { published: date('令和6年2月5日') }, V: { '1': { date: date('令和6年2月5日') } } },
  ],
  invalid: [
    {
      name: '保有開始日 after 使用開始日',
      code: files('平成28年2月', '平成28年1月1日'),
      errors: [
        {
          messageId: 'holdingAfterUse',
          fieldId: 'II[1].2.holdingStart',
          message: '「II 2. ⑤保有開始日」（平成28年2月）が「II 3. ⑥使用開始日」（平成28年1月1日）より後になっています。ファイルの保有開始は使用開始より前のはずです。',
        },
      ],
    },
    {
      name: 'the 基礎項目評価 and a 変更日 after the 公表日',
      code: zenko({ published: '令和6年2月5日', v1: '令和6年3月1日', changes: ['令和6年2月5日', '令和6年4月1日'] }),
      errors: [
        { messageId: 'afterPublished', fieldId: 'V.1.date', message: /「VI 1\. 基礎項目評価 ①実施日」（令和6年3月1日）が「表紙 公表日」（令和6年2月5日）より後/ },
        { messageId: 'afterPublished', fieldId: 'annex.changes[2].date' },
      ],
    },
    {
      name: 'the 第三者点検 before the public comment ends, and the comment period after publication',
      code: zenko({ published: '令和7年7月1日', v1: '令和7年5月12日', period: '令和7年6月2日から令和7年7月2日まで', v3: '令和7年6月20日' }),
      errors: [
        { messageId: 'periodAfterPublished', fieldId: 'V.2.period', message: /終了日（令和7年7月2日）/ },
        { messageId: 'reviewBeforeHearingEnd', fieldId: 'V.3.date' },
      ],
    },
    {
      name: 'the 基礎項目評価 after the public comment began',
      code: zenko({ v1: '令和7年6月10日', period: '令和7年6月2日～7月2日' }),
      errors: [{ messageId: 'evaluationAfterHearing', fieldId: 'V.1.date', message: /開始日（令和7年6月2日）/ }],
    },
  ],
});
