import { classifyFormal, isTypoEdit } from '../../src/changes/formal.js';
import { findCitations, isRenumbering, canonicalLawTitles } from '../../src/changes/citations.js';

describe('classifyFormal', () => {
  test.each([
    ['full-width and half-width brackets', '被保険者（資格を喪失した者を含む。）', '被保険者(資格を喪失した者を含む。)'],
    ['full-width digits', '番号法第１９条第８号', '番号法第19条第8号'],
    ['spaces and line breaks', '庁舎内の サーバー室 に保管する。', '庁舎内の\nサーバー室に保管する。'],
    ['HTML markup only', '<p>庁舎内のサーバー室に保管する。</p>', '庁舎内のサーバー室に保管する。'],
    ['kanji numerals in a citation', '番号法第十九条第八号', '番号法第19条第8号'],
    ['a dash and nothing', '－', null],
  ])('notation: %s', (_name, before, after) => {
    expect(classifyFormal(before, after)).toBe('notation');
  });

  test.each([
    ['番号利用法 → 番号法', '番号利用法第9条第1項 別表第一の30の項', '番号法第9条第1項 別表第一の30の項'],
    ['full title → 番号法', '行政手続における特定の個人を識別するための番号の利用等に関する法律第9条第1項', '番号法第9条第1項'],
    ['full title with the law number, wrapped by a PDF', '行政手続における特定の個人を識別するた めの番号の利用等に関する法律（平成25年法律第27号）第9条', '番号法第9条'],
  ])('lawTitle: %s', (_name, before, after) => {
    expect(classifyFormal(before, after)).toBe('lawTitle');
  });

  test.each([
    ['第19条第7号 → 第8号 (2021)', '番号法第19条第7号 別表第二 42の項', '番号法第19条第8号 別表第二 42の項'],
    ['第19条第10号 → 第11号 (条例 他機関)', '番号法第9条第2項及び第19条第10号に基づく条例', '番号法第9条第2項及び第19条第11号に基づく条例'],
    ['第19条第9号 → 第11号 (both insertions)', '番号法第19条第9号', '番号法第19条第11号'],
    ['別表第一の30の項 → 別表の44の項 (2024)', '番号法第9条第1項 別表第一の30の項', '番号法第9条第1項 別表の44の項'],
    ['別表第二 → 主務省令第2条の表 (2024)', '番号法第19条第8号 別表第二 42の項', '番号法第19条第8号に基づく主務省令第2条の表 69の項'],
    ['a title change together with a renumbering', '番号利用法第19条第7号', '番号法第19条第8号'],
  ])('renumbering: %s', (_name, before, after) => {
    expect(classifyFormal(before, after)).toBe('renumbering');
  });

  test.each([
    ['a typo in a long text (実効 → 実現)', '個人番号の利用により実効が期待されるメリットは、事務の効率化である。', '個人番号の利用により実現が期待されるメリットは、事務の効率化である。'],
    ['a long vowel mark dropped', '庁舎内のサーバー室に設置したサーバーに保管する。', '庁舎内のサーバ室に設置したサーバーに保管する。'],
  ])('typo: %s', (_name, before, after) => {
    expect(classifyFormal(before, after)).toBe('typo');
  });

  test.each([
    ['a new purpose', '保険給付に関する事務に使用する。', '保険給付及び保健事業に関する事務に使用する。'],
    ['a short name (one character is the whole change)', '本間 雅雄', '本田 雅雄'],
    ['a number', '委託先における取扱者数は10人', '委託先における取扱者数は50人'],
    ['a negation', '特定個人情報を庁舎外に持ち出す。', '特定個人情報を庁舎外に持ち出さない。'],
    ['有 → 無', '再委託の有無について確認を行う。有', '再委託の有無について確認を行う。無'],
    ['事前 → 事後', '提出は事前に行うこととしている。', '提出は事後に行うこととしている。'],
    ['第9条第1項 → 第2項 (a statutory use becomes a local one)', '番号法第9条第1項', '番号法第9条第2項'],
    ['第19条第3号 → 第4号 (below the inserted item)', '番号法第19条第3号', '番号法第19条第4号'],
    ['別表第一の30の項 → 別表の45の項 (contradicts the known mapping to 44)', '別表第一の30の項', '別表の45の項'],
    ['a citation added', '番号法第9条第1項', '番号法第9条第1項及び第19条第8号'],
    ['別表第二 → 第2条の表 with a row that contradicts the known mapping', '別表第二 42の項', '主務省令第2条の表 70の項'],
    ['an addition', null, '庁舎内のサーバー室に保管する。'],
    ['a deletion', '庁舎内のサーバー室に保管する。', null],
    ['a URL (ASCII)', '川崎市ホームページ http://www.city.kawasaki.jp/160/page.html', '川崎市ホームページ http://www.city.kawasaki.jp/170/page.html'],
  ])('not formal: %s', (_name, before, after) => {
    expect(classifyFormal(before, after)).toBeUndefined();
  });
});

describe('isTypoEdit', () => {
  test('two separate one-character fixes are a typo-scale edit, three are not', () => {
    expect(isTypoEdit('あいうえおかきくけこさしすせそ', 'あいうえおカきくけこさしすセそ')).toBe(true);
    expect(isTypoEdit('あいうえおかきくけこさしすせそ', 'アいうえおカきくけこさしすセそ')).toBe(false);
  });
});

describe('citations (through the law module\'s parser)', () => {
  test('a renumbering must follow a known amendment of the 番号法', () => {
    const [a7, a8, a9] = findCitations('番号法第19条第7号、番号法第19条第8号、番号法第19条第9号');
    expect(isRenumbering(a7!, a8!)).toBe(true);
    expect(isRenumbering(a8!, a7!)).toBe(false);
    expect(isRenumbering(a7!, a9!)).toBe(false);
    const [p26, p27] = findCitations('番号法第26条、番号法第27条');
    expect(isRenumbering(p26!, p27!)).toBe(true);
  });

  test("another law's articles did not move with the 番号法's", () => {
    const [before] = findCitations('住民基本台帳法第19条第7号');
    const [after] = findCitations('住民基本台帳法第19条第8号');
    expect(isRenumbering(before!, after!)).toBe(false);
    expect(classifyFormal('住民基本台帳法第19条第7号に基づく提供', '住民基本台帳法第19条第8号に基づく提供')).toBeUndefined();
  });

  test('canonicalLawTitles folds every name of the My Number Act, not its enforcement order', () => {
    expect(canonicalLawTitles('番号利用法、マイナンバー法、番号法、番号法施行令')).toBe('番号法、番号法、番号法、番号法施行令');
  });
});
