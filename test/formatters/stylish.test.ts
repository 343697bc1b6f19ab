import { stylish } from '../../src/formatters/stylish.js';
import { stringWidth, stripAnsi } from '../../src/formatters/string-width.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { allResults, cleanResult, context, mainResult } from './fixtures.js';

const JA = [
  '評価書 2024/重点項目.json',
  '   2:35  警告    「令和1年」は「令和元年」と書きます。 「公表日」 （基準日 2024-02-05）                              era-first-year',
  '   3:47  エラー  記載「𠮷田市へ提供」は様式の選択肢のいずれとも一致しません。 「II 5. 提供先1 ②提供先における用途」  choice-value',
  '   4:3   情報    様式にない項目「備考欄」は検査しません。                                                            unknown-field',
  '  12:5   エラー  「II 4. 委託事項2 ⑤再委託の許諾方法」が記載されていません。                                         subcontract-details',
  '',
  'broken.json',
  '  4:7  エラー  JSON の構文エラー: 「,」が必要です。',
  '',
  '✖ 5 件の問題（エラー 3 件、警告 1 件、情報 1 件）',
  '  エラー 0 件と警告 1 件は `--fix` オプションで自動修正できる可能性があります。',
  '',
].join('\n');

const EN = [
  '評価書 2024/重点項目.json',
  '   2:35  warning  「令和1年」は「令和元年」と書きます。 「公表日」 (as of 2024-02-05)                                 era-first-year',
  '   3:47  error    記載「𠮷田市へ提供」は様式の選択肢のいずれとも一致しません。 「II 5. 提供先1 ②提供先における用途」  choice-value',
  '   4:3   info     様式にない項目「備考欄」は検査しません。                                                            unknown-field',
  '  12:5   error    「II 4. 委託事項2 ⑤再委託の許諾方法」が記載されていません。                                         subcontract-details',
  '',
  'broken.json',
  '  4:7  error  JSON の構文エラー: 「,」が必要です。',
  '',
  '✖ 5 problems (3 errors, 1 warning, 1 info)',
  '  0 errors and 1 warning potentially fixable with the `--fix` option.',
  '',
].join('\n');

function result(filePath: string, messages: LintMessage[], counts: Partial<LintResult> = {}): LintResult {
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: messages.filter((m) => m.severity === 2).length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    infoCount: messages.filter((m) => m.severity === 0).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...counts,
  };
}

describe('stylish', () => {
  test('Japanese: relative paths, localised words, labels the message lacks, the as-of date, summary', () => {
    expect(stylish(allResults, context())).toBe(JA);
  });

  test('English words and summary', () => {
    expect(stylish(allResults, context({ locale: 'en' }))).toBe(EN);
  });

  test('columns line up in terminal cells, with full-width text and a surrogate pair', () => {
    const rows = stylish([mainResult], context()).split('\n').slice(1, 5);
    const ruleStarts = rows.map((row) => {
      const ruleId = /(\S+)$/.exec(row)![1]!;
      return stringWidth(row.slice(0, row.length - ruleId.length));
    });
    expect(new Set(ruleStarts).size).toBe(1);
    // Messages start in one column: エラー is 6 cells wide, 警告 and 情報 4 plus two blanks.
    expect(rows.map((row) => stringWidth(/^\s+\d+:\d+\s+\S+\s+/.exec(row)![0]))).toEqual([17, 17, 17, 17]);
  });

  test('with colour: the same text once the ANSI codes are stripped, and the codes are plain SGR', () => {
    const colored = stylish(allResults, context({ color: true }));
    expect(stripAnsi(colored)).toBe(JA);
    expect(colored).toContain('\u001b[4m評価書 2024/重点項目.json\u001b[24m');
    expect(colored).toContain('\u001b[31mエラー\u001b[39m');
    expect(colored).toContain('\u001b[33m警告\u001b[39m');
    expect(colored).toContain('\u001b[36m情報\u001b[39m');
    expect(colored).toContain('\u001b[2m「公表日」\u001b[22m');
    expect(colored).toContain('\u001b[2mchoice-value\u001b[22m');
    expect(colored).toContain('\u001b[31m\u001b[1m✖ 5 件の問題');
    const codes = colored.split('\u001b').slice(1).map((rest) => rest.slice(0, rest.indexOf('m') + 1));
    expect(codes.every((code) => /^\[\d+m$/.test(code))).toBe(true);
  });

  test('nothing to report: empty output, even with clean files', () => {
    expect(stylish([], context())).toBe('');
    expect(stylish([cleanResult], context({ color: true }))).toBe('');
  });

  test('English grammar: singular counts, a final full stop dropped as ESLint does, no fixable line', () => {
    const note: LintMessage = { ruleId: 'x', severity: 0, message: 'A note.', line: 1, column: 1, fieldId: null };
    const warning: LintMessage = { ruleId: 'y', severity: 1, message: 'Ends with 。', line: 2, column: 10, fieldId: null };
    expect(stylish([result('/elsewhere/a.json', [note, warning])], context({ locale: 'en' }))).toBe(
      [
        '/elsewhere/a.json',
        '  1:1   info     A note        x',
        '  2:10  warning  Ends with 。  y',
        '',
        '✖ 2 problems (0 errors, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  test('only info notes: summary in the info colour', () => {
    const note: LintMessage = { ruleId: 'x', severity: 0, message: 'メモ', line: 1, column: 1, fieldId: null };
    const colored = stylish([result('/work/repo/a.json', [note])], context({ color: true }));
    expect(colored).toContain('\u001b[36m\u001b[1m✖ 1 件の問題（エラー 0 件、警告 0 件、情報 1 件）\u001b[22m\u001b[39m');
  });

  test('a label already in the message is not repeated; one that is not is shown', () => {
    const inMessage: LintMessage = { ruleId: 'r', severity: 2, message: '「公表日」が空です。', line: 1, column: 1, fieldId: 'cover.published', fieldLabel: '公表日' };
    const out = stylish([result('/work/repo/a.json', [inMessage])], context());
    expect(out.split('\n')[1]).toBe('  1:1  エラー  「公表日」が空です。  r');
  });
});
