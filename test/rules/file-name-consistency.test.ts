import rule from '../../rules/file-name-consistency.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();

/** A document with Ⅰ 3's names and per-file blocks headed by the given names (null: no block). */
function doc(kind: 'juten' | 'zenko', names: string[], ii: (string | null)[], iii: (string | null)[] = ii, records: Record<string, string> = {}) {
  const out: Record<string, unknown> = { meta: { kind }, I: { '3': { fileNames: names } } };
  ii.forEach((name, i) => {
    if (name !== null) out[`II[${i + 1}]`] = { '1': { fileName: name } };
  });
  iii.forEach((name, i) => {
    if (name !== null) out[`III[${i + 1}]`] = { '1': { fileName: name } };
  });
  if (Object.keys(records).length > 0) out.annex = Object.fromEntries(Object.entries(records).map(([k, raw]) => [k, { raw }]));
  return out;
}

const text = (value: Record<string, unknown>) => JSON.stringify(value, null, 2) + '\n';

tester.run('file-name-consistency', rule, {
  valid: [
    doc('juten', ['国民健康保険情報ファイル'], ['国民健康保険情報ファイル']),
    // Spacing and full-width/half-width differences are the same name.
    doc('zenko', ['住民基本台帳ファイル', '宛名ファイル（税）'], ['住民基本台帳 ファイル', '宛名ファイル(税)'], ['住民基本台帳ファイル', '宛名ファイル（税）']),
    // The 記録項目 annex: a heading that is the file name, or no file-name heading at all.
    doc('juten', ['介護保険ファイル'], ['介護保険ファイル'], undefined, { 'records[1]': '介護保険ファイル\n【資格情報】\n個人番号、氏名' }),
    doc('juten', ['介護保険ファイル'], ['介護保険ファイル'], undefined, { 'records[1]': '【資格情報】\n個人番号、氏名' }),
    // No Ⅰ 3 list in JSON: required-fields reports the list; nothing to compare here.
    { meta: { kind: 'juten' }, 'II[1]': { '1': { fileName: 'A' } }, 'III[1]': { '1': { fileName: 'A' } } },
    // Empty and dash names are required-fields' business.
    doc('juten', ['A'], ['—'], ['A']),
    // kiso has no Ⅱ/Ⅲ blocks.
    { meta: { kind: 'kiso' }, I: { '3': { fileNames: ['A'] } } },
  ],
  invalid: [
    {
      name: 'a Ⅱ 1 name that is not the Ⅰ 3 name, with a suggestion to copy it',
      code: doc('juten', ['国民健康保険情報ファイル'], ['国民健康保険被保険者ファイル'], ['国民健康保険情報ファイル']),
      errors: [
        {
          messageId: 'mismatch',
          fieldId: 'II[1].1.fileName',
          severity: 2,
          message: '「II 1. 特定個人情報ファイル名」の「国民健康保険被保険者ファイル」が「I 3. 特定個人情報ファイル名」の1番目の「国民健康保険情報ファイル」と一致しません。同じファイル名を記載してください。',
          suggestions: [
            {
              messageId: 'copyName',
              output: text(doc('juten', ['国民健康保険情報ファイル'], ['国民健康保険情報ファイル'], ['国民健康保険情報ファイル'])),
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'blocks in another order than the list',
      code: doc('zenko', ['Aファイル', 'Bファイル'], ['Bファイル', 'Aファイル'], ['Aファイル', 'Bファイル']),
      errors: [
        { messageId: 'wrongPosition', fieldId: 'II[1].1.fileName', message: /2番目のファイル名です/, suggestions: null },
        { messageId: 'wrongPosition', fieldId: 'II[2].1.fileName', message: /1番目のファイル名です/ },
      ],
    },
    {
      name: 'a block with no listed name',
      code: doc('juten', ['Aファイル'], ['Aファイル', 'Bファイル'], ['Aファイル']),
      errors: [{ messageId: 'notListed', fieldId: 'II[2].1.fileName', message: /一覧は1件/ }],
    },
    {
      name: 'a listed file without its Ⅱ and Ⅲ blocks',
      code: doc('juten', ['Aファイル', 'Bファイル'], ['Aファイル'], ['Aファイル']),
      errors: [
        { messageId: 'noBlock', fieldId: 'I.3.fileNames', message: /「II 特定個人情報ファイルの概要」のブロックがありません/ },
        { messageId: 'noBlock', fieldId: 'I.3.fileNames', message: /「III リスク対策」のブロックがありません/ },
      ],
    },
    {
      name: 'a name listed twice',
      code: doc('juten', ['Aファイル', 'Aファイル'], ['Aファイル', 'Aファイル']),
      errors: [{ messageId: 'duplicate', fieldId: 'I.3.fileNames', message: /1番目と2番目/ }],
    },
    {
      name: 'a 記録項目 annex headed by another file name (a warning)',
      code: doc('juten', ['介護保険ファイル'], ['介護保険ファイル'], undefined, { 'records[1]': '介護保険総合ファイル\n【資格情報】\n個人番号' }),
      errors: [{ messageId: 'recordsHeading', fieldId: 'annex.records[1].raw', severity: 1 }],
    },
    {
      name: 'English messages',
      locale: 'en',
      code: doc('juten', ['Aファイル'], ['Aファイル'], ['Bファイル']),
      errors: [{ messageId: 'mismatch', message: 'III 1. File name "Bファイル" differs from entry 1 of I 3. Specific personal information file names, "Aファイル": write the same file name.' }],
    },
  ],
});
