import rule from '../../rules/required-boxes.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const ticked = { checked: true };
const unticked = { checked: false };
const file = (section2: Record<string, unknown>, section3: Record<string, unknown>, section5: Record<string, unknown> = { has: { none: ticked } }) => ({
  meta: { kind: 'juten' },
  'II[1]': { '2': section2, '3': section3, '5': section5 },
});
const complete = file({ mainItems: { myNumber: ticked, basicInfo: ticked } }, { sources: { self: ticked }, methods: { paper: ticked } });

tester.run('required-boxes', rule, {
  valid: [
    complete,
    // A count implies its box (DEP-06).
    file({ mainItems: { myNumber: ticked } }, { sources: { self: ticked }, methods: { paper: ticked } }, { has: { providing: unticked }, provideCount: 3 }),
    // Unknown states (a rendering that lost them) say nothing.
    file({ mainItems: { myNumber: { checked: null }, basicInfo: { checked: null } } }, { sources: { self: { checked: null } }, methods: { paper: { checked: null } } }, { has: { none: { checked: null } } }),
    {
      name: 'a rendering with every 主な記録項目 box drawn unticked is a lost state',
      filename: 'doc.md',
      code: [
        '# 特定個人情報保護評価書(重点項目評価書)',
        '',
        '## II 特定個人情報ファイルの概要',
        '',
        '1. 特定個人情報ファイル名\t',
        '国民健康保険被保険者ファイル\t',
        '2. 基本情報\t',
        '主な記録項目 ※\t[ ] 個人番号 [ ] 個人番号対応符号 [ ] その他識別情報(内部番号) [ ] 4情報(氏名、性別、生年月日、住所)',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: '個人番号 unticked, at the box',
      code: file({ mainItems: { myNumber: unticked, basicInfo: ticked } }, { sources: { self: ticked }, methods: { paper: ticked } }),
      errors: [
        {
          messageId: 'myNumber',
          fieldId: 'II[1].2.mainItems#myNumber',
          line: 8,
          column: 21,
          message: '「II 2. ④記録される項目 主な記録項目 個人番号」にチェックがありません。特定個人情報ファイルは個人番号を記録するファイルなので、主な記録項目の「個人番号」には必ずチェックします。',
        },
      ],
    },
    {
      name: 'JSON: lists with no box ticked (a missing list counts as unticked)',
      code: file({ mainItems: { myNumber: ticked } }, { sources: { self: unticked, other: { checked: false, text: null } } }, { has: { providing: unticked, transferring: unticked, none: unticked } }),
      errors: [
        // The missing list sits at the key of its section, before the other one's value.
        { messageId: 'noneTicked', fieldId: 'II[1].3.methods' },
        { messageId: 'noneTicked', fieldId: 'II[1].3.sources', message: '「II 3. ①入手元」でどの項目にもチェックがありません。該当する項目にチェックしてください。' },
        { messageId: 'noneTicked', fieldId: 'II[1].5.has' },
      ],
    },
    {
      name: 'a rendering whose states survived (another box ticked) with 個人番号 unticked',
      filename: 'doc.md',
      code: [
        '# 特定個人情報保護評価書(重点項目評価書)',
        '',
        '## II 特定個人情報ファイルの概要',
        '',
        '1. 特定個人情報ファイル名\t',
        '国民健康保険被保険者ファイル\t',
        '2. 基本情報\t',
        '主な記録項目 ※\t[ ] 個人番号 [ ] 個人番号対応符号 [○] その他識別情報(内部番号) [○] 4情報(氏名、性別、生年月日、住所)',
        '',
      ].join('\n'),
      errors: [{ messageId: 'myNumber', fieldId: 'II[1].2.mainItems#myNumber' }],
    },
    {
      name: 'English',
      locale: 'en',
      code: file({ mainItems: { myNumber: ticked } }, { sources: { self: ticked }, methods: {} }),
      errors: [{ message: 'II 3. (2) Methods of acquisition: no box is ticked; tick the ones that apply.' }],
    },
  ],
});
