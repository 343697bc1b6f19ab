import type { Locale } from '../model/kinds.js';
import type { ConfigSeverity } from './types.js';

/** One rule's setting after config resolution: ESLint's `[severity, options]`. */
export interface RuleSetting {
  severity: Exclude<ConfigSeverity, 0 | 1 | 2>;
  options?: Record<string, unknown>;
}

/** Rule settings that apply only to messages about matching fields (`II[*].5.provide[*]`). */
export interface FieldOverride {
  fields: string[];
  rules: Record<string, RuleSetting>;
}

/** What the pure core needs of a configuration (the config module resolves files, extends and globs into this). */
export interface LinterConfig {
  rules: Record<string, RuleSetting>;
  fieldOverrides?: FieldOverride[];
  /** `YYYY-MM-DD`: overrides the document's own as-of date. */
  asOf?: string;
  asOfSource?: 'config' | 'cli';
  /** Today's date, for documents that state no date at all (the core reads no clock). */
  today?: string;
  locale?: Locale;
  settings?: Record<string, unknown>;
  /** Report directives that suppressed nothing (`--report-unused-disable-directives`). */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
}

export function normalizeSeverity(value: ConfigSeverity): RuleSetting['severity'] {
  switch (value) {
    case 0:
      return 'off';
    case 1:
      return 'warn';
    case 2:
      return 'error';
    default:
      return value;
  }
}

export function severityNumber(severity: RuleSetting['severity']): 0 | 1 | 2 | undefined {
  switch (severity) {
    case 'off':
      return undefined;
    case 'info':
      return 0;
    case 'warn':
      return 1;
    case 'error':
      return 2;
  }
}
