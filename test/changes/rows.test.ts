import { diffAssessments } from '../../src/changes/diff.js';
import { formatCsv, formatJapaneseDate, formatJson, formatMarkdown } from '../../src/changes/format.js';
import { changedSpans, excerpt, proposeRows } from '../../src/changes/rows.js';
import type { FieldChange } from '../../src/changes/types.js';
import { loadPair } from './fixtures.js';

function rowsOf(pair: string, locale: 'ja' | 'en' = 'ja') {
  const { before, after } = loadPair(pair);
  return proposeRows(diffAssessments(before, after, after.meta.kind, { locale }), { date: '2024-04-01', locale });
}

const NOT_IMPORTANT = '重要な変更に該当しない項目の変更であるため、事前の提出・公表が義務付けられない';

describe('proposeRows: 提出時期 and its explanation', () => {
  test('a ※ item goes 事前 with no explanation; a non-※ item goes 事後 with the usual one', () => {
    const rows = rowsOf('text-edit');
    expect(rows.map((r) => [r.label, r.timing, r.reason])).toEqual([
      ['I 6. ①部署', '事後', NOT_IMPORTANT],
      ['II 3. ③使用目的', '事前', ''],
      ['II 4. 委託事項1 ①委託内容', '事後', NOT_IMPORTANT],
    ]);
  });

  test('the same edit is 事前 in zenko (使用部署 ※) and 事後 in juten', () => {
    expect(rowsOf('zenko-user-dept').map((r) => r.timing)).toEqual(['事前']);
    expect(rowsOf('juten-user-dept').map((r) => r.timing)).toEqual(['事後']);
  });

  test('formal-only changes on ※ items go 事後 and say which formal change it is', () => {
    expect(rowsOf('formal-only').map((r) => [r.fieldId, r.timing, r.reason])).toEqual([
      ['I.4.legalBasis', '事後', '法令の題名等の形式的な変更であるため重要な変更に当たらない'],
      ['I.5.legalBasis', '事後', '法令改正に伴う条項ずれ等の形式的な変更であるため重要な変更に当たらない'],
      ['II[1].2.subjectScope', '事後', '表記（空白、全角・半角等）のみの形式的な変更であるため重要な変更に当たらない'],
      ['II[1].6.place', '事後', '誤字脱字の修正等の形式的な変更であるため重要な変更に当たらない'],
    ]);
  });

  test('added and removed slots read as additions and deletions', () => {
    expect(rowsOf('slots-added-removed').map((r) => [r.label, r.before, r.after, r.timing])).toEqual([
      ['II 4. 委託事項2', '委託事項2「被保険者証等の印刷・封入封緘業務」', '委託事項2を削除', '事前'],
      ['II 4. 委託事項3', '記載なし', '委託事項3「オンライン資格確認等システムへの資格情報登録業務」を追加', '事前'],
      ['II 5. 提供先1', '提供先1「全国健康保険協会」', '提供先1を削除', '事後'],
      ['II 5. 提供先2', '記載なし', '提供先2「後期高齢者医療広域連合」を追加', '事後'],
    ]);
  });

  test('English rows', () => {
    const rows = rowsOf('slots-added-removed', 'en');
    expect(rows[1]).toMatchObject({ label: 'II 4. Outsourced task 3', before: '(none)', after: 'Added Outsourced task 3 "オンライン資格確認等システムへの資格情報登録業務"' });
    expect(rows[2]!.reason).toBe('The item is not subject to significant changes (no ※), so prior submission and publication are not required.');
  });

  test('a long text is cut around the changed span', () => {
    const [, , content] = rowsOf('text-edit');
    expect(content!.before).toBe('…（障害対応、バッチ処理の監視、帳票出力、データのバックアップ取得及びシステム改修…');
    expect(content!.after).toBe('…（障害対応、バッチ処理の監視、帳票出力、オンライン資格確認用データの作成、データのバックアップ取得及びシステム改修…');
  });

  test('an emptied field reads 記載なし', () => {
    const change: FieldChange = { change: 'modified', fieldId: 'II[1].7.remarks', label: 'II 7. 備考', before: '備考', after: null, important: false, formalOnly: false };
    expect(proposeRows([change])[0]).toMatchObject({ before: '備考', after: '記載なし', date: null });
  });
});

test('a slot title that is really a description is cut', () => {
  const title = '国民健康保険事務に係る業務委託であって、資格管理、給付管理及び保険税の賦課徴収に関する電算処理の全部';
  const change: FieldChange = {
    change: 'slotAdded', fieldId: 'II[1].4.item[2]', label: 'II 4. 委託事項2', before: null, after: title,
    important: false, formalOnly: false, slot: { name: '委託事項2', title },
  };
  expect(proposeRows([change])[0]!.after).toBe(`委託事項2「${[...title].slice(0, 40).join('')}…」を追加`);
});

describe('excerpt', () => {
  const text = 'あ'.repeat(50) + '変更箇所' + 'い'.repeat(50);
  test('short texts are whole', () => {
    expect(excerpt('短い', [0, 1])).toBe('短い');
  });
  test('context on each side, … where text was left out', () => {
    expect(excerpt(text, [50, 54])).toBe('…' + 'あ'.repeat(20) + '変更箇所' + 'い'.repeat(20) + '…');
  });
  test('a very long changed span is itself cut', () => {
    const long = 'x'.repeat(10) + 'y'.repeat(200) + 'z'.repeat(10);
    const out = excerpt(long, [10, 210], { context: 5, maxSpan: 20 });
    expect(out).toBe('…' + 'x'.repeat(5) + 'y'.repeat(14) + '…' + 'y'.repeat(6) + 'z'.repeat(5) + '…');
  });
  test('changedSpans works in code points', () => {
    expect(changedSpans('𠮷野家の牛丼', '𠮷野家の豚丼')).toEqual({ before: [4, 5], after: [4, 5] });
  });
});

describe('formats', () => {
  const rows = rowsOf('choice-change').slice(0, 2);

  test('json: one object per row with the ids, the texts and the proposal', () => {
    const parsed = JSON.parse(formatJson(rows)) as Record<string, unknown>[];
    expect(parsed[1]).toEqual({
      date: '2024-04-01',
      fieldId: 'II[1].3.sources',
      label: 'II 3. ①入手元',
      before: '[○] 本人又は本人の代理人\n[○] 行政機関・独立行政法人等（国保連合会）',
      after: '[○] 本人又は本人の代理人\n[○] 行政機関・独立行政法人等（国保連合会、デジタル庁）\n[○] 地方公共団体・地方独立行政法人（他の市町村）',
      important: true,
      formalOnly: false,
      timing: '事前',
      reason: '',
    });
  });

  test('markdown: the annex columns in order, line breaks as <br>, pipes and markup escaped', () => {
    const md = formatMarkdown([
      ...rows,
      { ...rows[0]!, label: 'A|B', before: '<p>x</p>', after: 'a & b' },
    ]);
    expect(md.split('\n')).toEqual([
      '| 変更日 | 項目 | 変更前の記載 | 変更後の記載 | 提出時期 | 提出時期に係る説明 |',
      '|---|---|---|---|---|---|',
      `| 令和6年4月1日 | II 2. ②対象となる本人の数 | 1万人以上10万人未満 | 10万人以上100万人未満 | 事後 | ${NOT_IMPORTANT} |`,
      '| 令和6年4月1日 | II 3. ①入手元 | [○] 本人又は本人の代理人<br>[○] 行政機関・独立行政法人等（国保連合会） | [○] 本人又は本人の代理人<br>[○] 行政機関・独立行政法人等（国保連合会、デジタル庁）<br>[○] 地方公共団体・地方独立行政法人（他の市町村） | 事前 |  |',
      `| 令和6年4月1日 | A\\|B | &lt;p&gt;x&lt;/p&gt; | a &amp; b | 事後 | ${NOT_IMPORTANT} |`,
      '',
    ]);
  });

  test('csv: BOM, CRLF, RFC 4180 quoting', () => {
    const csv = formatCsv([...rows, { ...rows[0]!, label: 'say "hi", then', before: 'x', after: 'y' }]);
    expect(csv.startsWith('\uFEFF変更日,項目,変更前の記載,変更後の記載,提出時期,提出時期に係る説明\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`令和6年4月1日,II 2. ②対象となる本人の数,1万人以上10万人未満,10万人以上100万人未満,事後,${NOT_IMPORTANT}`);
    // A field with a line break is quoted and keeps its LF inside the quotes.
    expect(lines[2]).toBe(
      '令和6年4月1日,II 3. ①入手元,"[○] 本人又は本人の代理人\n[○] 行政機関・独立行政法人等（国保連合会）","[○] 本人又は本人の代理人\n[○] 行政機関・独立行政法人等（国保連合会、デジタル庁）\n[○] 地方公共団体・地方独立行政法人（他の市町村）",事前,',
    );
    expect(lines[3]).toBe(`令和6年4月1日,"say ""hi"", then",x,y,事後,${NOT_IMPORTANT}`);
    expect(lines[4]).toBe('');
  });

  test('English headers and ISO dates with --locale en', () => {
    expect(formatMarkdown(rows, 'en').split('\n')[0]).toBe('| Date | Item | Before | After | Timing | Explanation of the timing |');
    expect(formatCsv(rows, 'en').split('\r\n')[1]!.startsWith('2024-04-01,')).toBe(true);
  });

  test('formatJapaneseDate: 令和, 元年, 平成', () => {
    expect(formatJapaneseDate('2024-02-05')).toBe('令和6年2月5日');
    expect(formatJapaneseDate('2019-05-01')).toBe('令和元年5月1日');
    expect(formatJapaneseDate('2019-04-30')).toBe('平成31年4月30日');
    expect(formatJapaneseDate('2015-07-31')).toBe('平成27年7月31日');
  });
});
