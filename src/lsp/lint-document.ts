/**
 * Lints one version of an open document with the CLI's core: config resolution (config-cache.ts),
 * the same sources and `verify`. The text comes from the editor, not the disk.
 */
import path from 'node:path';
import { todayInJapan } from '../cli/today.js';
import { fileURLToPath } from 'node:url';
import { verify, type RuleRegistry } from '../engine/linter.js';
import { resolveAsOf } from '../law/as-of.js';
import { isKind, type Locale } from '../model/kinds.js';
import { createSource, sourceFormatFor, type SourceFormat } from '../sources/read-source.js';
import { LineIndex } from '../sources/line-index.js';
import type { ConfigCache } from './config-cache.js';
import { configErrorDiagnostic, internalErrorDiagnostic, pluginsNotLoadedDiagnostic, toDiagnostics } from './diagnostics.js';
import type { LintSnapshot } from './snapshot.js';

/** Extensions for documents that have no file yet (`untitled:`), by the client's language id. */
const EXTENSION_BY_LANGUAGE: Record<string, string> = { json: '.json', jsonc: '.jsonc', markdown: '.md', plaintext: '.txt' };

/**
 * The file path a document is linted as: its own for `file:` URIs (config lookup and `overrides`
 * globs depend on it), else a name in the workspace with the extension of its language.
 */
export function documentFilePath(uri: string, languageId: string, workspaceRoot: string | undefined): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // Not a local file URI (a UNC host on POSIX): fall through.
    }
  }
  const ext = EXTENSION_BY_LANGUAGE[languageId] ?? '.json';
  const name = decodeURIComponent(uri.replace(/^[a-z][a-z0-9+.-]*:/i, '').split(/[\\/]/).pop() ?? '') || 'untitled';
  return path.join(workspaceRoot ?? process.cwd(), path.extname(name) ? name : `${name}${ext}`);
}

export function documentFormat(filePath: string): SourceFormat | undefined {
  return sourceFormatFor(filePath);
}

export interface LintInput {
  uri: string;
  version: number;
  text: string;
  filePath: string;
  /** The directory config lookup starts from when the file has no folder of its own (the workspace). */
  cwd: string;
}

export interface LintEnvironment {
  /** The base rules (each document runs those of its config: these plus its plugins and declarative rules). */
  rules: RuleRegistry;
  configs: ConfigCache;
  /** The locale of the server's own texts when no config could be read. */
  fallbackLocale: Locale;
}

function emptySnapshot(input: LintInput, format: SourceFormat, locale: Locale): LintSnapshot {
  return {
    uri: input.uri,
    version: input.version,
    text: input.text,
    lines: new LineIndex(input.text),
    format,
    locale,
    source: null,
    kind: undefined,
    asOf: undefined,
    messages: [],
    diagnostics: [],
  };
}

export async function lintDocument(input: LintInput, env: LintEnvironment): Promise<LintSnapshot> {
  const format = documentFormat(input.filePath) ?? 'json';
  const outcome = await env.configs.get(input.filePath, input.cwd);
  if ('error' in outcome) {
    const snapshot = emptySnapshot(input, format, env.fallbackLocale);
    snapshot.diagnostics = [configErrorDiagnostic(outcome.error.message, env.fallbackLocale)];
    return snapshot;
  }
  const { config, rules } = outcome;
  const locale = config.locale ?? env.fallbackLocale;
  const snapshot = emptySnapshot(input, format, locale);
  try {
    const source = await createSource(input.filePath, { text: input.text, encoding: 'utf8', bom: false }, locale);
    snapshot.source = source;
    const fatal = source.parseMessages.some((m) => m.fatal);
    // Not an assessment (package.json, a README): no diagnostics, as a directory walk skips it.
    if (!fatal && !source.assessment) return snapshot;
    const kind = source.assessment?.meta?.kind;
    if (isKind(kind)) snapshot.kind = kind;
    if (source.assessment) {
      const today = config.today ?? todayInJapan();
      const override = config.asOf ? { date: config.asOf, source: config.asOfSource ?? 'config' } : undefined;
      const asOf = resolveAsOf(source.assessment, { override, today });
      snapshot.asOf = { date: asOf.date, source: asOf.source, ...(asOf.month ? { month: asOf.month } : {}) };
    }
    snapshot.messages = verify(source, config, rules);
    snapshot.diagnostics = toDiagnostics(snapshot.messages, {
      uri: input.uri,
      locale,
      rulesMeta: (ruleId) => rules.get(ruleId)?.meta,
    });
    if (config.skippedPlugins?.length) snapshot.diagnostics.unshift(pluginsNotLoadedDiagnostic(config.skippedPlugins, locale));
  } catch (error) {
    // A reader that failed to load or a bug: say so in the document instead of failing silently.
    snapshot.messages = [];
    snapshot.diagnostics = [internalErrorDiagnostic(error instanceof Error ? error.message : String(error), locale)];
  }
  return snapshot;
}
