import { findUnknownKeys, getFieldValue, iterateFields } from '../../src/model/index.js';

const doc = {
  $schema: './juten.schema.json',
  meta: { kind: 'juten', source: 'importer' },
  cover: { title: null, evaluationNo: '123', published: { raw: '令和6年2月5日', iso: '2024-02-05' } },
  I: { 3: { fileNames: ['国民健康保険被保険者ファイル'] }, 7: { otherOrgs: '—' } },
  'II[1]': {
    3: { sources: { self: { checked: true }, otherDept: { checked: null, text: '税務課' }, bogus: { checked: true } } },
    4: {
      has: { value: 'outsource', raw: '委託する' },
      count: 2,
      'item[1]': { title: '保守', subcontract: { value: 'subcontract', raw: '再委託する' } },
      'item[5]': { contractor: '(株)FSK', extra: 'x' },
      'item[n]': { contractor: 'template key' },
      'item[0]': { contractor: 'zero' },
    },
  },
  III: { 8: { audit: { selfCheck: { checked: true } } }, 8.5: {} },
  'III[1]': { 3: { timing: 'not here' } },
  annex: { 'changes[1]': { timing: { value: 'before', raw: '事前' } } },
  unknownFields: [{ label: '新しい項目', raw: '…' }],
  mystery: 1,
};

describe('iterateFields', () => {
  const entries = [...iterateFields(doc)];
  const ids = entries.map((e) => e.fieldId);

  it('visits every leaf field present, with concrete ids and pointers', () => {
    expect(ids).toEqual([
      'meta.kind',
      'cover.title',
      'cover.evaluationNo',
      'cover.published',
      'I.3.fileNames',
      'I.7.otherOrgs',
      'II[1].3.sources',
      'II[1].4.has',
      'II[1].4.count',
      'II[1].4.item[1].title',
      'II[1].4.item[1].subcontract',
      'II[1].4.item[5].contractor',
      'III.8.audit',
      'annex.changes[1].timing',
    ]);
    const subcontract = entries.find((e) => e.fieldId === 'II[1].4.item[1].subcontract')!;
    expect(subcontract.pointer).toBe('/II[1]/4/item[1]/subcontract');
    expect(subcontract.def.id).toBe('II[f].4.item[n].subcontract');
    expect(subcontract.value).toEqual({ value: 'subcontract', raw: '再委託する' });
  });

  it('visits empty and dash values, and every value matches its id', () => {
    expect(entries.find((e) => e.fieldId === 'cover.title')!.value).toBeNull();
    expect(entries.find((e) => e.fieldId === 'I.7.otherOrgs')!.value).toBe('—');
    for (const entry of entries) expect(getFieldValue(doc, entry.fieldId)).toBe(entry.value);
  });

  it('visits fields of other kinds only when the catalogue knows them (a rule decides on the kind)', () => {
    expect(ids).not.toContain('III[1].3.timing');
  });

  it('tolerates non-objects', () => {
    expect([...iterateFields(null)]).toEqual([]);
    expect([...iterateFields('text')]).toEqual([]);
    expect([...iterateFields({ 'II[1]': 'not an object' })]).toEqual([]);
  });
});

describe('findUnknownKeys', () => {
  it('reports unknown keys, other kinds’ fields and unknown boxes for a kind', () => {
    const unknown = [...findUnknownKeys(doc, 'juten')].map((u) => [u.pointer, u.reason]);
    expect(unknown).toEqual([
      ['/II[1]/3/sources/bogus', 'unknownBox'],
      ['/II[1]/4/item[5]/extra', 'unknownField'],
      ['/II[1]/4/item[n]', 'unknownField'],
      ['/II[1]/4/item[0]', 'unknownField'],
      ['/III/8.5', 'unknownField'],
      ['/III[1]/3/timing', 'unknownField'],
      ['/mystery', 'unknownField'],
    ]);
  });

  it('names the kinds of a field the document’s form does not have', () => {
    const zenkoOnly = { meta: { kind: 'juten' }, 'II[1]': { 3: { timing: 'x' } }, III: { 8: { selfCheck: null } } };
    expect([...findUnknownKeys(zenkoOnly, 'juten')]).toEqual([
      { pointer: '/II[1]/3/timing', key: 'timing', reason: 'fieldNotInKind', fieldId: 'II[1].3.timing', kinds: ['zenko'] },
      { pointer: '/III/8/selfCheck', key: 'selfCheck', reason: 'fieldNotInKind', fieldId: 'III.8.selfCheck', kinds: ['zenko'] },
    ]);
    // A whole container another kind has is reported once, not walked.
    const kisoInJuten = { meta: { kind: 'juten' }, threshold: { result: null, targetCount: null } };
    expect([...findUnknownKeys(kisoInJuten, 'juten')]).toEqual([
      { pointer: '/threshold', key: 'threshold', reason: 'fieldNotInKind', fieldId: 'threshold', kinds: ['kiso'] },
    ]);
    // Without a kind only what no form has is reported.
    expect([...findUnknownKeys(zenkoOnly)]).toEqual([]);
  });

  it('leaves meta, $schema and unknownFields alone', () => {
    expect([...findUnknownKeys({ $schema: 'x', meta: { kind: 'zenko', anything: 1 }, unknownFields: [] }, 'zenko')]).toEqual([]);
  });
});
