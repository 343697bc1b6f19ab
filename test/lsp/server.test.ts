/**
 * The language server end to end: a real JSON-RPC client (vscode-jsonrpc) drives the built server
 * over stdio, like an editor. Positions are checked exactly (0-based lines, UTF-16 characters).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CodeAction, Diagnostic, MarkupContent } from 'vscode-languageserver';
import { corpusDir, describeWithCorpus, repoRoot } from '../helpers/paths.js';
import { assertBuilt, fileUri, lspPositionOf, lspRangeOf, TestClient } from './lsp-client.js';

const RULES = { 'era-first-year': 'error', 'subcontract-details': 'error', 'choice-value': 'error' };

function writeConfig(dir: string, data: unknown): void {
  writeFileSync(path.join(dir, 'pialint.config.json'), typeof data === 'string' ? data : JSON.stringify(data, null, 2));
}

const ERA_DOC = `{
  "meta": { "kind": "juten" },
  "cover": {
    "published": { "raw": "令和1年6月1日", "iso": "2019-06-01" }
  }
}
`;

const TWO_ERAS_DOC = `{
  "meta": { "kind": "juten" },
  "cover": {
    "published": { "raw": "令和1年6月1日", "iso": "2019-06-01" }
  },
  "I": {
    "1": { "content": "平成31年4月及び令和1年10月に改正" }
  }
}
`;

const SUBCONTRACT_DOC = `{
  "meta": { "kind": "juten" },
  "II[1]": {
    "4": {
      "has": { "value": "outsource", "raw": "委託する" },
      "count": 1,
      "item[1]": {
        "title": "システム運用保守",
        "subcontract": { "value": "subcontract", "raw": "再委託する" },
        "subcontractPermission": null,
        "subcontractWork": "運用保守の一部"
      }
    }
  }
}
`;

const TYPO_DOC = `{
  "meta": { "kind": "juten" },
  "II[1]": {
    "4": {
      "item[1]": {
        "subcontract": { "value": null, "raw": "再委託すろ" },
        "subcontractPermission": "書面で申請させ、委託元が書面で許諾する。",
        "subcontractWork": "運用保守の一部"
      }
    }
  }
}
`;

function only(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

function markdown(value: unknown): string {
  return (value as MarkupContent).value;
}

describe('pialint language server over stdio (vscode-jsonrpc client)', () => {
  let dir: string;
  let client: TestClient;

  beforeAll(async () => {
    assertBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'pialint-lsp-'));
    writeConfig(dir, { rules: RULES });
    client = new TestClient({ rootDir: dir });
    const init = await client.initialize();
    expect(init.serverInfo?.name).toBe('pialint');
    expect(init.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
  });

  afterAll(async () => {
    const code = await client.stop();
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
  });

  test('registers a watcher for the config files', () => {
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    expect(watch?.registerOptions).toEqual({ watchers: [{ globPattern: '**/{pialint.config.json,.pialintrc.json}' }] });
  });

  test('era-first-year: exact range, rule id, docs link; the quick fix applied; the change re-linted', async () => {
    const uri = fileUri(path.join(dir, 'era.json'));
    await client.open(uri, ERA_DOC);
    const diagnostics = await client.diagnosticsOf(uri, 1);
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics as [Diagnostic];
    expect(d.range).toEqual(lspRangeOf(ERA_DOC, '令和1年'));
    expect(d.range).toEqual({ start: { line: 3, character: 27 }, end: { line: 3, character: 31 } });
    expect(d).toMatchObject({ code: 'era-first-year', source: 'pialint', severity: 1 });
    expect(d.codeDescription?.href).toMatch(/docs\/rules\/era-first-year\.md$/);
    expect(d.message).toContain('令和元年');

    const actions = await client.codeActions(uri, d.range, [d]);
    const fix = actions.find((a) => a.title === '「era-first-year」の問題を修正する');
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(fix!.diagnostics).toEqual([d]);
    const version = await client.apply(fix!.edit!);
    expect(version).toBe(2);
    expect(client.text(uri)).toBe(ERA_DOC.replace('令和1年', '令和元年'));
    expect(await client.diagnosticsOf(uri, 2)).toEqual([]);
  });

  test('subcontract-details: the related information points at the 再委託の有無 choice', async () => {
    const uri = fileUri(path.join(dir, 'subcontract.json'));
    await client.open(uri, SUBCONTRACT_DOC);
    const [d, ...rest] = only(await client.diagnosticsOf(uri, 1), 'subcontract-details');
    expect(rest).toEqual([]);
    expect(d!.range).toEqual(lspRangeOf(SUBCONTRACT_DOC, 'null', '"subcontractPermission"'));
    expect(d!.severity).toBe(1);
    expect(d!.message).toMatch(/⑤再委託の許諾方法/);
    expect(d!.relatedInformation).toEqual([
      {
        location: { uri, range: lspRangeOf(SUBCONTRACT_DOC, '{ "value": "subcontract", "raw": "再委託する" }') },
        message: expect.stringMatching(/再委託/),
      },
    ]);

    // Filling in the permission (an incremental change) clears the finding.
    const version = await client.change(uri, [{ range: d!.range, newText: '"再委託先を書面で申請させ、委託元が書面で許諾する。"' }]);
    expect(only(await client.diagnosticsOf(uri, version), 'subcontract-details')).toEqual([]);
  });

  test('"disable for this line" inserts the directive above, with the line\'s indentation', async () => {
    const uri = fileUri(path.join(dir, 'disable.json'));
    await client.open(uri, SUBCONTRACT_DOC);
    const [d] = only(await client.diagnosticsOf(uri, 1), 'subcontract-details');
    const actions = await client.codeActions(uri, d!.range, [d!]);
    const disable = actions.find((a) => a.title === 'この行の「subcontract-details」を無効にする');
    expect(disable?.kind).toBe('quickfix');
    await client.apply(disable!.edit!);
    expect(client.text(uri)).toBe(
      SUBCONTRACT_DOC.replace(
        '        "subcontractPermission": null',
        '        // pialint-disable-next-line subcontract-details\n        "subcontractPermission": null',
      ),
    );
  });

  test('fix all of a rule in the file, and source.fixAll for fix-on-save', async () => {
    const uri = fileUri(path.join(dir, 'two-eras.json'));
    await client.open(uri, TWO_ERAS_DOC);
    const diagnostics = await client.diagnosticsOf(uri, 1);
    expect(diagnostics.map((d) => d.range)).toEqual([lspRangeOf(TWO_ERAS_DOC, '令和1年'), lspRangeOf(TWO_ERAS_DOC, '令和1年', '平成31年')]);
    const actions = await client.codeActions(uri, diagnostics[0]!.range, [diagnostics[0]!]);
    const titles = actions.map((a) => a.title);
    expect(titles).toEqual([
      '「era-first-year」の問題を修正する',
      'このファイルの「era-first-year」の問題をすべて修正する',
      'この行の「era-first-year」を無効にする',
      'pialint で自動修正できる問題をすべて修正する',
    ]);
    const onSave = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    expect(onSave.map((a) => a.kind)).toEqual(['source.fixAll.pialint']);
    const all = actions[1] as CodeAction;
    const version = await client.apply(all.edit!);
    expect(client.text(uri)).toBe(TWO_ERAS_DOC.replaceAll('令和1年', '令和元年'));
    expect(await client.diagnosticsOf(uri, version)).toEqual([]);
  });

  test('a suggestion (choice-value) is offered as a quick fix that sets value and raw together', async () => {
    const uri = fileUri(path.join(dir, 'typo.json'));
    await client.open(uri, TYPO_DOC);
    const [d] = only(await client.diagnosticsOf(uri, 1), 'choice-value');
    expect(d!.range).toEqual(lspRangeOf(TYPO_DOC, '再委託すろ'));
    const actions = await client.codeActions(uri, d!.range, [d!]);
    const suggestion = actions.find((a) => a.title === '「再委託する」に置き換える');
    expect(suggestion).toBeDefined();
    const version = await client.apply(suggestion!.edit!);
    expect(JSON.parse(client.text(uri))['II[1]']['4']['item[1]'].subcontract).toEqual({ value: 'subcontract', raw: '再委託する' });
    expect(only(await client.diagnosticsOf(uri, version), 'choice-value')).toEqual([]);
  });

  test('quick typing: debounced, the last version is published last, never an older one after a newer', async () => {
    const uri = fileUri(path.join(dir, 'typing.json'));
    await client.open(uri, ERA_DOC);
    await client.diagnosticsOf(uri, 1);
    const before = client.published.length;
    const at = lspPositionOf(ERA_DOC, '6月1日');
    await client.change(uri, [{ range: { start: at, end: at }, newText: '1' }]);
    await client.change(uri, [{ range: { start: at, end: at }, newText: '1' }]);
    const v4 = await client.change(uri, [{ range: { start: at, end: at }, newText: '1' }]);
    const published = await client.nextDiagnostics(uri, before, (p) => p.version === v4);
    expect(published.diagnostics).toHaveLength(1);
    // Three changes within the debounce are normally linted once; a slow machine may publish an
    // intermediate version first, but never one that is already out of date.
    const versions = client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version!);
    expect(versions[versions.length - 1]).toBe(v4);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
  });

  test('hover on a choice key: its label with the form\'s number, ※ and what it means, the options', async () => {
    const uri = fileUri(path.join(dir, 'hover.json'));
    await client.open(uri, SUBCONTRACT_DOC);
    await client.diagnosticsOf(uri, 1);
    const at = lspPositionOf(SUBCONTRACT_DOC, '"subcontract"', undefined, 3);
    const result = await client.hover(uri, at.line, at.character);
    expect(result?.range).toEqual(lspRangeOf(SUBCONTRACT_DOC, '"subcontract"'));
    const text = markdown(result!.contents);
    expect(text).toMatch(/II 4\. 委託事項1 .*④再委託の有無/);
    expect(text).toContain('`II[1].4.item[1].subcontract`');
    expect(text).toContain('重要な変更');
    expect(text).toContain('事前');
    expect(text).toContain('- 再委託する `subcontract` ← 現在の値');
    expect(text).toContain('- 再委託しない `noSubcontract`');
  });

  test('hover on a law citation: its status on the document\'s as-of date (公表日), what to write, the source', async () => {
    const uri = fileUri(path.join(dir, 'citation.json'));
    const text = `{
  "meta": { "kind": "juten" },
  "cover": { "published": { "raw": "令和6年6月3日", "iso": "2024-06-03" } },
  "I": { "5": { "legalBasis": "番号法第19条第7号及び別表第二" } }
}
`;
    await client.open(uri, text);
    await client.diagnosticsOf(uri, 1);
    const at = lspPositionOf(text, '第19条');
    const result = await client.hover(uri, at.line, at.character);
    expect(result?.range).toEqual(lspRangeOf(text, '番号法第19条第7号'));
    const value = markdown(result!.contents);
    expect(value).toContain('基準日 2024-06-03（公表日）時点: **古い引用**');
    expect(value).toContain('「番号法第19条第8号」');
    expect(value).toMatch(/出典: /);
    // Below the citation, the field it is in.
    expect(value).toMatch(/②法令上の根拠/);
  });

  test('completion of a choice value offers the option names; of a key, the fields of the form', async () => {
    const uri = fileUri(path.join(dir, 'complete.json'));
    const text = SUBCONTRACT_DOC.replace('"value": "subcontract"', '"value": ""');
    await client.open(uri, text);
    const inValue = lspPositionOf(text, '"value": ""', '"subcontract"', '"value": "'.length);
    const values = await client.completion(uri, inValue.line, inValue.character);
    expect(values.map((i) => i.label)).toEqual(['subcontract', 'noSubcontract']);
    expect(values[0]!.textEdit).toEqual({ range: lspRangeOf(text, '""', '"subcontract"'), newText: '"subcontract"' });
    expect(values[0]!.detail).toBe('再委託する');

    const withKey = text.replace('"title": "システム運用保守",', '"title": "システム運用保守",\n        "",');
    const keyVersion = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: lspPositionOf(text, '', undefined, text.length) }, newText: withKey }]);
    expect(keyVersion).toBe(2);
    const inKey = lspPositionOf(withKey, '""', '"title"', 1);
    const keys = (await client.completion(uri, inKey.line, inKey.character)).map((i) => i.label);
    expect(keys).toContain('contractor');
    expect(keys).toContain('handlerCount');
    expect(keys).not.toContain('subcontract');
    expect(keys).not.toContain('title');
  });
});

describe('configuration', () => {
  let dir: string;
  let client: TestClient | undefined;
  const start = (options: ConstructorParameters<typeof TestClient>[0]): TestClient => (client = new TestClient(options));

  beforeEach(async () => {
    assertBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'pialint-lsp-config-'));
    writeConfig(dir, { rules: RULES });
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  test('a changed config file re-lints the open documents; a broken one is reported at the top, not a crash', async () => {
    const lsp = start({ rootDir: dir });
    await lsp.initialize();
    const uri = fileUri(path.join(dir, 'era.json'));
    await lsp.open(uri, ERA_DOC);
    expect((await lsp.diagnosticsOf(uri, 1)).map((d) => d.severity)).toEqual([1]);

    const configUri = fileUri(path.join(dir, 'pialint.config.json'));
    let before = lsp.published.length;
    writeConfig(dir, { rules: { ...RULES, 'era-first-year': 'warn' } });
    await lsp.notifyWatchedFiles([{ uri: configUri, type: 2 }]);
    const warned = await lsp.nextDiagnostics(uri, before);
    expect(warned.diagnostics.map((d) => [d.code, d.severity])).toEqual([['era-first-year', 2]]);

    before = lsp.published.length;
    writeConfig(dir, '{ "rules": { "no-such-rule": "error" } }');
    await lsp.notifyWatchedFiles([{ uri: configUri, type: 2 }]);
    const broken = await lsp.nextDiagnostics(uri, before);
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]).toMatchObject({
      code: 'config',
      severity: 1,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    expect(broken.diagnostics[0]!.message).toContain('no-such-rule');

    before = lsp.published.length;
    writeConfig(dir, { rules: RULES });
    await lsp.notifyWatchedFiles([{ uri: configUri, type: 2 }]);
    expect((await lsp.nextDiagnostics(uri, before)).diagnostics.map((d) => d.code)).toEqual(['era-first-year']);
  });

  test('saving a config file open in the editor re-lints too (for clients that do not watch files)', async () => {
    const lsp = start({ rootDir: dir });
    await lsp.initialize();
    const uri = fileUri(path.join(dir, 'era.json'));
    await lsp.open(uri, ERA_DOC);
    expect((await lsp.diagnosticsOf(uri, 1)).map((d) => d.severity)).toEqual([1]);
    const configUri = fileUri(path.join(dir, 'pialint.config.json'));
    const warn = JSON.stringify({ rules: { ...RULES, 'era-first-year': 'warn' } });
    await lsp.open(configUri, warn);
    const before = lsp.published.length;
    writeConfig(dir, warn);
    await lsp.save(configUri);
    const relinted = await lsp.nextDiagnostics(uri, before);
    expect(relinted.diagnostics.map((d) => [d.code, d.severity])).toEqual([['era-first-year', 2]]);
    // The config file itself is not an assessment: nothing is published for it.
    expect(lsp.published.filter((p) => p.uri === configUri && p.diagnostics.length > 0)).toEqual([]);
  });

  test('settings: pialint.locale from the client switches the messages to English', async () => {
    const lsp = start({ rootDir: dir, settings: { locale: 'en', allowWorkspacePlugins: false } });
    await lsp.initialize();
    const uri = fileUri(path.join(dir, 'era.json'));
    await lsp.open(uri, ERA_DOC);
    const published = await lsp.diagnostics(uri, (p) => p.diagnostics.some((d) => typeof d.message === 'string' && d.message.includes('should be written')));
    expect(published.diagnostics[0]!.message).toMatch(/"令和1年" .* should be written "令和元年"/);
    expect(lsp.logs.some((l) => /workspace plugins not allowed/.test(l))).toBe(true);
  });
});

describeWithCorpus('a rendering (.txt from the shared corpus) over LSP', () => {
  test('diagnostics at exact ranges, a hover on a label line, "disable for this line" as an HTML comment', async () => {
    assertBuilt();
    const dir = mkdtempSync(path.join(tmpdir(), 'pialint-lsp-rendering-'));
    const client = new TestClient({ rootDir: dir });
    try {
      await client.initialize();
      // One defect put in (the first date written 令和1年), so that a rule surely reports in it.
      const original = readFileSync(path.join(corpusDir, '000_e2e81983413e01ac.txt'), 'utf8');
      const date = /令和\d+年\d+月\d+日/.exec(original)![0];
      const text = original.replace(date, date.replace(/令和\d+年/, '令和1年'));
      const uri = fileUri(path.join(dir, 'rendering.txt'));
      await client.open(uri, text, 'plaintext');
      const diagnostics = await client.diagnosticsOf(uri, 1);
      expect(diagnostics.every((d) => d.source === 'pialint')).toBe(true);

      // The label of ①ファイルの種類 ※: the hover speaks of that field, with its options.
      const label = lspPositionOf(text, '①ファイルの種類', undefined, 1);
      const result = await client.hover(uri, label.line, label.character);
      const hoverText = markdown(result!.contents);
      expect(hoverText).toMatch(/II 2\. .*①ファイルの種類/);
      expect(hoverText).toContain('`II[1].2.fileType`');
      expect(hoverText).toContain('システム用ファイル `system`');

      const withRule = diagnostics.find((d) => d.code === 'era-first-year');
      expect(withRule?.range).toEqual(lspRangeOf(text, '令和1年'));
      const actions = await client.codeActions(uri, withRule!.range, [withRule!]);
      const disable = actions.find((a) => a.title === `この行の「${withRule!.code}」を無効にする`);
      await client.apply(disable!.edit!);
      const lines = client.text(uri).split('\n');
      const line = withRule!.range.start.line;
      const indent = /^[ \t\u3000]*/.exec(text.split('\n')[line]!)![0];
      expect(lines[line]).toBe(`${indent}<!-- pialint-disable-next-line ${withRule!.code} -->`);
      expect(lines[line + 1]).toBe(text.split('\n')[line]);
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pialint lsp --stdio (the CLI command)', () => {
  test('bin/pialint.js serves LSP: initialize, diagnostics, shutdown, exit 0', async () => {
    assertBuilt();
    const dir = mkdtempSync(path.join(tmpdir(), 'pialint-lsp-cli-'));
    writeConfig(dir, { rules: RULES });
    const client = new TestClient({ rootDir: dir, args: [path.join(repoRoot, 'bin', 'pialint.js'), 'lsp', '--stdio'] });
    try {
      const init = await client.initialize();
      expect(init.serverInfo?.name).toBe('pialint');
      const uri = fileUri(path.join(dir, 'era.json'));
      await client.open(uri, ERA_DOC);
      expect((await client.diagnosticsOf(uri, 1)).map((d) => d.code)).toEqual(['era-first-year']);
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
