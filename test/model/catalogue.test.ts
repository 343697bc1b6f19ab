import {
  BOX_LIST_DEFS,
  ENUM_DEFS,
  FIELD_DEFS,
  KINDS,
  RISK_DEFS,
  SECTION_DEFS,
  boxListFor,
  enumFor,
  fieldsForKind,
  getBoxList,
  getEnum,
  getFieldDef,
  isImportant,
  optionsForKind,
  parseFieldId,
  riskOf,
  sectionOf,
} from '../../src/model/index.js';

describe('catalogue data', () => {
  it('has unique field ids that all parse as templates', () => {
    const ids = FIELD_DEFS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const segments = parseFieldId(id);
      expect(segments).toBeDefined();
      // Templates carry letters, never concrete indexes.
      for (const segment of segments!) expect(typeof segment.index).not.toBe('number');
    }
  });

  it('never makes a field id a prefix of another at a segment boundary (leaf or container, §1.1)', () => {
    const leaves = FIELD_DEFS.filter((d) => d.type !== 'group').map((d) => d.id);
    for (const a of leaves) {
      for (const b of FIELD_DEFS.map((d) => d.id)) {
        if (a !== b) expect(b.startsWith(a + '.')).toBe(false);
      }
    }
  });

  it('covers every kind of field the brief names', () => {
    for (const id of [
      'threshold.targetCount',
      'threshold.result',
      'riskSummary.storage',
      'annex.records[f].raw',
      'annex.records[f].group[n].items',
      'annex.changes[n].timingNote',
      'attachments[n].raw',
      'I.2.system[n]',
      'II[f].4.item[n]',
      'II[f].5.provide[n]',
      'II[f].5.transfer[n].method',
      'II[f].4.count',
      'III[f].7.leak.seriousIncident',
      'III.10.otherMeasures',
      'V.4.review',
      'cover.approved',
      'meta.kind',
    ]) {
      expect(getFieldDef(id)).toBeDefined();
    }
    expect(FIELD_DEFS.length).toBeGreaterThanOrEqual(268);
  });

  it('gives every field at least one kind and a label for each of its kinds', () => {
    for (const def of FIELD_DEFS) {
      expect(def.kinds.length).toBeGreaterThan(0);
      expect(Object.keys(def.labels).length).toBeGreaterThan(0);
      for (const kind of Object.keys(def.labels)) expect(def.kinds).toContain(kind);
    }
  });

  it('names an existing enum for every choice and an existing box list for every checks field', () => {
    for (const def of FIELD_DEFS) {
      if (def.type === 'choice') {
        for (const kind of def.kinds) expect(enumFor(def, kind)).toBeDefined();
      } else {
        expect(def.enum).toBeUndefined();
        expect(def.enumByKind).toBeUndefined();
      }
      if (def.type === 'checks') expect(boxListFor(def)).toBeDefined();
      else expect(def.boxes).toBeUndefined();
    }
  });

  it('has non-empty enums with unique option names and texts', () => {
    // The 31 lists of catalogue §4.2.
    expect(ENUM_DEFS.map((e) => e.name).sort()).toEqual(
      [
        'KIND', 'TARGET_COUNT', 'NWS_IMPL', 'FILE_TYPE', 'SUBJECT_COUNT', 'ITEM_COUNT', 'STAFF_COUNT', 'OUTSOURCE',
        'SUBCONTRACT', 'OUTSOURCE_SCOPE', 'RETENTION', 'ADEQUACY', 'DOING', 'RECORDING', 'LIMITING', 'DEFINED',
        'SUBCONTRACT_ASSURANCE', 'PRACTICE', 'NISC', 'MAINTAINED', 'NOTIFIED', 'INCIDENT', 'DECEASED', 'FEE',
        'THRESHOLD_JUTEN', 'THRESHOLD_ZENKO', 'THRESHOLD_KISO', 'KISO_TARGET', 'KISO_HANDLERS', 'KISO_FORMS',
        'SUBMISSION_TIMING',
      ].sort(),
    );
    expect(new Set(ENUM_DEFS.map((e) => e.name)).size).toBe(ENUM_DEFS.length);
    for (const e of ENUM_DEFS) {
      expect(e.options.length).toBeGreaterThan(0);
      const names = e.options.map((o) => o.name);
      expect(new Set(names).size).toBe(names.length);
      const texts = e.options.flatMap((o) => [o.text, ...(o.aliases ?? [])]);
      expect(new Set(texts).size).toBe(texts.length);
      for (const name of names) expect(name).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
  });

  it('has non-empty box lists with unique box names and labels', () => {
    expect(BOX_LIST_DEFS.map((b) => b.name)).toEqual([
      'SYS_CONNECT', 'MAIN_ITEMS', 'SOURCES', 'ACQ_METHODS', 'PROVISION_STATUS', 'PROVIDE_METHODS', 'TRANSFER_METHODS',
      'DELIVERY_METHODS', 'AUDIT_KIND',
    ]);
    for (const list of BOX_LIST_DEFS) {
      expect(list.boxes.length).toBeGreaterThan(0);
      const names = list.boxes.map((b) => b.name);
      expect(new Set(names).size).toBe(names.length);
      const labels = list.boxes.flatMap((b) => [b.label, ...(b.aliases ?? [])]);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('keeps the catalogue’s option details', () => {
    const target = getEnum('TARGET_COUNT')!;
    expect(target.options.map((o) => o.name)).toEqual(['lt1k', 'from1kTo10k', 'from10kTo100k', 'from100kTo300k', 'ge300k']);
    expect(optionsForKind(target, 'juten').map((o) => o.name)).not.toContain('ge300k');
    expect(optionsForKind(target, 'zenko').map((o) => o.name)).toContain('ge300k');
    expect(target.options.find((o) => o.name === 'ge300k')?.status).toBe('form');
    expect(getEnum('PRACTICE')!.options[0]).toMatchObject({ name: 'focused', aliases: ['特に力を入れている'] });
    expect(getEnum('RETENTION')!.status).toBe('unverified');
    expect(getEnum('THRESHOLD_ZENKO')!.options.map((o) => o.name)).toEqual(['kisoAndZenko', 'kisoAndJuten', 'kisoOnly', 'notRequired']);
    // Shared ladder names across enums (§4.1).
    for (const name of ['PRACTICE', 'NISC', 'MAINTAINED', 'NOTIFIED', 'SUBCONTRACT_ASSURANCE']) {
      expect(getEnum(name)!.options.slice(0, 3).map((o) => o.name)).toEqual(['focused', 'sufficient', 'insufficient']);
    }
    const v1 = getFieldDef('V.1.thresholdResult')!;
    expect(enumFor(v1, 'juten')?.name).toBe('THRESHOLD_JUTEN');
    expect(enumFor(v1, 'zenko')?.name).toBe('THRESHOLD_ZENKO');
  });

  it('keeps the catalogue’s box details', () => {
    const sources = getBoxList('SOURCES')!;
    expect(sources.boxes.filter((b) => b.hasText).map((b) => b.name)).toEqual([
      'otherDept',
      'govAgency',
      'localGov',
      'privateSector',
      'other',
    ]);
    const basicInfo = getBoxList('MAIN_ITEMS')!.boxes.find((b) => b.name === 'basicInfo')!;
    expect(basicInfo.label).toBe('4情報(氏名、性別、生年月日、住所)');
    expect(basicInfo.aliases).toEqual(['5情報(氏名、氏名の振り仮名、性別、生年月日、住所)']);
    for (const list of BOX_LIST_DEFS) {
      const other = list.boxes.find((b) => b.name === 'other');
      if (other) expect(other.hasText).toBe(true);
    }
  });

  it('keeps the status tags', () => {
    expect(getFieldDef('cover.formVersion')!.status).toBe('form');
    expect(getFieldDef('threshold.result')!.status).toBe('form');
    expect(getFieldDef('riskSummary.linkage')!.status).toBe('unverified');
    expect(getFieldDef('II[f].4.has')!.status).toBeUndefined();
  });

  it('lists per kind only that kind’s fields', () => {
    const juten = fieldsForKind('juten').map((d) => d.id);
    expect(juten).toContain('III.8.audit');
    expect(juten).not.toContain('III.8.selfCheck');
    expect(juten).not.toContain('threshold.result');
    const zenko = fieldsForKind('zenko').map((d) => d.id);
    expect(zenko).toContain('II[f].3.statistics');
    expect(zenko).not.toContain('III.8.audit');
    const kiso = fieldsForKind('kiso').map((d) => d.id);
    expect(kiso).toContain('threshold.result');
    expect(kiso).toContain('III.9.training');
    expect(kiso).not.toContain('II[f].1.fileName');
  });
});

describe('sections and risks', () => {
  it('gives every field of every kind a numbered section', () => {
    for (const def of FIELD_DEFS) {
      if (def.id === 'meta.kind' || def.id.startsWith('attachments')) continue;
      const section = sectionOf(def.id);
      expect(section).toBeDefined();
      for (const kind of def.kinds) expect(section!.numbers[kind]).toBeDefined();
    }
  });

  it('has section ids that are field templates’ prefixes and numbers only for their kinds', () => {
    const ids = FIELD_DEFS.map((d) => d.id);
    for (const section of SECTION_DEFS) {
      expect(ids.some((id) => id === section.id || id.startsWith(section.id + '.'))).toBe(true);
      for (const kind of Object.keys(section.numbers)) expect(section.kinds).toContain(kind);
    }
  });

  it('gives every Ⅲ risk field a risk label in each of its kinds', () => {
    for (const def of FIELD_DEFS) {
      const segments = def.id.split('.');
      if (!def.id.startsWith('III[f].') || segments.length < 4) continue;
      const risk = riskOf(def.id);
      expect(risk).toBeDefined();
      for (const kind of def.kinds) expect(risk!.labels[kind] ?? Object.values(risk!.labels)[0]).toBeDefined();
    }
    for (const risk of RISK_DEFS) expect(FIELD_DEFS.some((d) => d.id.startsWith(risk.id + '.'))).toBe(true);
    expect(riskOf('III[f].6.provUnauthorized.measures')!.labels.zenko!.number).toBe('リスク5');
    expect(riskOf('III[f].6.provUnauthorized.measures')!.labels.juten!.number).toBe('リスク2');
  });
});

describe('isImportant (※)', () => {
  it.each([
    ['II[1].4.item[2].subcontract', 'juten', true],
    ['II[1].4.item[2].subcontractPermission', 'juten', false],
    ['II[1].3.usage', 'juten', false],
    ['II[1].3.usage', 'zenko', true],
    ['II[1].4.count', 'juten', true],
    ['I.4.legalBasis', 'juten', true],
    ['I.4.legalBasis', 'kiso', false],
    ['I.1.content', 'zenko', true],
    ['I.1.content', 'juten', false],
    ['III[1].2.outOfScope.adequate', 'juten', true],
    ['III[1].7.leak.incidentProcedure', 'zenko', true],
    ['III[1].7.leak.seriousIncident', 'juten', false],
    ['III[1].7.leak.seriousIncident', 'zenko', false],
    ['III[1].7.leak.incidentContent', 'juten', false],
    ['III.8.audit', 'juten', true],
    ['III.8.audit', 'kiso', false],
    ['III.8.selfCheck', 'zenko', true],
    ['III.10.otherMeasures', 'zenko', true],
    ['II[1].3.sources#otherDept', 'juten', true],
    ['V.1.date', 'juten', false],
    ['II[1].3.statistics', 'juten', false],
    ['nonsense', 'juten', false],
  ] as const)('%s in %s → %s', (id, kind, expected) => {
    expect(isImportant(id, kind)).toBe(expected);
  });

  it('marks every field of Ⅲ 1–7 except the serious-incident row', () => {
    for (const kind of ['juten', 'zenko'] as const) {
      for (const def of fieldsForKind(kind)) {
        if (!def.id.startsWith('III[f].')) continue;
        const exception = /\.leak\.(seriousIncident|incidentContent|incidentPrevention)$/.test(def.id);
        expect(isImportant(def.id, kind)).toBe(!exception);
      }
    }
  });

  it('never marks a kiso field', () => {
    for (const def of fieldsForKind('kiso')) expect(isImportant(def.id, 'kiso')).toBe(false);
    expect(KINDS).toContain('kiso');
  });
});
