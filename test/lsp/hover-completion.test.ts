import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver';
import { complete } from '../../src/lsp/completion.js';
import { jsonFieldAt } from '../../src/lsp/field-at.js';
import { fieldInfo } from '../../src/lsp/field-info.js';
import { hover, type CitationDescriber } from '../../src/lsp/hover.js';
import { describeCitations } from '../../src/lsp/citation-hover.js';
import type { LintSnapshot } from '../../src/lsp/snapshot.js';
import { JsonSource } from '../../src/sources/json-source.js';
import { LineIndex } from '../../src/sources/line-index.js';

const DOC = `{
  "meta": { "kind": "zenko" },
  "I": { "4": { "legalBasis": "番号法第9条第1項 別表第一の16の項" } },
  "II[1]": {
    "3": { "sources": { "otherDept": { "checked": true }, "other": { "checked": false, "text": null } } },
    "4": {
      "item[2]": {
        "subcontract": { "value": "noSubcontract", "raw": "再委託しない" },
        "subcontractPermission": null
      }
    }
  }
}
`;

function snapshotOf(text: string, locale: 'ja' | 'en' = 'ja'): LintSnapshot {
  const source = new JsonSource('/w/doc.json', { text, encoding: 'utf8', bom: false }, { jsonc: false });
  return {
    uri: 'file:///w/doc.json',
    version: 1,
    text,
    lines: new LineIndex(text),
    format: 'json',
    locale,
    source,
    kind: 'zenko',
    asOf: { date: '2024-06-01', source: 'published' },
    messages: [],
    diagnostics: [],
  };
}

function at(text: string, needle: string, delta = 1, after?: string): number {
  const from = after === undefined ? 0 : text.indexOf(after);
  const offset = text.indexOf(needle, from);
  if (offset < 0 || from < 0) throw new Error(`not found: ${needle}`);
  return offset + delta;
}

describe('field under the cursor (JSON: the key path is the field id)', () => {
  test('a key, a value, a part of a choice, a box', () => {
    expect(jsonFieldAt(DOC, at(DOC, '"subcontract"'))?.id).toBe('II[1].4.item[2].subcontract');
    expect(jsonFieldAt(DOC, at(DOC, '"再委託しない"'))?.id).toBe('II[1].4.item[2].subcontract');
    expect(jsonFieldAt(DOC, at(DOC, 'null', 1, 'subcontractPermission'))?.id).toBe('II[1].4.item[2].subcontractPermission');
    expect(jsonFieldAt(DOC, at(DOC, '"otherDept"'))?.id).toBe('II[1].3.sources#otherDept');
    // Containers: a section and a group slot.
    expect(jsonFieldAt(DOC, at(DOC, '"4": {\n      "item'))?.id).toBe('II[1].4');
    expect(jsonFieldAt(DOC, at(DOC, '"item[2]"'))?.id).toBe('II[1].4.item[2]');
  });
});

describe('hover', () => {
  test('zenko numbers, ※ and its meaning, the options with the current one marked', () => {
    const result = hover(snapshotOf(DOC), at(DOC, '"subcontract"'));
    const text = (result!.contents as MarkupContent).value;
    expect(text).toMatch(/^\*\*II 4\. 委託事項2 .*⑦再委託の有無\*\*/);
    expect(text).toContain('様式の記載: ⑦再委託の有無 ※');
    expect(text).toContain('全項目評価書');
    expect(text).toContain('**※ 重要な変更の対象項目**');
    expect(text).toContain('- 再委託しない `noSubcontract` ← 現在の値');
    expect(result!.range).toEqual({ start: { line: 7, character: 8 }, end: { line: 7, character: 21 } });
  });

  test('a box of a checklist shows that box and its state', () => {
    const text = (hover(snapshotOf(DOC), at(DOC, '"otherDept"'))!.contents as MarkupContent).value;
    expect(text).toContain('評価実施機関内の他部署');
    expect(text).toContain('- [x] 評価実施機関内の他部署 `otherDept`');
    expect(text).not.toContain('`other`');
  });

  test('English labels with --locale en', () => {
    const text = (hover(snapshotOf(DOC, 'en'), at(DOC, '"subcontractPermission"'))!.contents as MarkupContent).value;
    expect(text).toMatch(/Permission/i);
    expect(text).toContain('`II[1].4.item[2].subcontractPermission`');
  });

  test('a citation under the cursor is described first, with the field below', () => {
    const describe: CitationDescriber = (text, asOf) => {
      const start = text.indexOf('別表第一');
      return [{ start, end: start + 4, markdown: `別表第一 (${asOf.date}): 2024-05-27 から「別表」` }];
    };
    const result = hover(snapshotOf(DOC), at(DOC, '別表第一', 2), describe);
    const text = (result!.contents as MarkupContent).value;
    expect(text.startsWith('別表第一 (2024-06-01): 2024-05-27 から「別表」')).toBe(true);
    expect(text).toContain('法令上の根拠');
    const start = at(DOC, '別表第一', 0);
    const lines = new LineIndex(DOC);
    const pos = lines.offsetToPosition(start);
    expect(result!.range).toEqual({ start: { line: pos.line - 1, character: pos.column - 1 }, end: { line: pos.line - 1, character: pos.column + 3 } });
    // Outside the citation, the field alone.
    expect((hover(snapshotOf(DOC), at(DOC, '番号法'), describe)!.contents as MarkupContent).value).not.toContain('2024-05-27');
  });

  test('with the law timeline: a superseded citation, what to write instead, evidence and source', () => {
    const text = DOC.replace('番号法第9条第1項 別表第一の16の項', '番号法第19条第7号に基づく情報連携');
    const snapshot = { ...snapshotOf(text), asOf: { date: '2024-06-01', source: 'published' } };
    const value = (hover(snapshot, at(text, '第19条'), describeCitations)!.contents as MarkupContent).value;
    expect(value).toContain('**引用「番号法第19条第7号」**');
    expect(value).toContain('基準日 2024-06-01（公表日）時点: **古い引用**（改正により置き換えられた引用です）');
    expect(value).toContain('書くべき引用: 「番号法第19条第8号」');
    expect(value).toMatch(/根拠: .*\[V: LAW/);
    expect(value).toMatch(/出典: \S+/);
    const en = (hover({ ...snapshot, locale: 'en' }, at(text, '第19条'), describeCitations)!.contents as MarkupContent).value;
    expect(en).toContain('As of 2024-06-01 (publication date): **outdated** (replaced by an amendment)');
    // Before the 2021-09-01 renumbering the same citation was current.
    const before = { ...snapshot, asOf: { date: '2020-04-01', source: 'config' } };
    expect((hover(before, at(text, '第19条'), describeCitations)!.contents as MarkupContent).value).toContain('**有効な引用**');
  });

  test('a document without a kind, or a key the catalogue does not know: no hover', () => {
    expect(hover({ ...snapshotOf(DOC), kind: undefined }, at(DOC, '"subcontract"'))).toBeNull();
    const odd = DOC.replace('"subcontractPermission"', '"permissionTypo"');
    expect(hover(snapshotOf(odd), at(odd, '"permissionTypo"'))).toBeNull();
  });

  test('fieldInfo: a field of another kind says so', () => {
    const info = fieldInfo({ id: 'II[1].4.item[1].scopeSubjectRange', kind: 'juten', locale: 'ja' })!;
    expect(info).toContain('この様式にはない項目です');
    expect(info).toContain('全項目評価書');
  });
});

function completeAt(text: string, offset: number, locale: 'ja' | 'en' = 'ja'): CompletionItem[] {
  return complete({ text, lines: new LineIndex(text), offset, locale });
}

function applyItem(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'json', 1, text), [edit]);
}

describe('completion', () => {
  test('choice `value`: option names; `raw`: the printed texts; the whole value: both together', () => {
    const text = DOC.replace('"value": "noSubcontract"', '"value": "no');
    const names = completeAt(text, at(text, '"no', 3));
    expect(names.map((i) => i.label)).toEqual(['subcontract', 'noSubcontract']);

    const raws = completeAt(DOC, at(DOC, '"再委託しない"', 1));
    expect(raws.map((i) => i.label)).toEqual(['再委託する', '再委託しない']);
    expect(applyItem(DOC, raws[0]!)).toBe(DOC.replace('"raw": "再委託しない"', '"raw": "再委託する"'));

    const blank = DOC.replace('{ "value": "noSubcontract", "raw": "再委託しない" }', '');
    const whole = completeAt(blank, blank.indexOf('"subcontract": ') + '"subcontract": '.length);
    expect(whole.map((i) => i.label)).toEqual(['再委託する (subcontract)', '再委託しない (noSubcontract)']);
    expect(applyItem(blank, whole[0]!)).toContain('"subcontract": { "value": "subcontract", "raw": "再委託する" },');
  });

  test('meta.kind: the three kinds', () => {
    const text = '{ "meta": { "kind": "" } }';
    expect(completeAt(text, at(text, '""', 1)).map((i) => i.label)).toEqual(['kiso', 'juten', 'zenko']);
  });

  test('keys of a group slot for the kind, without those already written; a new key gets its empty value', () => {
    const text = DOC.replace('"subcontractPermission": null', '"subcontractPermission": null,\n        "');
    const offset = text.lastIndexOf('"') + 1;
    const items = completeAt(text, offset);
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['title', 'contractor', 'subcontractWork', 'fileScope', 'deliveryMethod']));
    expect(labels).not.toContain('subcontract');
    const fileScope = items.find((i) => i.label === 'fileScope')!;
    expect(applyItem(text, fileScope)).toContain('"fileScope": { "value": null, "raw": null }');
    expect((fileScope.documentation as MarkupContent).value).toContain('取扱いを委託する特定個人情報ファイルの範囲');
  });

  test('juten has no zenko-only keys; a repeated group offers the next free slot', () => {
    const text = '{ "meta": { "kind": "juten" }, "II[1]": { "4": { "item[1]": {}, "item[3]": {}, "" } } }';
    const labels = completeAt(text, text.indexOf('""') + 1).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['has', 'count', 'item[4]']));
    const items = completeAt(text.replace('"4"', '"4x"'), text.indexOf('""') + 2);
    expect(items).toEqual([]);
    const slot = '{ "meta": { "kind": "juten" }, "II[1]": { "4": { "item[1]": { "" } } } }';
    const slotKeys = completeAt(slot, slot.indexOf('""') + 1).map((i) => i.label);
    expect(slotKeys).toContain('subcontract');
    expect(slotKeys).not.toContain('fileScope');
  });

  test('boxes of a checklist', () => {
    const text = DOC.replace('"otherDept": { "checked": true }', '"otherDept": { "checked": true }, ""');
    const items = completeAt(text, text.indexOf('""') + 1);
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ['self', '本人又は本人の代理人'],
      ['govAgency', '行政機関・独立行政法人等'],
      ['localGov', '地方公共団体・地方独立行政法人'],
      ['privateSector', '民間事業者'],
    ]);
    expect(applyItem(text, items[0]!)).toContain('"self": { "checked": true }');
  });
});
