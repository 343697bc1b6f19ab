/**
 * Editor latency through the real language server (`pialint lsp --stdio`), driven by a JSON-RPC
 * client over its stdio as an editor drives it (the approach of test/lsp/lsp-client.ts, in plain JS).
 *
 * For each edit (one character typed into a line of the document, positions from a seeded source) the
 * time is taken from sending `textDocument/didChange` to receiving `textDocument/publishDiagnostics`
 * for that version. The server waits DEBOUNCE_MS after a change before linting (to skip keystrokes);
 * a request for the document (here a hover at the edit, as an editor sends when the pointer rests)
 * makes it lint at once. So two series: `relint` (debounce skipped by the request: the work a change
 * costs) and `debounced` (a plain change: what a user sees without further requests).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { Random } from './prng.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(repoRoot, 'bin', 'pialint.js');

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Peak resident memory of a process (Linux /proc; undefined elsewhere). */
function peakRssKB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s*(\d+)\s*kB/m.exec(status);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

class BenchClient {
  constructor(workspace) {
    this.process = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.process.stderr.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.waiters = [];
    this.logs = [];
    this.logWaiters = [];
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const at = now();
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== params.uri || w.version !== params.version) return true;
        w.resolve({ at, diagnostics: params.diagnostics.length });
        return false;
      });
    });
    this.connection.onNotification('window/logMessage', (params) => {
      this.logs.push(params.message);
      this.logWaiters = this.logWaiters.filter((w) => !w(params.message));
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    this.connection.listen();
    this.workspace = workspace;
  }

  published(uri, version, timeoutMs = 120_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
      this.waiters.push({
        uri,
        version,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      });
    });
  }

  logged(pattern, timeoutMs = 60_000) {
    if (this.logs.some((l) => pattern.test(l))) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server logged nothing matching ${pattern}\n${this.stderr}`)), timeoutMs);
      this.logWaiters.push((message) => {
        if (!pattern.test(message)) return false;
        clearTimeout(timer);
        resolve();
        return true;
      });
    });
  }

  async initialize() {
    const rootUri = pathToFileURL(this.workspace).href;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] }, synchronization: { didSave: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    await this.logged(/language server:/);
  }

  async stop() {
    const exited = new Promise((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    await exited;
    this.connection.dispose();
  }
}

/** Lines worth typing into: long enough to hold a value (labels and values alike, as a user edits). */
function editableLines(lines) {
  const out = [];
  lines.forEach((line, i) => {
    if (line.length >= 12) out.push(i);
  });
  return out;
}

/**
 * Opens `file` in the server and types `edits` characters (relint series) and `debouncedEdits` more
 * (debounced series). Returns the samples in ms, the time of the first lint, and the server's peak RSS.
 */
export async function measureLspLatency({ file, edits = 50, debouncedEdits = 5, seed = 1 }) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const candidates = editableLines(lines);
  const random = new Random(seed);
  const client = new BenchClient(path.dirname(file));
  try {
    await client.initialize();
    const uri = pathToFileURL(file).href;
    let version = 1;
    const opened = now();
    const first = client.published(uri, version);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
    const firstLint = await first;
    const openMs = firstLint.at - opened;

    const type = async (forceLint) => {
      const line = random.pick(candidates);
      const character = Math.floor(lines[line].length / 2);
      lines[line] = lines[line].slice(0, character) + 'あ' + lines[line].slice(character);
      const position = { line, character };
      version++;
      const done = client.published(uri, version);
      const sent = now();
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: position, end: position }, text: 'あ' }],
      });
      const hover = forceLint ? client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) : undefined;
      const result = await done;
      if (hover) await hover;
      return result.at - sent;
    };

    const relint = [];
    for (let i = 0; i < edits; i++) relint.push(await type(true));
    const debounced = [];
    for (let i = 0; i < debouncedEdits; i++) debounced.push(await type(false));
    return {
      bytes: Buffer.byteLength(text),
      openMs,
      diagnostics: firstLint.diagnostics,
      relint,
      debounced,
      serverMaxRssKB: peakRssKB(client.process.pid),
    };
  } finally {
    await client.stop();
  }
}
