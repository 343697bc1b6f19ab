/**
 * A real editor against the server: headless Neovim with its built-in LSP client (no plugins) opens
 * a defective assessment, receives diagnostics, applies the quick fix and receives new diagnostics.
 * CI installs Neovim from Debian packages; without `nvim` on PATH the suite is skipped, visibly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { repoRoot } from '../helpers/paths.js';
import { assertBuilt, lspRangeOf, serverEntry } from './lsp-client.js';

const nvimFound = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const describeWithNvim: jest.Describe = nvimFound ? describe : describe.skip;
const title = nvimFound ? 'Neovim built-in LSP client (headless)' : 'Neovim built-in LSP client (skipped: nvim is not on PATH; CI installs it)';

const DOC = `{
  "meta": { "kind": "juten" },
  "cover": {
    "published": { "raw": "令和1年6月1日", "iso": "2019-06-01" }
  },
  "II[1]": {
    "4": {
      "item[1]": {
        "subcontract": { "value": "subcontract", "raw": "再委託する" },
        "subcontractPermission": null,
        "subcontractWork": "運用保守の一部"
      }
    }
  }
}
`;

interface Report {
  error?: string;
  steps: string[];
  first: PublishDiagnosticsParams;
  shown: { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; code: string }[];
  actions: string[];
  after: PublishDiagnosticsParams;
  text: string;
}

/** Neovim shows byte columns: the UTF-8 length of the line up to a UTF-16 character offset. */
function byteColumn(text: string, line: number, character: number): number {
  return Buffer.byteLength(text.split('\n')[line]!.slice(0, character), 'utf8');
}

describeWithNvim(title, () => {
  test('diagnostics with exact ranges, a quick fix applied through an incremental change, new diagnostics', () => {
    assertBuilt();
    const dir = mkdtempSync(path.join(tmpdir(), 'pialint-nvim-'));
    try {
      writeFileSync(path.join(dir, 'pialint.config.json'), JSON.stringify({ rules: { 'era-first-year': 'error', 'subcontract-details': 'warn' } }));
      const file = path.join(dir, 'assessment.json');
      writeFileSync(file, DOC);
      const out = path.join(dir, 'report.json');
      const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(repoRoot, 'test', 'lsp', 'neovim-client.lua')}`], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 90_000,
        env: {
          ...process.env,
          PIALINT_NVIM_CMD: JSON.stringify([process.execPath, serverEntry]),
          PIALINT_NVIM_ROOT: dir,
          PIALINT_NVIM_FILE: file,
          PIALINT_NVIM_OUT: out,
        },
      });
      let report: Report;
      try {
        report = JSON.parse(readFileSync(out, 'utf8')) as Report;
      } catch {
        throw new Error(`Neovim wrote no report (status ${run.status}, signal ${run.signal})\n${run.stdout}\n${run.stderr}`);
      }
      expect(report.error).toBeUndefined();
      expect(report.steps).toEqual(['attached', 'diagnostics', 'applied', 'relinted']);

      const era = lspRangeOf(DOC, '令和1年');
      const permission = lspRangeOf(DOC, 'null', '"subcontractPermission"');
      expect(report.first.diagnostics.map((d) => [d.code, d.severity, d.range])).toEqual([
        ['era-first-year', 1, era],
        ['subcontract-details', 2, permission],
      ]);
      // What Neovim displays: the same places, in its byte columns.
      const shown = [...report.shown].sort((a, b) => a.lnum - b.lnum);
      expect(shown.map((d) => [d.code, d.lnum, d.col, d.end_lnum, d.end_col])).toEqual([
        ['era-first-year', era.start.line, byteColumn(DOC, era.start.line, era.start.character), era.end.line, byteColumn(DOC, era.end.line, era.end.character)],
        ['subcontract-details', permission.start.line, byteColumn(DOC, permission.start.line, permission.start.character), permission.end.line, byteColumn(DOC, permission.end.line, permission.end.character)],
      ]);

      expect(report.actions).toContain('「era-first-year」の問題を修正する');
      expect(report.actions).toContain('この行の「era-first-year」を無効にする');
      expect(report.text).toBe(DOC.replace('令和1年', '令和元年').replace(/\n$/, ''));
      expect(report.after.version).toBeGreaterThan(report.first.version ?? 0);
      expect(report.after.diagnostics.map((d) => [d.code, d.range])).toEqual([['subcontract-details', permission]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
