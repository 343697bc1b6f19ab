import { JsonSource, declaresAssessment } from '../../src/sources/json-source.js';

function source(text: string, jsonc = false): JsonSource {
  return new JsonSource('test.json', { text, encoding: 'utf8', bom: false }, { jsonc });
}

const doc = `{
  "meta": { "kind": "juten" },
  "II[1]": {
    "4": {
      "item[2]": {
        "contractor": "𠮷田システム株式会社",
        "subcontract": { "value": "subcontract", "raw": "再\\u59d4託する" },
        "subcontractWork": "a\\nb"
      }
    }
  }
}`;

describe('JsonSource', () => {
  test('locates a field id and its pointer at the same value range', () => {
    const s = source(doc);
    const byId = s.locate('II[1].4.item[2].contractor')!;
    const byPointer = s.locate('/II[1]/4/item[2]/contractor')!;
    expect(byId).toEqual(byPointer);
    expect(doc.slice(byId.start, byId.end)).toBe('"𠮷田システム株式会社"');
  });

  test('locateInString maps value offsets through escapes and surrogate pairs', () => {
    const s = source(doc);
    // "再\u59d4託する": value chars 1..2 are 委 (written as an escape) and 託.
    const range = s.locateInString('II[1].4.item[2].subcontract', 1, 3)!;
    expect(doc.slice(range.start, range.end)).toBe('\\u59d4託');
    const work = s.locateInString('II[1].4.item[2].subcontractWork', 2, 3)!;
    expect(doc.slice(work.start, work.end)).toBe('b');
    const contractor = s.locateInString('II[1].4.item[2].contractor', 2, 3)!;
    expect(doc.slice(contractor.start, contractor.end)).toBe('田');
  });

  test('a missing field is located at its nearest existing key', () => {
    const s = source(doc);
    expect(s.locate('II[1].4.item[2].subcontractPermission')).toBeUndefined();
    const label = s.locateLabel('II[1].4.item[2].subcontractPermission')!;
    expect(doc.slice(label.start, label.end)).toBe('"item[2]"');
  });

  test('a syntax error is one fatal message at its position, and no assessment', () => {
    const truncated = doc.slice(0, doc.indexOf('株式会社'));
    const s = source(truncated);
    expect(s.assessment).toBeNull();
    expect(s.parseMessages).toHaveLength(1);
    const [m] = s.parseMessages;
    expect(m!.fatal).toBe(true);
    expect(m!.severity).toBe(2);
    expect(m!.ruleId).toBeNull();
    expect(m!.line).toBeGreaterThanOrEqual(6);
  });

  test('comments are collected (directives live in them); trailing commas only in .jsonc', () => {
    const text = '{\n  // pialint-disable-next-line choice-value\n  "meta": { "kind": "kiso" }, /* x */\n}';
    const jsonc = source(text, true);
    expect(jsonc.parseMessages).toEqual([]);
    expect(jsonc.comments.map((c) => c.value)).toEqual(['// pialint-disable-next-line choice-value', '/* x */']);
    expect(source(text, false).parseMessages[0]!.fatal).toBe(true);
  });

  test('editValue replaces a whole value with formatted JSON, keeping CRLF', () => {
    const text = '{\r\n  "meta": { "kind": "juten" },\r\n  "V": { "1": { "thresholdResult": { "value": null, "raw": "x" } } }\r\n}';
    const s = source(text);
    const edit = s.editValue('V.1.thresholdResult', { value: 'kisoOnly', raw: 'y' })!;
    const out = text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
    expect(JSON.parse(out).V['1'].thresholdResult).toEqual({ value: 'kisoOnly', raw: 'y' });
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('declaresAssessment needs meta.kind or the pialint schema', () => {
    expect(declaresAssessment({ meta: { kind: 'zenko' } })).toBe(true);
    expect(declaresAssessment({ $schema: './node_modules/pialint/dist/schemas/juten.schema.json' })).toBe(true);
    expect(declaresAssessment({ name: 'x', version: '1.0.0' })).toBe(false);
    expect(declaresAssessment([1, 2])).toBe(false);
    expect(declaresAssessment({ meta: { kind: 'other' } })).toBe(false);
  });

  test('a __proto__ key is data, not a prototype', () => {
    const s = source('{"meta":{"kind":"juten"},"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(s.assessment, '__proto__')).toBe(true);
  });
});
