/**
 * Table-driven tests of assess() against law-and-rules.md. The expected values are transcribed here
 * from the document, independently of src/law/timeline.ts, so that a wrong edit of the data file
 * shows up as a failing test.
 */
import { assess, type CitationAssessment } from '../../src/law/assess.js';
import type { Citation, CitationSubject } from '../../src/law/citation.js';
import { dayAfter, dayBefore } from '../../src/law/dates.js';
import { parseCitations } from '../../src/law/parse.js';

const A_START = '2016-01-01';
const B_START = '2017-05-30';
const C_START = '2021-09-01';
const D_START = '2024-05-27';

function around(day: string): [string, string][] {
  return [
    ['before', dayBefore(day)],
    ['on', day],
    ['after', dayAfter(day)],
  ];
}

function citation(text: string, pick: (c: Citation) => boolean = () => true): Citation {
  const c = parseCitations(text).find(pick);
  if (!c) throw new Error(`no citation in ${text}`);
  return c;
}

function judged(text: string, day: string, pick?: (c: Citation) => boolean): CitationAssessment {
  return assess(citation(text, pick), day);
}

// ---- §1.2: 第19条 items by period ------------------------------------------------------------------

type Item = number | number[] | null;
/** [subject, period A, period B, period C/D] as in law-and-rules.md §1.2. */
const ART19_TABLE: [CitationSubject, Item, Item, Item][] = [
  ['tenshoku', null, null, 4],
  ['kiko', 4, 4, 5],
  ['itaku', 5, 5, 6],
  ['juki', 6, 6, 7],
  ['nws', 7, 7, 8],
  ['dokuji', null, 8, 9],
  ['zei', 8, 9, 10],
  ['joreiOther', 9, 10, 11],
  ['furikae', 10, 11, 12],
  ['iinkai', 11, 12, 13],
  ['somu', null, [13], 14],
  ['giin', 12, [13, 14], 15],
  ['seimei', 13, [14, 15], 16],
  ['catchAll', 14, [15, 16], 17],
];

function itemOn(row: [CitationSubject, Item, Item, Item], day: string): Item | undefined {
  if (day < A_START) return undefined;
  if (day < B_START) return row[1];
  if (day < C_START) return row[2];
  return row[3];
}

function withSubject(item: number, subject: CitationSubject): Citation {
  return { ...citation(`番号法第19条第${item}号`), subject, subjectBy: 'keyword' };
}

const art19Cases = ART19_TABLE.flatMap((row) =>
  [A_START, B_START, C_START].flatMap((boundary) => around(boundary).map(([side, day]) => [row[0], side, boundary, day, row] as const)),
);

describe('§1.2 第19条 items by period', () => {
  test.each(art19Cases)('%s %s %s (%s)', (subject, _side, _boundary, day, row) => {
    const expected = itemOn(row, day);
    const allItems = [row[1], row[2], row[3]].flatMap((v) => (v === null ? [] : Array.isArray(v) ? v : [v]));
    for (const item of new Set(allItems)) {
      const a = assess(withSubject(item, subject), day);
      if (expected === undefined) {
        expect(a.status).toBe('unknown');
        expect(a.reason).toBe('outsideTimeline');
      } else if (expected === null) {
        expect(a.status).toBe('outdated');
        expect(a.replacement).toBeUndefined();
      } else if (Array.isArray(expected)) {
        // Unsure period: a candidate is accepted but never verified; others get the candidates.
        expect(a.verified).toBe(false);
        if (expected.includes(item)) expect(a.status).toBe('current');
        else {
          expect(a.status).toBe('outdated');
          expect(a.replacementAmbiguous).toBe(true);
          expect(a.candidates).toEqual(expected.map((n) => `番号法第19条第${n}号`));
        }
      } else if (item === expected) {
        expect(a.status).toBe('current');
      } else {
        expect(a.status).toBe('outdated');
        expect(a.replacement).toBe(`番号法第19条第${expected}号`);
        expect(a.replacementNormalized).toBe(`番号法第19条第${expected}号`);
      }
    }
  });

  test('period C numbers are verified; the 2017-05-30 boundary and period A/B guesses are not', () => {
    expect(assess(withSubject(7, 'nws'), C_START)).toMatchObject({ status: 'outdated', verified: true });
    expect(assess(withSubject(8, 'nws'), '2023-01-01')).toMatchObject({ status: 'current', verified: true });
    expect(assess(withSubject(9, 'dokuji'), '2019-01-01')).toMatchObject({ status: 'outdated', verified: false });
    expect(assess(withSubject(8, 'dokuji'), '2022-01-01')).toMatchObject({ status: 'outdated', replacement: '番号法第19条第9号', verified: true });
    expect(assess(withSubject(5, 'itaku'), '2022-01-01')).toMatchObject({ status: 'outdated', verified: true });
    expect(assess(withSubject(5, 'itaku'), '2019-01-01')).toMatchObject({ status: 'current', verified: false });
    expect(assess(withSubject(10, 'joreiOther'), '2019-01-01')).toMatchObject({ status: 'current', verified: false });
    expect(assess(withSubject(10, 'joreiOther'), '2016-06-01')).toMatchObject({ status: 'outdated', replacement: '番号法第19条第9号', verified: false });
  });

  test('validity windows of the cited item', () => {
    expect(assess(withSubject(7, 'nws'), '2023-01-01')).toMatchObject({ validFrom: A_START, validUntil: '2021-08-31', reason: 'superseded' });
    expect(assess(withSubject(9, 'dokuji'), '2019-01-01')).toMatchObject({ validFrom: C_START, reason: 'notYetInForce' });
    expect(assess(withSubject(9, 'dokuji'), '2019-01-01').validUntil).toBeUndefined();
  });

  test('without a subject only an item beyond the last one is wrong', () => {
    expect(judged('番号法第19条第8号', '2025-01-01')).toMatchObject({ status: 'unknown', reason: 'subjectUnknown' });
    expect(judged('番号法第19条第18号', '2025-01-01')).toMatchObject({ status: 'outdated', reason: 'outOfRange', verified: true });
    expect(judged('番号法第19条第17号', '2019-01-01')).toMatchObject({ status: 'outdated', reason: 'outOfRange', verified: false });
    expect(judged('番号法第19条第17号', '2025-01-01')).toMatchObject({ status: 'unknown' });
  });

  test('the replacement keeps the digit style', () => {
    expect(assess(withSubject(7, 'nws'), '2023-01-01').replacement).toBe('番号法第19条第8号');
    expect(judged('番号法第１９条第７号 別表第二', '2023-01-01', (c) => c.article === 19).replacement).toBe('番号法第１９条第８号');
    expect(judged('番号法第十九条第七号 別表第二', '2023-01-01', (c) => c.article === 19).replacement).toBe('番号法第十九条第八号');
    // Mixed: only the changed number is rewritten, in its own style.
    expect(judged('番号法第１９条第7号 別表第二', '2023-01-01', (c) => c.article === 19).replacement).toBe('番号法第１９条第8号');
  });
});

// ---- §1.4: the citation-pattern validity table ---------------------------------------------------

interface PatternRow {
  id: string;
  text: string;
  pick?: (c: Citation) => boolean;
  validFrom?: string;
  /** The last valid day. */
  validUntil?: string;
  /** What assess() replaces the citation with once it is superseded (at validUntil + 1 day). */
  after?: string;
  /** What it replaces it with before validFrom (an anachronism). */
  before?: string;
  verifiedAfter?: boolean;
}

const art19 = (c: Citation): boolean => c.article === 19;

const PATTERNS: PatternRow[] = [
  { id: 'P1', text: '番号法第9条第1項 別表第一の30の項', pick: (c) => c.annex !== undefined, validFrom: A_START, validUntil: '2024-05-26', after: '別表の44の項', verifiedAfter: true },
  { id: 'P2', text: '番号法第9条第1項 別表の44の項', pick: (c) => c.annex !== undefined, validFrom: D_START, before: '別表第1の30の項' },
  {
    id: 'P3',
    text: '行政手続における特定の個人を識別するための番号の利用等に関する法律別表第一の主務省令で定める事務を定める命令第24条',
    validUntil: '2024-05-26',
    after: '行政手続における特定の個人を識別するための番号の利用等に関する法律別表の主務省令で定める事務を定める命令第24条',
    verifiedAfter: false,
  },
  { id: 'P4', text: '番号法第19条第7号 別表第二', pick: art19, validFrom: A_START, validUntil: '2021-08-31', after: '番号法第19条第8号', verifiedAfter: true },
  { id: 'P5', text: '番号法第19条第8号 別表第二', pick: art19, validFrom: C_START, before: '番号法第19条第7号' },
  { id: 'P5 (annex)', text: '番号法第19条第8号 別表第二', pick: (c) => c.annex === 'second', validFrom: A_START, validUntil: '2024-05-26', after: '主務省令第二条の表', verifiedAfter: true },
  { id: 'P6', text: '番号法第19条第8号に基づく主務省令第2条の表の42の項', pick: (c) => c.table === true, validFrom: D_START, before: '別表第2の26の項' },
  {
    id: 'P7',
    text: '行政手続における特定の個人を識別するための番号の利用等に関する法律別表第二の主務省令で定める事務及び情報を定める命令第20条',
    validUntil: '2024-05-26',
    after: '行政手続における特定の個人を識別するための番号の利用等に関する法律第十九条第八号に基づく利用特定個人情報の提供に関する命令第2条の表の48の項',
    verifiedAfter: true,
  },
  { id: 'P8', text: '独自利用事務の情報連携は番号法第19条第8号', pick: art19, validFrom: B_START, validUntil: '2021-08-31', after: '番号法第19条第9号', verifiedAfter: true },
  { id: 'P9', text: '独自利用事務の情報連携は番号法第19条第9号', pick: art19, validFrom: C_START, before: '番号法第19条第8号' },
  { id: 'P10', text: '番号法第9条第2項及び第19条第9号に基づく条例', pick: art19, validFrom: A_START, validUntil: '2017-05-29', after: '第19条第10号', verifiedAfter: false },
  { id: 'P11', text: '番号法第9条第2項及び第19条第10号に基づく条例', pick: art19, validFrom: B_START, validUntil: '2021-08-31', after: '第19条第11号', before: '第19条第9号', verifiedAfter: true },
  { id: 'P12', text: '番号法第9条第2項及び第19条第11号に基づく条例', pick: art19, validFrom: C_START, before: '第19条第10号' },
  { id: 'P13', text: '住民基本台帳法第30条の6の規定により番号法第19条第6号', pick: art19, validFrom: A_START, validUntil: '2021-08-31', after: '番号法第19条第7号', verifiedAfter: true },
  { id: 'P14', text: '委託先への提供は番号法第19条第5号', pick: art19, validFrom: A_START, validUntil: '2021-08-31', after: '番号法第19条第6号', verifiedAfter: true },
  { id: 'P16', text: '行政機関の保有する個人情報の保護に関する法律', validUntil: '2022-03-31', after: '個人情報の保護に関する法律', verifiedAfter: false },
  { id: 'P19', text: '番号法第27条に基づく特定個人情報保護評価', pick: (c) => c.article === 27, validUntil: '2015-12-31', after: '番号法第28条', verifiedAfter: false },
  { id: 'P19 (指針)', text: '特定個人情報保護評価指針は番号法第26条', pick: (c) => c.article === 26, validUntil: '2015-12-31', after: '番号法第27条', verifiedAfter: false },
];

describe('§1.4 citation-pattern validity table', () => {
  const untilCases = PATTERNS.filter((p) => p.validUntil).flatMap((p) => around(dayAfter(p.validUntil!)).map(([side, day]) => [p.id, side, day, p] as const));
  test.each(untilCases)('%s around its end, %s (%s)', (_id, side, day, p) => {
    const a = judged(p.text, day, p.pick);
    if (side === 'before') {
      expect(a.status).toBe('current');
      expect(a.validUntil).toBe(p.validUntil);
    } else {
      expect(a.status).toBe('outdated');
      expect(a.reason).toBe('superseded');
      expect(a.replacement).toBe(p.after);
      expect(a.verified).toBe(p.verifiedAfter);
    }
  });

  const fromCases = PATTERNS.filter((p) => p.validFrom).flatMap((p) => around(p.validFrom!).map(([side, day]) => [p.id, side, day, p] as const));
  test.each(fromCases)('%s around its start, %s (%s)', (_id, side, day, p) => {
    const a = judged(p.text, day, p.pick);
    if (side !== 'before') {
      expect(a.status).toBe('current');
      expect(a.validFrom).toBe(p.validFrom);
      return;
    }
    if (p.before !== undefined) {
      expect(a).toMatchObject({ status: 'outdated', reason: 'notYetInForce', replacement: p.before });
    } else {
      // Nothing was valid before the first era, or the subject did not exist yet.
      expect(a.status).not.toBe('current');
      expect(a.replacement).toBeUndefined();
    }
  });

  test('P17: a local 個人情報保護条例 after 2023-04-01 has two candidate replacements', () => {
    expect(judged('越谷市個人情報保護条例第14条', '2023-03-31').status).toBe('current');
    expect(judged('越谷市個人情報保護条例第14条', '2023-04-01')).toMatchObject({
      status: 'outdated',
      replacementAmbiguous: true,
      candidates: ['個人情報の保護に関する法律', '越谷市個人情報の保護に関する法律施行条例'],
      verified: true,
    });
    expect(judged('旧越谷市個人情報保護条例', '2024-01-01')).toMatchObject({ status: 'unknown', reason: 'historical' });
    expect(judged('越谷市個人情報の保護に関する法律施行条例第5条', '2024-01-01')).toMatchObject({ status: 'unknown', reason: 'noFacts' });
  });

  test('P16 with an article: the name changes but the article does not map', () => {
    expect(judged('独立行政法人等個人情報保護法第12条', '2023-01-01')).toMatchObject({
      status: 'outdated',
      replacementAmbiguous: true,
      candidates: ['個人情報の保護に関する法律'],
    });
  });
});

// ---- §1.5(a): 別表第一 → 別表 ------------------------------------------------------------------------

/** [事務, old row, new row, verified mapping] from §1.5(a). */
const BETSU1: [string, string | null, string, boolean][] = [
  ['生活保護', '15', '23', true],
  ['地方税', '16', '24', true],
  ['国民健康保険', '30', '44', true],
  ['国保 交付金', '30の2', '45', false],
  ['災害対策基本法', '35', '55', false],
  ['児童手当', '56', '81', false],
  ['後期高齢者医療', null, '85', true],
  ['介護保険', '68', '100', true],
  ['障害者総合支援', '84', '117', false],
  ['指定難病', null, '131', true],
];

describe('§1.5(a) 別表第一 → 別表', () => {
  test.each(BETSU1.filter((r) => r[1] !== null))('%s: 別表第一の%sの項 → 別表の%sの項', (_jimu, old, next, verified) => {
    const a = judged(`番号法第9条第1項 別表第一の${old}の項`, D_START, (c) => c.annex !== undefined);
    expect(a).toMatchObject({ status: 'outdated', replacement: `別表の${next}の項`, replacementNormalized: `番号法別表第${next}項`, verified: true });
    expect(a.replacementVerified).toBe(verified);
    expect(judged(`番号法第9条第1項 別表第一の${old}の項`, '2024-05-26', (c) => c.annex !== undefined).status).toBe('current');
  });

  test.each(BETSU1)('%s: 別表の%2$sの項 before 2024-05-27', (_jimu, old, next) => {
    const a = judged(`番号法第9条第1項 別表の${next}の項`, '2024-05-26', (c) => c.annex !== undefined);
    expect(a.status).toBe('outdated');
    expect(a.reason).toBe('notYetInForce');
    if (old === null) expect(a.replacementAmbiguous).toBe(true);
    else expect(a.replacement).toBe(`別表第1の${old}の項`);
  });

  test('an unmapped old row: stale, but no replacement', () => {
    expect(judged('番号法別表第一の99の項', D_START)).toMatchObject({ status: 'outdated', replacementAmbiguous: true, candidates: [] });
  });

  test('別表第一 without a row is renamed', () => {
    expect(judged('番号法第９条第１項別表第一（別紙２を参照）', D_START, (c) => c.annex !== undefined)).toMatchObject({ replacement: '別表', replacementVerified: true });
  });

  test('kanji rows stay kanji; full-width rows stay full-width', () => {
    expect(judged('番号法別表第一の三十の項', D_START).replacement).toBe('番号法別表の四十四の項');
    expect(judged('番号法別表第１　項番３０', D_START).replacement).toBe('番号法別表　項番４４');
    expect(judged('番号法別表第1第16項', D_START).replacement).toBe('番号法別表第24項');
  });

  test('ORD-BETSU keeps its article when renamed (国保 24, 後期 46, 介護 50, 難病 71)', () => {
    for (const article of [24, 46, 50, 71]) {
      const a = judged(`番号法別表第1の主務省令で定める事務を定める命令第${article}条`, D_START);
      expect(a.replacement).toBe(`番号法別表の主務省令で定める事務を定める命令第${article}条`);
      expect(a.replacementNormalized).toBe(`番号法別表命令第${article}条`);
    }
    expect(judged('番号法別表の主務省令で定める事務を定める命令第50条', '2024-05-26')).toMatchObject({
      status: 'outdated',
      replacement: '番号法別表第一の主務省令で定める事務を定める命令第50条',
      verified: false,
    });
  });

  test('rows of the current 別表: out of range and branch rows', () => {
    expect(judged('番号法別表の137の項', '2025-01-01')).toMatchObject({ status: 'outdated', reason: 'outOfRange', verified: true });
    expect(judged('番号法別表の136の項', '2025-01-01')).toMatchObject({ status: 'current' });
    expect(judged('番号法別表の11の2の項', '2025-01-01')).toMatchObject({ status: 'current', verified: false });
    expect(judged('番号法別表の12の2の項', '2025-01-01')).toMatchObject({ status: 'unknown', reason: 'unverifiedRow' });
  });
});

// ---- §1.5(b): 別表第二 → 主務省令第2条の表 --------------------------------------------------------------

/** [old row, old ORD-B2 article, new rows] from §1.5(b). */
const BETSU2: [string, string, string[]][] = [
  ['1', '1', ['1']],
  ['2', '2', ['2']],
  ['3', '3', ['3']],
  ['26', '19', ['42', '43']],
  ['27', '20', ['48']],
  ['42', '25', ['69']],
  ['43', '25の2', ['70']],
  ['56の2', '30', ['80']],
  ['58', '31の2', ['83']],
  ['61', '32', ['86']],
  ['62', '33', ['87']],
  ['80', '43', ['115']],
  ['81', '43の2', ['116']],
  ['87', '44', ['125']],
  ['93', '46', ['131']],
  ['94', '47', ['132']],
  ['108', '55', ['144']],
  ['120', '59の3', ['158']],
];

describe('§1.5(b) 別表第二 → 主務省令第2条の表', () => {
  test.each(BETSU2)('別表第二の%sの項 (ORD-B2 第%s条) → %j', (old, article, news) => {
    const annex = judged(`番号法別表第2の${old}の項`, D_START);
    const order = judged(`行政手続における特定の個人を識別するための番号の利用等に関する法律別表第二の主務省令で定める事務及び情報を定める命令第${article}条`, D_START);
    expect(annex.status).toBe('outdated');
    expect(order.status).toBe('outdated');
    expect(judged(`番号法別表第2の${old}の項`, '2024-05-26').status).toBe('current');
    const texts = news.map((n) => `番号法第19条第8号に基づく主務省令第2条の表の${n}の項`);
    const orderTexts = news.map((n) => `行政手続における特定の個人を識別するための番号の利用等に関する法律第十九条第八号に基づく利用特定個人情報の提供に関する命令第2条の表の${n}の項`);
    if (news.length === 1) {
      expect(annex.replacement).toBe(texts[0]);
      expect(annex.replacementNormalized).toBe(`番号法第19条第8号命令第2条の表第${news[0]}項`);
      expect(order.replacement).toBe(orderTexts[0]);
    } else {
      expect(annex).toMatchObject({ replacementAmbiguous: true, candidates: texts });
      expect(order).toMatchObject({ replacementAmbiguous: true, candidates: orderTexts });
    }
    // And back: a 第2条の表 row cited before 2024-05-27.
    for (const n of news) {
      expect(judged(`主務省令第2条の表の${n}の項`, '2024-05-26')).toMatchObject({ status: 'outdated', reason: 'notYetInForce', replacement: `別表第2の${old}の項` });
    }
  });

  test('a 別表第二 row without a recorded new row', () => {
    expect(judged('番号法別表第2の109の項', D_START)).toMatchObject({ status: 'outdated', replacementAmbiguous: true, candidates: [] });
  });

  test('「主務省令事項を定める命令」 in a 別表第二 context', () => {
    const a = judged('番号法第19条第7号 別表第2 27の項(主務省令事項を定める命令第20条)', D_START, (c) => c.law === 'bangoRules');
    expect(a).toMatchObject({ status: 'outdated', replacement: '主務省令第2条の表の48の項' });
    const withItem = judged('番号法第19条第7号 別表第2 26の項(主務省令事項を定める命令第19条第1号)', D_START, (c) => c.law === 'bangoRules');
    expect(withItem).toMatchObject({ status: 'outdated', replacementAmbiguous: true });
  });

  test('第2条の表 rows beyond 173 are out of range', () => {
    expect(judged('主務省令第2条の表の174の項', '2025-01-01')).toMatchObject({ status: 'outdated', reason: 'outOfRange', verified: true });
    expect(judged('主務省令第2条の表の173の項', '2025-01-01')).toMatchObject({ status: 'current' });
  });
});

// ---- round trip ---------------------------------------------------------------------------------

/** Replaces every outdated citation that has a replacement; returns the new text. */
function fixAll(text: string, day: string): string {
  let out = text;
  const cs = parseCitations(text);
  for (const c of [...cs].reverse()) {
    const a = assess(c, day);
    if (a.status === 'outdated' && a.replacement !== undefined) out = out.slice(0, c.start) + a.replacement + out.slice(c.end);
  }
  return out;
}

describe('round trip: replacing outdated citations gives current ones, and a second pass changes nothing', () => {
  test.each([
    ['番号法第9条第1項 別表第一の30の項', '2025-01-01'],
    ['番号法第９条第１項　別表第一の１６及び３０の項', '2025-01-01'],
    ['番号法別表第一の三十の項', '2025-01-01'],
    ['番号法別表第1第16項', '2025-01-01'],
    ['番号法第9条第1項 別表第1の68の項', '2025-01-01'],
    ['番号法別表第2 42の項に規定される事務', '2025-01-01'],
    ['番号法第19条第7号 別表第2 第43項', '2025-01-01'],
    ['番号法第19条第7号 別表第2 第43項', '2022-01-01'],
    ['番号法第１９条第７号、８号及び別表第二のうち以下の項', '2023-01-01'],
    ['番号法第１９条第７号、８号及び別表第二のうち以下の項', '2025-01-01'],
    ['独自利用事務の情報連携は番号法第19条第8号', '2022-01-01'],
    ['番号法第9条第2項及び第19条第9号に基づく条例', '2022-01-01'],
    ['住民基本台帳法第30条の6の規定により番号法第19条第6号', '2022-01-01'],
    ['番号法別表の100の項', '2023-01-01'],
    ['番号法第19条第8号に基づく主務省令第2条の表の69の項', '2023-01-01'],
    ['行政手続における特定の個人を識別するための番号の利用等に関する法律別表第一の主務省令で定める事務を定める命令第24条', '2025-01-01'],
    ['行政手続における特定の個人を識別するための番号の利用等に関する法律別表第二の主務省令で定める事務及び情報を定める命令（平成26年内閣府・総務省令第7号）第20条', '2025-01-01'],
    ['行政手続における特定の個人を識別するための番号の利用等に関する法律別表第二の主務省令で定める事務及び情報を定める命令', '2025-01-01'],
    ['番号法第27条に基づく特定個人情報保護評価', '2020-01-01'],
  ])('%s @ %s', (text, day) => {
    const before = parseCitations(text).map((c) => assess(c, day));
    expect(before.some((a) => a.status === 'outdated' && a.replacement !== undefined)).toBe(true);
    const once = fixAll(text, day);
    const after = parseCitations(once).map((c) => assess(c, day));
    expect(after.filter((a) => a.status === 'outdated')).toEqual([]);
    expect(after.filter((a) => a.status === 'current').length).toBeGreaterThan(0);
    expect(fixAll(once, day)).toBe(once);
  });

  test.each([
    ['番号法第９条第１項　別表第一の１６及び３０の項', '2025-01-01', '番号法第９条第１項　別表の２４及び４４の項'],
    ['番号法第19条第8号 別表第二(第1、2、27、42の項)', '2025-01-01', '番号法第19条第8号 主務省令第2条の表(第1、2、48、69の項)'],
    ['番号法第１９条第７号、８号及び別表第二のうち以下の項', '2023-01-01', '番号法第１９条第８号、９号及び別表第二のうち以下の項'],
  ])('list members change only their own numbers: %s', (text, day, fixed) => {
    expect(fixAll(text, day)).toBe(fixed);
  });

  test('a member of an old-titled ORD-BETSU list has nothing of its own to fix', () => {
    const cs = parseCitations('番号法別表第1の主務省令で定める事務を定める命令第16条及び第24条');
    expect(cs.map((c) => assess(c, '2025-01-01').status)).toEqual(['outdated', 'unknown']);
  });

  test('the replacement normalized form is what the fixed text parses to', () => {
    const text = '番号法別表第2 42の項';
    const a = judged(text, '2025-01-01');
    const fixed = parseCitations(a.replacement!);
    expect(fixed.map((c) => c.normalized)).toContain(a.replacementNormalized);
  });
});

// ---- as-of inputs -------------------------------------------------------------------------------

describe('assess: dates', () => {
  test('a month answers only when both of its ends agree', () => {
    expect(judged('番号法別表第一の30の項', '2024-05')).toMatchObject({ status: 'unknown', reason: 'boundaryWithinMonth', asOf: '2024-05' });
    expect(judged('番号法別表第一の30の項', '2024-06')).toMatchObject({ status: 'outdated', asOf: '2024-06' });
    expect(judged('番号法別表第一の30の項', '2024-04')).toMatchObject({ status: 'current' });
  });

  test('malformed dates', () => {
    expect(judged('番号法別表第一の30の項', '2024-13-01')).toMatchObject({ status: 'unknown', reason: 'invalidDate', verified: false });
    expect(judged('番号法別表第一の30の項', 'yesterday')).toMatchObject({ status: 'unknown', reason: 'invalidDate' });
  });

  test('before the timeline', () => {
    expect(judged('番号法別表第一の30の項', '2015-06-01')).toMatchObject({ status: 'unknown', reason: 'outsideTimeline' });
  });

  test('every answer carries its source and evidence', () => {
    const a = judged('番号法第9条第1項 別表第一の30の項', '2025-01-01', (c) => c.annex !== undefined);
    expect(a.source).toContain('ledmonster/japanese-law');
    expect(a.evidence).toContain('[V: LAW offset ~398000]');
    expect(a.tags).toEqual(['V']);
  });

  test('laws without facts are unknown, not current', () => {
    expect(judged('介護保険法第12条', '2025-01-01')).toMatchObject({ status: 'unknown', reason: 'noFacts' });
    expect(judged('第19条第8号', '2025-01-01')).toMatchObject({ status: 'unknown', reason: 'lawUnknown' });
    expect(judged('番号法附則第6条第4項', '2025-01-01')).toMatchObject({ status: 'unknown', reason: 'noFacts' });
  });
});
