import { diffAssessments } from '../../src/changes/diff.js';
import { matchSlots } from '../../src/changes/slots.js';
import type { FieldChange } from '../../src/changes/types.js';
import type { Assessment } from '../../src/model/values.js';
import { loadPair } from './fixtures.js';

function diffPair(pair: string): FieldChange[] {
  const { before, after } = loadPair(pair);
  return diffAssessments(before, after, after.meta.kind);
}

/** The essentials of a change, for readable expectations. */
function brief(c: FieldChange): Partial<FieldChange> {
  const out: Partial<FieldChange> = { change: c.change, fieldId: c.fieldId, important: c.important };
  if (c.formalOnly) out.formalReason = c.formalReason!;
  return out;
}

describe('diffAssessments on fixture pairs', () => {
  test('text edits: one change per edited field, with the form label and both texts', () => {
    const changes = diffPair('text-edit');
    expect(changes.map(brief)).toEqual([
      { change: 'modified', fieldId: 'I.6.dept', important: false },
      { change: 'modified', fieldId: 'II[1].3.purpose', important: true },
      { change: 'modified', fieldId: 'II[1].4.item[1].content', important: false },
    ]);
    expect(changes[1]).toMatchObject({
      label: 'II 3. ③使用目的',
      before: '国民健康保険の資格管理、保険給付及び保険税の賦課徴収に関する事務に使用する。',
      after: '国民健康保険の資格管理、保険給付、保険税の賦課徴収及び保健事業の実施に関する事務に使用する。',
      formalOnly: false,
    });
    expect(changes[2]!.label).toBe('II 4. 委託事項1 ①委託内容');
  });

  test('the publication date is not a change to log', () => {
    const { before, after } = loadPair('text-edit');
    expect(diffAssessments(before, after, 'juten').some((c) => c.fieldId === 'cover.published')).toBe(false);
    const withDates = diffAssessments(before, after, 'juten', { ignore: [] });
    expect(withDates.find((c) => c.fieldId === 'cover.published')).toMatchObject({ before: '令和5年4月1日', after: '令和6年4月1日' });
  });

  test('choice and checkbox changes are shown by their printed texts', () => {
    const changes = diffPair('choice-change');
    expect(changes.map(brief)).toEqual([
      { change: 'modified', fieldId: 'II[1].2.subjectCount', important: false },
      { change: 'modified', fieldId: 'II[1].3.sources', important: true },
      { change: 'modified', fieldId: 'II[1].4.item[2].subcontract', important: true },
      { change: 'modified', fieldId: 'II[1].4.item[2].subcontractPermission', important: false },
      { change: 'modified', fieldId: 'II[1].4.item[2].subcontractWork', important: false },
    ]);
    expect(changes[0]).toMatchObject({ before: '1万人以上10万人未満', after: '10万人以上100万人未満' });
    expect(changes[1]).toMatchObject({
      label: 'II 3. ①入手元',
      before: '[○] 本人又は本人の代理人\n[○] 行政機関・独立行政法人等（国保連合会）',
      after: '[○] 本人又は本人の代理人\n[○] 行政機関・独立行政法人等（国保連合会、デジタル庁）\n[○] 地方公共団体・地方独立行政法人（他の市町村）',
    });
    expect(changes[2]).toMatchObject({ label: 'II 4. 委託事項2 ④再委託の有無', before: '再委託しない', after: '再委託する' });
  });

  test('added and removed 委託事項 and 提供先 are one change each; a renumbered survivor is no change', () => {
    const changes = diffPair('slots-added-removed');
    expect(changes).toEqual([
      {
        change: 'slotRemoved',
        fieldId: 'II[1].4.item[2]',
        previousFieldId: 'II[1].4.item[2]',
        label: 'II 4. 委託事項2',
        before: '被保険者証等の印刷・封入封緘業務',
        after: null,
        // Its 再委託の有無 (※) had a value.
        important: true,
        formalOnly: false,
        slot: { name: '委託事項2', title: '被保険者証等の印刷・封入封緘業務' },
      },
      {
        change: 'slotAdded',
        fieldId: 'II[1].4.item[3]',
        label: 'II 4. 委託事項3',
        before: null,
        after: 'オンライン資格確認等システムへの資格情報登録業務',
        important: true,
        formalOnly: false,
        slot: { name: '委託事項3', title: 'オンライン資格確認等システムへの資格情報登録業務' },
      },
      {
        change: 'slotRemoved',
        fieldId: 'II[1].5.provide[1]',
        previousFieldId: 'II[1].5.provide[1]',
        label: 'II 5. 提供先1',
        before: '全国健康保険協会',
        after: null,
        important: false,
        formalOnly: false,
        slot: { name: '提供先1', title: '全国健康保険協会' },
      },
      {
        change: 'slotAdded',
        fieldId: 'II[1].5.provide[2]',
        label: 'II 5. 提供先2',
        before: null,
        after: '後期高齢者医療広域連合',
        important: false,
        formalOnly: false,
        slot: { name: '提供先2', title: '後期高齢者医療広域連合' },
      },
    ]);
  });

  test('reordered slots produce no change at all', () => {
    expect(diffPair('slots-reordered')).toEqual([]);
  });

  test('a field of a moved slot is reported under its new number, with the old one', () => {
    const { before } = loadPair('slots-added-removed');
    const after = structuredClone(before) as Assessment & Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    const four = after['II[1]']!['4']!;
    const [first, second] = [four['item[1]']!, four['item[2]']!];
    four['item[1]'] = { ...second, contractor: '架空印刷有限会社' };
    four['item[2]'] = first;
    const changes = diffAssessments(before, after, 'juten');
    expect(changes).toEqual([
      expect.objectContaining({
        fieldId: 'II[1].4.item[1].contractor',
        previousFieldId: 'II[1].4.item[2].contractor',
        label: 'II 4. 委託事項1 ③委託先名',
        before: '架空印刷株式会社',
        after: '架空印刷有限会社',
      }),
    ]);
  });

  test('※ depends on the kind: 使用部署 is ※ in zenko only', () => {
    const [zenko] = diffPair('zenko-user-dept');
    const [juten] = diffPair('juten-user-dept');
    expect(zenko).toMatchObject({ fieldId: 'II[1].3.userDept', label: 'II 3. ⑦使用の主体 使用部署', important: true });
    expect(juten).toMatchObject({ fieldId: 'II[1].3.userDept', label: 'II 3. ④使用の主体 使用部署', important: false });
  });

  test('formal-only changes on ※ items say why', () => {
    expect(diffPair('formal-only').map(brief)).toEqual([
      { change: 'modified', fieldId: 'I.4.legalBasis', important: true, formalReason: 'lawTitle' },
      { change: 'modified', fieldId: 'I.5.legalBasis', important: true, formalReason: 'renumbering' },
      { change: 'modified', fieldId: 'II[1].2.subjectScope', important: true, formalReason: 'notation' },
      { change: 'modified', fieldId: 'II[1].6.place', important: true, formalReason: 'typo' },
    ]);
  });

  test('the change log itself and meta are not compared', () => {
    const { before, after } = loadPair('change-log');
    const changes = diffAssessments(before, after, 'juten');
    expect(changes.some((c) => c.fieldId.startsWith('annex.changes') || c.fieldId.startsWith('meta'))).toBe(false);
  });
});

describe('diffAssessments on small documents', () => {
  const doc = (body: Record<string, unknown>): Assessment => ({ meta: { kind: 'juten' }, ...body });

  test('a field whose key is gone is a change to nothing, placed where it was', () => {
    const before = doc({ I: { '6': { dept: '保険年金課', headTitle: '保険年金課長' } }, 'II[1]': { '7': { remarks: '備考' } } });
    const after = doc({ I: { '6': { dept: '保険年金課' } }, 'II[1]': { '7': { remarks: '備考を変更' } } });
    expect(diffAssessments(before, after, 'juten').map((c) => [c.fieldId, c.before, c.after])).toEqual([
      ['I.6.headTitle', '保険年金課長', null],
      ['II[1].7.remarks', '備考', '備考を変更'],
    ]);
  });

  test('missing, null and blank are the same nothing; a dash is a notation change', () => {
    const before = doc({ 'II[1]': { '7': { remarks: null } }, I: { '7': { otherOrgs: '' } } });
    const after = doc({ 'II[1]': {}, I: { '7': { otherOrgs: '－' } } });
    expect(diffAssessments(before, after, 'juten').map(brief)).toEqual([
      { change: 'modified', fieldId: 'I.7.otherOrgs', important: false, formalReason: 'notation' },
    ]);
  });

  test('the same option printed differently is no change; a new way of writing a date is a notation change', () => {
    const before = doc({
      'II[1]': { '4': { has: { value: 'outsource', raw: '委託する' } }, '3': { useStart: { raw: '平成28年1月1日', iso: '2016-01-01' } } },
    });
    const after = doc({
      'II[1]': { '4': { has: { value: 'outsource', raw: '[ 委託する ]' } }, '3': { useStart: { raw: '2016/1/1', iso: '2016-01-01' } } },
    });
    expect(diffAssessments(before, after, 'juten').map(brief)).toEqual([
      { change: 'modified', fieldId: 'II[1].3.useStart', important: false, formalReason: 'notation' },
    ]);
  });

  test('counts read N件, and labels follow the locale', () => {
    const before = doc({ 'II[1]': { '4': { count: 1 } } });
    const after = doc({ 'II[1]': { '4': { count: 5 } } });
    expect(diffAssessments(before, after, 'juten')[0]).toMatchObject({ label: 'II 4. 委託の有無 件数', before: '1件', after: '5件', important: true });
    expect(diffAssessments(before, after, 'juten', { locale: 'en' })[0]).toMatchObject({ label: 'II 4. Outsourcing › Count', before: '1', after: '5' });
  });

  test('a renamed 委託事項 (similar title) is the same slot; an unrelated title in the same number is a removal and an addition', () => {
    const before = doc({ 'II[1]': { '4': { 'item[1]': { title: '国民健康保険システム運用保守業務', contractor: 'A社' }, 'item[2]': { title: '帳票印刷業務', contractor: 'B社' } } } });
    const after = doc({ 'II[1]': { '4': { 'item[1]': { title: '国民健康保険システムの運用保守業務', contractor: 'A社' }, 'item[2]': { title: '収納代行業務', contractor: 'C社' } } } });
    expect(diffAssessments(before, after, 'juten').map((c) => [c.change, c.fieldId])).toEqual([
      ['modified', 'II[1].4.item[1].title'],
      ['slotRemoved', 'II[1].4.item[2]'],
      ['slotAdded', 'II[1].4.item[2]'],
    ]);
  });

  test('slots without titles are matched by number', () => {
    const before = doc({ I: { '2': { 'system[1]': { function: '資格管理' } } } });
    const after = doc({ I: { '2': { 'system[1]': { function: '資格管理及び給付管理' } } } });
    expect(diffAssessments(before, after, 'juten').map((c) => [c.change, c.fieldId, c.label])).toEqual([
      ['modified', 'I.2.system[1].function', 'I 2. システム1 ②システムの機能'],
    ]);
  });

  test('記録項目 groups and attachments are matched by their headings', () => {
    const before = doc({
      annex: { 'records[1]': { 'group[1]': { name: '【世帯情報】', items: ['国保番号'] }, 'group[2]': { name: '【被保険者情報】', items: ['個人番号'] } } },
      'attachments[1]': { title: '別紙1 提供先一覧', raw: '…' },
    });
    const after = doc({
      annex: { 'records[1]': { 'group[1]': { name: '【被保険者情報】', items: ['個人番号'] }, 'group[2]': { name: '【世帯情報】', items: ['国保番号', '世帯主'] } } },
      'attachments[1]': { title: '別紙1 提供先一覧', raw: '…' },
    });
    expect(diffAssessments(before, after, 'juten').map((c) => [c.fieldId, c.previousFieldId, c.before, c.after])).toEqual([
      ['annex.records[1].group[2].items', 'annex.records[1].group[1].items', '国保番号', '国保番号\n世帯主'],
    ]);
  });
});

describe('matchSlots', () => {
  test('equal titles first, then similar ones, then numbers where a title is missing', () => {
    const before = new Map<number, string | null>([[1, 'A業務'], [2, '帳票印刷・封入封緘業務'], [3, null], [4, '収納業務']]);
    const after = new Map<number, string | null>([[1, '帳票印刷及び封入封緘業務'], [2, 'A業務'], [3, '新規業務'], [5, '別の業務']]);
    expect(matchSlots(before, after)).toEqual({ pairs: [[2, 1], [1, 2], [3, 3]], removed: [4], added: [5] });
  });
});
