/**
 * LintMessage → LSP Diagnostic (pure). The same messages the CLI prints, with the rule id as the
 * code, the rule page as codeDescription, and the other side of a cross-field finding as related
 * information in the same document.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Locale } from '../model/kinds.js';
import type { LintMessage, MessageSeverity, RuleMeta } from '../engine/types.js';
import { fullMessageText } from '../formatters/common.js';
import { toLspRange } from './positions.js';

export const DIAGNOSTIC_SOURCE = 'pialint';

/** The code of the diagnostic that carries a configuration error (it has no rule). */
export const CONFIG_ERROR_CODE = 'config';

export function toLspSeverity(severity: MessageSeverity, fatal = false): DiagnosticSeverity {
  if (fatal) return DiagnosticSeverity.Error;
  switch (severity) {
    case 2:
      return DiagnosticSeverity.Error;
    case 1:
      return DiagnosticSeverity.Warning;
    default:
      // pialint's "info" (import notes, unknown keys) counts as neither error nor warning.
      return DiagnosticSeverity.Information;
  }
}

export interface DiagnosticContext {
  uri: string;
  locale: Locale;
  /** Rule meta by rule id, for the docs link. */
  rulesMeta: (ruleId: string) => RuleMeta | undefined;
}

export function toDiagnostic(message: LintMessage, context: DiagnosticContext): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(message),
    severity: toLspSeverity(message.severity, message.fatal),
    source: DIAGNOSTIC_SOURCE,
    // As the CLI prints it: with the field's label and the as-of date when the text lacks them.
    message: fullMessageText(message, context.locale),
  };
  if (message.ruleId) {
    diagnostic.code = message.ruleId;
    const docsUrl = context.rulesMeta(message.ruleId)?.docsUrl;
    if (docsUrl) diagnostic.codeDescription = { href: docsUrl };
  }
  if (message.relatedInformation && message.relatedInformation.length > 0) {
    diagnostic.relatedInformation = message.relatedInformation.map(
      (related): DiagnosticRelatedInformation => ({
        location: { uri: context.uri, range: toLspRange(related) },
        message: related.message,
      }),
    );
  }
  return diagnostic;
}

export function toDiagnostics(messages: readonly LintMessage[], context: DiagnosticContext): Diagnostic[] {
  return messages.map((m) => toDiagnostic(m, context));
}

/** A configuration that cannot be loaded is shown at the top of every open document, not as a crash. */
export function configErrorDiagnostic(detail: string, locale: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: CONFIG_ERROR_CODE,
    message:
      locale === 'en'
        ? `pialint configuration error (this document was not checked): ${detail}`
        : `pialint の設定エラーのため、この文書は検査されていません: ${detail}`,
  };
}

/** The code of the diagnostic that says the workspace's code plugins were not loaded. */
export const PLUGINS_NOT_LOADED_CODE = 'plugins-not-loaded';

/**
 * The workspace config names code plugins and the user has not allowed workspace plugins: the
 * document was linted without their rules. One information diagnostic says so and how to allow them.
 */
export function pluginsNotLoadedDiagnostic(specifiers: readonly string[], locale: Locale): Diagnostic {
  const list = specifiers.join(', ');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: PLUGINS_NOT_LOADED_CODE,
    message:
      locale === 'en'
        ? `The workspace config's plugins (${list}) were not loaded, so their rules were not run: plugins run code from the workspace. If you trust this workspace, set "pialint.allowWorkspacePlugins": true in your user settings.`
        : `ワークスペースの設定にあるプラグイン (${list}) は読み込んでいないため、そのルールは検査していません (プラグインはワークスペースのコードを実行します)。このワークスペースを信頼する場合は、ユーザー設定で "pialint.allowWorkspacePlugins": true にしてください。`,
  };
}

/** A failure inside the server (a bug, or a reader that could not load) shown where the user looks. */
export function internalErrorDiagnostic(detail: string, locale: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    message:
      locale === 'en'
        ? `pialint could not check this document: ${detail}`
        : `pialint はこの文書を検査できませんでした: ${detail}`,
  };
}
