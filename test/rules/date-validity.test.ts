import rule from '../../rules/date-validity.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const text = (value: Record<string, unknown>) => JSON.stringify(value, null, 2) + '\n';
const published = (raw: string, iso: string | null) => ({ meta: { kind: 'juten' }, cover: { published: { raw, iso } } });

tester.run('date-validity', rule, {
  valid: [
    published('令和元年5月1日', '2019-05-01'),
    published('平成31年4月30日', '2019-04-30'),
    published('令和6年2月29日', '2024-02-29'),
    published('２０２４/２/５', '2024-02-05'),
    // Not a date at all: nothing to judge here.
    published('—', null),
    { meta: { kind: 'juten' }, 'II[1]': { '2': { holdingStart: { raw: '平成27年11月', iso: '2015-11' } } } },
    // 平成31年度 existed (April 2019 to March 2020 was commonly still called so).
    { meta: { kind: 'juten' }, 'II[1]': { '7': { remarks: '平成31年度から段階的に移行する。' } } },
    // 変更前の記載 is history.
    { meta: { kind: 'juten' }, annex: { 'changes[1]': { before: '平成32年1月から運用予定', after: '令和2年1月から運用' } } },
  ],
  invalid: [
    {
      name: '平成32年 in a date field: an error with the 令和 date as a suggestion',
      code: published('平成32年4月1日', '2020-04-01'),
      errors: [
        {
          messageId: 'eraYearBeyond',
          fieldId: 'cover.published',
          severity: 2,
          message: '「表紙 公表日」の「平成32年4月1日」は存在しない日付です（平成は31年（平成31年4月30日）までです）。「令和2年4月1日」の誤りではないか確認してください。',
          suggestions: [{ messageId: 'useEra', output: text(published('令和2年4月1日', '2020-04-01')) }],
        },
      ],
      output: null,
    },
    {
      name: '平成31年5月 (平成 had ended)',
      code: { meta: { kind: 'zenko' }, 'II[1]': { '2': { holdingStart: { raw: '平成31年5月', iso: null } } } },
      errors: [{ messageId: 'eraEnded', fieldId: 'II[1].2.holdingStart', message: /「令和元年5月」の誤りではないか/ }],
    },
    {
      name: '令和元年4月 (令和 had not begun)',
      code: { meta: { kind: 'juten' }, V: { '1': { date: { raw: '令和元年4月1日', iso: null } } } },
      errors: [{ messageId: 'eraNotBegun', fieldId: 'V.1.date', message: /令和は令和元年5月1日からです.*「平成31年4月1日」/ }],
    },
    {
      name: '2月29日 in a common year, and month 13',
      code: {
        meta: { kind: 'juten' },
        cover: { published: { raw: '令和5年2月29日', iso: null } },
        V: { '3': { date: { raw: '令和5年13月1日', iso: null } } },
      },
      errors: [
        { messageId: 'badDay', fieldId: 'cover.published', message: /その年の2月は28日までです/ },
        { messageId: 'badMonth', fieldId: 'V.3.date' },
      ],
    },
    {
      name: 'an impossible Western date in a date field',
      code: { meta: { kind: 'juten' }, annex: { 'changes[2]': { date: { raw: '2023/2/30', iso: null } } } },
      errors: [{ messageId: 'badDay', fieldId: 'annex.changes[2].date' }],
    },
    {
      name: 'an iso that is not the printed date (JSON)',
      code: published('令和6年2月5日', '2024-02-06'),
      errors: [
        {
          messageId: 'isoMismatch',
          message: '「表紙 公表日」の iso「2024-02-06」が記載「令和6年2月5日」（2024-02-05）と一致しません。',
          suggestions: [{ messageId: 'setIso', output: text(published('令和6年2月5日', '2024-02-05')) }],
        },
      ],
    },
    {
      name: 'an impossible era date in prose is a warning',
      code: { meta: { kind: 'juten' }, 'II[1]': { '7': { remarks: '平成32年度からクラウドへ移行する。' } } },
      errors: [
        {
          messageId: 'eraYearBeyond',
          fieldId: 'II[1].7.remarks',
          severity: 1,
          suggestions: [{ messageId: 'useEra', output: text({ meta: { kind: 'juten' }, 'II[1]': { '7': { remarks: '令和2年度からクラウドへ移行する。' } } }) }],
        },
      ],
    },
    {
      name: 'a list entry (Ⅰ 3) is reported at its own position',
      code: { meta: { kind: 'juten' }, I: { '3': { fileNames: ['A', '令和元年3月作成ファイル'] } } },
      errors: [{ messageId: 'eraNotBegun', fieldId: 'I.3.fileNames', line: 9, severity: 1 }],
    },
  ],
});
