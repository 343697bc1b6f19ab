import { checkstyle } from '../../src/formatters/checkstyle.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { allResults, cleanResult, context } from './fixtures.js';
import { findAll, parseXml } from './xml-check.js';

describe('checkstyle', () => {
  test('ESLint’s checkstyle shape: a file element per file, an error element per message', () => {
    expect(checkstyle(allResults, context())).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="/work/repo/評価書 2024/重点項目.json">',
        '    <error line="2" column="35" severity="warning" message="「令和1年」は「令和元年」と書きます。 「公表日」 （基準日 2024-02-05） (era-first-year)" source="pialint.era-first-year" />',
        '    <error line="3" column="47" severity="error" message="記載「𠮷田市へ提供」は様式の選択肢のいずれとも一致しません。 「II 5. 提供先1 ②提供先における用途」 (choice-value)" source="pialint.choice-value" />',
        '    <error line="4" column="3" severity="info" message="様式にない項目「備考欄」は検査しません。 (unknown-field)" source="pialint.unknown-field" />',
        '    <error line="12" column="5" severity="error" message="「II 4. 委託事項2 ⑤再委託の許諾方法」が記載されていません。 (subcontract-details)" source="pialint.subcontract-details" />',
        '  </file>',
        '  <file name="/work/repo/broken.json">',
        '    <error line="4" column="7" severity="error" message="JSON の構文エラー: 「,」が必要です。" source="" />',
        '  </file>',
        '  <file name="/work/repo/clean.json" />',
        '</checkstyle>',
        '',
      ].join('\n'),
    );
  });

  test('no results: an empty checkstyle element', () => {
    expect(checkstyle([], context())).toBe('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n</checkstyle>\n');
  });

  test('escapes markup, quotes, line breaks and characters XML cannot hold; the result parses', () => {
    const message: LintMessage = {
      ruleId: 'r',
      severity: 2,
      message: '<b>&"\'\n\u0007\ud842 end',
      line: 1,
      column: 1,
      fieldId: null,
    };
    const result: LintResult = { ...cleanResult, filePath: '/work/repo/a&b <c>.json', messages: [message], errorCount: 1 };
    const out = checkstyle([result], context());
    expect(out).toContain('<file name="/work/repo/a&amp;b &lt;c&gt;.json">');
    expect(out).toContain('message="&lt;b&gt;&amp;&quot;&apos;&#10;\ufffd\ufffd end (r)"');
    const error = findAll(parseXml(out), 'error')[0]!;
    expect(error.attributes.message).toBe('<b>&"\'\n\ufffd\ufffd end (r)');
  });

  test('the full fixture is well-formed XML with one error element per message', () => {
    const root = parseXml(checkstyle(allResults, context()));
    expect(root.name).toBe('checkstyle');
    expect(findAll(root, 'file').map((f) => [f.attributes.name, f.children.length])).toEqual(allResults.map((r) => [r.filePath, r.messages.length]));
  });
});
