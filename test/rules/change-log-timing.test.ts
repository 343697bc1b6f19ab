import rule from '../../rules/change-log-timing.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const AFTER = { value: 'after', raw: '事後' };
const BEFORE = { value: 'before', raw: '事前' };

function row(kind: 'kiso' | 'juten' | 'zenko', item: string, timing: unknown, timingNote?: string | null) {
  return {
    meta: { kind },
    annex: {
      'changes[1]': {
        date: { raw: '令和5年2月21日', iso: '2023-02-21' },
        item,
        before: '変更前',
        after: '変更後',
        timing,
        ...(timingNote === undefined ? {} : { timingNote }),
      },
    },
  };
}

tester.run('change-log-timing', rule, {
  valid: [
    row('juten', 'II 3③使用目的', BEFORE, null),
    // Not a ※ item.
    row('juten', 'I 6②所属長', AFTER, null),
    row('juten', 'I 1②事務の内容', AFTER, null),
    // The serious-incident row is the one Ⅲ row outside ※.
    row('juten', 'III 7② 過去3年以内に、評価実施機関において、個人情報に関する重大事故が発生したか', AFTER, null),
    row('zenko', 'Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策(7 特定個人情報の保管・消去 ⑨過去3年以内に、評価実施期間において、個人情報に関する重大事故が発生したか)', AFTER, null),
    // Explained.
    row('zenko', 'II 特定個人情報ファイルの概要(3. 特定個人情報の入手・使用 ⑦使用の主体 使用部署)', AFTER, '組織の名称等の形式的な変更であるため重要な変更にあたらない'),
    row('juten', 'Ⅲ4 その他の措置の内容', AFTER, 'リスクを明らかに軽減させる変更のため、事前の提出・公表が義務付けられない'),
    // Not sure what the row points to: a slot as a whole mixes ※ and other rows; `I 5移転先2` contradicts itself.
    row('juten', 'II 4委託事項2', AFTER, null),
    row('juten', 'I 5移転先2', AFTER, null),
    // kiso has no 重要な変更.
    row('kiso', 'Ⅰ 関連情報 4. 情報提供ネットワークシステムによる情報連携 ②法令上の根拠', AFTER, null),
  ],
  invalid: [
    {
      name: '事後 on a ※ item without an explanation',
      code: row('juten', 'II 3③使用目的', AFTER, null),
      errors: [
        {
          messageId: 'noExplanation',
          fieldId: 'annex.changes[1].timingNote',
          message:
            '「II 3③使用目的」は※の項目（重要な変更の対象）ですが、提出時期が「事後」で「(別添2) 変更箇所 1行目 提出時期に係る説明」が記載されていません。重要な変更に当たらない理由（形式的な変更、リスクを明らかに軽減させる変更など）を記載するか、事前に提出してください。',
        },
      ],
    },
    {
      name: 'a JSON row without the 説明 key is reported at its 提出時期',
      code: row('juten', 'Ⅲ リスク対策 2. 特定個人情報の入手 リスクに対する措置の内容', AFTER),
      errors: [{ messageId: 'noExplanation', fieldId: 'annex.changes[1].timing' }],
    },
    {
      name: 'zenko marks ②事務の内容 with ※; the author\'s own ※ counts too',
      code: {
        meta: { kind: 'zenko' },
        annex: {
          'changes[1]': { item: 'I 基本情報1. 特定個人情報ファイルを取り扱う事務 ②事務の内容', timing: AFTER, timingNote: '—' },
          'changes[2]': { item: '「Ⅱ 特定個人情報ファイルの概要」4. 特定個人情報ファイルの取扱いの委託「委託の有無※」', timing: AFTER, timingNote: null },
        },
      },
      errors: [
        { messageId: 'noExplanation', fieldId: 'annex.changes[1].timingNote' },
        { messageId: 'noExplanation', fieldId: 'annex.changes[2].timingNote' },
      ],
    },
    {
      name: 'an explanation that says the change is a 重要な変更',
      code: row('zenko', 'II 特定個人情報ファイルの概要(3. 特定個人情報の入手・使用 ①入手元)', AFTER, '重要な変更該当する項目の変更'),
      errors: [{ messageId: 'saysImportant', fieldId: 'annex.changes[1].timingNote' }],
    },
    {
      name: 'an explanation that gives no reason is info',
      code: row('juten', 'I 5②法令上の根拠', AFTER, '事務の見直しによる'),
      errors: [{ messageId: 'noReason', severity: 0 }],
    },
  ],
});
