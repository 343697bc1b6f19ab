/**
 * The PDF-text reader on a synthetic extraction (shapes of catalogue §7.2–§7.5 written for this
 * test): values on the label's line, values before labels, wrapped labels, bare option lines placed
 * by proximity with a confidence, detached marks left null, counts only with corroboration.
 */
import { describe, expect, it } from '@jest/globals';
import { importRendering } from '../../src/sources/rendering/index.js';
import { looksLikePdfText } from '../../src/sources/rendering/pdf-reader.js';
import { validateAssessment } from '../../src/schema/index.js';

const PDF = [
  '  個人のプライバシー等の権利利益の保護の宣言',
  '',
  '　○○市は、住民基本台帳事務における特定個人情報ファイルの取扱いにあたり',
  'リスクを軽減させるために適切な措置を講じることを宣言する。',
  '',
  '特記事項',
  '－',
  ' Ⅰ　基本情報',
  ' １．特定個人情報ファイルを取り扱う事務',
  ' ①事務の名称 住民基本台帳に関する事務',
  ' ６．評価実施機関における担当部署',
  ' ②所属長の役職名 課長',
  ' ①部署 市民部市民課',
  ' ７．他の評価実施機関',
  '',
  '－',
  'Ⅱ　特定個人情報ファイルの概要',
  ' １．特定個人情報ファイル名',
  '住民記録ファイル',
  ' ２．基本情報',
  ' ①ファイルの種類　※ [ システム用ファイル',
  '＜選択肢＞',
  '1） システム用ファイル',
  '2） その他の電子ファイル（表計算ファイル等）',
  ' ④記録される項目',
  ' ⑤保有開始日 平成27年10月',
  '100項目以上',
  '] 1） 10項目未満 2） 10項目以上50項目未満',
  '3） 50項目以上100項目未満',
  ' ３．特定個人情報の入手・使用',
  ' ②入手方法',
  '[ ] 紙 [ ○ ] 専用線',
  '] 電子メール',
  '[ ○ ] その他 （ 庁内連携 )',
  ' ４．特定個人情報ファイルの取扱いの委託',
  ' 委託の有無　※',
  '（',
  '）　件',
  '＜選択肢＞',
  '1） 委託する 2） 委託しない',
  '委託する',
  '2',
  ' 委託事項1',
  ' ③委託先名 株式会社サンプル',
  ' 委託事項2',
  ' ５．特定個人情報の提供・移転（委託に伴うものを除く。）',
  ' 移転先1 税務課',
  '月1回 ⑦時期・頻度',
  ' ④移転する情報の対象となる',
  '本人の数',
  '[ 1万人以上10万人未満',
  'Ⅴ　評価実施手続',
  ' １．基礎項目評価',
  ' ①実施日 令和5年6月1日',
].join('\n');

describe('PDF text reader', () => {
  const r = importRendering(PDF);
  const a = r.assessment as Record<string, Record<string, Record<string, unknown>>>;
  const ii = a['II[1]']!;

  it('is recognised as PDF text and as juten when the cover is lost (no title)', () => {
    expect(looksLikePdfText(PDF)).toBe(true);
    expect(r.sourceKind).toBe('pdf-text');
    // No kind signal at all in this snippet: the default kind is used and said.
    expect(r.notes.some((n) => n.messageId === 'kindUndetected' || n.messageId === 'kindDetected')).toBe(true);
  });

  it('reads values on the label line, after or before the label, with full-width numbering', () => {
    expect(a.I!['1']).toMatchObject({ name: '住民基本台帳に関する事務' });
    expect(a.I!['6']).toMatchObject({ dept: '市民部市民課', headTitle: '課長' });
    expect(ii['2']).toMatchObject({ holdingStart: { raw: '平成27年10月', iso: '2015-10' }, fileType: { value: 'system' } });
    expect(ii['5']).toMatchObject({ 'transfer[1]': { name: '税務課', timing: '月1回' } });
    expect(a.V!['1']).toMatchObject({ date: { raw: '令和5年6月1日', iso: '2023-06-01' } });
    expect(r.confidence.get('I.1.name')).toBeGreaterThanOrEqual(0.8);
  });

  it('joins wrapped labels and places bare option lines by proximity', () => {
    expect(ii['5']).toMatchObject({ 'transfer[1]': { subjectCount: { value: 'from10kTo100k' } } });
    expect(ii['2']).toMatchObject({ itemCount: { value: 'ge100', raw: '100項目以上' } });
    expect(ii['4']).toMatchObject({ has: { value: 'outsource', raw: '委託する' } });
    expect(r.confidence.get('II[1].2.itemCount')).toBeLessThan(0.9);
  });

  it('places text blocks next to exactly one waiting label', () => {
    expect(ii['1']).toMatchObject({ fileName: '住民記録ファイル' });
    expect(a.cover).toMatchObject({ specialNotes: '－' });
    expect(String(a.cover!.declaration)).toContain('宣言する。');
  });

  it('keeps detached marks null and reads [ ] + label as false, a filled parenthesis as true', () => {
    const methods = ii['3']!.methods as Record<string, { checked: boolean | null; text?: string | null }>;
    expect(methods.paper).toEqual({ checked: false });
    expect(methods.email).toEqual({ checked: null });
    expect(methods.other).toEqual({ checked: true, text: '庁内連携' });
    expect(methods.dedicatedLine!.checked).toBeNull();
  });

  it('assigns a count only with corroboration (the highest slot number)', () => {
    expect(ii['4']!.count).toBe(2);
    expect(ii['4']).toMatchObject({ 'item[1]': { contractor: '株式会社サンプル' } });
  });

  it('is schema-valid and positions point into the text', () => {
    expect(validateAssessment(JSON.parse(JSON.stringify(r.assessment))).filter((p) => p.severity === 'error')).toEqual([]);
    const range = r.valueRanges.get('/I/6/dept')!;
    expect(PDF.slice(range.start, range.end)).toBe('市民部市民課');
    expect(r.exactStrings.has('/I/6/dept')).toBe(true);
  });

  it('never guesses: an unplaceable count stays null with its candidates in a note', () => {
    const text = PDF.replace(' 委託事項2\n', '');
    const r2 = importRendering(text);
    expect((r2.assessment['II[1]'] as Record<string, Record<string, unknown>>)['4']!.count).toBeNull();
    expect(r2.notes.some((n) => n.messageId === 'countCandidates' && n.message.en.includes('2'))).toBe(true);
    expect(r2.unknownFields.has('II[1].4.count')).toBe(true);
  });
});
