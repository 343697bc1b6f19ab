import { json } from '../../src/formatters/json.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { allResults, brokenResult, cleanResult, context, mainResult } from './fixtures.js';

describe('json', () => {
  test('a fatal parse error and a clean file, exactly as ESLint writes them plus infoCount and fieldId', () => {
    expect(json([brokenResult, cleanResult], context())).toBe(
      '[{"filePath":"/work/repo/broken.json","messages":[{"ruleId":null,"severity":2,"message":"JSON の構文エラー: 「,」が必要です。",' +
        '"line":4,"column":7,"fieldId":null,"fatal":true}],"suppressedMessages":[],"errorCount":1,"fatalErrorCount":1,"warningCount":0,' +
        '"infoCount":0,"fixableErrorCount":0,"fixableWarningCount":0,"usedDeprecatedRules":[]},' +
        '{"filePath":"/work/repo/clean.json","messages":[],"suppressedMessages":[],"errorCount":0,"fatalErrorCount":0,"warningCount":0,' +
        '"infoCount":0,"fixableErrorCount":0,"fixableWarningCount":0,"usedDeprecatedRules":[]}]\n',
    );
  });

  test('no results: an empty array', () => {
    expect(json([], context())).toBe('[]\n');
  });

  test('key order is fixed whatever order the producer built the objects in', () => {
    const scrambled = {
      asOf: '2024-02-05',
      fix: { text: '令和元年', range: [36, 40] },
      fieldLabel: '公表日',
      fieldId: 'cover.published',
      endColumn: 39,
      column: 35,
      suggestions: [{ fix: { text: 'b', range: [1, 2] }, desc: 'd', messageId: 'm' }],
      message: 'm',
      endLine: 2,
      line: 2,
      severity: 1,
      ruleId: 'era-first-year',
      relatedInformation: [{ endColumn: 2, message: 'r', line: 1, fieldId: 'cover.title', column: 1, endLine: 1 }],
    } as unknown as LintMessage;
    const result = { ...cleanResult, messages: [scrambled], warningCount: 1 };
    const written = json([result], context());
    expect(written).toContain(
      '{"ruleId":"era-first-year","severity":1,"message":"m","line":2,"column":35,"endLine":2,"endColumn":39,' +
        '"fieldId":"cover.published","fieldLabel":"公表日","fix":{"range":[36,40],"text":"令和元年"},' +
        '"suggestions":[{"messageId":"m","desc":"d","fix":{"range":[1,2],"text":"b"}}],' +
        '"relatedInformation":[{"fieldId":"cover.title","message":"r","line":1,"column":1,"endLine":1,"endColumn":2}],"asOf":"2024-02-05"}',
    );
    const reversed: LintResult = Object.fromEntries(Object.entries(result).reverse()) as unknown as LintResult;
    expect(json([reversed], context())).toBe(written);
  });

  test('the full fixture: ESLint result keys in ESLint order, then pialint extras; surrogate pairs intact', () => {
    const parsed = JSON.parse(json(allResults, context())) as Record<string, unknown>[];
    expect(Object.keys(parsed[0]!)).toEqual([
      'filePath',
      'messages',
      'suppressedMessages',
      'errorCount',
      'fatalErrorCount',
      'warningCount',
      'infoCount',
      'fixableErrorCount',
      'fixableWarningCount',
      'source',
      'usedDeprecatedRules',
      'documentKind',
      'asOf',
    ]);
    expect(parsed[0]!.source).toBe(mainResult.source);
    expect(parsed[0]!.messages).toEqual(mainResult.messages);
    expect(parsed[0]!.suppressedMessages).toEqual(mainResult.suppressedMessages);
    expect(JSON.stringify(parsed[0]!.messages)).toContain('𠮷田市へ提供');
    expect(parsed.map((r) => r.filePath)).toEqual(allResults.map((r) => r.filePath));
  });

  test('keys it does not know (ESLint suppressions, say) are kept, after the known ones', () => {
    const suppressed = { ...mainResult.suppressedMessages[0]!, suppressions: [{ kind: 'directive', justification: '確認済み' }] };
    const parsed = JSON.parse(json([{ ...cleanResult, suppressedMessages: [suppressed] }], context())) as { suppressedMessages: object[] }[];
    const keys = Object.keys(parsed[0]!.suppressedMessages[0]!);
    expect(keys[keys.length - 1]).toBe('suppressions');
  });
});
