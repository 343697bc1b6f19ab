import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ENGINE_RULE_ID, FINGERPRINT_KEY, PARSE_ERROR_RULE_ID, sarif, toSarifLog } from '../../src/formatters/sarif.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { allResults, brokenResult, cleanResult, context, mainResult, SOURCE } from './fixtures.js';
import { ensureExecutable, multitoolPath, sarifSchemaValidator } from './sarif-validator.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- reading a SARIF log back is easiest untyped */
type Log = any;

const schema = sarifSchemaValidator();

function log(results: LintResult[], overrides: Parameters<typeof context>[0] = {}): Log {
  const text = sarif(results, context(overrides));
  return JSON.parse(text);
}

function expectValid(value: unknown): void {
  const valid = schema.validate(value);
  if (!valid) throw new Error(`SARIF schema violations:\n${schema.errors()}`);
}

function resultFor(sarifLog: Log, ruleId: string): Log {
  return sarifLog.runs[0].results.find((r: Log) => r.ruleId === ruleId);
}

describe('sarif: validity', () => {
  test.each([
    ['the full fixture (ja)', allResults, {}],
    ['the full fixture (en)', allResults, { locale: 'en' as const }],
    ['no results', [], {}],
    ['a clean file only', [cleanResult], {}],
    ['a parse error only', [brokenResult], {}],
  ])('%s validates against the SARIF 2.1.0 schema', (_name, results, overrides) => {
    expectValid(log(results, overrides));
  });

  test('edge positions and paths still validate: line 0, no end, a file outside cwd, a rule without meta', () => {
    const messages: LintMessage[] = [
      { ruleId: 'no-meta', severity: 1, message: 'file-level', line: 0, column: 0, fieldId: null },
      { ruleId: null, severity: 1, message: 'engine note', line: 3, column: 0, fieldId: 'cover' },
    ];
    const outside: LintResult = { ...cleanResult, filePath: '/tmp/other place/外.json', messages, warningCount: 2 };
    const sarifLog = log([outside]);
    expectValid(sarifLog);
    const [fileLevel, engine] = sarifLog.runs[0].results;
    expect(fileLevel.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'file:///tmp/other%20place/%E5%A4%96.json', index: 0 } });
    expect(engine.ruleId).toBe(ENGINE_RULE_ID);
    expect(engine.locations[0].physicalLocation.region).toEqual({ startLine: 3 });
  });

  test('the serialised form is the log object, pretty-printed, ending in a newline', () => {
    const text = sarif(allResults, context());
    expect(text).toBe(`${JSON.stringify(toSarifLog(allResults, context()), null, 2)}\n`);
  });
});

const binary = multitoolPath();
// The Multitool ships for Linux, macOS and Windows; this machine and CI are Linux, where it must run.
const withMultitool = binary || process.platform === 'linux' ? test : test.skip;

describe('sarif: the reference validator', () => {
  withMultitool('Microsoft SARIF Multitool `validate`, with the GitHub code scanning rules, reports nothing', () => {
    if (!binary) throw new Error('@microsoft/sarif-multitool-linux is missing: run npm ci');
    ensureExecutable(binary);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pialint-sarif-'));
    try {
      const input = path.join(dir, 'pialint.sarif');
      const output = path.join(dir, 'validation.sarif');
      writeFileSync(input, sarif(allResults, context()));
      const validate = (): Log => {
        execFileSync(binary, ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Gh;Sarif', '--quiet'], {
          stdio: 'pipe',
          timeout: 60_000,
          // The self-contained .NET binary needs no ICU for this: skip the lookup where libicu is absent.
          env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
        });
        return JSON.parse(readFileSync(output, 'utf8')) as Log;
      };
      const report = validate();
      const run = report.runs[0];
      const findings = (run.results ?? []).map((r: Log) => `${r.ruleId}: ${JSON.stringify(r.message)}`);
      expect(findings).toEqual([]);
      // Its schema check (JSON…) and GitHub rules (GH…) did run: a broken log is caught.
      const broken = JSON.parse(sarif(allResults, context()));
      delete broken.runs[0].tool.driver.rules[0].fullDescription;
      broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      writeFileSync(input, JSON.stringify(broken));
      const brokenReport = validate();
      const caught = (brokenReport.runs[0].results ?? []).map((r: Log) => r.ruleId);
      expect(caught).toEqual(expect.arrayContaining(['JSON1008', 'GH2012']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sarif: content', () => {
  const sarifLog = log(allResults);
  const run = sarifLog.runs[0];

  test('header, tool and base URI', () => {
    expect(sarifLog.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarifLog.version).toBe('2.1.0');
    expect(sarifLog.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'pialint', version: '0.1.0', informationUri: 'https://github.com/pialint/pialint' });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.language).toBe('ja');
  });

  test('rules: every result points at its descriptor by ruleIndex', () => {
    const ids = run.tool.driver.rules.map((r: Log) => r.id);
    expect(ids).toEqual(['choice-value', 'era-first-year', PARSE_ERROR_RULE_ID, 'subcontract-details', 'unknown-field']);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  test('rule descriptors: localised descriptions, the other language in properties, help, level, category and tags', () => {
    const era = run.tool.driver.rules[1];
    expect(era).toEqual({
      id: 'era-first-year',
      name: 'EraFirstYear',
      shortDescription: { text: '元年は「元年」と書く。' },
      fullDescription: { text: '元年は「元年」と書く。1年とは書かない。' },
      helpUri: 'https://github.com/pialint/pialint/blob/main/docs/rules/era-first-year.md',
      help: {
        text: '元年は「元年」と書く。1年とは書かない。 https://github.com/pialint/pialint/blob/main/docs/rules/era-first-year.md',
        markdown: '元年は「元年」と書く。1年とは書かない。\n\n[era-first-year](https://github.com/pialint/pialint/blob/main/docs/rules/era-first-year.md)',
      },
      defaultConfiguration: { level: 'warning' },
      properties: {
        category: 'date',
        tags: ['pialint', 'date', 'date-dependent', 'fixable'],
        en: { shortDescription: 'Write the first year of an era as 元年.', fullDescription: 'Write the first year of an era as 元年. Not as 1年.' },
      },
    });
    const en = log(allResults, { locale: 'en' }).runs[0].tool.driver.rules[1];
    expect(en.shortDescription).toEqual({ text: 'Write the first year of an era as 元年.' });
    expect(en.properties.ja).toEqual({ shortDescription: '元年は「元年」と書く。', fullDescription: '元年は「元年」と書く。1年とは書かない。' });
    expect(run.tool.driver.rules[3].properties.kinds).toEqual(['juten', 'zenko']);
    expect(run.tool.driver.rules[0].defaultConfiguration).toEqual({ level: 'error' });
  });

  test('artifacts and URIs: relative to %SRCROOT%, percent-encoded, forward slashes', () => {
    const encoded = '%E8%A9%95%E4%BE%A1%E6%9B%B8%202024/%E9%87%8D%E7%82%B9%E9%A0%85%E7%9B%AE.json';
    expect(decodeURIComponent(encoded)).toBe('評価書 2024/重点項目.json');
    expect(run.artifacts.map((a: Log) => a.location)).toEqual([
      { uri: encoded, uriBaseId: '%SRCROOT%' },
      { uri: 'broken.json', uriBaseId: '%SRCROOT%' },
      { uri: 'clean.json', uriBaseId: '%SRCROOT%' },
    ]);
    expect(resultFor(sarifLog, 'choice-value').locations[0].physicalLocation.artifactLocation).toEqual({ uri: encoded, uriBaseId: '%SRCROOT%', index: 0 });
  });

  test('a result: level, message with the label, region in UTF-16 columns, the field as a logical location', () => {
    const choice = resultFor(sarifLog, 'choice-value');
    expect(choice.level).toBe('error');
    expect(choice.message.text).toBe('記載「𠮷田市へ提供」は様式の選択肢のいずれとも一致しません。 「II 5. 提供先1 ②提供先における用途」');
    expect(choice.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 47, endLine: 3, endColumn: 54 });
    expect(choice.locations[0].logicalLocations).toEqual([{ fullyQualifiedName: 'II[1].5.item[1].use', kind: 'member' }]);
    expect(choice.properties).toEqual({ fieldLabel: 'II 5. 提供先1 ②提供先における用途' });
    expect(resultFor(sarifLog, 'unknown-field').level).toBe('note');
    expect(resultFor(sarifLog, 'unknown-field').locations[0].logicalLocations).toBeUndefined();
    expect(resultFor(sarifLog, 'era-first-year').properties).toEqual({ fieldLabel: '公表日', messageId: 'useGannen', asOf: '2024-02-05' });
  });

  test('fixes: the autofix and each suggestion, as UTF-16 char offsets with the matching line/column', () => {
    const [autofix] = resultFor(sarifLog, 'era-first-year').fixes;
    expect(autofix.description).toEqual({ text: '自動修正（--fix）' });
    const replacement = autofix.artifactChanges[0].replacements[0];
    expect(replacement).toEqual({
      deletedRegion: { charOffset: 36, charLength: 4, startLine: 2, startColumn: 35, endLine: 2, endColumn: 39 },
      insertedContent: { text: '令和元年' },
    });
    expect(SOURCE.slice(36, 40)).toBe('令和1年');
    const [suggestion] = resultFor(sarifLog, 'choice-value').fixes;
    expect(suggestion.description).toEqual({ text: '「提供する」に置き換える' });
    const deleted = suggestion.artifactChanges[0].replacements[0].deletedRegion;
    expect(SOURCE.substr(deleted.charOffset, deleted.charLength)).toBe('𠮷田市へ提供');
    // The same range as the message: columns count UTF-16 code units, 𠮷 is two of them.
    expect(deleted).toMatchObject({ startLine: 3, startColumn: 47, endLine: 3, endColumn: 54 });
  });

  test('fixes without the source text: offsets only', () => {
    const { source: _source, ...withoutSource } = mainResult;
    const era = resultFor(log([withoutSource]), 'era-first-year');
    expect(era.fixes[0].artifactChanges[0].replacements[0].deletedRegion).toEqual({ charOffset: 36, charLength: 4 });
  });

  test('related information becomes relatedLocations', () => {
    expect(resultFor(sarifLog, 'subcontract-details').relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: run.artifacts[0].location.uri, uriBaseId: '%SRCROOT%', index: 0 },
          region: { startLine: 11, startColumn: 5, endLine: 11, endColumn: 20 },
        },
        message: { text: '「再委託する」と記載された項目' },
        logicalLocations: [{ fullyQualifiedName: 'II[1].4.item[2].subcontract', kind: 'member' }],
      },
    ]);
  });

  test('a fatal parse error is a result of the synthetic parse-error rule', () => {
    const parse = resultFor(sarifLog, PARSE_ERROR_RULE_ID);
    expect(parse).toMatchObject({
      level: 'error',
      message: { text: 'JSON の構文エラー: 「,」が必要です。' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.json', index: 1 }, region: { startLine: 4, startColumn: 7 } } }],
    });
    expect(run.tool.driver.rules[parse.ruleIndex].defaultConfiguration).toEqual({ level: 'error' });
  });

  test('suppressed messages are results with a suppression', () => {
    const suppressed = run.results.filter((r: Log) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]).toMatchObject({ ruleId: 'choice-value', level: 'warning', suppressions: [{ kind: 'inSource' }] });
    const external = { ...mainResult.suppressedMessages[0]!, suppressions: [{ kind: 'file', justification: '確認済み' }] };
    const fromFile = log([{ ...cleanResult, suppressedMessages: [external] }]).runs[0].results[0];
    expect(fromFile.suppressions).toEqual([{ kind: 'external', justification: '確認済み' }]);
    expectValid(log([{ ...cleanResult, suppressedMessages: [external] }]));
  });

  test('partial fingerprints: stable across runs and positions, distinct per rule, field and message', () => {
    const fingerprints = run.results.map((r: Log) => r.partialFingerprints[FINGERPRINT_KEY]);
    for (const fingerprint of fingerprints) expect(fingerprint).toMatch(/^[0-9a-f]{32}:\d+$/);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    expect(log(allResults).runs[0].results.map((r: Log) => r.partialFingerprints)).toEqual(run.results.map((r: Log) => r.partialFingerprints));
    // Moving the finding (an edit above it) keeps its fingerprint, so GitHub keeps tracking the alert.
    const moved = { ...mainResult, messages: mainResult.messages.map((m) => ({ ...m, line: m.line + 10 })) };
    expect(resultFor(log([moved]), 'choice-value').partialFingerprints).toEqual(resultFor(sarifLog, 'choice-value').partialFingerprints);
    // The same finding twice in one file: :1 and :2.
    const choice = mainResult.messages.find((m) => m.ruleId === 'choice-value')!;
    const twice = log([{ ...cleanResult, messages: [choice, { ...choice, line: 9 }] }]).runs[0].results.map((r: Log) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(twice[0].replace(/:1$/, ':2')).toBe(twice[1]);
  });
});
