import { DiagnosticSeverity } from 'vscode-languageserver';
import type { LintMessage, RuleMeta } from '../../src/engine/types.js';
import { configErrorDiagnostic, toDiagnostic } from '../../src/lsp/diagnostics.js';
import { lspPositionToOffset, offsetToLspPosition, toLspRange } from '../../src/lsp/positions.js';
import { LineIndex } from '../../src/sources/line-index.js';

const meta = { docsUrl: 'https://example.test/docs/rules/subcontract-details.md' } as RuleMeta;
const context = { uri: 'file:///w/a.json', locale: 'ja' as const, rulesMeta: (id: string) => (id === 'subcontract-details' ? meta : undefined) };

function message(overrides: Partial<LintMessage>): LintMessage {
  return { ruleId: 'subcontract-details', severity: 2, message: 'text', line: 3, column: 5, endLine: 3, endColumn: 9, fieldId: null, ...overrides };
}

describe('LintMessage → Diagnostic', () => {
  test('1-based line/column (end exclusive) become 0-based LSP positions', () => {
    expect(toLspRange({ line: 1, column: 1, endLine: 2, endColumn: 4 })).toEqual({ start: { line: 0, character: 0 }, end: { line: 1, character: 3 } });
    // No end: an empty range at the start, never a guessed width.
    expect(toLspRange({ line: 4, column: 7 })).toEqual({ start: { line: 3, character: 6 }, end: { line: 3, character: 6 } });
  });

  test('severities: 2 error, 1 warning, 0 (pialint info) information; fatal is always an error', () => {
    expect(toDiagnostic(message({ severity: 2 }), context).severity).toBe(DiagnosticSeverity.Error);
    expect(toDiagnostic(message({ severity: 1 }), context).severity).toBe(DiagnosticSeverity.Warning);
    expect(toDiagnostic(message({ severity: 0 }), context).severity).toBe(DiagnosticSeverity.Information);
    expect(toDiagnostic(message({ severity: 1, fatal: true, ruleId: null }), context).severity).toBe(DiagnosticSeverity.Error);
  });

  test('rule id as code, docs link as codeDescription, related information in the same document', () => {
    const d = toDiagnostic(
      message({
        message: '再委託の許諾方法がありません',
        relatedInformation: [{ fieldId: 'II[1].4.item[1].subcontract', message: '再委託の有無の選択', line: 8, column: 24, endLine: 8, endColumn: 70 }],
      }),
      context,
    );
    expect(d).toEqual({
      range: { start: { line: 2, character: 4 }, end: { line: 2, character: 8 } },
      severity: DiagnosticSeverity.Error,
      source: 'pialint',
      code: 'subcontract-details',
      codeDescription: { href: meta.docsUrl },
      message: '再委託の許諾方法がありません',
      relatedInformation: [
        { location: { uri: context.uri, range: { start: { line: 7, character: 23 }, end: { line: 7, character: 69 } } }, message: '再委託の有無の選択' },
      ],
    });
  });

  test('a syntax error has no code; the field label and as-of date are added as the CLI prints them', () => {
    const syntax = toDiagnostic(message({ ruleId: null, fatal: true }), context);
    expect(syntax.code).toBeUndefined();
    expect(syntax.codeDescription).toBeUndefined();
    const dated = toDiagnostic(message({ message: '条番号が古い', fieldLabel: 'I 4. 法令上の根拠', asOf: '2024-06-01' }), context);
    expect(dated.message).toBe('条番号が古い 「I 4. 法令上の根拠」 （基準日 2024-06-01）');
  });

  test('a config error sits at the top of the document', () => {
    const d = configErrorDiagnostic('pialint.config.json: unknown rule "x"', 'en');
    expect(d).toMatchObject({ code: 'config', severity: DiagnosticSeverity.Error, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    expect(d.message).toContain('unknown rule "x"');
  });
});

describe('offsets ↔ LSP positions (UTF-16, every line break style)', () => {
  const text = 'ab\r\n𠮷x\rz\n';
  const lines = new LineIndex(text);

  test('a surrogate pair counts two characters, as in LSP', () => {
    expect(offsetToLspPosition(lines, text.indexOf('x'))).toEqual({ line: 1, character: 2 });
    expect(offsetToLspPosition(lines, text.indexOf('z'))).toEqual({ line: 2, character: 0 });
  });

  test('positions past the end of a line clamp to it (before its line break)', () => {
    expect(lspPositionToOffset(lines, { line: 0, character: 99 })).toBe(2);
    expect(lspPositionToOffset(lines, { line: 1, character: 1 })).toBe(5);
    expect(lspPositionToOffset(lines, { line: 3, character: 5 })).toBe(text.length);
  });
});
