import rule from '../../rules/outsourcing-count.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const outsource = { value: 'outsource', raw: '委託する' };
const slot = (title: string) => ({ title, contractor: '株式会社架空' });
const doc = (section4: Record<string, unknown>) => ({ meta: { kind: 'juten' }, 'II[1]': { '4': { has: outsource, ...section4 } } });

tester.run('outsourcing-count', rule, {
  valid: [
    doc({ count: 2, 'item[1]': slot('運用保守'), 'item[2]': slot('印刷') }),
    // Unused slots (nothing but dashes) do not count.
    doc({ count: 1, 'item[1]': slot('運用保守'), 'item[2]': { title: '—', contractor: null } }),
    // Above 20, the 20 printed slots are enough.
    doc({ count: 23, ...Object.fromEntries(Array.from({ length: 20 }, (_v, i) => [`item[${i + 1}]`, slot(`業務${i + 1}`)])) }),
    // 委託しない or an unknown count: other rules' business.
    { meta: { kind: 'juten' }, 'II[1]': { '4': { has: { value: 'noOutsource', raw: '委託しない' }, count: 3 } } },
    doc({ count: null, 'item[1]': slot('運用保守') }),
    {
      name: 'a rendering that lost 委託事項 3 and 4 of 5 says nothing',
      filename: 'doc.md',
      code: [
        '# 特定個人情報保護評価書(重点項目評価書)',
        '',
        '## II 特定個人情報ファイルの概要',
        '',
        '1. 特定個人情報ファイル名\t',
        '国民健康保険被保険者ファイル\t',
        '4. 特定個人情報ファイルの取扱いの委託\t',
        '委託の有無 ※\t[ 委託する ] <選択肢> 1) 委託する 2) 委託しない ( 5 ) 件',
        '<b>委託事項1</b>\t',
        '①委託内容 国民健康保険事務に係る業務委託\t',
        '③委託先名 (株)FSK\t',
        '<b>委託事項5</b>\t\t国保総合システムに係る保守業務',
        '③委託先名 国保連合会\t',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'fewer 委託事項 than the count, at the count',
      code: doc({ count: 4, 'item[1]': slot('運用保守'), 'item[3]': slot('印刷') }),
      errors: [
        {
          messageId: 'slotsMissing',
          fieldId: 'II[1].4.count',
          line: 11,
          column: 16,
          message: '「II 4. 委託の有無 件数」は4件ですが、委託事項2、4が記載されていません。件数か委託事項の記載を見直してください。',
        },
      ],
    },
    {
      name: 'a 委託事項 numbered above the count, at the slot',
      code: doc({ count: 1, 'item[1]': slot('運用保守'), 'item[2]': slot('印刷') }),
      errors: [{ messageId: 'slotBeyondCount', fieldId: 'II[1].4.item[2].title', message: /^委託事項2が記載されていますが、「II 4\. 委託の有無 件数」は1件です/ }],
    },
    {
      name: 'above 20 with fewer than 20 slots',
      code: doc({ count: 21, 'item[1]': slot('運用保守') }),
      errors: [{ messageId: 'slotsMissing', message: /委託事項2、3、4、5、6、7、8、9、10、11、12、13、14、15、16、17、18、19、20が記載されていません/ }],
    },
    {
      name: 'a rendering: a 委託事項 above the count is there for sure',
      filename: 'doc.md',
      code: [
        '# 特定個人情報保護評価書(重点項目評価書)',
        '',
        '## II 特定個人情報ファイルの概要',
        '',
        '1. 特定個人情報ファイル名\t',
        '国民健康保険被保険者ファイル\t',
        '4. 特定個人情報ファイルの取扱いの委託\t',
        '委託の有無 ※\t[ 委託する ] <選択肢> 1) 委託する 2) 委託しない ( 1 ) 件',
        '<b>委託事項1</b>\t',
        '①委託内容 国民健康保険事務に係る業務委託\t',
        '③委託先名 (株)FSK\t',
        '<b>委託事項2</b>\t\t国保総合システムに係る保守業務',
        '③委託先名 国保連合会\t',
        '',
      ].join('\n'),
      errors: [{ messageId: 'slotBeyondCount', fieldId: 'II[1].4.item[2].title', line: 12, column: 15 }],
    },
    {
      name: 'English',
      locale: 'en',
      code: doc({ count: 2, 'item[1]': slot('運用保守') }),
      errors: [{ message: 'II 4. Outsourcing › Count is 2, but 委託事項 2 is not filled in: correct the count or fill in the entries.' }],
    },
  ],
});
