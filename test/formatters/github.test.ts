import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { allResults, cleanResult, context } from './fixtures.js';

describe('github', () => {
  test('one workflow command per message: error / warning / notice, relative paths, ranges, titles', () => {
    expect(github(allResults, context())).toBe(
      [
        '::warning file=評価書 2024/重点項目.json,line=2,endLine=2,col=35,endColumn=39,title=pialint (era-first-year)::「令和1年」は「令和元年」と書きます。 「公表日」 （基準日 2024-02-05）',
        '::error file=評価書 2024/重点項目.json,line=3,endLine=3,col=47,endColumn=54,title=pialint (choice-value)::記載「𠮷田市へ提供」は様式の選択肢のいずれとも一致しません。 「II 5. 提供先1 ②提供先における用途」',
        '::notice file=評価書 2024/重点項目.json,line=4,endLine=4,col=3,endColumn=8,title=pialint (unknown-field)::様式にない項目「備考欄」は検査しません。',
        // Spanning lines 12–14: GitHub takes no columns then.
        '::error file=評価書 2024/重点項目.json,line=12,endLine=14,title=pialint (subcontract-details)::「II 4. 委託事項2 ⑤再委託の許諾方法」が記載されていません。',
        // The fatal parse error has no rule and no end position.
        '::error file=broken.json,line=4,col=7,title=pialint::JSON の構文エラー: 「,」が必要です。',
        '',
      ].join('\n'),
    );
  });

  test('English as-of note', () => {
    expect(github(allResults, context({ locale: 'en' })).split('\n')[0]).toMatch(/「公表日」 \(as of 2024-02-05\)$/);
  });

  test('nothing to annotate: empty output', () => {
    expect(github([cleanResult], context())).toBe('');
  });

  test('escaping: %, CR and LF in data; also : and , in properties', () => {
    expect(escapeData('100% 完了\r\n次行: a,b')).toBe('100%25 完了%0D%0A次行: a,b');
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
    const message: LintMessage = {
      ruleId: 'plugin:odd,rule',
      severity: 1,
      message: '一行目\n二行目 50%',
      line: 1,
      column: 2,
      fieldId: null,
    };
    const result: LintResult = { ...cleanResult, filePath: '/work/repo/a,b:c.json', messages: [message], warningCount: 1 };
    expect(github([result], context())).toBe(
      '::warning file=a%2Cb%3Ac.json,line=1,col=2,title=pialint (plugin%3Aodd%2Crule)::一行目%0A二行目 50%25\n',
    );
  });

  test('a file-level message (line 0) carries the file only', () => {
    const message: LintMessage = { ruleId: 'r', severity: 0, message: 'note', line: 0, column: 0, fieldId: null };
    expect(github([{ ...cleanResult, messages: [message], infoCount: 1 }], context())).toBe('::notice file=clean.json,title=pialint (r)::note\n');
  });
});
