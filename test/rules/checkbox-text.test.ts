import rule from '../../rules/checkbox-text.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const sources = (boxes: Record<string, unknown>, kind = 'juten') => ({ meta: { kind }, 'II[1]': { '3': { sources: boxes } } });

tester.run('checkbox-text', rule, {
  valid: [
    sources({ self: { checked: true }, otherDept: { checked: true, text: '市民課' }, other: { checked: false, text: null } }),
    // 本人又は本人の代理人 has no parenthesis.
    sources({ self: { checked: true, text: null } }),
    // An unknown state says nothing either way.
    sources({ other: { checked: null, text: null }, otherDept: { checked: null, text: '市民課' } }),
    { meta: { kind: 'zenko' }, 'II[1]': { '4': { 'item[1]': { deliveryMethod: { other: { checked: true, text: '運用・保守専用のシステム環境' } } } } } },
  ],
  invalid: [
    {
      name: 'a ticked その他 with an empty parenthesis, at the box',
      code: sources({ other: { checked: true, text: '' } }),
      errors: [{ messageId: 'textMissing', fieldId: 'II[1].3.sources#other', severity: 2, line: 8, column: 18, message: /「II 3\. ①入手元 その他」にチェックがありますが、括弧内が記載されていません/ }],
    },
    {
      name: 'a ticked box without text, a dash, and text without a tick (JSON)',
      code: {
        meta: { kind: 'zenko' },
        I: { '2': { 'system[2]': { connections: { other: { checked: true } } } } },
        'II[1]': { '2': { mainItems: { other: { checked: true, text: '－' } } }, '3': { methods: { other: { checked: false, text: 'LGWAN' } } } },
      },
      errors: [
        { messageId: 'textMissing', fieldId: 'I.2.system[2].connections#other' },
        { messageId: 'textMissing', fieldId: 'II[1].2.mainItems#other' },
        { messageId: 'textWithoutCheck', fieldId: 'II[1].3.methods#other', message: /「LGWAN」と記載されていますが、チェックがありません/ },
      ],
    },
    {
      name: 'a rendering: a ticked box whose parenthesis printed empty',
      filename: 'doc.md',
      code: [
        '# 特定個人情報保護評価書(重点項目評価書)',
        '',
        '## II 特定個人情報ファイルの概要',
        '',
        '1. 特定個人情報ファイル名\t',
        '国民健康保険被保険者ファイル\t',
        '3. 特定個人情報の入手・使用\t',
        '①入手元 ※\t[ ] 本人又は本人の代理人 [○] 評価実施機関内の他部署 () [ ] 民間事業者 ( ) [○] その他 (国保連合会)',
        '',
      ].join('\n'),
      errors: [{ messageId: 'textMissing', fieldId: 'II[1].3.sources#otherDept', line: 8, column: 23 }],
    },
    {
      name: 'English',
      locale: 'en',
      code: sources({ localGov: { checked: true, text: null } }),
      errors: [{ message: /^II 3\. \(1\) Sources › localGov is ticked but its parenthesis is empty/ }],
    },
  ],
});
