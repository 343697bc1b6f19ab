/**
 * Change-log rows and merged slot titles in TAB renderings (catalogue §7.7, §7.10), on small
 * synthetic snippets written for these tests: an empty cell stays empty, a cell the row does not
 * print is unknown, and nothing is borrowed from a neighbouring column.
 */
import { describe, expect, it } from '@jest/globals';
import { importRendering } from '../../src/sources/rendering/index.js';
import type { ImportResult } from '../../src/sources/rendering/index.js';

const T = '\t';
const HEADER = `変更日${T}項目${T}変更前の記載${T}変更後の記載${T}提出時期${T}提出時期に係る説明`;

function changeLog(...rows: string[]): string {
  return ['特定個人情報保護評価書(全項目評価書)', '', '(別添3)変更箇所', '', HEADER, ...rows].join('\n');
}

function row(result: ImportResult, n: number): Record<string, unknown> {
  const annex = result.assessment.annex as Record<string, Record<string, unknown>> | undefined;
  return annex?.[`changes[${n}]`] ?? {};
}

describe('change-log rows', () => {
  it('never takes a 変更前 date for the 変更日 of a row whose 変更日 cell is empty', () => {
    const r = importRendering(
      changeLog(
        `${T}Ⅵ 1. ①実施日${T}令和6年4月1日${T}令和7年4月1日${T}事前${T}`,
        `${T}Ⅵ 2. ②実施日・期間${T}令和6年5月1日から30日間${T}令和7年5月1日から30日間${T}事前${T}`,
      ),
    );
    expect(row(r, 1)).toMatchObject({ item: 'Ⅵ 1. ①実施日', before: '令和6年4月1日', after: '令和7年4月1日', timing: { value: 'before', raw: '事前' } });
    // No date printed in the table: the 変更日 is unknown, and the next row inherits nothing.
    expect(row(r, 1).date).toBeUndefined();
    expect(r.unknownFields.has('annex.changes[1].date')).toBe(true);
    expect(row(r, 2).date).toBeUndefined();
    expect(r.unknownFields.has('annex.changes[2].date')).toBe(true);
  });

  it('reads an empty 変更日 under a dated row as that row’s merged cell, not as its own 変更前 date', () => {
    const r = importRendering(
      changeLog(
        `令和5年3月1日${T}Ⅰ 7. ①部署${T}市民課${T}住民課${T}事後${T}形式的な変更のため`,
        `${T}Ⅵ 1. ①実施日${T}令和4年4月1日${T}令和5年3月1日${T}事後${T}形式的な変更のため`,
      ),
    );
    expect(row(r, 2)).toMatchObject({ date: { raw: '令和5年3月1日', iso: '2023-03-01' }, item: 'Ⅵ 1. ①実施日', before: '令和4年4月1日' });
    expect(r.confidence.get('annex.changes[2].date')).toBeLessThan(1);
  });

  it('reads a row shifted right by a leading empty cell', () => {
    const r = importRendering(changeLog(`${T}令和5年3月1日${T}Ⅱ 3. ③使用目的${T}旧${T}新${T}事前${T}`));
    expect(row(r, 1)).toMatchObject({ date: { iso: '2023-03-01' }, item: 'Ⅱ 3. ③使用目的', before: '旧', after: '新', timing: { value: 'before' } });
  });

  it('leaves a cell the row does not print unknown, and says so', () => {
    const r = importRendering(changeLog(`${T}${T}Ⅲ 4. その他の措置の内容${T}右記を追加${T}事前${T}${T}`));
    expect(row(r, 1)).toMatchObject({ item: 'Ⅲ 4. その他の措置の内容', before: '右記を追加', timing: { value: 'before' } });
    expect('after' in row(r, 1)).toBe(false);
    expect(r.unknownFields.has('annex.changes[1].after')).toBe(true);
    const note = r.notes.find((n) => n.messageId === 'changeCellsUnreadable');
    expect(note).toMatchObject({ fieldId: 'annex.changes[1].after', severity: 'info' });
    expect(note?.message.ja).toContain('変更後の記載');
  });

  it('keeps a printed empty cell empty (null), unlike a cell the row lacks', () => {
    const r = importRendering(changeLog(`令和5年3月1日${T}Ⅱ 7. 備考${T}${T}記載を追加${T}事後${T}`));
    expect(row(r, 1)).toMatchObject({ before: null, after: '記載を追加', timingNote: null });
    expect(r.unknownFields.has('annex.changes[1].before')).toBe(false);
  });

  it('does not split a row whose 項目 would be a date: its cells are unknown', () => {
    const r = importRendering(
      changeLog(
        `令和5年3月1日${T}Ⅰ 7. ①部署${T}市民課${T}住民課${T}事後${T}形式的な変更のため`,
        `${T}${T}令和4年4月1日${T}令和5年3月1日${T}事後${T}`,
        `${T}Ⅰ 7. ②所属長の役職名${T}市民課長${T}住民課長${T}事後${T}`,
      ),
    );
    for (const cell of ['date', 'item', 'before', 'after']) {
      expect(row(r, 2)[cell]).toBeUndefined();
      expect(r.unknownFields.has(`annex.changes[2].${cell}`)).toBe(true);
    }
    expect(row(r, 2).timing).toEqual({ value: 'after', raw: '事後' });
    expect(r.notes.find((n) => n.messageId === 'changeCellsUnreadable')?.message.ja).toContain('変更日・項目・変更前の記載・変更後の記載');
    // The row after it cannot inherit a date across a row whose own date is in doubt.
    expect(row(r, 3).date).toBeUndefined();
    expect(row(r, 3).item).toBe('Ⅰ 7. ②所属長の役職名');
  });
});

describe('委託事項 title merged into ①委託内容', () => {
  const head = ['特定個人情報保護評価書(重点項目評価書)', '## II 特定個人情報ファイルの概要', `4. 特定個人情報ファイルの取扱いの委託${T}`, `委託の有無 ※${T}[ 委託する ] <選択肢> 1) 委託する 2) 委託しない ( 1 ) 件`];

  it('leaves the title unknown when ① shares its cell with text that has no paragraph to split at', () => {
    const r = importRendering([...head, `委託事項1${T}`, `①委託内容 窓口業務の委託${T}`, `③委託先名 株式会社サンプル${T}`].join('\n'));
    const item = (r.assessment['II[1]'] as Record<string, Record<string, Record<string, unknown>>>)['4']!['item[1]']!;
    expect(item.content).toBe('窓口業務の委託');
    expect('title' in item).toBe(false);
    expect(r.unknownFields.has('II[1].4.item[1].title')).toBe(true);
    expect(r.notes.filter((n) => n.fieldId === 'II[1].4.item[1].title').map((n) => n.messageId)).toEqual(['titleAmbiguous']);
  });

  it('takes the text before the first paragraph as the title', () => {
    const r = importRendering([...head, `委託事項1${T}`, `①委託内容 窓口業務委託 <p>・届出の受付</p>${T}`].join('\n'));
    const item = (r.assessment['II[1]'] as Record<string, Record<string, Record<string, unknown>>>)['4']!['item[1]']!;
    expect(item.title).toBe('窓口業務委託');
    expect(item.content).toBe('・届出の受付');
  });

  it('keeps a title printed empty when ① has a cell of its own', () => {
    const r = importRendering([...head, `委託事項1${T}`, `①委託内容${T}窓口業務の委託`].join('\n'));
    const item = (r.assessment['II[1]'] as Record<string, Record<string, Record<string, unknown>>>)['4']!['item[1]']!;
    expect(item.title).toBeNull();
    expect(item.content).toBe('窓口業務の委託');
    expect(r.unknownFields.has('II[1].4.item[1].title')).toBe(false);
  });
});
