import { findTerminologyVariants } from '../../src/law/terminology.js';
import { DEFAULT_TERMINOLOGY, type TerminologyDictionary } from '../../src/law/terminology-dictionary.js';

describe('findTerminologyVariants', () => {
  test('the minority spelling is reported with the majority one', () => {
    const texts = [
      { id: 'a', text: '中間サーバーに接続する。中間サーバーで符号を管理する。' },
      { id: 'b', text: '中間サーバで照会する。' },
    ];
    const findings = findTerminologyVariants(texts).filter((f) => f.entryId === 'chukan-server');
    expect(findings).toEqual([
      { textId: 'b', start: 0, end: 5, found: '中間サーバ', preferred: '中間サーバー', entryId: 'chukan-server', counts: { 中間サーバー: 2, 中間サーバ: 1 } },
    ]);
  });

  test('the document’s own majority wins over the dictionary; the dictionary breaks ties', () => {
    const majority = findTerminologyVariants([{ id: 'x', text: 'サーバを置く。サーバを使う。サーバーを止める。' }]);
    expect(majority.map((f) => [f.found, f.preferred])).toEqual([['サーバー', 'サーバ']]);
    const tie = findTerminologyVariants([{ id: 'x', text: 'サーバを置く。サーバーを止める。' }]);
    expect(tie.map((f) => [f.found, f.preferred])).toEqual([['サーバ', 'サーバー']]);
  });

  test('a longer term claims its text before a shorter one', () => {
    const findings = findTerminologyVariants([{ id: 'x', text: '中間サーバー、中間サーバー、中間サーバ、業務サーバー' }]);
    expect(findings.map((f) => [f.entryId, f.found, f.start])).toEqual([['chukan-server', '中間サーバ', 14]]);
  });

  test('one spelling throughout is not reported', () => {
    expect(findTerminologyVariants([{ id: 'x', text: 'サーバ、サーバ、ユーザ' }])).toEqual([]);
  });

  test('full- vs half-width digits in citations', () => {
    const texts = [
      { id: '1', text: '番号法第19条第8号及び番号法第9条第1項' },
      { id: '2', text: '番号法第１９条第７号' },
      { id: '3', text: '介護保険法第十八条第一号' },
    ];
    const findings = findTerminologyVariants(texts);
    expect(findings).toEqual([
      {
        textId: '2',
        start: 0,
        end: 10,
        found: '番号法第１９条第７号',
        preferred: '番号法第19条第7号',
        entryId: 'citation-digits',
        counts: { halfwidth: 2, fullwidth: 1 },
      },
    ]);
  });

  test('a citation mixing widths is reported even in an otherwise consistent document', () => {
    const findings = findTerminologyVariants([{ id: '1', text: '番号法第１９条第8号' }]);
    expect(findings.map((f) => [f.found, f.preferred])).toEqual([['番号法第１９条第8号', '番号法第19条第8号']]);
  });

  test('a custom dictionary; the digit check can be turned off', () => {
    const dictionary: TerminologyDictionary = {
      entries: [{ id: 'pc', variants: ['パソコン', 'PC'], preferred: 'パソコン' }],
      citationDigits: false,
    };
    const findings = findTerminologyVariants([{ id: 'x', text: 'PCとパソコン。番号法第１９条と番号法第19条' }], dictionary);
    expect(findings.map((f) => [f.entryId, f.found, f.preferred])).toEqual([['pc', 'PC', 'パソコン']]);
  });

  test('the default dictionary is exported as data', () => {
    expect(DEFAULT_TERMINOLOGY.entries.map((e) => e.id)).toEqual(expect.arrayContaining(['chukan-server', 'server']));
    for (const e of DEFAULT_TERMINOLOGY.entries) expect(e.variants).toContain(e.preferred);
  });
});
