import { findDeclaringRow, normalizeItem, readChangeLog, revisionRows, slotNumbersAfter, type LoggedChange } from '../../src/changes/declared.js';
import type { FieldChange } from '../../src/changes/types.js';
import type { Assessment } from '../../src/model/values.js';

function row(item: string, before = '', after = ''): LoggedChange {
  return { rowId: 'annex.changes[1]', date: '2024-04-01', item, before, after };
}

function modified(fieldId: string, before: string | null, after: string | null, extra: Partial<FieldChange> = {}): FieldChange {
  return { change: 'modified', fieldId, label: fieldId, before, after, important: false, formalOnly: false, ...extra };
}

describe('normalizeItem and slot numbers', () => {
  test('circled numbers stay apart from slot numbers', () => {
    expect(normalizeItem('II 特定個人情報ファイルの概要(4. 特定個人情報ファイルの取扱いの委託 委託事項3 ①～⑨)')).toBe(
      'II特定個人情報ファイルの概要4.特定個人情報ファイルの取扱いの委託委託事項3#1~#9',
    );
    expect(normalizeItem('「Ⅱ 特定個人情報ファイルの概要」4. 特定個人情報ファイルの取扱いの委託「委託の有無※」')).toBe(
      'II特定個人情報ファイルの概要4.特定個人情報ファイルの取扱いの委託委託の有無',
    );
  });

  test.each([
    ['委託事項3#1~#9', [3]],
    ['委託事項3及び委託事項4', [3, 4]],
    ['移転先1、3~6#1', [1, 3, 4, 5, 6]],
    ['委託事項2~5', [2, 3, 4, 5]],
    ['委託事項', []],
  ])('%s', (item, numbers) => {
    const word = item.startsWith('移転先') ? '移転先' : '委託事項';
    expect([...slotNumbersAfter(item, word)]).toEqual(numbers);
  });
});

describe('findDeclaringRow: 項目 strings as real logs write them', () => {
  test('an old label with the section number (I 6②所属長)', () => {
    const change = modified('I.6.headTitle', '保険年金課長', '保険年金部長');
    expect(findDeclaringRow(change, [row('I 6②所属長', '保険年金課長', '保険年金部長')], 'juten')).toBeDefined();
  });

  test('the label alone with texts that match', () => {
    const change = modified('II[1].3.purpose', '保険給付に関する事務に使用する。', '保険給付及び保健事業に関する事務に使用する。', { important: true });
    expect(findDeclaringRow(change, [row('③使用目的', '保険給付に関する事務', '保険給付及び保健事業に関する事務')], 'juten')).toBeDefined();
  });

  test('the section and the texts, with a label the log got wrong', () => {
    const change = modified('II[1].3.purpose', '保険給付に関する事務に使用する。', '保険給付及び保健事業に関する事務に使用する。');
    expect(findDeclaringRow(change, [row('Ⅱ 3. 利用目的', '（略）', '保険給付及び保健事業に関する事務に使用する。')], 'juten')).toBeDefined();
  });

  test('a slot field with its slot number in quotes and brackets', () => {
    const change = modified('II[1].4.item[5].subcontractPermission', null, '書面により申請させる。');
    const rows = [row('「Ⅱ 特定個人情報ファイルの概要」4. 特定個人情報ファイルの取扱いの委託「委託事項5」⑤再委託の許諾方法', '記載なし', '書面により申請させる。')];
    expect(findDeclaringRow(change, rows, 'juten')).toBeDefined();
  });

  test('a whole slot recorded as 委託事項3 ①～⑨ covers its fields and its removal', () => {
    const rows = [row('II 特定個人情報ファイルの概要(4. 特定個人情報ファイルの取扱いの委託 委託事項3 ①～⑨)', '帳票印刷業務', '(削除)')];
    const removed: FieldChange = {
      change: 'slotRemoved', fieldId: 'II[1].4.item[3]', previousFieldId: 'II[1].4.item[3]', label: 'II 4. 委託事項3',
      before: '帳票印刷業務', after: null, important: true, formalOnly: false, slot: { name: '委託事項3', title: '帳票印刷業務' },
    };
    expect(findDeclaringRow(removed, rows, 'zenko')).toBeDefined();
    expect(findDeclaringRow(modified('II[1].4.item[3].contractor', 'A社', 'B社'), rows, 'zenko')).toBeDefined();
    expect(findDeclaringRow(modified('II[1].4.item[2].contractor', 'A社', 'B社'), rows, 'zenko')).toBeUndefined();
  });

  test('the wrong slot number does not declare a slot field', () => {
    const change = modified('II[1].4.item[2].contractor', 'A社', 'B社');
    expect(findDeclaringRow(change, [row('II 4委託事項3 ③委託先名', 'C社', 'D社')], 'juten')).toBeUndefined();
  });

  test('a slot moved by the revision is found under its old number too', () => {
    const change = modified('II[1].4.item[2].contractor', 'A社', 'B社', { previousFieldId: 'II[1].4.item[3].contractor' });
    expect(findDeclaringRow(change, [row('II 4委託事項3 ③委託先名', 'A社', 'B社')], 'juten')).toBeDefined();
  });

  test('an added slot by its new number, or by its title under the slot word', () => {
    const added: FieldChange = {
      change: 'slotAdded', fieldId: 'II[1].5.provide[3]', label: 'II 5. 提供先3', before: null, after: '後期高齢者医療広域連合',
      important: false, formalOnly: false, slot: { name: '提供先3', title: '後期高齢者医療広域連合' },
    };
    expect(findDeclaringRow(added, [row('II 5 提供先3', '(新規)', '後期高齢者医療広域連合 ①法令上の根拠 …')], 'juten')).toBeDefined();
    expect(findDeclaringRow(added, [row('II 5 提供先', '追加', '後期高齢者医療広域連合')], 'juten')).toBeDefined();
    expect(findDeclaringRow(added, [row('II 5 提供先4', '追加', '都道府県知事')], 'juten')).toBeUndefined();
  });

  test('the count of 委託 is declared by a row on 委託の有無', () => {
    const change = modified('II[1].4.count', '1件', '5件', { important: true });
    const rows = [row('「Ⅱ 特定個人情報ファイルの概要」4. 特定個人情報ファイルの取扱いの委託「委託の有無※」', '1件', '5件')];
    expect(findDeclaringRow(change, rows, 'juten')).toBeDefined();
  });

  test('zenko numbering: 個人番号の利用 is I 5. in zenko', () => {
    const change = modified('I.4.legalBasis', '番号法第9条第1項 別表第一の68の項', '番号法第9条第1項 別表の100の項');
    expect(findDeclaringRow(change, [row('I 基本情報(5. 個人番号の利用 法令上の根拠)', '(略)', '(略)')], 'zenko')).toBeDefined();
    // The same label in a row about another section (Ⅱ 5 提供先) declares nothing.
    expect(findDeclaringRow(change, [row('II 5 提供先1 ①法令上の根拠', '(略)', '(略)')], 'zenko')).toBeUndefined();
  });

  test('a row about something else declares nothing', () => {
    const change = modified('I.6.dept', '保険年金課', '国保年金課');
    expect(findDeclaringRow(change, [row('V 1①実施日', '令和5年2月21日', '令和6年2月5日')], 'juten')).toBeUndefined();
  });
});

describe('revisionRows', () => {
  const entry = (n: number, iso: string, item: string) => [
    `changes[${n}]`,
    { date: { raw: iso, iso }, item, before: 'a', after: 'b', timing: { value: 'after', raw: '事後' }, timingNote: null },
  ];
  const doc = (...rows: [string, unknown][]): Assessment => ({ meta: { kind: 'juten' }, annex: Object.fromEntries(rows) });

  test('rows the previous version lacked, and rows of the latest date', () => {
    const previous = doc(entry(1, '2022-04-01', 'I 6②所属長') as [string, unknown], entry(2, '2024-04-01', 'II 3③使用目的') as [string, unknown]);
    const current = doc(
      entry(1, '2022-04-01', 'I 6②所属長') as [string, unknown],
      entry(2, '2024-04-01', 'II 3③使用目的') as [string, unknown],
      entry(3, '2023-01-01', 'II 7備考') as [string, unknown],
    );
    expect(revisionRows(current, previous).map((r) => r.rowId)).toEqual(['annex.changes[2]', 'annex.changes[3]']);
    expect(readChangeLog(current).map((r) => r.item)).toEqual(['I 6②所属長', 'II 3③使用目的', 'II 7備考']);
  });
});
