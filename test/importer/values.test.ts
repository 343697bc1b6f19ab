/**
 * Value encodings of catalogue §7 on small synthetic snippets: checkbox marks (§7.4), single choices
 * (§7.3), counts (§7.5), dates (§7.9), slot headers (§7.7), and the HTML text they come from.
 */
import { describe, expect, it } from '@jest/globals';
import { htmlToMapped } from '../../src/sources/rendering/html-text.js';
import type { MappedText } from '../../src/sources/rendering/mapped-text.js';
import { rangeOf, sourceSlice, trimMapped } from '../../src/sources/rendering/mapped-text.js';
import { findMarks, readBoxList } from '../../src/sources/rendering/values/checkbox.js';
import type { BoxLike } from '../../src/sources/rendering/values/checkbox.js';
import { readChoice } from '../../src/sources/rendering/values/choice.js';
import { looseCount, readCounts } from '../../src/sources/rendering/values/count.js';
import { findDate, isDateOnly, serialToIso } from '../../src/sources/rendering/values/date.js';
import { readSlotHeader } from '../../src/sources/rendering/values/slots.js';

/** The visible text of a one-cell HTML fragment, as the TAB reader sees it. */
function cell(html: string): { plain: MappedText; source: string } {
  return { plain: trimMapped(htmlToMapped(html, 0, html.length)), source: html };
}

const METHODS: BoxLike[] = [
  { name: 'paper', label: '紙' },
  { name: 'media', label: '電子記録媒体(フラッシュメモリを除く。)' },
  { name: 'flash', label: 'フラッシュメモリ' },
  { name: 'email', label: '電子メール' },
  { name: 'other', label: 'その他', hasText: true },
];

const ADEQUACY = [
  { name: 'focused', text: '特に力を入れている' },
  { name: 'sufficient', text: '十分である' },
  { name: 'issuesRemain', text: '課題が残されている' },
];
const SUBCONTRACT = [
  { name: 'subcontract', text: '再委託する' },
  { name: 'noSubcontract', text: '再委託しない' },
];
const STAFF = [
  { name: 'lt10', text: '10人未満' },
  { name: 'from10To50', text: '10人以上50人未満' },
  { name: 'from100To500', text: '100人以上500人未満' },
];

function states(html: string, boxes: BoxLike[] = METHODS, required = false) {
  const r = readBoxList(cell(html).plain, boxes, required);
  return Object.fromEntries(r.boxes.map((b) => [b.name, b.checked]));
}

describe('HTML cell text', () => {
  it('maps every visible character back to the source, entities included', () => {
    const src = '<p>[ 実施する ]</p> <p>&lt;選択肢&gt; 1) 実施する</p>';
    const { plain } = cell(src);
    expect(plain.text).toBe('[ 実施する ]\n<選択肢> 1) 実施する');
    const at = plain.text.indexOf('実施する');
    const r = rangeOf(plain, at, at + 4)!;
    expect(src.slice(r.start, r.end)).toBe('実施する');
    const lt = plain.text.indexOf('<');
    expect(src.slice(rangeOf(plain, lt, lt + 1)!.start, rangeOf(plain, lt, lt + 1)!.end)).toBe('&lt;');
  });

  it('keeps Japanese text in angle brackets as content, not markup', () => {
    expect(cell('<b>見出し</b> <市における措置> 本文 <1 申請管理>').plain.text).toBe('見出し <市における措置> 本文 <1 申請管理>');
  });

  it('leaves plain cells verbatim (no parse)', () => {
    const m = sourceSlice('ab\tcd', 3, 5);
    expect(m.text).toBe('cd');
    expect(m.starts).toEqual([3, 4]);
  });
});

describe('checkbox marks (§7.4)', () => {
  it('reads [ ], [], [○], [O] and 【○】', () => {
    expect(findMarks('[ ] a [] b [○] c [O] d 【○】 e ［ 〇 ］ f').map((m) => m.state)).toEqual([
      'unchecked', 'unchecked', 'checked', 'checked', 'checked', 'checked',
    ]);
  });

  it('reads inputs inside and outside brackets', () => {
    expect(states('[ <input checked="" type="checkbox"/> ] 紙 [<input type="checkbox"/>] 電子メール <input type="checkbox"/> フラッシュメモリ')).toEqual({
      paper: true,
      email: false,
      flash: false,
    });
  });

  it('identifies boxes by label, whatever the order (column-major print)', () => {
    expect(states('[ ] 電子メール [○] 紙 [ ] フラッシュメモリ [ ] 電子記録媒体(フラッシュメモリを除く。)')).toEqual({
      email: false,
      paper: true,
      flash: false,
      media: false,
    });
  });

  it('takes bare radios next to checkbox inputs as checked (one renderer writes selections so)', () => {
    const r = readBoxList(cell('[<input type="radio"/>] 紙 [<input type="checkbox"/>] 電子メール').plain, METHODS);
    expect(Object.fromEntries(r.boxes.map((b) => [b.name, b.checked]))).toEqual({ paper: true, email: false });
    expect(r.confidence).toBeLessThan(1);
  });

  it('follows the attribute when checked and unchecked radios are mixed', () => {
    expect(states('[ <input checked="" type="radio"/> ] 紙 [ <input type="radio"/> ] 電子メール')).toEqual({ paper: true, email: false });
  });

  it('reads the free text of the parenthesis, even with parentheses inside', () => {
    const r = readBoxList(cell('[ ] 紙 [○] その他 ( 中間サーバー(副本) )').plain, METHODS);
    expect(r.boxes.find((b) => b.name === 'other')?.text?.text).toBe('中間サーバー(副本)');
  });

  it('folds a mark inside an open parenthesis back into the text (layout artefact)', () => {
    const r = readBoxList(cell('[ ] 紙 [ ] その他 (<input type="checkbox"/> 口座情報、連携ファイル)').plain, METHODS);
    expect(r.boxes.find((b) => b.name === 'other')?.text?.text).toBe('口座情報、連携ファイル');
  });

  it('sets lost states to null, not false, when all are unchecked but a parenthesis is filled', () => {
    const r = readBoxList(cell('<input type="checkbox"/> 紙 <input type="checkbox"/> その他 ( 庁内の他部署 )').plain, METHODS);
    expect(r.lost).toBe('allUnchecked');
    expect(Object.fromEntries(r.boxes.map((b) => [b.name, b.checked]))).toEqual({ paper: null, other: true });
  });

  it('treats an all-unchecked required list as lost', () => {
    expect(states('[ ] 紙 [ ] 電子メール', METHODS, true)).toEqual({ paper: null, email: null });
    expect(states('[ ] 紙 [ ] 電子メール', METHODS, false)).toEqual({ paper: false, email: false });
  });

  it('reports labels that match no box', () => {
    const r = readBoxList(cell('[ ] 紙 [ ] 伝書鳩').plain, METHODS);
    expect(r.unmatched.map((u) => u.text)).toEqual(['伝書鳩']);
  });
});

describe('single choice (§7.3)', () => {
  it('takes the bracketed value before the option marker', () => {
    const r = readChoice(cell('[ 再委託する ] <選択肢> 1) 再委託する 2) 再委託しない').plain, SUBCONTRACT);
    expect(r.value).toBe('subcontract');
    expect(r.raw?.text).toBe('再委託する');
  });

  it('never matches by substring (委託する ⊂ 再委託する)', () => {
    const r = readChoice(cell('[ 委託する ]').plain, SUBCONTRACT);
    expect(r.value).toBeNull();
    expect(r.raw?.text).toBe('委託する');
  });

  it('reads escaped and full-width markers, values in <p>, and options out of order', () => {
    expect(readChoice(cell('<p>[十分である]</p> <p>＜選択肢＞</p> <p>1) 特に力を入れている 3) 課題が残されている</p>').plain, ADEQUACY).value).toBe('sufficient');
    expect(readChoice(cell('<p>&lt;選択肢&gt;</p> <p>[十分である] 1) 特に力を入れている</p>').plain, ADEQUACY).value).toBe('sufficient');
  });

  it('reads a value whose opening bracket became an input', () => {
    expect(readChoice(cell('<input type="checkbox"/> 100人以上500人未満 ] <ul><li>&lt;選択肢&gt;</li><li>1) 10人未満</li></ul>').plain, STAFF).value).toBe('from100To500');
  });

  it('takes the first label when the options are printed as boxes after the value', () => {
    const r = readChoice(cell('<input type="checkbox"/> 10人以上50人未満 <input type="checkbox"/> 10人未満 <input type="checkbox"/> 100人以上500人未満').plain, STAFF);
    expect(r.value).toBe('from10To50');
  });

  it('keeps whitespace inside the raw value but matches without it', () => {
    const r = readChoice(cell('[無 料] <選択肢> 1) 有料 2) 無料').plain, [
      { name: 'paid', text: '有料' },
      { name: 'free', text: '無料' },
    ]);
    expect(r.value).toBe('free');
    expect(r.raw?.text).toBe('無 料');
  });

  it('gives no value when only the options are printed', () => {
    const r = readChoice(cell('<選択肢> 1) 10人未満 2) 10人以上50人未満').plain, STAFF);
    expect(r.value).toBeNull();
    expect(r.raw).toBeNull();
    expect(r.hasOptionList).toBe(true);
  });
});

describe('counts (§7.5)', () => {
  it('reads ( N ) 件 with any spacing and full-width digits, and maps the digits', () => {
    const src = '[ 委託する ] <選択肢> 1) 委託する 2) 委託しない （ １２ ） 件';
    const plain = cell(src).plain;
    const [c] = readCounts(plain);
    expect(c?.value).toBe(12);
    const r = rangeOf(c!.digits)!;
    expect(src.slice(r.start, r.end)).toBe('１２');
  });

  it('reads every count of a provision row', () => {
    expect(readCounts(cell('[○] 提供を行っている (27) 件 [ ] 移転を行っている ( 10 ) 件').plain).map((c) => c.value)).toEqual([27, 10]);
  });

  it('reads loose counts in change-log cells', () => {
    expect(looseCount('移転件数:9件')).toBe(9);
    expect(looseCount('5件')).toBe(5);
    expect(looseCount('記載なし')).toBeUndefined();
  });
});

describe('dates (§7.9)', () => {
  it('converts 和暦 with full and year-month precision', () => {
    expect(findDate('令和6年2月5日')?.iso).toBe('2024-02-05');
    expect(findDate('平成27年11月')?.iso).toBe('2015-11');
    expect(findDate('平成元年1月8日')?.iso).toBe('1989-01-08');
    expect(findDate('令和５年１２月６日')?.iso).toBe('2023-12-06');
  });

  it('rejects impossible era dates and days', () => {
    expect(findDate('平成31年5月1日')?.iso).toBeNull();
    expect(findDate('令和元年4月30日')?.iso).toBeNull();
    expect(findDate('令和3年2月30日')?.iso).toBeNull();
  });

  it('reads slash dates, 西暦 and spreadsheet serials', () => {
    expect(findDate('2020/3/30')?.iso).toBe('2020-03-30');
    expect(findDate('2021年4月1日')?.iso).toBe('2021-04-01');
    expect(findDate('42216')?.iso).toBe('2015-07-31');
    expect(serialToIso(43190)).toBe('2018-03-31');
  });

  it('finds the date inside prose and tells date-only lines apart', () => {
    const d = findDate('令和8年6月4日から7月3日までの30日間');
    expect(d?.iso).toBe('2026-06-04');
    expect(isDateOnly('平成29年3月15日')).toBe(true);
    expect(isDateOnly('平成29年3月15日に変更')).toBe(false);
  });
});

describe('slot headers (§7.7)', () => {
  it('reads slots, range headers (～ folds to ~ under NFKC) and headers at the end of a line', () => {
    expect(readSlotHeader('委託事項5')).toMatchObject({ group: 'item', n: 5 });
    expect(readSlotHeader('委託事項2～5')).toMatchObject({ group: 'item', n: 2, to: 5 });
    expect(readSlotHeader('提供先１２ 全国健康保険協会')).toMatchObject({ group: 'provide', n: 12 });
    expect(readSlotHeader('別表第二に掲げる者（別紙１を参照） 提供先1', 'end')).toMatchObject({ group: 'provide', n: 1 });
    expect(readSlotHeader('システム用ファイル')).toBeUndefined();
    expect(readSlotHeader('①システムの名称')).toBeUndefined();
  });
});
