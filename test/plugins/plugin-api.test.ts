/**
 * The plugin API: namespaces, the plugin and rule-meta schemas, registries composed from plugins,
 * and the built-in rules expressed through the same API.
 */
import { builtinPlugin, builtinRules } from '../../rules/index.js';
import { createRule } from '../../src/engine/create-rule.js';
import { isPathSpecifier, pluginNamespace, pluginPackageName, ruleNamespace } from '../../src/plugins/namespace.js';
import { composeRegistry, extendRegistry, PLUGIN_DOCS_URL, RuleIdClashError } from '../../src/plugins/registry.js';
import { RULE_CATEGORIES } from '../../src/plugins/rule-meta-schema.js';
import { validatePlugin } from '../../src/plugins/validate-plugin.js';
import type { PialintPlugin } from '../../src/plugins/types.js';
import { FIX_TYPES } from '../../src/cli/fix-types.js';
import { packageVersion } from '../../src/cli/version.js';
import { loadKakushi } from './helpers.js';

const rule = (id: string, extra: Record<string, unknown> = {}) => ({
  meta: { id, category: 'terminology', defaultSeverity: 'warn', description: { ja: '説明', en: 'what' }, messages: { m: { ja: 'ja', en: 'en' } }, ...extra },
  check: () => undefined,
});

describe('namespaces', () => {
  test.each([
    ['pialint-plugin-kakushi', 'kakushi'],
    ['@city/pialint-plugin-forms', '@city/forms'],
    ['@city/pialint-plugin', '@city'],
    ['house-rules', 'house-rules'],
  ])('%s → %s', (name, namespace) => {
    expect(pluginNamespace(name)).toBe(namespace);
  });

  test.each([
    ['kakushi', 'pialint-plugin-kakushi'],
    ['pialint-plugin-kakushi', 'pialint-plugin-kakushi'],
    ['@city', '@city/pialint-plugin'],
    ['@city/forms', '@city/pialint-plugin-forms'],
    ['@city/pialint-plugin-forms', '@city/pialint-plugin-forms'],
  ])('the package of "%s" is %s', (specifier, name) => {
    expect(pluginPackageName(specifier)).toBe(name);
  });

  test('paths and rule namespaces', () => {
    expect(['./rules/local.js', '../x', '/abs/p.js'].map(isPathSpecifier)).toEqual([true, true, true]);
    expect(['kakushi', '@city/forms'].map(isPathSpecifier)).toEqual([false, false]);
    expect([ruleNamespace('choice-value'), ruleNamespace('kakushi/approved-contractor'), ruleNamespace('@city/forms/x')]).toEqual([undefined, 'kakushi', '@city/forms']);
  });
});

describe('the built-in rules use the plugin API', () => {
  test('builtinPlugin is a valid plugin named pialint, at the package version', () => {
    expect(validatePlugin(builtinPlugin).problems).toEqual([]);
    expect(builtinPlugin.meta).toEqual({ name: 'pialint', version: packageVersion() });
  });

  test('the registry is composed from it: same modules, ids without a namespace', () => {
    const ids = Object.keys(builtinPlugin.rules!);
    expect([...builtinRules.keys()]).toEqual(ids);
    for (const id of ids) expect(builtinRules.get(id)).toBe(builtinPlugin.rules![id]);
    expect(ids.every((id) => !id.includes('/'))).toBe(true);
  });

  test('its presets are computed from meta: recommended at the default severities, strict with warnings raised', () => {
    const { recommended, strict } = builtinPlugin.presets!;
    for (const [id, module] of builtinRules) {
      if (module.meta.deprecated) continue;
      expect(recommended!.rules![id]).toBe(module.meta.defaultSeverity);
      expect(strict!.rules![id]).toBe(module.meta.defaultSeverity === 'warn' ? 'error' : module.meta.defaultSeverity);
    }
  });

  test('the categories a plugin may use are the fix types of --fix-type (plus directive)', () => {
    expect(FIX_TYPES).toEqual([...RULE_CATEGORIES, 'directive']);
  });
});

describe('validatePlugin', () => {
  test('the example plugin is valid', async () => {
    expect(validatePlugin(await loadKakushi()).problems).toEqual([]);
  });

  test.each<[string, unknown, string]>([
    ['not an object', 42, '(plugin): object でなければなりません / must be object (got 42)'],
    ['no meta', { rules: {} }, '「meta」がありません / "meta" is required'],
    ['no version', { meta: { name: 'x' } }, 'meta: 「version」がありません / "version" is required'],
    ['a name that is not a package name', { meta: { name: 'My Plugin', version: '1' } }, 'meta.name: 形式が違います'],
    ['a rule key that is not an id', { meta: { name: 'x', version: '1' }, rules: { Bad_Id: rule('Bad_Id') } }, 'rules: キー「Bad_Id」の形式が不正です / invalid key "Bad_Id"'],
    ['meta.id differs from the key', { meta: { name: 'x', version: '1' }, rules: { a: rule('b') } }, 'rules.a.meta.id: 「b」はキー「a」と一致しません / "b" differs from its key "a"'],
    ['an unknown category', { meta: { name: 'x', version: '1' }, rules: { a: rule('a', { category: 'house' }) } }, 'rules.a.meta.category: law / count'],
    ['a severity that is not a default', { meta: { name: 'x', version: '1' }, rules: { a: rule('a', { defaultSeverity: 'off' }) } }, 'rules.a.meta.defaultSeverity: info / warn / error のいずれかです'],
    ['description without English', { meta: { name: 'x', version: '1' }, rules: { a: rule('a', { description: { ja: 'だけ' } }) } }, 'rules.a.meta.description: 「en」がありません'],
    ['a misspelt meta key', { meta: { name: 'x', version: '1' }, rules: { a: rule('a', { fixabel: 'code' }) } }, 'rules.a.meta: 不明なキー「fixabel」 / unknown key "fixabel"'],
    ['an options schema that is not a schema', { meta: { name: 'x', version: '1' }, rules: { a: rule('a', { schema: { type: 'objekt' } }) } }, 'rules.a.meta.schema: JSON Schema として不正です'],
    [
      'default options outside the schema',
      { meta: { name: 'x', version: '1' }, rules: { a: { ...rule('a', { schema: { type: 'object', properties: { n: { type: 'integer' } } } }), defaultOptions: { n: 'x' } } } },
      'rules.a.defaultOptions: meta.schema に合いません / does not satisfy meta.schema (/n must be integer)',
    ],
    ['check is not a function', { meta: { name: 'x', version: '1' }, rules: { a: { ...rule('a'), check: 'yes' } } }, 'rules.a.check: 関数ではありません / must be a function'],
    ['a preset with a key presets cannot have', { meta: { name: 'x', version: '1' }, presets: { recommended: { plugins: [] } } }, 'presets.recommended: 不明なキー「plugins」'],
  ])('%s', (_name, value, problem) => {
    const { plugin, problems } = validatePlugin(value);
    expect(plugin).toBeUndefined();
    expect(problems.join('\n')).toContain(problem);
  });
});

describe('registries from plugins', () => {
  const plugin: PialintPlugin = { meta: { name: 'pialint-plugin-house', version: '1.0.0' }, rules: { a: rule('a') as never, b: rule('b', { docsUrl: 'https://example.org/b' }) as never } };

  test('rules are namespaced; one without docsUrl links the plugin docs page', () => {
    const registry = extendRegistry(builtinRules, [{ namespace: 'house', plugin }]);
    expect(registry.get('house/a')?.meta.docsUrl).toBe(PLUGIN_DOCS_URL);
    expect(registry.get('house/b')?.meta.docsUrl).toBe('https://example.org/b');
    expect(registry.get('choice-value')).toBe(builtinRules.get('choice-value'));
    expect(registry.size).toBe(builtinRules.size + 2);
    // The base registry is not changed.
    expect(builtinRules.has('house/a')).toBe(false);
  });

  test('the same id twice is a clash', () => {
    expect(() => composeRegistry([{ namespace: 'house', plugin }, { namespace: 'house', plugin }])).toThrow(RuleIdClashError);
    const extra = createRule({ meta: { id: 'a', category: 'date', defaultSeverity: 'warn', description: { ja: 'x', en: 'x' }, messages: {} }, check: () => undefined });
    expect(() => extendRegistry(builtinRules, [{ namespace: 'house', plugin }], [['house/a', extra]])).toThrow('rule id "house/a" is defined twice');
  });
});
