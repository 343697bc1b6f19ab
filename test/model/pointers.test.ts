import {
  FIELD_DEFS,
  fieldIdToPointer,
  getFieldDef,
  isContainerTemplate,
  pointerToField,
  splitBoxReference,
} from '../../src/model/index.js';

/** A concrete instance of a template: every `[f]` / `[n]` becomes a number. */
function instance(template: string, index = 2): string {
  return template.replace(/\[(f|n)\]/g, `[${index}]`);
}

describe('getFieldDef', () => {
  it('accepts templates, instances and box references', () => {
    expect(getFieldDef('II[f].4.item[n].contractor')?.id).toBe('II[f].4.item[n].contractor');
    expect(getFieldDef('II[1].4.item[3].contractor')?.id).toBe('II[f].4.item[n].contractor');
    expect(getFieldDef('II[12].5.transfer[20].method')?.id).toBe('II[f].5.transfer[n].method');
    expect(getFieldDef('annex.records[2].group[7].items')?.id).toBe('annex.records[f].group[n].items');
    expect(getFieldDef('II[1].3.sources#otherDept')?.id).toBe('II[f].3.sources');
  });

  it('rejects box references to a non-checks field or an unknown box, and non-fields', () => {
    expect(getFieldDef('II[1].4.has#outsource')).toBeUndefined();
    expect(getFieldDef('II[1].3.sources#nowhere')).toBeUndefined();
    expect(getFieldDef('II[1].4')).toBeUndefined();
    expect(getFieldDef('II[1].4.nonsense')).toBeUndefined();
    expect(getFieldDef('')).toBeUndefined();
    expect(getFieldDef('II[*].4.has')).toBeUndefined();
  });
});

describe('pointerToField', () => {
  it.each([
    ['/II[1]/4/item[2]/subcontract/raw', { fieldId: 'II[1].4.item[2].subcontract', rest: ['raw'] }],
    ['/II[1]/4/item[2]/subcontract/value', { fieldId: 'II[1].4.item[2].subcontract', rest: ['value'] }],
    ['/II[1]/4/item[2]/subcontract', { fieldId: 'II[1].4.item[2].subcontract', rest: [] }],
    ['/II[1]/3/sources/otherDept', { fieldId: 'II[1].3.sources', box: 'otherDept', rest: [] }],
    ['/II[1]/3/sources/otherDept/text', { fieldId: 'II[1].3.sources', box: 'otherDept', rest: ['text'] }],
    ['/III/8/audit/selfCheck/checked', { fieldId: 'III.8.audit', box: 'selfCheck', rest: ['checked'] }],
    ['/cover/published/iso', { fieldId: 'cover.published', rest: ['iso'] }],
    ['/I/3/fileNames/0', { fieldId: 'I.3.fileNames', rest: ['0'] }],
    ['/meta/kind', { fieldId: 'meta.kind', rest: [] }],
    ['/annex/changes[4]/timing/raw', { fieldId: 'annex.changes[4].timing', rest: ['raw'] }],
    // A key inside a slot that is no field of it resolves to the slot.
    ['/II[1]/4/item[2]/unknown', { fieldId: 'II[1].4.item[2]', rest: ['unknown'] }],
  ])('%s', (pointer, expected) => {
    expect(pointerToField(pointer)).toEqual(expected);
  });

  it('resolves nothing outside the fields', () => {
    expect(pointerToField('')).toBeUndefined();
    expect(pointerToField('/II[1]/4')).toBeUndefined();
    expect(pointerToField('/nothing/here')).toBeUndefined();
  });

  it('round-trips every field id of the catalogue through its pointer', () => {
    for (const def of FIELD_DEFS) {
      const id = instance(def.id);
      const pointer = fieldIdToPointer(id);
      expect(pointer).toBe('/' + id.split('.').join('/'));
      expect(pointerToField(pointer)).toEqual({ fieldId: id, rest: [] });
      // A token below the field is the value's inside (a box for checks fields); no group has a `value` member.
      expect(pointerToField(pointer + '/value')).toEqual(
        def.type === 'checks' ? { fieldId: id, box: 'value', rest: [] } : { fieldId: id, rest: ['value'] },
      );
    }
  });

  it('round-trips every box reference', () => {
    for (const def of FIELD_DEFS.filter((d) => d.type === 'checks')) {
      const id = instance(def.id, 1);
      for (const box of ['other', 'selfCheck', 'infoNetwork']) {
        if (!getFieldDef(`${id}#${box}`)) continue;
        const pointer = fieldIdToPointer(`${id}#${box}`);
        const field = pointerToField(pointer)!;
        expect(`${field.fieldId}#${field.box}`).toBe(`${id}#${box}`);
        expect(splitBoxReference(`${id}#${box}`)).toEqual({ fieldId: id, box });
      }
    }
  });

  it('knows the containers between the root and the fields', () => {
    for (const template of ['II[f]', 'II[f].4', 'II[f].4.item[n]', 'III[f].2.outOfScope', 'III', 'III.8', 'annex', 'annex.records[f]']) {
      expect(isContainerTemplate(template)).toBe(true);
    }
    expect(isContainerTemplate('II[f].4.has')).toBe(false);
    expect(isContainerTemplate('IV.3')).toBe(false);
  });
});
