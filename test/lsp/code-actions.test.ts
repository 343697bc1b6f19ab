import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver';
import type { LintMessage } from '../../src/engine/types.js';
import { codeActions, disableDirectiveEdit, nonOverlappingFixes } from '../../src/lsp/code-actions.js';
import { toDiagnostics } from '../../src/lsp/diagnostics.js';
import type { LintSnapshot } from '../../src/lsp/snapshot.js';
import { LineIndex } from '../../src/sources/line-index.js';

function applied(text: string, edit: TextEdit | undefined): string {
  if (!edit) throw new Error('no edit');
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'json', 1, text), [edit]);
}

describe('disable for this line', () => {
  const json = '{\n  "a": {\n    "b": null\n  }\n}\n';

  test('JSONC: a line comment above, with the line\'s indentation', () => {
    const edit = disableDirectiveEdit(new LineIndex(json), 'json', 3, 'subcontract-details');
    expect(applied(json, edit)).toBe('{\n  "a": {\n    // pialint-disable-next-line subcontract-details\n    "b": null\n  }\n}\n');
  });

  test('keeps CRLF line breaks', () => {
    const crlf = json.replace(/\n/g, '\r\n');
    const edit = disableDirectiveEdit(new LineIndex(crlf), 'json', 3, 'x');
    expect(applied(crlf, edit)).toBe('{\r\n  "a": {\r\n    // pialint-disable-next-line x\r\n    "b": null\r\n  }\r\n}\r\n');
  });

  test('extends a directive already above the line instead of stacking a second one', () => {
    const text = '{\n  // pialint-disable-next-line a -- reviewed\n  "b": null\n}\n';
    expect(applied(text, disableDirectiveEdit(new LineIndex(text), 'json', 3, 'c'))).toBe(
      '{\n  // pialint-disable-next-line a, c -- reviewed\n  "b": null\n}\n',
    );
    const block = '{\n  /* pialint-disable-next-line a */\n  "b": null\n}\n';
    expect(applied(block, disableDirectiveEdit(new LineIndex(block), 'json', 3, 'c'))).toBe('{\n  /* pialint-disable-next-line a, c */\n  "b": null\n}\n');
    // Already listed: nothing to do.
    expect(disableDirectiveEdit(new LineIndex(block), 'json', 3, 'a')).toBeUndefined();
  });

  test('renderings: an HTML comment, indentation kept (full-width spaces too)', () => {
    const md = '## Ⅱ\n\u3000④再委託の有無\t再委託する\n';
    expect(applied(md, disableDirectiveEdit(new LineIndex(md), 'rendering', 2, 'subcontract-details'))).toBe(
      '## Ⅱ\n\u3000<!-- pialint-disable-next-line subcontract-details -->\n\u3000④再委託の有無\t再委託する\n',
    );
    const existing = '<!-- pialint-disable-next-line a -->\nline\n';
    expect(applied(existing, disableDirectiveEdit(new LineIndex(existing), 'rendering', 2, 'b'))).toBe(
      '<!-- pialint-disable-next-line a, b -->\nline\n',
    );
  });
});

describe('quick fixes from a snapshot', () => {
  const text = '{ "x": "令和1年と令和1年", "y": null }';
  const first = text.indexOf('令和1年');
  const second = text.indexOf('令和1年', first + 1);
  const era = (start: number): LintMessage => ({
    ruleId: 'era-first-year',
    severity: 2,
    message: `元年 ${start}`,
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: start + 5,
    fieldId: 'x',
    fix: { range: [start, start + 4], text: '令和元年' },
  });
  const messages: LintMessage[] = [
    era(first),
    era(second),
    {
      ruleId: 'choice-value',
      severity: 2,
      message: 'typo',
      line: 1,
      column: 28,
      endLine: 1,
      endColumn: 32,
      fieldId: 'y',
      suggestions: [{ desc: '「再委託する」に置き換える', fix: { range: [27, 31], text: '"再委託する"' } }],
    },
  ];
  const snapshot: LintSnapshot = {
    uri: 'file:///w/a.json',
    version: 7,
    text,
    lines: new LineIndex(text),
    format: 'json',
    locale: 'en',
    source: null,
    kind: 'juten',
    asOf: undefined,
    messages,
    diagnostics: toDiagnostics(messages, { uri: 'file:///w/a.json', locale: 'en', rulesMeta: () => undefined }),
  };

  test('actions for the diagnostic the client sends: fix, fix all of the rule, disable, fix all', () => {
    const d = snapshot.diagnostics[1]!;
    const actions = codeActions(snapshot, d.range, { diagnostics: [d] }, { documentChanges: false });
    expect(actions.map((a) => [a.title, a.kind])).toEqual([
      ['Fix this era-first-year problem', 'quickfix'],
      ['Fix all era-first-year problems in this file', 'quickfix'],
      ['Disable era-first-year for this line', 'quickfix'],
      ['Fix all auto-fixable pialint problems', 'source.fixAll.pialint'],
    ]);
    expect(actions[0]!.edit).toEqual({
      changes: { [snapshot.uri]: [{ range: { start: { line: 0, character: second }, end: { line: 0, character: second + 4 } }, newText: '令和元年' }] },
    });
    expect(actions[1]!.edit!.changes![snapshot.uri]).toHaveLength(2);
  });

  test('versioned edits when the client supports documentChanges', () => {
    const d = snapshot.diagnostics[2]!;
    const actions = codeActions(snapshot, d.range, { diagnostics: [d] }, { documentChanges: true });
    const suggestion = actions.find((a) => a.title === '「再委託する」に置き換える');
    expect(suggestion?.edit).toEqual({
      documentChanges: [
        {
          textDocument: { uri: snapshot.uri, version: 7 },
          edits: [{ range: { start: { line: 0, character: 27 }, end: { line: 0, character: 31 } }, newText: '"再委託する"' }],
        },
      ],
    });
  });

  test('a client that sends no diagnostics gets the actions of what lies in the range', () => {
    const range = { start: { line: 0, character: 28 }, end: { line: 0, character: 28 } };
    const titles = codeActions(snapshot, range, { diagnostics: [] }, { documentChanges: false }).map((a) => a.title);
    expect(titles).toEqual(['「再委託する」に置き換える', 'Disable choice-value for this line', 'Fix all auto-fixable pialint problems']);
  });

  test('`only: ["source.fixAll"]` (fix on save) returns just the fix-all action', () => {
    const actions = codeActions(snapshot, snapshot.diagnostics[0]!.range, { diagnostics: [], only: ['source.fixAll'] }, { documentChanges: false });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.pialint']);
    expect(actions[0]!.edit!.changes![snapshot.uri]!.map((e) => e.newText)).toEqual(['令和元年', '令和元年']);
  });

  test('overlapping fixes: the later one waits for the next run', () => {
    const a: LintMessage = { ...era(first), fix: { range: [2, 10], text: 'A' } };
    const b: LintMessage = { ...era(first), fix: { range: [5, 12], text: 'B' } };
    const c: LintMessage = { ...era(first), fix: { range: [12, 13], text: 'C' } };
    expect(nonOverlappingFixes([b, c, a]).map((f) => f.text)).toEqual(['A', 'C']);
  });
});
