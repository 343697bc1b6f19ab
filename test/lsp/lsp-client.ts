/**
 * A real LSP client for the tests: spawns the server as a process and talks JSON-RPC over its stdio
 * with vscode-jsonrpc, like an editor does. It answers the server's requests (settings,
 * registrations) and collects what the server publishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  Hover,
  InitializeResult,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { repoRoot } from '../helpers/paths.js';

/** The launcher that runs the built server (see server-entry.js). */
export const serverEntry = path.join(repoRoot, 'test', 'lsp', 'server-entry.js');
export const builtServer = path.join(repoRoot, 'dist', 'src', 'cli', 'commands', 'lsp.js');

export function assertBuilt(): void {
  if (!existsSync(builtServer)) throw new Error(`${builtServer} is missing: run \`npm run build\` (or npx tsc -p tsconfig.build.json) first`);
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

export interface ClientOptions {
  /** Command and arguments after `node`; the launcher of the built server by default. */
  args?: string[];
  rootDir: string;
  /** What the client answers to `workspace/configuration` for the "pialint" section. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
}

export class TestClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly logs: string[] = [];
  stderr = '';
  private readonly docs = new Map<string, TextDocument>();
  private logWaiters: ((message: string) => boolean)[] = [];
  private waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  settings: Record<string, unknown>;

  constructor(private readonly options: ClientOptions) {
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, options.args ?? [serverEntry], { cwd: options.rootDir, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      const ready = this.waiters.filter((w) => w.test(params));
      this.waiters = this.waiters.filter((w) => !w.test(params));
      for (const w of ready) w.resolve(params);
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.logWaiters = this.logWaiters.filter((w) => !w(params.message));
    });
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'pialint' ? this.settings : null)),
    );
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const rootUri = fileUri(this.options.rootDir);
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'test' }],
      initializationOptions: this.options.initializationOptions ?? {},
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true },
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          synchronization: { didSave: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    // The server logs its start line once `initialized` is handled (registrations made, settings read):
    // from then on, what the tests see does not depend on how fast that went.
    await this.log(/language server:/);
    return result;
  }

  /** Resolves when the server logs a line matching `pattern` (or already has). */
  log(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
    const seen = this.logs.find((l) => pattern.test(l));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server logged nothing matching ${pattern}: ${this.logs.join('\n')}\n${this.stderr}`)), timeoutMs);
      this.logWaiters.push((message) => {
        if (!pattern.test(message)) return false;
        clearTimeout(timer);
        resolve(message);
        return true;
      });
    });
  }

  /** The next diagnostics for `uri` that pass `test` (by default: any version), including ones already received. */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const matches = (p: PublishDiagnosticsParams) => p.uri === uri && test(p);
    const seen = this.published.find(matches);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published.filter((p) => p.uri === uri))}\n${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.push({
        test: matches,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** Diagnostics of exactly this version of the document. */
  diagnosticsOf(uri: string, version: number): Promise<Diagnostic[]> {
    return this.diagnostics(uri, (p) => p.version === version).then((p) => p.diagnostics);
  }

  /** Diagnostics published after the given count of notifications. */
  nextDiagnostics(uri: string, after: number, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (p) => this.published.indexOf(p) >= after && test(p));
  }

  text(uri: string): string {
    return this.doc(uri).getText();
  }

  version(uri: string): number {
    return this.doc(uri).version;
  }

  private doc(uri: string): TextDocument {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    return doc;
  }

  async open(uri: string, text: string, languageId = 'json'): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends incremental changes (ranges in the current text) as the next version; returns that version. */
  async change(uri: string, edits: TextEdit[]): Promise<number> {
    const doc = this.doc(uri);
    const version = doc.version + 1;
    // LSP applies contentChanges in order, each against the text the previous one produced: send
    // them last-first so that every range still refers to the text the edits were computed on.
    const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    const updated = TextDocument.update(
      doc,
      ordered.map((e) => ({ range: e.range, text: e.newText })),
      version,
    );
    this.docs.set(uri, updated);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    return version;
  }

  /** Applies a WorkspaceEdit from the server the way an editor does, as incremental changes; returns the new version. */
  async apply(edit: WorkspaceEdit): Promise<number> {
    const entries = edit.documentChanges
      ? edit.documentChanges.map((c) => {
          if (!('textDocument' in c)) throw new Error('only text edits are expected');
          if (c.textDocument.version !== null && c.textDocument.version !== this.version(c.textDocument.uri)) {
            throw new Error(`edit for version ${c.textDocument.version}, document is at ${this.version(c.textDocument.uri)}`);
          }
          return [c.textDocument.uri, c.edits as TextEdit[]] as const;
        })
      : Object.entries(edit.changes ?? {});
    let version = 0;
    for (const [uri, edits] of entries) version = await this.change(uri, edits);
    return version;
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  async completion(uri: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = await this.connection.sendRequest<CompletionItem[] | CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    });
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async notifyWatchedFiles(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /** shutdown + exit, as an editor closes; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server already went away: the exit code tells.
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }
}

/** 0-based LSP position of the first `needle` in `text` (after `after`, when given), plus `delta` characters. */
export function lspPositionOf(text: string, needle: string, after?: string, delta = 0): { line: number; character: number } {
  const from = after === undefined ? 0 : text.indexOf(after);
  if (from < 0) throw new Error(`anchor not found: ${after}`);
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`not found: ${needle}`);
  return positionAt(text, offset + delta);
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  return TextDocument.create('x:', 'json', 0, text).positionAt(offset);
}

/** The range of the first `needle` (after `after`). */
export function lspRangeOf(text: string, needle: string, after?: string): Range {
  const start = lspPositionOf(text, needle, after);
  return { start, end: lspPositionOf(text, needle, after, needle.length) };
}
