import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigLoader, loadConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/config/types.js';
import { createRule } from '../../src/engine/create-rule.js';
import type { AnyRuleModule } from '../../src/engine/types.js';

const noop = () => undefined;
const registry = new Map<string, AnyRuleModule>([
  [
    'with-options',
    createRule({
      meta: {
        id: 'with-options',
        category: 'terminology',
        defaultSeverity: 'warn',
        description: { ja: 'x', en: 'x' },
        schema: { type: 'object', properties: { limit: { type: 'integer', minimum: 1 } }, additionalProperties: false },
        messages: {},
      },
      check: noop,
    }),
  ],
  ['plain', createRule({ meta: { id: 'plain', category: 'date', defaultSeverity: 'error', description: { ja: 'x', en: 'x' }, messages: {} }, check: noop })],
  ['noted', createRule({ meta: { id: 'noted', category: 'law', defaultSeverity: 'info', description: { ja: 'x', en: 'x' }, messages: {} }, check: noop })],
]);

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pialint-config-'));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

function thrown(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('ConfigLoader', () => {
  test('no config file: the recommended preset, every rule at its default severity', () => {
    const dir = project({});
    const config = loadConfig(path.join(dir, 'a.json'), { cwd: dir, rules: registry });
    expect(config.rules).toEqual({ 'with-options': { severity: 'warn' }, plain: { severity: 'error' }, noted: { severity: 'info' } });
    expect(config.configFiles).toEqual([]);
    expect(config.basePath).toBe(dir);
  });

  test('pialint:strict raises warnings to errors and leaves info notes', () => {
    const dir = project({ 'pialint.config.json': { extends: 'pialint:strict' } });
    const config = loadConfig(path.join(dir, 'a.json'), { cwd: dir, rules: registry });
    expect(config.rules).toEqual({ 'with-options': { severity: 'error' }, plain: { severity: 'error' }, noted: { severity: 'info' } });
  });

  test('a severity alone keeps the options set by an earlier layer (ESLint); numbers are severities', () => {
    const dir = project({
      'base.json': { rules: { 'with-options': ['warn', { limit: 3 }] } },
      'pialint.config.json': { extends: './base.json', rules: { 'with-options': 2, plain: 0 } },
    });
    const config = loadConfig(path.join(dir, 'a.json'), { cwd: dir, rules: registry });
    expect(config.rules).toEqual({ 'with-options': { severity: 'error', options: { limit: 3 } }, plain: { severity: 'off' } });
  });

  test('options are checked against the rule schema where they are written (file, pointer, line)', () => {
    const dir = project({
      'base.json': '{\n  "rules": {\n    "with-options": ["warn", { "limit": 0 }]\n  }\n}\n',
      'pialint.config.json': { extends: './base.json' },
    });
    const error = thrown(() => loadConfig(path.join(dir, 'a.json'), { cwd: dir, rules: registry }));
    expect(error.file).toBe(path.join(dir, 'base.json'));
    expect(error.location).toEqual({ pointer: '/rules/with-options/1', line: 3, column: 30 });
    expect(error.detail).toContain('ルール「with-options」のオプションが不正です');
    expect(error.detail).toContain('/limit must be >= 1');
    expect(error.describe((f) => path.relative(dir, f))).toMatch(/^base\.json:3:30: \/rules\/with-options\/1: /);
  });

  test('--rule entries are validated too, and named as --rule', () => {
    const dir = project({});
    const error = thrown(() => loadConfig(undefined, { cwd: dir, rules: registry, cliRules: { plain: ['warn', { x: 1 }] } }));
    expect(error.message).toBe('--rule: /rules/plain/1: ルール「plain」はオプションを取りません / rule "plain" takes no options');
  });

  test('one loader reads each config file once and shares a resolved config between files selecting the same overrides', () => {
    const dir = project({ 'pialint.config.json': { rules: { plain: 'warn' }, overrides: [{ files: 'drafts/**', rules: { plain: 'off' } }] } });
    const loader = new ConfigLoader({ cwd: dir, rules: registry });
    const a = loader.forFile(path.join(dir, 'a.json'));
    const b = loader.forFile(path.join(dir, 'sub', 'b.json'));
    const draft = loader.forFile(path.join(dir, 'drafts', 'c.json'));
    expect(a).toBe(b);
    expect(draft).not.toBe(a);
    expect(draft.rules.plain).toEqual({ severity: 'off' });
  });

  test('asOf must be a real date; CLI asOf wins and is marked as such', () => {
    const dir = project({ 'pialint.config.json': { asOf: '2024-13-45' } });
    expect(thrown(() => loadConfig(undefined, { cwd: dir, rules: registry })).detail).toContain('asOf は実在する日付');
    const ok = project({ 'pialint.config.json': { asOf: '2024-04-01' } });
    expect(loadConfig(undefined, { cwd: ok, rules: registry })).toMatchObject({ asOf: '2024-04-01', asOfSource: 'config' });
    expect(loadConfig(undefined, { cwd: ok, rules: registry, asOf: '2025-01-01' })).toMatchObject({ asOf: '2025-01-01', asOfSource: 'cli' });
  });

  test('reportUnusedDisableDirectives: booleans and numbers are normalised; an override applies per file; the CLI wins', () => {
    const dir = project({ 'pialint.config.json': { reportUnusedDisableDirectives: 2, overrides: [{ files: 'x/**', reportUnusedDisableDirectives: false }] } });
    const loader = new ConfigLoader({ cwd: dir, rules: registry });
    expect(loader.forFile(path.join(dir, 'a.json')).reportUnusedDisableDirectives).toBe('error');
    expect(loader.forFile(path.join(dir, 'x', 'a.json')).reportUnusedDisableDirectives).toBe('off');
    expect(new ConfigLoader({ cwd: dir, rules: registry, reportUnusedDisableDirectives: 'warn' }).forFile(path.join(dir, 'x', 'a.json')).reportUnusedDisableDirectives).toBe('warn');
  });

  test('isIgnored: patterns relative to the config directory; files outside it are never ignored by it', () => {
    const dir = project({ 'docs/pialint.config.json': { ignorePatterns: ['archive/', '*.bak.json'] } });
    const loader = new ConfigLoader({ cwd: dir, rules: registry });
    expect(loader.isIgnored(path.join(dir, 'docs', 'archive', '2019', 'a.json'))).toBe(true);
    expect(loader.isIgnored(path.join(dir, 'docs', 'a.bak.json'))).toBe(true);
    expect(loader.isIgnored(path.join(dir, 'docs', 'a.json'))).toBe(false);
    expect(loader.isIgnored(path.join(dir, 'archive', 'a.json'))).toBe(false);
  });
});
