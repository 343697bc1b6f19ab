import { junit } from '../../src/formatters/junit.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { allResults, brokenResult, cleanResult, context, mainResult } from './fixtures.js';
import { findAll, parseXml } from './xml-check.js';

describe('junit', () => {
  test('a fatal parse error is a JUnit error; a clean file is one passing testcase', () => {
    expect(junit([brokenResult, cleanResult], context())).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites>',
        '  <testsuite package="pialint" time="0" tests="1" failures="0" errors="1" name="/work/repo/broken.json">',
        '    <testcase time="0" name="pialint.parse-error" classname="/work/repo/broken"><error message="JSON の構文エラー: 「,」が必要です。" type="fatal">line 4, col 7, error - JSON の構文エラー: 「,」が必要です。</error></testcase>',
        '  </testsuite>',
        '  <testsuite package="pialint" time="0" tests="1" failures="0" errors="0" name="/work/repo/clean.json">',
        '    <testcase time="0" name="/work/repo/clean.json" classname="/work/repo/clean" />',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  test('errors and warnings fail with type and message; an info note passes with system-out', () => {
    const out = junit([mainResult], context());
    expect(out).toContain(
      '<testcase time="0" name="pialint.era-first-year" classname="/work/repo/評価書 2024/重点項目"><failure message="「令和1年」は「令和元年」と書きます。 「公表日」 （基準日 2024-02-05）" type="warning">line 2, col 35, warning - 「令和1年」は「令和元年」と書きます。 「公表日」 （基準日 2024-02-05） (era-first-year)</failure></testcase>',
    );
    expect(out).toContain(
      '<testcase time="0" name="pialint.choice-value" classname="/work/repo/評価書 2024/重点項目"><failure message="記載「𠮷田市へ提供」は様式の選択肢のいずれとも一致しません。 「II 5. 提供先1 ②提供先における用途」" type="error">',
    );
    expect(out).toContain(
      '<testcase time="0" name="pialint.unknown-field" classname="/work/repo/評価書 2024/重点項目"><system-out>line 4, col 3, info - 様式にない項目「備考欄」は検査しません。 (unknown-field)</system-out></testcase>',
    );
    expect(out).toContain('<testsuite package="pialint" time="0" tests="4" failures="3" errors="0" name="/work/repo/評価書 2024/重点項目.json">');
  });

  test('the full fixture is well-formed, and the counts match the testcases', () => {
    const root = parseXml(junit(allResults, context()));
    expect(root.name).toBe('testsuites');
    const suites = findAll(root, 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual(allResults.map((r) => r.filePath));
    for (const suite of suites) {
      const cases = findAll(suite, 'testcase');
      expect(Number(suite.attributes.tests)).toBe(cases.length);
      expect(Number(suite.attributes.failures)).toBe(findAll(suite, 'failure').length);
      expect(Number(suite.attributes.errors)).toBe(findAll(suite, 'error').length);
    }
  });

  test('escapes markup in names, attributes and text, including a CDATA terminator', () => {
    const message: LintMessage = { ruleId: 'r&d', severity: 1, message: 'a ]]> b <c> "q"\n', line: 1, column: 1, fieldId: null };
    const result: LintResult = { ...cleanResult, filePath: '/work/repo/x&y.json', messages: [message], warningCount: 1 };
    const root = parseXml(junit([result], context()));
    const failure = findAll(root, 'failure')[0]!;
    expect(failure.attributes.message).toBe('a ]]> b <c> "q"\n');
    expect(failure.text).toBe('line 1, col 1, warning - a ]]> b <c> "q"\n (r&d)');
    expect(findAll(root, 'testcase')[0]!.attributes).toEqual({ time: '0', name: 'pialint.r&d', classname: '/work/repo/x&y' });
  });

  test('no results: an empty testsuites element', () => {
    expect(junit([], context())).toBe('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n</testsuites>\n');
  });
});
