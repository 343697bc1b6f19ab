/**
 * The rendering as a SourceDocument: locate (value, else label), locateInString only on verbatim
 * strings, comments for directives, import notes as positioned LintMessages, CRLF positions.
 */
import { describe, expect, it } from '@jest/globals';
import { offsetToPosition } from '../../src/sources/line-index.js';
import { createRenderingSource, findHtmlComments, importNoteToMessage } from '../../src/sources/rendering-source.js';

const T = '\t';
const TEXT = [
  '特定個人情報保護評価書(重点項目評価書)',
  '<!-- pialint-disable terminology -->',
  '## II 特定個人情報ファイルの概要',
  `4. 特定個人情報ファイルの取扱いの委託${T}`,
  `委託の有無 ※${T}[ 委託する ] <選択肢> 1) 委託する 2) 委託しない ( 2 ) 件`,
  `委託事項1${T}保守業務`,
  `③委託先名${T}株式会社テスト`,
  `再委託${T}④再委託の有無 ※${T}[ 再委託しない ] <選択肢> 1) 再委託する 2) 再委託しない`,
  `${T}⑤再委託の許諾方法${T}`,
  `3. 特定個人情報の入手・使用${T}`,
  `③使用目的 ※${T}<p>資格の管理</p><p>&lt;補足&gt;</p>`,
].join('\n');

function doc(text = TEXT) {
  return createRenderingSource('/tmp/sample.md', { text, encoding: 'utf8', bom: false });
}

const slice = (text: string, r: { start: number; end: number } | undefined) => (r ? text.slice(r.start, r.end) : undefined);

describe('rendering source', () => {
  it('keeps the text exactly and reports the import', () => {
    const d = doc();
    expect(d.text).toBe(TEXT);
    expect(d.sourceKind).toBe('markdown');
    expect(d.assessment?.meta.kind).toBe('juten');
    expect(d.parseMessages).toEqual([]);
    expect(d.importNotes?.length).toBeGreaterThan(0);
    expect(d.isAssessment).toBe(true);
  });

  it('locates field ids, JSON pointers and box references', () => {
    const d = doc();
    expect(slice(TEXT, d.locate('II[1].4.item[1].contractor'))).toBe('株式会社テスト');
    expect(slice(TEXT, d.locate('/II[1]/4/item[1]/contractor'))).toBe('株式会社テスト');
    expect(slice(TEXT, d.locate('II[1].4.item[1].subcontract'))).toBe('再委託しない');
    expect(slice(TEXT, d.locate('/II[1]/4/item[1]/subcontract/value'))).toBe('再委託しない');
    expect(slice(TEXT, d.locate('II[1].4.count'))).toBe('2');
  });

  it('falls back to the label for a field printed empty, and to the slot header for a lost slot field', () => {
    const d = doc();
    expect(slice(TEXT, d.locate('II[1].4.item[1].subcontractPermission'))).toBe('⑤再委託の許諾方法');
    expect(slice(TEXT, d.locateLabel?.('II[1].4.item[1].subcontractWork'))).toBe('委託事項1');
    expect(d.unknownFields.has('II[1].4.item[2].contractor')).toBe(true);
  });

  it('maps in-string offsets only for verbatim strings', () => {
    const d = doc();
    const r = d.locateInString('II[1].4.item[1].contractor', 4, 7);
    expect(slice(TEXT, r)).toBe('テスト');
    expect(slice(TEXT, d.locateInString('II[1].4.item[1].subcontract', 0, 3))).toBe('再委託');
    // Rebuilt from two paragraphs and an entity: no offsets, so no fix is offered.
    expect(d.locateInString('II[1].3.purpose', 0, 2)).toBeUndefined();
    expect(d.locateInString('II[1].4.item[1].contractor', 3, 99)).toBeUndefined();
  });

  it('lists HTML comments with their ranges', () => {
    const d = doc();
    expect(d.comments).toHaveLength(1);
    expect(d.comments[0]!.value).toBe('pialint-disable terminology');
    expect(slice(TEXT, d.comments[0]!.range)).toBe('<!-- pialint-disable terminology -->');
    expect(findHtmlComments('a <!--x--> b <!-- y\nz -->').map((c) => c.value)).toEqual(['x', 'y\nz']);
  });

  it('turns notes into import messages with 1-based lines and UTF-16 columns', () => {
    const d = doc();
    const note = d.importNotes!.find((n) => n.messageId === 'slotMissing')!;
    const msg = importNoteToMessage(note, d);
    expect(msg.ruleId).toBe('import');
    expect(msg.severity).toBe(1);
    expect(msg.fieldId).toBe('II[1].4.item[2]');
    const info = importNoteToMessage(d.importNotes!.find((n) => n.severity === 'info')!, d, 'en');
    expect(info.severity).toBe(0);
    expect(info.line).toBeGreaterThanOrEqual(1);
  });

  it('keeps positions right in CRLF files', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const d = doc(crlf);
    const r = d.locate('II[1].4.item[1].contractor')!;
    expect(crlf.slice(r.start, r.end)).toBe('株式会社テスト');
    expect(offsetToPosition(crlf, r.start)).toEqual({ line: 7, column: 7 });
  });

  it('does not mistake an ordinary Markdown file for an assessment', () => {
    expect(doc('# README\n\nSome notes.\n').isAssessment).toBe(false);
  });
});
