/**
 * Trust in the editor (built server over JSON-RPC): a workspace's code plugins are loaded only when
 * the user setting `pialint.allowWorkspacePlugins` is true. Without it the document is linted with
 * the plugin's rules left out, the declarative rules still apply (they run no code), and one
 * information diagnostic says what was not loaded and how to allow it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { assertBuilt, fileUri, TestClient } from '../lsp/lsp-client.js';
import { pluginsFixtures } from './helpers.js';

const clients: TestClient[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const client of clients) await client.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workspace(): { dir: string; uri: string; text: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pialint-lsp-plugins-'));
  dirs.push(dir);
  cpSync(pluginsFixtures, dir, { recursive: true });
  const file = path.join(dir, 'project', 'assessment.json');
  return { dir, uri: fileUri(file), text: readFileSync(file, 'utf8') };
}

async function start(dir: string, settings: Record<string, unknown>): Promise<TestClient> {
  assertBuilt();
  const client = new TestClient({ rootDir: dir, settings });
  clients.push(client);
  await client.initialize();
  return client;
}

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));
const hasHouseRules = (p: PublishDiagnosticsParams) => codes(p).some((c) => c.startsWith('house/'));

describe('pialint.allowWorkspacePlugins', () => {
  test('off (the default): no plugin code runs; declarative rules apply; one information diagnostic explains', async () => {
    const { dir, uri, text } = workspace();
    // A plugin that would leave a trace if it ran at all.
    const marker = path.join(dir, 'plugin-ran.txt');
    writeFileSync(path.join(dir, 'trap.js'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default { meta: { name: 'pialint-plugin-trap', version: '1.0.0' }, rules: {} };\n`);
    const config = path.join(dir, 'project', 'pialint.config.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace('"plugins": ["../pialint-plugin-kakushi"]', '"plugins": ["../pialint-plugin-kakushi", "../trap.js"]'));

    const client = await start(dir, { locale: 'en' });
    await client.open(uri, text);
    const published = await client.diagnostics(uri, hasHouseRules);
    expect(codes(published).filter((c) => c.includes('/')).sort()).toEqual([
      'house/common-systems',
      'house/dept-notation',
      'house/evaluation-no',
      'house/subcontract-clause',
    ]);
    const notes = published.diagnostics.filter((d) => d.code === 'plugins-not-loaded');
    expect(notes).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 3,
        source: 'pialint',
        code: 'plugins-not-loaded',
        message:
          'The workspace config\'s plugins (../pialint-plugin-kakushi, ../trap.js) were not loaded, so their rules were not run: plugins run code from the workspace. If you trust this workspace, set "pialint.allowWorkspacePlugins": true in your user settings.',
      } satisfies Diagnostic,
    ]);
    expect(() => readFileSync(marker)).toThrow();
    expect(client.logs.some((l) => /workspace plugins not allowed/.test(l))).toBe(true);
  });

  test('on: the plugin’s rules run, with the same ranges as the CLI; turning it on at run time re-lints', async () => {
    const { dir, uri, text } = workspace();
    const client = await start(dir, { allowWorkspacePlugins: false });
    await client.open(uri, text);
    const before = await client.diagnostics(uri, hasHouseRules);
    expect(codes(before)).toContain('plugins-not-loaded');
    expect(codes(before).some((c) => c.startsWith('kakushi/'))).toBe(false);

    const count = client.published.length;
    client.settings = { allowWorkspacePlugins: true };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const after = await client.nextDiagnostics(uri, count, (p) => codes(p).some((c) => c.startsWith('kakushi/')));
    expect(codes(after)).not.toContain('plugins-not-loaded');
    const contractor = after.diagnostics.filter((d) => d.code === 'kakushi/approved-contractor');
    // 0-based: the CLI's 332:24–332:37 and 347:24–347:37.
    expect(contractor.map((d) => d.range)).toEqual([
      { start: { line: 331, character: 23 }, end: { line: 331, character: 36 } },
      { start: { line: 346, character: 23 }, end: { line: 346, character: 36 } },
    ]);
    expect(contractor[0]!.codeDescription).toEqual({ href: 'https://example.org/kakushi/pialint-rules#approved-contractor' });
    expect(codes(after)).toContain('kakushi/subcontract-in-writing');
  });

  test('a plugin that cannot load is a configuration error shown in the document, not a crash', async () => {
    const { dir, uri, text } = workspace();
    writeFileSync(path.join(dir, 'project', 'pialint.config.json'), JSON.stringify({ plugins: ['./missing.js'] }));
    const client = await start(dir, { allowWorkspacePlugins: true, locale: 'en' });
    await client.open(uri, text);
    const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]!.code).toBe('config');
    expect(published.diagnostics[0]!.message).toMatch(/^pialint configuration error \(this document was not checked\): .*plugin "\.\/missing\.js" not found/);
  });
});
