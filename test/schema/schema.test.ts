import { Ajv } from 'ajv';
import { buildAssessmentSchema, ISO_DATE_PATTERN } from '../../src/schema/index.js';
import type { JsonSchema } from '../../src/schema/index.js';
import { EDITOR_KEYWORDS } from '../../src/schema/assessment-schema.js';
import { KINDS, boxListFor, enumFor, fieldLabel, fieldsForKind, optionsForKind } from '../../src/model/index.js';
import type { Kind } from '../../src/model/index.js';
import { jutenDocument, kisoDocument, zenkoDocument } from './documents.js';

/** The schema node of a concrete key path: a property, or the patternProperties entry that matches. */
function nodeAt(schema: JsonSchema, keys: string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of keys) {
    if (!node) return undefined;
    const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
    if (Object.prototype.hasOwnProperty.call(properties, key)) {
      node = properties[key];
      continue;
    }
    const patterns = (node.patternProperties ?? {}) as Record<string, JsonSchema>;
    node = Object.entries(patterns).find(([pattern]) => new RegExp(pattern).test(key))?.[1];
  }
  return node;
}

const instanceKeys = (template: string) => template.replace(/\[(f|n)\]/g, '[3]').split('.');

describe('buildAssessmentSchema', () => {
  const schemas = Object.fromEntries(KINDS.map((k) => [k, buildAssessmentSchema(k)])) as Record<Kind, JsonSchema>;

  it('is draft-07, typed by kind and requires meta.kind', () => {
    for (const kind of KINDS) {
      const schema = schemas[kind];
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.required).toEqual(['meta']);
      expect(nodeAt(schema, ['meta'])!.required).toEqual(['kind']);
      expect(nodeAt(schema, ['meta', 'kind'])!.enum).toEqual([kind]);
    }
  });

  it('reaches every field of every kind, titled with its label for that kind', () => {
    for (const kind of KINDS) {
      for (const def of fieldsForKind(kind)) {
        const node = nodeAt(schemas[kind], instanceKeys(def.id));
        expect(node).toBeDefined();
        expect(node!.title).toBe(fieldLabel(def.id, kind));
        if (def.type !== 'group' && def.id !== 'meta.kind') {
          expect(node!.markdownDescription).toContain(`\`${def.id}\``);
        }
      }
    }
  });

  it('leaves out the fields of other kinds', () => {
    expect(nodeAt(schemas.juten, ['II[1]', '3', 'timing'])).toBeUndefined();
    expect(nodeAt(schemas.zenko, ['III', '8', 'audit'])).toBeUndefined();
    expect(nodeAt(schemas.juten, ['threshold'])).toBeUndefined();
    expect(nodeAt(schemas.kiso, ['II[1]'])).toBeUndefined();
  });

  it('keys file blocks and slots by pattern, 1-based', () => {
    const patterns = Object.keys(schemas.juten.patternProperties as object);
    expect(patterns).toEqual(expect.arrayContaining(['^II\\[[1-9][0-9]*\\]$', '^III\\[[1-9][0-9]*\\]$', '^attachments\\[[1-9][0-9]*\\]$']));
    const item = nodeAt(schemas.juten, ['II[1]', '4'])!.patternProperties as Record<string, JsonSchema>;
    expect(Object.keys(item)).toEqual(['^item\\[[1-9][0-9]*\\]$']);
    expect(nodeAt(schemas.juten, ['II[0]'])).toBeUndefined();
    expect(nodeAt(schemas.juten, ['II[1]', '4', 'item[01]'])).toBeUndefined();
  });

  it('restricts a choice value to the option names the kind prints, or null', () => {
    for (const kind of KINDS) {
      for (const def of fieldsForKind(kind)) {
        if (def.type !== 'choice' || def.id === 'meta.kind') continue;
        const value = nodeAt(schemas[kind], [...instanceKeys(def.id), 'value'])!;
        const names = optionsForKind(enumFor(def, kind)!, kind).map((o) => o.name);
        expect(value.enum).toEqual([...names, null]);
      }
    }
    const targetCount = (k: Kind) => nodeAt(schemas[k], ['I', '1', 'targetCount', 'value'])!.enum;
    expect(targetCount('juten')).not.toContain('ge300k');
    expect(targetCount('zenko')).toContain('ge300k');
    expect(nodeAt(schemas.zenko, ['V', '1', 'thresholdResult', 'value'])!.enum).toContain('kisoAndZenko');
    expect(nodeAt(schemas.juten, ['V', '1', 'thresholdResult', 'value'])!.enum).not.toContain('kisoAndZenko');
  });

  it('offers each option as a completion snippet and describes options and ※', () => {
    const subcontract = nodeAt(schemas.juten, ['II[1]', '4', 'item[1]', 'subcontract'])!;
    expect(subcontract.title).toBe('II 4. 委託事項N ④再委託の有無');
    expect(subcontract.defaultSnippets).toEqual([
      { label: '再委託する', description: 'subcontract', body: { value: 'subcontract', raw: '再委託する' } },
      { label: '再委託しない', description: 'noSubcontract', body: { value: 'noSubcontract', raw: '再委託しない' } },
    ]);
    expect(subcontract.description).toContain('subcontract = 再委託する');
    expect(subcontract.markdownDescription).toContain('※ 重要な変更の対象');
    const permission = nodeAt(schemas.zenko, ['II[1]', '4', 'item[1]', 'subcontractPermission'])!;
    expect(permission.title).toBe('II 4. 委託事項N ⑧再委託の許諾方法');
    expect(permission.markdownDescription).not.toContain('※ 重要な変更の対象');
    expect(nodeAt(schemas.juten, ['V', '2', 'method'])!.description).toContain('【任意】');
    expect(nodeAt(schemas.kiso, ['threshold', 'result'])!.description).toContain('[form]');
  });

  it('shapes dates, checks, counts and checks boxes as the value model says', () => {
    const date = nodeAt(schemas.juten, ['cover', 'published'])!;
    expect(date.type).toEqual(['object', 'null']);
    expect(date.required).toEqual(['raw', 'iso']);
    expect((date.properties as Record<string, JsonSchema>).iso!.pattern).toBe(ISO_DATE_PATTERN);
    const iso = new RegExp(ISO_DATE_PATTERN);
    for (const ok of ['2024-02-05', '2015-11', '2020-12-31']) expect(iso.test(ok)).toBe(true);
    for (const bad of ['2024/02/05', '2024-13-01', '2024-2-5', '令和6年', '2024-02-32']) expect(iso.test(bad)).toBe(false);

    for (const kind of KINDS) {
      for (const def of fieldsForKind(kind).filter((d) => d.type === 'checks')) {
        const node = nodeAt(schemas[kind], instanceKeys(def.id))!;
        expect(Object.keys(node.properties as object)).toEqual(boxListFor(def)!.boxes.map((b) => b.name));
        // Unknown boxes are allowed here and reported at info level by the validator.
        expect(node.additionalProperties).toBeUndefined();
      }
    }
    const other = nodeAt(schemas.juten, ['II[1]', '3', 'sources', 'other'])!;
    expect(Object.keys(other.properties as object)).toEqual(['checked', 'text']);
    const self = nodeAt(schemas.juten, ['II[1]', '3', 'sources', 'self'])!;
    expect(Object.keys(self.properties as object)).toEqual(['checked']);
    expect(nodeAt(schemas.juten, ['II[1]', '4', 'count'])!).toMatchObject({ type: ['integer', 'null'], minimum: 0 });
    expect(nodeAt(schemas.juten, ['III[1]', '4', 'optOut'])!.type).toEqual(['boolean', 'null']);
  });

  it('titles containers with their printed headings', () => {
    expect(nodeAt(schemas.juten, ['II[1]', '4'])!.title).toBe('II 4. 特定個人情報ファイルの取扱いの委託');
    expect(nodeAt(schemas.zenko, ['III'])!.title).toBe('IV その他のリスク対策');
    expect(nodeAt(schemas.zenko, ['III[1]', '6', 'provWrong'])!.title).toBe(
      'III 6. リスク7: 誤った情報を提供してしまうリスク、誤った相手に提供してしまうリスク',
    );
    expect(nodeAt(schemas.juten, ['II[1]', '5', 'provide[2]'])!.title).toBe('II 5. 提供先N');
  });

  it('combines the kinds by dispatching on meta.kind, and ajv accepts it in strict mode', () => {
    const combined = buildAssessmentSchema();
    expect(combined.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(combined.definitions as object)).toEqual(['kiso', 'juten', 'zenko']);
    expect(nodeAt(combined, ['meta', 'kind'])!.enum).toEqual(['kiso', 'juten', 'zenko']);

    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
    ajv.addVocabulary(EDITOR_KEYWORDS);
    const validate = ajv.compile(combined);
    for (const doc of [kisoDocument(), jutenDocument(), zenkoDocument()]) {
      expect(validate(doc)).toBe(true);
    }
    // A zenko-only option in a juten document fails through the juten branch only.
    const juten = jutenDocument();
    (juten.I as Record<string, Record<string, unknown>>)['1']!.targetCount = { value: 'ge300k', raw: '30万人以上' };
    expect(validate(juten)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain('/I/1/targetCount/value');
    // The same option is valid in zenko.
    const zenko = zenkoDocument();
    expect(validate(zenko)).toBe(true);
    expect(validate({ meta: { kind: 'other' } })).toBe(false);
    expect(validate({})).toBe(false);
  });

  it('is plain JSON (what scripts/write-schemas.js writes)', () => {
    const combined = buildAssessmentSchema();
    expect(JSON.parse(JSON.stringify(combined))).toEqual(combined);
  });
});
