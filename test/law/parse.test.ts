import { parseCitations } from '../../src/law/parse.js';
import type { Citation } from '../../src/law/citation.js';

function cite(text: string): Citation[] {
  return parseCitations(text);
}

/** The parts of a citation that the tests compare. */
function brief(c: Citation): Record<string, unknown> {
  return { text: c.text, law: c.law, normalized: c.normalized, digitStyle: c.digitStyle };
}

describe('parseCitations: law names', () => {
  test.each([
    ['番号法第19条第8号', '番号法第19条第8号', 'halfwidth'],
    ['番号利用法第19条第8号', '番号法第19条第8号', 'halfwidth'],
    ['マイナンバー法第19条第8号', '番号法第19条第8号', 'halfwidth'],
    ['行政手続における特定の個人を識別するための番号の利用等に関する法律第19条第8号', '番号法第19条第8号', 'halfwidth'],
    ['番号法第１９条第８号', '番号法第19条第8号', 'fullwidth'],
    ['番号法第十九条第八号', '番号法第19条第8号', 'kanji'],
    ['番号法第１９条第8号', '番号法第19条第8号', 'mixed'],
    ['平成25年法律第27号第19条第8号', '番号法第19条第8号', 'halfwidth'],
  ])('%s', (text, normalized, style) => {
    const [c] = cite(text);
    expect(c).toMatchObject({ text, start: 0, end: text.length, law: 'bango', lawBy: 'explicit', normalized, digitStyle: style });
    expect(c!.article).toBe(19);
    expect(c!.item).toBe(8);
  });

  test('a PDF line break inside the full title', () => {
    const text = '行政手続における特定の個人を識別するた\nめの番号の利用等に関する法律第9条第1項';
    expect(cite(text).map(brief)).toEqual([{ text, law: 'bango', normalized: '番号法第9条第1項', digitStyle: 'halfwidth' }]);
  });

  test('番号法施行令 is another instrument', () => {
    expect(cite('番号法施行令第20条')[0]).toMatchObject({ law: 'other', lawName: '番号法施行令', normalized: '番号法施行令第20条' });
  });

  test('the 番号法 name starts the span even after other characters', () => {
    expect(cite('根拠：番号法第9条第1項')[0]).toMatchObject({ text: '番号法第9条第1項', start: 3 });
  });

  test('附則 citations are supplementary, also with a blank after the law name', () => {
    expect(cite('番号利用法附則第6条第4項')[0]).toMatchObject({ law: 'bango', supplementary: true, normalized: '番号法附則第6条第4項' });
    expect(cite('・番号利用法 附則第6条第4項(利用目的')[0]).toMatchObject({
      text: '番号利用法 附則第6条第4項',
      law: 'bango',
      supplementary: true,
    });
  });
});

describe('parseCitations: articles, paragraphs, items, branches', () => {
  test.each([
    ['番号法第9条第1項', { article: 9, paragraph: 1 }],
    ['番号法第9条第2項', { article: 9, paragraph: 2 }],
    ['番号法第19条の2', { article: 19, articleBranch: 2 }],
    ['番号法第十九条の二第一項', { article: 19, articleBranch: 2, paragraph: 1 }],
    ['住民基本台帳法第30条の6第1項', { article: 30, articleBranch: 6, paragraph: 1 }],
    ['児童福祉法第二十一条の五の三十に規定する', { article: 21, articleBranch: 5, articleSubBranches: [30] }],
    ['国民健康保険法 第113条の3 第1項', { article: 113, articleBranch: 3, paragraph: 1 }],
    ['番号法第19条第1号の2', { article: 19, item: 1, itemBranch: 2 }],
  ])('%s', (text, fields) => {
    expect(cite(text)[0]).toMatchObject(fields);
  });

  test('「の一部」 is not a branch', () => {
    expect(cite('番号法第1条の一部を改正')[0]).toMatchObject({ text: '番号法第1条', article: 1 });
    expect(cite('番号法第1条の一部を改正')[0]!.articleBranch).toBeUndefined();
  });

  test('words like 第三者, 第1四半期 and 第2版 are not citations', () => {
    expect(cite('第三者点検を第1四半期に実施し、第2版を公表する。')).toEqual([]);
  });
});

describe('parseCitations: lists', () => {
  test('「第19条第8号、9号」: each item its own citation, inheriting the article', () => {
    const cs = cite('番号法第19条第8号、9号');
    expect(cs.map(brief)).toEqual([
      { text: '番号法第19条第8号', law: 'bango', normalized: '番号法第19条第8号', digitStyle: 'halfwidth' },
      { text: '9号', law: 'bango', normalized: '番号法第19条第9号', digitStyle: 'halfwidth' },
    ]);
    expect(cs[1]).toMatchObject({ start: 11, end: 13, lawBy: 'list', list: { head: 0, position: 1, size: 2, compact: false } });
  });

  test('「第19条第7号及び第8号」', () => {
    expect(cite('番号法第19条第7号及び第8号').map((c) => c.normalized)).toEqual(['番号法第19条第7号', '番号法第19条第8号']);
  });

  test('「第9条第2項及び第19条第9号」: a new article keeps the law', () => {
    expect(cite('番号法第9条第2項及び第19条第9号').map((c) => c.normalized)).toEqual(['番号法第9条第2項', '番号法第19条第9号']);
  });

  test('「第113条の3 第1項及び第2 項」: paragraphs inherit the article (PDF blanks inside)', () => {
    expect(cite('国民健康保険法 第113条の3 第1項及び第2 項').map((c) => c.normalized)).toEqual([
      '国民健康保険法第113条の3第1項',
      '国民健康保険法第113条の3第2項',
    ]);
  });

  test('compact lists take the unit written after the last element', () => {
    const cs = cite('行政手続における特定の個人を識別するための番号の利用等に関する法律別表第二の主務省令で定める事務を定める命令(第1、2、10の2、59の3条)');
    expect(cs.map((c) => c.normalized)).toEqual(['番号法別表第二命令第1条', '番号法別表第二命令第2条', '番号法別表第二命令第10条の2', '番号法別表第二命令第59条の3']);
    expect(cs.every((c) => c.list?.compact)).toBe(true);
    expect(cs[3]!.text).toBe('59の3条');
  });

  test('a list cut by a line break drops the element without a unit', () => {
    expect(cite('番号法第１条、第２条、第８').map((c) => c.normalized)).toEqual(['番号法第1条', '番号法第2条']);
  });

  test('同条 and 同法 refer back', () => {
    expect(cite('介護保険法第十八条第一号の介護給付、同条第二号の予防給付').map((c) => c.normalized)).toEqual([
      '介護保険法第18条第1号',
      '介護保険法第18条第2号',
    ]);
    expect(cite('予防接種法による給付（同法第十五条第一項の疾病に係るもの')[0]).toMatchObject({
      text: '同法第十五条第一項',
      law: 'other',
      lawName: '予防接種法',
      lawBy: 'same',
    });
  });
});

describe('parseCitations: 別表', () => {
  test.each([
    ['番号法別表第一の三十の項', 'first', 30, undefined, 'kanji'],
    ['番号法別表第1の30の項', 'first', 30, undefined, 'halfwidth'],
    ['番号法別表第１　項番３０', 'first', 30, undefined, 'fullwidth'],
    ['番号法別表第1第16項', 'first', 16, undefined, 'halfwidth'],
    ['番号法別表第一の30の2の項', 'first', 30, 2, 'halfwidth'],
    ['番号法別表の30の項', 'single', 30, undefined, 'halfwidth'],
    ['番号法別表百の項', 'single', 100, undefined, 'kanji'],
    ['番号法別表第24項', 'single', 24, undefined, 'halfwidth'],
    ['番号法別表の11の2の項', 'single', 11, 2, 'halfwidth'],
    ['番号法別表第二の第１項', 'second', 1, undefined, 'fullwidth'],
    ['番号法別表第2 26の項', 'second', 26, undefined, 'halfwidth'],
    ['番号法別表第2 第5項', 'second', 5, undefined, 'halfwidth'],
    ['番号法別表2 項番81', 'second', 81, undefined, 'halfwidth'],
    ['番号法別表第2の56の2の項', 'second', 56, 2, 'halfwidth'],
  ])('%s', (text, annex, row, branch, style) => {
    const [c] = cite(text);
    expect(c).toMatchObject({ text, start: 0, end: text.length, law: 'bango', annex, annexItem: row, digitStyle: style });
    expect(c!.annexItemBranch).toBe(branch);
  });

  test('normalized forms', () => {
    expect(cite('番号法別表第一の三十の項')[0]!.normalized).toBe('番号法別表第一第30項');
    expect(cite('番号法別表の44の項')[0]!.normalized).toBe('番号法別表第44項');
    expect(cite('番号法別表第二の56の2の項')[0]!.normalized).toBe('番号法別表第二第56の2項');
  });

  test('an annex right after an article continues it (attachedTo)', () => {
    const cs = cite('番号法 第9条第1項(利用範囲) 別表第1 項番30');
    expect(cs.map((c) => c.normalized)).toEqual(['番号法第9条第1項', '番号法別表第一第30項']);
    expect(cs[1]).toMatchObject({ text: '別表第1 項番30', lawBy: 'list', attachedTo: 0 });
  });

  test('「別表第一の１６及び３０の項」: two rows', () => {
    const cs = cite('番号法第９条第１項　別表第一の１６及び３０の項');
    expect(cs.map((c) => c.text)).toEqual(['番号法第９条第１項', '別表第一の１６', '３０の項']);
    expect(cs.slice(1).map((c) => c.normalized)).toEqual(['番号法別表第一第16項', '番号法別表第一第30項']);
  });

  test('a parenthesised row list', () => {
    const cs = cite('番号法第19条第8号 別表第二(第1、2、120の項)');
    expect(cs.map((c) => c.normalized)).toEqual(['番号法第19条第8号', '番号法別表第二第1項', '番号法別表第二第2項', '番号法別表第二第120項']);
  });

  test('words that merely contain 別表 are not citations', () => {
    expect(cite('介護月別表示2月、別表示3月')).toEqual([]);
  });

  test('the annex of another law is that law’s', () => {
    expect(cite('住民基本台帳法別表第一の四の項')[0]).toMatchObject({ law: 'other', lawName: '住民基本台帳法', annex: 'first', annexItem: 4 });
  });
});

describe('parseCitations: 主務省令', () => {
  test('主務省令第2条の表 with rows', () => {
    const cs = cite('番号法第19条第8号に基づく主務省令第2条の表の2の項、3の項、56の2の項');
    expect(cs.map((c) => c.normalized)).toEqual([
      '番号法第19条第8号',
      '番号法第19条第8号命令第2条の表第2項',
      '番号法第19条第8号命令第2条の表第3項',
      '番号法第19条第8号命令第2条の表第56の2項',
    ]);
    expect(cs[1]).toMatchObject({ law: 'bangoRules', rules: 'ord19-8', table: true, tableRow: 2, text: '主務省令第2条の表の2の項' });
    expect(cs[0]).toMatchObject({ subject: 'nws', subjectBy: 'annex' });
  });

  test('the ORD19-8 title, with promulgation', () => {
    const text = '行政手続における特定の個人を識別するための番号の利用等に関する法律第十九条第八号に基づく利用特定個人情報の提供に関する命令（令和6年デジタル庁・総務省令第9号）第2条の表の42の項';
    const cs = cite(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ text, law: 'bangoRules', rules: 'ord19-8', table: true, tableRow: 42 });
  });

  test('ORD-BETSU under its old and new names keeps the article', () => {
    expect(cite('行政手続における特定の個人を識別するための番号の利用等に関する法律別表第一の主務省令で定める事務を定める命令第24条')[0]).toMatchObject({
      law: 'bangoRules',
      rules: 'ordBetsu1',
      article: 24,
      normalized: '番号法別表第一命令第24条',
    });
    expect(cite('番号法別表の主務省令で定める事務を定める命令(平成26年内閣府・総務省令第5号)第50条第11号')[0]).toMatchObject({
      rules: 'ordBetsu',
      article: 50,
      item: 11,
    });
    expect(cite('番号法別表第1の主務省令で定める事務を定 める命令 第24条')[0]).toMatchObject({ rules: 'ordBetsu1', article: 24 });
  });

  test('ORD-B2, also without an article', () => {
    expect(cite('行政手続における特定の個人を識別するための番号の利用等に関する法律別表第二の主務省令で定める事務及び情報を定める命令')[0]).toMatchObject({
      law: 'bangoRules',
      rules: 'ordB2',
      digitStyle: 'none',
    });
  });

  test('「主務省令事項を定める命令」 is resolved from the annex before it', () => {
    const first = cite('番号法第9条第1項 別表第1の68の項(主務省令事項を定める命令第50条第1号、第2号)');
    expect(first.slice(2).map((c) => c.rules)).toEqual(['ordBetsuAbbrev', 'ordBetsuAbbrev']);
    const second = cite('番号法第19条第7号 別表第2 26の項(主務省令事項を定める命令第19条第1号)');
    expect(second[2]).toMatchObject({ rules: 'ordB2Abbrev', article: 19, item: 1 });
  });

  test('「主務省令で定めるもの」 is not a citation', () => {
    expect(cite('介護保険給付等関係情報であって主務省令で定めるもの')).toEqual([]);
  });
});

describe('parseCitations: which law (scope rule)', () => {
  test('a bare 第19条第8号 after a 番号法 mention is the 番号法', () => {
    const cs = cite('番号法に基づき、第19条第8号により提供する。');
    expect(cs[0]).toMatchObject({ text: '第19条第8号', law: 'bango', lawBy: 'scope' });
  });

  test('a bare article with no law in scope is unknown', () => {
    expect(cite('第19条第8号により提供する。')[0]).toMatchObject({ law: 'unknown', normalized: '第19条第8号' });
  });

  test('other laws are other laws, and hold for their sentence', () => {
    const cs = cite('番号法第9条第1項。住民基本台帳法第30条の6、第30条の7により提供する。第19条第7号による。');
    expect(cs.map((c) => [c.law, c.normalized])).toEqual([
      ['bango', '番号法第9条第1項'],
      ['other', '住民基本台帳法第30条の6'],
      ['other', '住民基本台帳法第30条の7'],
      ['bango', '番号法第19条第7号'],
    ]);
  });

  test.each([
    ['介護保険法第12条', '介護保険法'],
    ['地方税法（昭和25年法律第226号）第703条の4', '地方税法'],
    ['個人情報の保護に関する法律第76条', '個人情報の保護に関する法律'],
    ['住民基本台帳法施行令第３条', '住民基本台帳法施行令'],
    ['平成十九年法律第三十号附則第三十九条', '平成十九年法律第三十号'],
  ])('%s is another law', (text, lawName) => {
    expect(cite(text)[0]).toMatchObject({ text, law: 'other', lawName });
  });

  test('「法第19条第10号」 in an ordinance text with the 番号法 defined', () => {
    const cs = cite('番号法（以下「法」という。）の規定に基づき、法第19条第10号の規定により提供する。');
    expect(cs[0]).toMatchObject({ text: '法第19条第10号', law: 'bango', lawBy: 'scope' });
  });

  test('a definition parenthesis between the name and the article', () => {
    const text = '「地方税法（昭和25年法律第226号）」（以下「地税法」という。）第703条の4';
    expect(cite(text)[0]).toMatchObject({ law: 'other', lawName: '地方税法', normalized: '地方税法第703条の4' });
  });
});

describe('parseCitations: ordinances and national PI laws', () => {
  test.each([
    ['越谷市個人情報保護条例第14条に基づき', '越谷市個人情報保護条例第14条', '越谷市個人情報保護条例', 14],
    ['川崎市個人情報保護条例に基づく開示', '川崎市個人情報保護条例', '川崎市個人情報保護条例', undefined],
    ['○○町個人情報の保護に関する条例第8条', '町個人情報の保護に関する条例第8条', '町個人情報の保護に関する条例', 8],
  ])('%s', (text, citedText, lawName, article) => {
    const c = cite(text)[0]!;
    expect(c).toMatchObject({ text: citedText, law: 'ordinance', lawName });
    expect(c.article).toBe(article);
  });

  test('「旧」 and 「廃止前の」 mark a historical mention', () => {
    expect(cite('旧越谷市個人情報保護条例')[0]).toMatchObject({ historical: true, lawName: '越谷市個人情報保護条例' });
    expect(cite('廃止前の越谷市個人情報保護条例第14条')[0]).toMatchObject({ historical: true, article: 14 });
  });

  test('the 番号法 implementing ordinance of a city (a PDF line break inside its name)', () => {
    const text = '・越谷市行政手続における特定の個人を識別するための番号の利用等に関する法律に基づく個人番号\nの利用に関する条例第４条';
    expect(cite(text)[0]).toMatchObject({ law: 'ordinance', lawName: '個人番号の利用に関する条例', article: 4 });
  });

  test('a city ordinance whose title contains the 番号法 title', () => {
    const text = '川崎市行政手続における特定の個人を識別するための番号の利用等に関する条例第3条第2項';
    expect(cite(text)).toEqual([expect.objectContaining({ text, law: 'ordinance', article: 3, paragraph: 2 })]);
  });

  test('national PI laws are cited even without an article', () => {
    expect(cite('行政機関の保有する個人情報の保護に関する法律に基づき')[0]).toMatchObject({
      law: 'other',
      lawName: '行政機関の保有する個人情報の保護に関する法律',
      digitStyle: 'none',
    });
    expect(cite('独立行政法人等個人情報保護法第12条')[0]).toMatchObject({ law: 'other', article: 12 });
  });
});

describe('parseCitations: exact UTF-16 spans', () => {
  test('surrogate pairs and full-width text before the citation', () => {
    const prefix = '𠮷野家の𩸽（ほっけ）：　全角テキスト';
    const text = `${prefix}番号法第１９条第８号、９号`;
    const cs = cite(text);
    expect(cs.map((c) => [c.start, c.end, c.text])).toEqual([
      [prefix.length, prefix.length + 10, '番号法第１９条第８号'],
      [prefix.length + 11, prefix.length + 13, '９号'],
    ]);
    for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  test('every span is a slice of the input, in order and without overlap', () => {
    const text = '番号法第9条第1項 別表第一の30の項 行政手続における特定の個人を識別するための番号の利用等に関する法律別表第一の主務省令で定める事務を定める命令第24条、番号法第19条第7号 別表第二(第1、2、26の項)';
    const cs = cite(text);
    expect(cs.length).toBeGreaterThan(5);
    let last = 0;
    for (const c of cs) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.start).toBeGreaterThanOrEqual(last);
      last = c.end;
      for (const p of c.parts) {
        expect(p.start).toBeGreaterThanOrEqual(c.start);
        expect(p.end).toBeLessThanOrEqual(c.end);
      }
    }
  });

  test('non-strings and empty strings give no citations', () => {
    expect(cite('')).toEqual([]);
    expect(parseCitations(undefined as unknown as string)).toEqual([]);
  });
});

describe('parseCitations: subjects of 第19条', () => {
  test('the NWS item next to 別表第二', () => {
    expect(cite('番号法第19条第7号 別表第2 第43項')[0]).toMatchObject({ subject: 'nws', subjectBy: 'annex' });
  });

  test('「第19条第7号、8号及び別表第二」: NWS item then 独自利用 item', () => {
    const cs = cite('番号法第１９条第７号、８号及び別表第二のうち以下の項');
    expect(cs.slice(0, 2).map((c) => [c.subject, c.subjectBy])).toEqual([
      ['nws', 'pattern'],
      ['dokuji', 'pattern'],
    ]);
  });

  test('「第9条第2項及び第19条第N号に基づく条例」: 同一団体の他の機関', () => {
    expect(cite('番号法第9条第2項及び第19条第11号に基づく条項に規定される事項に限り提供')[1]).toMatchObject({ subject: 'joreiOther', subjectBy: 'pattern' });
  });

  test.each([
    ['独自利用事務の情報連携は番号法第19条第8号による', 'dokuji'],
    ['住民基本台帳法の規定により番号法第19条第6号', 'juki'],
    ['委託先への提供は番号法第19条第5号', 'itaku'],
    ['【情報提供ネットワークシステムから入手】 番号法第19条第8号に基づき', 'nws'],
  ])('keyword: %s', (text, subject) => {
    expect(cite(text).find((c) => c.article === 19)).toMatchObject({ subject, subjectBy: 'keyword' });
  });

  test('a keyword whose subject never had the cited item is ignored', () => {
    expect(cite('委託先への提供は番号法第19条第8号')[0]!.subject).toBeUndefined();
  });

  test('第27条/第28条 as the basis of the 評価 or the 指針', () => {
    expect(cite('番号法第27条に基づく特定個人情報保護評価')[0]).toMatchObject({ subject: 'hyoka' });
    expect(cite('番号法第27条に基づく特定個人情報保護評価指針')[0]).toMatchObject({ subject: 'shishin' });
  });
});
