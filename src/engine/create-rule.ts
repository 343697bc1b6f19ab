import type { RuleMeta, RuleModule } from './types.js';

/** Where rule pages are published; SARIF helpUri and LSP codeDescription link here. */
export const DOCS_BASE_URL = 'https://github.com/pialint/pialint/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

/**
 * Typed rule definition (typescript-eslint's RuleCreator): fills the docs URL from the id and keeps
 * the options type tied to `defaultOptions`.
 */
export function createRule<Options extends Record<string, unknown> = Record<string, unknown>>(rule: {
  meta: Omit<RuleMeta, 'docsUrl'> & { docsUrl?: string };
  defaultOptions?: Options;
  check: RuleModule<Options>['check'];
}): RuleModule<Options> {
  return {
    meta: { ...rule.meta, docsUrl: rule.meta.docsUrl ?? ruleDocsUrl(rule.meta.id) },
    ...(rule.defaultOptions ? { defaultOptions: rule.defaultOptions } : {}),
    check: rule.check,
  };
}
