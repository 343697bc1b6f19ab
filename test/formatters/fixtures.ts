import type { FormatterContext, LintMessage, LintResult, RuleMeta } from '../../src/engine/types.js';

/**
 * Hand-built results that exercise every corner a formatter has: Japanese text, a surrogate pair
 * inside a reported range, a path with a space and Japanese, a fatal parse error (ruleId null),
 * a fix, a suggestion, related information, an info note, a suppressed message and a clean file.
 */

export const CWD = '/work/repo';

/** The file the first result is about; the fix offsets below point into it. */
export const SOURCE = [
  '{',
  '  "cover": {"published": {"raw": "令和1年2月5日", "iso": "2019-02-05"}},',
  '  "II[1]": {"5": {"item[1]": {"use": {"raw": "𠮷田市へ提供"}}}},',
  '  "備考欄": "…"',
  '}',
  '',
].join('\n');

const eraStart = SOURCE.indexOf('令和1年');
const useStart = SOURCE.indexOf('𠮷田市へ提供');

export const eraMessage: LintMessage = {
  ruleId: 'era-first-year',
  severity: 1,
  message: '「令和1年」は「令和元年」と書きます。',
  messageId: 'useGannen',
  line: 2,
  column: 35,
  endLine: 2,
  endColumn: 39,
  fieldId: 'cover.published',
  fieldLabel: '公表日',
  fix: { range: [eraStart, eraStart + 4], text: '令和元年' },
  asOf: '2024-02-05',
};

export const subcontractMessage: LintMessage = {
  ruleId: 'subcontract-details',
  severity: 2,
  message: '「II 4. 委託事項2 ⑤再委託の許諾方法」が記載されていません。',
  line: 12,
  column: 5,
  endLine: 14,
  endColumn: 6,
  fieldId: 'II[1].4.item[2].subcontractPermission',
  fieldLabel: 'II 4. 委託事項2 ⑤再委託の許諾方法',
  relatedInformation: [
    { fieldId: 'II[1].4.item[2].subcontract', message: '「再委託する」と記載された項目', line: 11, column: 5, endLine: 11, endColumn: 20 },
  ],
};

/** The range covers 𠮷 (two UTF-16 code units), so endColumn is 7 columns after column 47. */
export const choiceMessage: LintMessage = {
  ruleId: 'choice-value',
  severity: 2,
  message: '記載「𠮷田市へ提供」は様式の選択肢のいずれとも一致しません。',
  line: 3,
  column: 47,
  endLine: 3,
  endColumn: 54,
  fieldId: 'II[1].5.item[1].use',
  fieldLabel: 'II 5. 提供先1 ②提供先における用途',
  suggestions: [{ messageId: 'useOption', desc: '「提供する」に置き換える', fix: { range: [useStart, useStart + 7], text: '提供する' } }],
};

export const infoMessage: LintMessage = {
  ruleId: 'unknown-field',
  severity: 0,
  message: '様式にない項目「備考欄」は検査しません。',
  line: 4,
  column: 3,
  endLine: 4,
  endColumn: 8,
  fieldId: null,
};

export const suppressedMessage: LintMessage = {
  ruleId: 'choice-value',
  severity: 1,
  message: '抑制された警告',
  line: 2,
  column: 3,
  fieldId: 'cover.published',
};

export const fatalMessage: LintMessage = {
  ruleId: null,
  severity: 2,
  fatal: true,
  message: 'JSON の構文エラー: 「,」が必要です。',
  line: 4,
  column: 7,
  fieldId: null,
};

export const mainResult: LintResult = {
  filePath: '/work/repo/評価書 2024/重点項目.json',
  messages: [infoMessage, eraMessage, choiceMessage, subcontractMessage].sort((a, b) => a.line - b.line),
  suppressedMessages: [suppressedMessage],
  errorCount: 2,
  fatalErrorCount: 0,
  warningCount: 1,
  infoCount: 1,
  fixableErrorCount: 0,
  fixableWarningCount: 1,
  source: SOURCE,
  documentKind: 'juten',
  asOf: '2024-02-05',
};

export const brokenResult: LintResult = {
  filePath: '/work/repo/broken.json',
  messages: [fatalMessage],
  suppressedMessages: [],
  errorCount: 1,
  fatalErrorCount: 1,
  warningCount: 0,
  infoCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
};

export const cleanResult: LintResult = {
  filePath: '/work/repo/clean.json',
  messages: [],
  suppressedMessages: [],
  errorCount: 0,
  fatalErrorCount: 0,
  warningCount: 0,
  infoCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
};

function meta(id: string, category: RuleMeta['category'], defaultSeverity: RuleMeta['defaultSeverity'], ja: string, en: string, extra: Partial<RuleMeta> = {}): RuleMeta {
  return { id, category, defaultSeverity, description: { ja, en }, docsUrl: `https://github.com/pialint/pialint/blob/main/docs/rules/${id}.md`, messages: {}, ...extra };
}

/** Meta for the rules above, except `unknown-field`: a rule without meta must still come out right. */
export const rulesMeta: Record<string, RuleMeta> = {
  'choice-value': meta('choice-value', 'choice', 'error', '選択式の項目の値は、様式の選択肢のいずれかでなければならない。', 'A choice field must hold one of the options the form prints.', { hasSuggestions: true }),
  'era-first-year': meta('era-first-year', 'date', 'warn', '元年は「元年」と書く。1年とは書かない。', 'Write the first year of an era as 元年. Not as 1年.', { fixable: 'code', dateDependent: true }),
  'subcontract-details': meta('subcontract-details', 'conditional', 'error', '再委託する場合は再委託の項目を記載する。', 'When subcontracting, fill in the subcontracting items.', { kinds: ['juten', 'zenko'] }),
};

export function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return { cwd: CWD, rulesMeta, locale: 'ja', color: false, version: '0.1.0', ...overrides };
}

export const allResults: LintResult[] = [mainResult, brokenResult, cleanResult];
