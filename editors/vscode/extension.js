'use strict';
// A minimal VS Code client for pialint's language server (`pialint lsp --stdio`): see docs/editors.md.
// All the work (diagnostics, quick fixes, hovers, completion, config reloads) is in the server.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/**
 * The server to run: `pialint.server.path`, else the workspace's own pialint (the version the
 * project's CI uses), else `pialint` on PATH.
 */
function serverOptions() {
  const config = vscode.workspace.getConfiguration('pialint');
  const node = config.get('server.node') || 'node';
  const folders = (vscode.workspace.workspaceFolders || []).map((f) => f.uri.fsPath);
  const candidates = [];
  const explicit = config.get('server.path');
  if (explicit) candidates.push(path.resolve(folders[0] || process.cwd(), explicit));
  for (const folder of folders) candidates.push(path.join(folder, 'node_modules', 'pialint', 'bin', 'pialint.js'));
  const cli = candidates.find((file) => fs.existsSync(file));
  if (cli) return { command: node, args: [cli, 'lsp', '--stdio'] };
  return { command: 'pialint', args: ['lsp', '--stdio'], options: { shell: process.platform === 'win32' } };
}

const LANGUAGES = ['json', 'jsonc', 'markdown', 'plaintext'];

function clientOptions() {
  return {
    // Assessments (.json/.jsonc) and renderings (.md/.txt); the server ignores other JSON and text.
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannelName: 'pialint',
  };
}

async function start() {
  client = new LanguageClient('pialint', 'pialint', serverOptions(), clientOptions());
  await client.start();
}

async function restart() {
  if (client) await client.stop();
  await start();
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('pialint.restartServer', restart),
    // The server reads pialint.* itself; only a different server needs a restart.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('pialint.server')) void restart();
    }),
  );
  await start();
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
