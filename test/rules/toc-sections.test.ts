import rule from '../../rules/toc-sections.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();

const JUTEN_TOC = ['Ⅰ 基本情報', 'Ⅱ 特定個人情報ファイルの概要', '(別添1) 特定個人情報ファイル記録項目', 'Ⅲ リスク対策', 'Ⅳ 開示請求、問合せ', 'Ⅴ 評価実施手続', '(別添2) 変更箇所'];

/** A juten document with one field in each part, minus the parts named in `without`. */
function juten(toc: string[], without: string[] = []) {
  const parts: Record<string, unknown> = {
    I: { '6': { dept: '市民課' } },
    'II[1]': { '1': { fileName: 'Aファイル' } },
    'III[1]': { '1': { fileName: 'Aファイル' } },
    IV: { '1': { requestTo: '市民課' } },
    V: { '1': { date: { raw: '令和6年2月5日', iso: '2024-02-05' } } },
    annex: { 'records[1]': { raw: '【住民情報】' } },
  };
  for (const key of without) delete parts[key];
  return { meta: { kind: 'juten' }, cover: { toc: toc.join('\n') }, ...parts };
}

tester.run('toc-sections', rule, {
  valid: [
    juten(JUTEN_TOC),
    // ASCII numerals, full-width brackets, the heading's ※ note; a first edition has no 変更箇所 rows yet.
    juten(['I 基本情報', 'II 特定個人情報ファイルの概要', '（別添１） 特定個人情報ファイル記録項目', 'III リスク対策 ※(7. ②を除く。)', 'IV 開示請求、問合せ', 'V 評価実施手続', '（別添２） 変更箇所']),
    {
      meta: { kind: 'zenko' },
      cover: { toc: 'I 基本情報\n(別添1) 事務の内容\nII 特定個人情報ファイルの概要\n(別添2) 特定個人情報ファイル記録項目\nIII 特定個人情報ファイルの取扱いプロセスにおけるリスク対策\nIV その他のリスク対策\nV 開示請求、問合せ\nVI 評価実施手続\n(別添3) 変更箇所' },
      I: { '6': { dept: '市民課' } },
      annex: { workflow: '（備考）…', 'records[1]': { raw: '…' } },
      'II[1]': { '1': { fileName: 'A' } },
      'III[1]': { '1': { fileName: 'A' } },
      III: { '9': { trainingHow: '…' } },
      IV: { '2': { contact: '…' } },
      V: { '1': { date: null } },
    },
    {
      meta: { kind: 'kiso' },
      cover: { toc: 'Ⅰ 関連情報\nⅡ しきい値判断項目\nⅢ しきい値判断結果\nⅣ リスク対策\n(別添) 変更箇所' },
      I: { '6': { dept: '市民課' } },
      threshold: { targetCount: null, result: null },
      riskSummary: { storage: null },
    },
    // Text that is no list of sections is nothing to compare.
    juten(['（省略）']),
  ],
  invalid: [
    {
      name: 'a part present but not listed',
      code: juten(JUTEN_TOC.filter((l) => !l.includes('記録項目'))),
      errors: [
        {
          messageId: 'notListed',
          fieldId: 'cover.toc',
          message: '評価書に「(別添1) 特定個人情報ファイル記録項目」がありますが、「表紙 項目一覧」に記載されていません。',
        },
      ],
    },
    {
      name: 'a part listed but missing (JSON)',
      code: juten(JUTEN_TOC, ['IV']),
      errors: [{ messageId: 'listedMissing', fieldId: 'cover.toc', line: 6, message: '「表紙 項目一覧」に「Ⅳ 開示請求、問合せ」がありますが、評価書にその部分がありません。' }],
    },
    {
      name: 'another kind\'s list: an entry this form does not have, and another numbering',
      code: juten(['Ⅰ 基本情報', 'Ⅱ 特定個人情報ファイルの概要', '(別添1) 特定個人情報ファイル記録項目', 'Ⅲ リスク対策', 'Ⅳ その他のリスク対策', 'Ⅴ 開示請求、問合せ', 'Ⅵ 評価実施手続', '(別添2) 変更箇所']),
      errors: [
        { messageId: 'unknownEntry', message: /「Ⅳ その他のリスク対策」は重点項目評価書の様式にない部分です/ },
        { messageId: 'numberMismatch', message: /「Ⅴ 開示請求、問合せ」の番号が様式と異なります（この様式では「IV」です）/ },
        { messageId: 'numberMismatch', message: /「Ⅵ 評価実施手続」/ },
      ],
    },
  ],
});
