import { Ajv } from 'ajv';
import { configSchema, CONFIG_KEYS } from '../../src/config/schema.js';
import { closest, validateConfigData } from '../../src/config/validate-config.js';
import { parseConfigText } from '../../src/config/read-config-file.js';
import { ConfigError } from '../../src/config/types.js';

function problems(data: unknown): string[] {
  return validateConfigData(data).map((p) => `${p.pointer}: ${p.message}`);
}

describe('config schema', () => {
  test('is a valid draft-07 schema, and every property has a Japanese and English description', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(configSchema)).toBe(true);
    const undocumented: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const [key, value] of Object.entries(properties ?? {})) {
        const v = value as { description?: string; $ref?: string };
        const ref = v.$ref ? (configSchema.definitions as Record<string, { description?: string }>)[v.$ref.split('/').pop()!] : undefined;
        const text = v.description ?? ref?.description ?? '';
        // Japanese (a kana or kanji) and English (a Latin word) both present.
        if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(text) || !/[A-Za-z]{3}/.test(text)) undocumented.push(`${where}.${key}`);
        visit(value, `${where}.${key}`);
      }
      for (const [name, definition] of Object.entries((node as { definitions?: Record<string, unknown> }).definitions ?? {})) visit(definition, `#${name}`);
    };
    visit(configSchema, '');
    expect(undocumented).toEqual([]);
  });

  test('a complete, valid config passes', () => {
    expect(
      problems({
        $schema: './node_modules/pialint/dist/schemas/config.schema.json',
        $comment: 'x',
        extends: ['pialint:recommended', './team.json'],
        rules: { a: 'off', b: 2, c: ['warn'], d: ['error', { x: 1 }] },
        overrides: [{ files: ['drafts/**'], excludedFiles: '**/keep.json', rules: { a: 'info' }, asOf: '2024-01-01', settings: {}, reportUnusedDisableDirectives: 'warn' }],
        fieldOverrides: [{ fields: 'II[*].5.provide[*]', rules: { a: 'off', b: ['warn'] } }],
        asOf: '2024-05-27',
        locale: 'en',
        settings: { terminology: { 個人番号: { preferred: '個人番号', variants: ['マイナンバー', 'マイナンバ－'] }, old: null }, other: 1 },
        ignorePatterns: ['archive/'],
        reportUnusedDisableDirectives: true,
      }),
    ).toEqual([]);
  });

  test.each<[string, unknown, string]>([
    ['a bad severity', { rules: { a: 'loud' } }, '/rules/a: 重大度は off / info / warn / error / 0 / 1 / 2 のいずれかです'],
    ['a bad severity inside an array', { rules: { a: ['fatal', {}] } }, '/rules/a/0: 重大度は'],
    ['too many items', { rules: { a: ['warn', {}, {}] } }, '/rules/a: 要素は 2 個までです'],
    ['options that are not an object', { rules: { a: ['warn', 3] } }, '/rules/a/1: オブジェクトでなければなりません / must be an object (got 3)'],
    ['an unknown key with a hint', { rule: {} }, '/rule: 不明なキー「rule」です (「rules」の誤りではありませんか)'],
    ['an unknown key without a hint', { zzzzzzzz: 1 }, '/zzzzzzzz: 不明なキー「zzzzzzzz」です / unknown key "zzzzzzzz"'],
    ['a bad date', { asOf: '2024/05/27' }, '/asOf: 日付は YYYY-MM-DD 形式です'],
    ['an override without files', { overrides: [{ rules: {} }] }, '/overrides/0: キー「files」が必要です'],
    ['a bad locale', { locale: 'fr' }, '/locale: 値は ja / en のいずれかです'],
    ['extends of a number', { extends: 3 }, '/extends: 文字列か配列でなければなりません / must be a string or an array (got 3)'],
    ['a terminology entry without variants', { settings: { terminology: { x: { preferred: 'a' } } } }, '/settings/terminology/x: キー「variants」が必要です'],
    ['duplicate variants', { settings: { terminology: { x: { preferred: 'a', variants: ['b', 'b'] } } } }, '/settings/terminology/x/variants: 要素が重複しています'],
    ['an empty preferred wording', { settings: { terminology: { x: { preferred: '', variants: ['b'] } } } }, '/settings/terminology/x/preferred: 空文字列は使えません'],
    ['options in fieldOverrides', { fieldOverrides: [{ fields: 'II', rules: { a: ['warn', {}] } }] }, '/fieldOverrides/0/rules/a: fieldOverrides では重大度だけを指定します'],
    ['a bad unused-directives value', { reportUnusedDisableDirectives: 'info' }, '/reportUnusedDisableDirectives: 値は off / warn / error / 0 / 1 / 2 / true / false のいずれかです'],
  ])('%s', (_name, data, expected) => {
    expect(problems(data).join('\n')).toContain(expected);
  });

  test('closest: a likely typo, or nothing', () => {
    expect(closest('overides', CONFIG_KEYS)).toBe('overrides');
    expect(closest('fieldOverride', CONFIG_KEYS)).toBe('fieldOverrides');
    expect(closest('banana', CONFIG_KEYS)).toBeUndefined();
  });

  test('parseConfigText: the first problem carries the location, the others follow in file order', () => {
    const text = '{\n  "locale": "fr",\n  "rules": { "a": "loud" }\n}\n';
    let error: unknown;
    try {
      parseConfigText(text, '/p/pialint.config.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message.split('\n')).toEqual([
      '/p/pialint.config.json:2:13: /locale: 値は ja / en のいずれかです / must be one of ja, en (got "fr")',
      '  3:19: /rules/a: 重大度は off / info / warn / error / 0 / 1 / 2 のいずれかです / severity must be one of off, info, warn, error, 0, 1, 2 (got "loud")',
    ]);
  });

  test('parseConfigText: JSONC comments, trailing commas and a BOM are fine; "__proto__" stays a plain key', () => {
    const file = parseConfigText('\uFEFF// c\n{ "settings": { "__proto__": { "polluted": true } }, /* x */ "locale": "en", }\n', 'x.json');
    expect(file.data.locale).toBe('en');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(file.data.settings!)).toEqual(['__proto__']);
  });
});
