import rule from '../../rules/change-log-item.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const rows = (kind: 'kiso' | 'juten' | 'zenko', ...items: unknown[]) => ({
  meta: { kind },
  annex: Object.fromEntries(items.map((item, i) => [`changes[${i + 1}]`, { date: { raw: '令和5年2月21日', iso: '2023-02-21' }, item, before: '変更前', after: '変更後' }])),
});

tester.run('change-log-item', rule, {
  valid: [
    // Typos, old labels, mixed numerals and annex references all name something of the form.
    rows('juten', 'I 6②所属長', 'III 7② 過去3年以内に、評価実施機関において、個人情報に関する重大事故が発生したか', '(別添1)ファイル記録項目', '「Ⅱ 特定個人情報ファイルの概要」4. 特定個人情報ファイルの取扱いの委託「委託事項5」'),
    rows('zenko', '1 基本情報2. 特定個人情報ファイルを取り扱う事務において使用するシステム システム1②システムの機能', '再特定個人情報ファイルの取扱いプロセスにおけるリスク対策4. 特定個人情報ファイルの取扱いの委託', '別紙（2）番号法第9条第1項別表第一に定める事務'),
    rows('kiso', 'Ⅰ 関連情報 5. 評価実施機関における担当部署 ②所属長の役職名'),
    // A row that records nothing needs no 項目.
    { meta: { kind: 'juten' }, annex: { 'changes[1]': { date: null, item: null, before: null, after: null } } },
  ],
  invalid: [
    {
      name: 'a 項目 that names nothing of the form (info)',
      code: rows('juten', 'II 3③使用目的', '令和8年4月1日'),
      errors: [
        {
          messageId: 'unknownItem',
          fieldId: 'annex.changes[2].item',
          severity: 0,
          message: '「(別添2) 変更箇所 2行目 項目」の「令和8年4月1日」は様式のどの項目にも当たりません。変更した項目を「Ⅱ 3. ③使用目的」のように記載してください（他の欄の内容が入っていないかも確認してください）。',
        },
      ],
    },
    {
      name: 'a row that records a change without a 項目',
      code: rows('zenko', '—', null),
      errors: [
        { messageId: 'missingItem', fieldId: 'annex.changes[1].item', severity: 2 },
        { messageId: 'missingItem', fieldId: 'annex.changes[2].item' },
      ],
    },
  ],
});
