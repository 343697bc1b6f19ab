import { readFileSync } from 'node:fs';
import path from 'node:path';
import rule from '../../rules/required-fields.js';
import { RuleTester } from '../../src/testing/index.js';
import { repoRoot } from '../helpers/paths.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of a complete valid fixture (架空市), changed by `mutate`. */
function fixture(kind: 'kiso' | 'juten' | 'zenko', mutate: (d: Doc) => void = () => {}): Doc {
  const d = JSON.parse(readFileSync(path.join(repoRoot, 'fixtures', 'valid', `${kind}.json`), 'utf8')) as Doc;
  mutate(d);
  return d;
}

/** 1-based line and column of `value` after `anchor` in the text RuleTester lints. */
function at(code: Doc, anchor: string, value: string): { line: number; column: number } {
  const text = JSON.stringify(code, null, 2) + '\n';
  const start = text.indexOf(anchor);
  if (start < 0) throw new Error(`anchor not found: ${anchor}`);
  const offset = text.indexOf(value, start);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const tester = new RuleTester();

const emptyPurpose = fixture('juten', (d) => {
  d['II[1]']['3'].purpose = null;
});
const missingKiso = fixture('kiso', (d) => {
  delete d.threshold.result;
  d.I['1'].systemNames = '  ';
});

tester.run('required-fields', rule, {
  valid: [
    { name: 'complete juten fixture', code: fixture('juten') },
    { name: 'complete zenko fixture', code: fixture('zenko') },
    { name: 'complete kiso fixture', code: fixture('kiso') },
    {
      name: 'a dash is a value; 【任意】, 特記事項, 備考, 公表日 and the Commission fields are not required',
      code: fixture('juten', (d) => {
        d.I['7'].otherOrgs = '－';
        d.cover.specialNotes = null;
        delete d.cover.published;
        d['II[1]']['7'] = { remarks: null };
        d.V['2'] = { method: null, period: null, opinions: null };
        delete d.V['3'];
      }),
    },
    {
      name: 'zenko draft: 主な意見, 反映, 第三者点検 and 承認 may still be empty',
      code: fixture('zenko', (d) => {
        d.V['2'].opinions = null;
        d.V['2'].reflection = null;
        d.V['3'] = { date: null, method: null, result: null };
        d.V['4'] = { submitted: null, review: null };
        d.cover.approved = null;
      }),
    },
    {
      name: 'Ⅲ 4 under 委託しない is not required',
      code: fixture('juten', (d) => {
        d['II[1]']['4'] = { has: { value: 'noOutsource', raw: '委託しない' }, count: null };
        d['III[1]']['4'] = { optOut: true };
      }),
    },
    {
      name: 'Ⅲ 6 under 接続しない(入手)/(提供) is not required',
      code: fixture('juten', (d) => {
        d['III[1]']['6'] = { optOutAcquire: true, optOutProvide: true, otherRisks: '—' };
      }),
    },
    {
      name: '提供先 pointing to an annexed list needs no other rows',
      code: fixture('juten', (d) => {
        d['II[1]']['5']['provide[1]'] = { name: '別添3「特定個人情報の提供先一覧」参照' };
      }),
    },
    {
      name: '委託事項 対象となる本人の数 is needed only when part of the file is entrusted',
      code: fixture('zenko', (d) => {
        d['II[1]']['4']['item[1]'].fileScope = { value: 'whole', raw: '特定個人情報ファイルの全体' };
        d['II[1]']['4']['item[1]'].scopeSubjectCount = { value: null, raw: null };
      }),
    },
    {
      name: 'kiso Ⅳ 4 under 委託しない',
      code: fixture('kiso', (d) => {
        d.riskSummary.outsourcingOptOut = true;
        d.riskSummary.outsourcing = null;
      }),
    },
    {
      name: 'a rendering: a 委託事項 title run into ①委託内容 (no paragraph to split at) is not reported',
      filename: 'doc.md',
      code: [
        '# 特定個人情報保護評価書(重点項目評価書)',
        '## II 特定個人情報ファイルの概要',
        '4. 特定個人情報ファイルの取扱いの委託\t',
        '委託の有無 ※\t[ 委託する ] <選択肢> 1) 委託する 2) 委託しない ( 1 ) 件',
        '委託事項1\t',
        '①委託内容 窓口業務の委託\t',
        '②委託先における取扱者数\t[ 10人未満 ] <選択肢> 1) 10人未満 2) 10人以上50人未満',
        '③委託先名 株式会社サンプル\t',
        '再委託\t④再委託の有無 ※ [ 再委託しない ] <選択肢> 1) 再委託する 2) 再委託しない',
      ].join('\n'),
    },
    {
      name: 'a rendering reports nothing for fields it did not print',
      filename: 'doc.md',
      code: '# 特定個人情報保護評価書(重点項目評価書)\n\n評価書番号\t評価書名\n1\t国民健康保険に関する事務\n',
    },
  ],
  invalid: [
    {
      name: 'an empty text field, at its value',
      code: emptyPurpose,
      errors: [{ messageId: 'emptyText', fieldId: 'II[1].3.purpose', severity: 2, ...at(emptyPurpose, '"purpose": null', 'null') }],
    },
    {
      name: 'kiso: a missing choice (at the nearest key) and a blank text',
      code: missingKiso,
      errors: [
        { messageId: 'emptyText', fieldId: 'I.1.systemNames', message: /「I 1\. ③システムの名称」が記載されていません/ },
        { messageId: 'emptyChoice', fieldId: 'threshold.result', ...at(missingKiso, '"threshold"', '"threshold"') },
      ],
    },
    {
      name: 'a choice with no option, a date with no text, an empty list',
      code: fixture('zenko', (d) => {
        d['II[1]']['2'].fileType = { value: null, raw: null };
        d['II[1]']['3'].useStart = { raw: '', iso: null };
        d.I['3'].fileNames = [];
      }),
      errors: [
        { messageId: 'emptyList', fieldId: 'I.3.fileNames' },
        { messageId: 'emptyChoice', fieldId: 'II[1].2.fileType', message: '「II 2. ①ファイルの種類」で選択肢が選ばれていません。選択肢から1つ選んでください。' },
        { messageId: 'emptyDate', fieldId: 'II[1].3.useStart' },
      ],
    },
    {
      name: 'Ⅲ 4 is required while 委託しない is unticked; a blank その他のリスク is a warning',
      code: fixture('juten', (d) => {
        d['III[1]']['4'].contractRule = null;
        d['III[1]']['4'].otherRisks = null;
      }),
      errors: [
        { messageId: 'emptyInPart', fieldId: 'III[1].4.contractRule', severity: 2, message: /「III 4\. 委託しない」にチェックがないため/ },
        { messageId: 'emptyText', fieldId: 'III[1].4.otherRisks', severity: 1 },
      ],
    },
    {
      name: 'fields of a filled 委託事項 slot; a slot with nothing in it is ignored',
      code: fixture('juten', (d) => {
        d['II[1]']['4']['item[4]'] = { title: '新規委託', content: null };
        d['II[1]']['4']['item[5]'] = { title: null, content: '—' };
      }),
      errors: [
        // Missing fields sit at their slot's key, before the null one at its value.
        { messageId: 'emptyChoice', fieldId: 'II[1].4.item[4].handlerCount' },
        { messageId: 'emptyText', fieldId: 'II[1].4.item[4].contractor' },
        { messageId: 'emptyChoice', fieldId: 'II[1].4.item[4].subcontract' },
        { messageId: 'emptyText', fieldId: 'II[1].4.item[4].content' },
      ],
    },
    {
      name: 'zenko 意見の聴取 ①方法 is required (【任意】 only in juten)',
      code: fixture('zenko', (d) => {
        d.V['2'].method = null;
      }),
      errors: [{ messageId: 'emptyText', fieldId: 'V.2.method', message: /^「VI 2\. / }],
    },
    {
      name: 'a rendering: a row printed empty is reported, rows it did not print are not',
      filename: 'doc.md',
      code: [
        '# 特定個人情報保護評価書(重点項目評価書)',
        '',
        '## II 特定個人情報ファイルの概要',
        '',
        '1. 特定個人情報ファイル名\t',
        '国民健康保険被保険者ファイル\t',
        '2. 基本情報\t',
        '⑤保有開始日\t平成27年11月',
        '⑥事務担当部署\t',
        '',
      ].join('\n'),
      errors: [{ messageId: 'emptyText', fieldId: 'II[1].2.dept', line: 9, column: 1 }],
    },
    {
      name: 'a rendering: a 委託事項 title printed empty, with ①委託内容 in a cell of its own',
      filename: 'doc.md',
      code: [
        '# 特定個人情報保護評価書(重点項目評価書)',
        '## II 特定個人情報ファイルの概要',
        '4. 特定個人情報ファイルの取扱いの委託\t',
        '委託の有無 ※\t[ 委託する ] <選択肢> 1) 委託する 2) 委託しない ( 1 ) 件',
        '委託事項1\t',
        '①委託内容\t窓口業務の委託',
        '②委託先における取扱者数\t[ 10人未満 ] <選択肢> 1) 10人未満 2) 10人以上50人未満',
        '③委託先名\t株式会社サンプル',
        '再委託\t④再委託の有無 ※ [ 再委託しない ] <選択肢> 1) 再委託する 2) 再委託しない',
      ].join('\n'),
      errors: [{ messageId: 'emptyText', fieldId: 'II[1].4.item[1].title', line: 5, column: 1 }],
    },
    {
      name: 'English messages',
      locale: 'en',
      code: emptyPurpose,
      errors: [{ message: 'II 3. (3) Purpose of use is empty: fill it in, or write 「—」 when there is nothing to state.' }],
    },
  ],
});
