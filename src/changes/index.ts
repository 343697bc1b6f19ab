/** Change tracking: what changed between two versions, and the 変更箇所 rows that record it. */
export type { ChangeKind, ChangeRow, FieldChange, FormalReason, SubmissionTiming } from './types.js';
export { diffAssessments, NOT_LOGGED_FIELDS, type DiffOptions } from './diff.js';
export { proposeRows, proposeTiming, excerpt, changedSpans, shortTitle, type ProposeOptions, type ExcerptOptions } from './rows.js';
export { formatRows, formatJson, formatMarkdown, formatCsv, formatJapaneseDate, type ChangesFormat } from './format.js';
export { readChangeLog, revisionRows, findDeclaringRow, isDeclared, type LoggedChange } from './declared.js';
export { classifyFormal } from './formal.js';
