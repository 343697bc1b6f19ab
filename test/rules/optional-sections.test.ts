import rule from '../../rules/optional-sections.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const doc = (v2: Record<string, unknown>, v3: Record<string, unknown> = { date: { raw: '—', iso: null }, method: '—', result: '—' }) => ({
  meta: { kind: 'juten' },
  V: { '2': v2, '3': v3 },
});
const notDone = { method: '—', period: '—', opinions: '—' };

tester.run('optional-sections', rule, {
  valid: [
    doc(notDone),
    doc({ method: null, period: null, opinions: null }),
    doc(
      { method: '市ホームページで公開し意見を募集', period: '令和6年1月5日から2月3日まで', opinions: '意見なし' },
      { date: { raw: '令和6年2月10日', iso: '2024-02-10' }, method: '個人情報保護審議会による点検', result: '適当と認められた' },
    ),
    // zenko Ⅵ 2/3 are not 【任意】.
    { meta: { kind: 'zenko' }, V: { '2': { method: '公開', period: null, opinions: null } } },
  ],
  invalid: [
    {
      name: 'public comment carried out but its opinions left a dash, at the dash',
      code: doc({ method: '市ホームページで公開し意見を募集', period: '令和6年1月5日から2月3日まで', opinions: '—' }),
      errors: [
        {
          messageId: 'partial',
          fieldId: 'V.2.opinions',
          line: 9,
          column: 19,
          message:
            '「V 2. 国民・住民等からの意見の聴取 ①方法」は記載されていますが、「V 2. 国民・住民等からの意見の聴取 ③主な意見の内容」が「—」です。【任意】の項目は、実施した場合はすべての欄を記載し、実施しない場合はすべて「—」としてください。',
        },
      ],
    },
    {
      name: 'third-party review with a date only (JSON: missing rows count as empty)',
      code: doc(notDone, { date: { raw: '令和6年2月10日', iso: '2024-02-10' } }),
      errors: [
        { messageId: 'partial', fieldId: 'V.3.method', message: /が空欄です/ },
        { messageId: 'partial', fieldId: 'V.3.result' },
      ],
    },
    {
      name: 'English',
      locale: 'en',
      code: doc({ method: '公開', period: null, opinions: '—' }),
      errors: [{ message: /\(2\) Date or period is empty: fill in every row/ }, { message: /is 「—」: fill in every row/ }],
    },
  ],
});
