/**
 * The language server: open documents with incremental sync, a debounced lint per document whose
 * stale runs are dropped, diagnostics per document version, and the requests (code actions, hover,
 * completion) answered from the snapshot of the version the client sees.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinRules } from '../../rules/index.js';
import { CONFIG_FILE_NAMES } from '../config/load-config.js';
import type { RuleRegistry } from '../engine/linter.js';
import { LineIndex } from '../sources/line-index.js';
import { packageVersion } from '../cli/version.js';
import { describeCitations } from './citation-hover.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { complete } from './completion.js';
import { ConfigCache } from './config-cache.js';
import { hover, type CitationDescriber } from './hover.js';
import { documentFilePath, documentFormat, lintDocument } from './lint-document.js';
import { lspPositionToOffset } from './positions.js';
import { DEFAULT_SETTINGS, parseSettings, type PialintSettings } from './settings.js';
import type { LintSnapshot } from './snapshot.js';

/** Debounce for re-linting while typing: long enough to skip most keystrokes, short enough to feel live. */
export const DEBOUNCE_MS = 150;

/** Config files are watched by name (their `extends` targets are re-read when saved in the editor). */
export const CONFIG_WATCH_PATTERN = `**/{${CONFIG_FILE_NAMES.join(',')}}`;

export interface ServerOptions {
  rules?: RuleRegistry;
  debounceMs?: number;
  /** Describes law citations in hovers (default: the law module's parser and timeline). */
  citations?: CitationDescriber;
}

interface ClientSupport {
  configuration: boolean;
  dynamicConfiguration: boolean;
  dynamicWatchedFiles: boolean;
  documentChanges: boolean;
}

function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  return {
    configuration: capabilities.workspace?.configuration === true,
    dynamicConfiguration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    dynamicWatchedFiles: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
  };
}

function envLocale(): 'ja' | 'en' {
  return process.env.PIALINT_LOCALE === 'en' ? 'en' : 'ja';
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const rules = options.rules ?? builtinRules;
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const documents = new TextDocuments(TextDocument);
  let support: ClientSupport = { configuration: false, dynamicConfiguration: false, dynamicWatchedFiles: false, documentChanges: false };
  let settings: PialintSettings = DEFAULT_SETTINGS;
  let initSettings: PialintSettings = DEFAULT_SETTINGS;
  let workspaceRoots: string[] = [];
  const configs = new ConfigCache(rules, () => settings);

  const snapshots = new Map<string, LintSnapshot>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** The running lint per document, keyed by version, so concurrent requests share one run. */
  const running = new Map<string, { version: number; generation: number; promise: Promise<LintSnapshot | undefined> }>();
  /** Bumped when config or settings change: a run started before that must neither be shared nor published. */
  let generation = 0;
  const fresh = new Set<string>();
  const describe = options.citations ?? describeCitations;

  const log = (text: string) => connection.console.log(text);

  function locale(): 'ja' | 'en' {
    return settings.locale ?? envLocale();
  }

  function workspaceRootFor(filePath: string): string | undefined {
    return workspaceRoots
      .filter((root) => filePath === root || filePath.startsWith(root + path.sep))
      .sort((a, b) => b.length - a.length)[0];
  }

  function lintInput(document: TextDocument) {
    const filePath = documentFilePath(document.uri, document.languageId, workspaceRoots[0]);
    return {
      uri: document.uri,
      version: document.version,
      text: document.getText(),
      filePath,
      cwd: workspaceRootFor(filePath) ?? path.dirname(filePath),
    };
  }

  /** Lints the current version; the result is dropped (undefined) if the document moved on meanwhile. */
  function run(uri: string): Promise<LintSnapshot | undefined> {
    const document = documents.get(uri);
    if (!document) return Promise.resolve(undefined);
    const current = running.get(uri);
    if (current && current.version === document.version && current.generation === generation) return current.promise;
    const input = lintInput(document);
    if (!documentFormat(input.filePath)) return Promise.resolve(undefined);
    const started = generation;
    const promise = lintDocument(input, { rules, configs, fallbackLocale: locale() }).then(
      (snapshot) => {
        if (running.get(uri)?.promise === promise) running.delete(uri);
        // A stale run (the document changed or closed, or the config changed) publishes nothing: a
        // newer run is scheduled.
        if (documents.get(uri)?.version !== snapshot.version || started !== generation) return undefined;
        snapshots.set(uri, snapshot);
        void connection.sendDiagnostics({ uri, version: snapshot.version, diagnostics: snapshot.diagnostics });
        return snapshot;
      },
      (error: unknown) => {
        // lintDocument reports reader and rule failures itself; this is a bug outside them.
        if (running.get(uri)?.promise === promise) running.delete(uri);
        log(`pialint: lint failed for ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return undefined;
      },
    );
    running.set(uri, { version: document.version, generation, promise });
    return promise;
  }

  function schedule(uri: string, delay: number): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void run(uri);
      }, delay),
    );
  }

  /** The snapshot of the version the client has now, linting it at once if the debounce has not run yet. */
  async function currentSnapshot(uri: string): Promise<LintSnapshot | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const cached = snapshots.get(uri);
    if (cached && cached.version === document.version) return cached;
    const pending = timers.get(uri);
    if (pending) {
      clearTimeout(pending);
      timers.delete(uri);
    }
    return run(uri);
  }

  function revalidateAll(reason: string): void {
    generation++;
    configs.clear();
    snapshots.clear();
    running.clear();
    log(`pialint: re-linting ${documents.keys().length} open document(s): ${reason}`);
    for (const uri of documents.keys()) schedule(uri, 0);
  }

  /** Reads the client's `pialint` settings; true when they differ from the ones in use. */
  async function pullSettings(): Promise<boolean> {
    let next = initSettings;
    if (support.configuration) {
      try {
        const section: unknown = await connection.workspace.getConfiguration('pialint');
        const parsed = parseSettings(section ?? {}, initSettings);
        parsed.notes.forEach(log);
        next = parsed.settings;
      } catch (error) {
        log(`pialint: could not read settings: ${String(error)}`);
      }
    }
    const changed = JSON.stringify(next) !== JSON.stringify(settings);
    settings = next;
    return changed;
  }

  connection.onInitialize((params): InitializeResult => {
    support = clientSupport(params.capabilities);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceRoots = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    const parsed = parseSettings(params.initializationOptions ?? {});
    initSettings = parsed.settings;
    settings = initSettings;
    parsed.notes.forEach(log);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"'] },
      },
      serverInfo: { name: 'pialint', version: packageVersion() },
    };
  });

  connection.onInitialized(async () => {
    // A client that refuses a registration still gets diagnostics; config changes then need a save.
    try {
      if (support.dynamicConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'pialint' });
      if (support.dynamicWatchedFiles) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_WATCH_PATTERN }] });
      }
    } catch (error) {
      log(`pialint: registration refused by the client: ${String(error)}`);
    }
    const changed = await pullSettings();
    log(
      `pialint ${packageVersion()} language server: locale ${locale()}` +
        `${settings.asOf ? `, as of ${settings.asOf}` : ''}, workspace plugins ${settings.allowWorkspacePlugins ? 'allowed' : 'not allowed'}`,
    );
    // Documents opened before the settings arrived are linted again with them.
    if (changed && documents.keys().length > 0) revalidateAll('settings loaded');
  });

  connection.onDidChangeConfiguration(async (params) => {
    let changed: boolean;
    if (support.configuration) {
      changed = await pullSettings();
    } else {
      const parsed = parseSettings(params.settings ?? {}, initSettings);
      parsed.notes.forEach(log);
      changed = JSON.stringify(parsed.settings) !== JSON.stringify(settings);
      settings = parsed.settings;
    }
    if (changed) revalidateAll('settings changed');
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changed = params.changes.map((c) => c.uri).filter((uri) => uri.startsWith('file:') && configs.isConfigFile(fileURLToPath(uri)));
    if (changed.length > 0) revalidateAll(`config changed: ${changed.join(', ')}`);
  });

  documents.onDidOpen((event) => fresh.add(event.document.uri));
  documents.onDidChangeContent((event) => {
    // Linted at once when opened, debounced while typing.
    schedule(event.document.uri, fresh.delete(event.document.uri) ? 0 : debounceMs);
  });
  documents.onDidSave((event) => {
    const uri = event.document.uri;
    if (uri.startsWith('file:') && configs.isConfigFile(fileURLToPath(uri))) revalidateAll(`config saved: ${uri}`);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    snapshots.delete(uri);
    running.delete(uri);
    fresh.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params) => {
    const snapshot = await currentSnapshot(params.textDocument.uri);
    if (!snapshot) return [];
    return codeActions(snapshot, params.range, params.context, { documentChanges: support.documentChanges });
  });

  connection.onHover(async (params) => {
    const snapshot = await currentSnapshot(params.textDocument.uri);
    if (!snapshot) return null;
    return hover(snapshot, lspPositionToOffset(snapshot.lines, params.position), describe);
  });

  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const filePath = documentFilePath(document.uri, document.languageId, workspaceRoots[0]);
    if (documentFormat(filePath) !== 'json') return [];
    // Completion reads the text as typed so far: no lint needed, and no wait for the debounce.
    const text = document.getText();
    const snapshot = snapshots.get(document.uri);
    const lines = snapshot?.text === text ? snapshot.lines : new LineIndex(text);
    return complete({ text, lines, offset: document.offsetAt(params.position), locale: snapshot?.locale ?? locale() });
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  documents.listen(connection);
}
