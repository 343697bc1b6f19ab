import {
  changedSpans,
  diffAssessments,
  excerpt,
  isDeclared,
  NOT_LOGGED_FIELDS,
  revisionRows,
  shortTitle,
  type FieldChange,
} from '../src/changes/index.js';
import { createRule } from '../src/engine/create-rule.js';
import { getFieldValue } from '../src/model/index.js';
import type { Assessment } from '../src/model/values.js';

/**
 * Every change from the previous version (a git base, `--base-ref`) must be recorded in the
 * document's 変更箇所 annex (catalogue §3.10). An unrecorded change to a ※ item is a 重要な変更 that
 * nobody submitted 事前 (law-and-rules.md §2.3): an error that gates CI. Other unrecorded changes,
 * and formal-only ones, are warnings. Without a previous version the rule has nothing to compare.
 */
interface Options extends Record<string, unknown> {
  /** Field-id patterns whose changes need no row (the 公表日 changes with every revision and is never logged). */
  ignore: string[];
  /** Spacing, full-width/half-width and markup changes need no row. */
  ignoreNotation: boolean;
}

const SHORT = { maxLength: 30, context: 8, maxSpan: 16 };

function shortText(text: string | null, span: [number, number], none: string): string {
  return text === null ? none : excerpt(text.replace(/\s+/g, ' '), span, SHORT);
}

/** The nearest container the new document has, for a change at a field or slot it no longer has. */
function nearestPresent(assessment: Assessment, fieldId: string): string {
  const parts = fieldId.split('.');
  for (let i = parts.length; i > 0; i--) {
    const id = parts.slice(0, i).join('.');
    if (getFieldValue(assessment, id) !== undefined) return id;
  }
  return '/annex';
}

/** `II[1].4.item[2]` → `II[1].4`; a root-level slot (`attachments[2]`) has the change log as its container. */
function slotContainer(slotId: string): string {
  const dot = slotId.lastIndexOf('.');
  return dot < 0 ? 'annex' : slotId.slice(0, dot);
}

export default createRule<Options>({
  meta: {
    id: 'undeclared-change',
    category: 'change-log',
    defaultSeverity: 'error',
    description: {
      ja: '前の版から変更した項目は、変更箇所（別添）に記載する。',
      en: 'Record every change from the previous version in the 変更箇所 (change log) annex.',
    },
    schema: {
      type: 'object',
      properties: {
        ignore: { type: 'array', items: { type: 'string' } },
        ignoreNotation: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    messages: {
      undeclaredImportant: {
        ja: '「{{field}}」が前の版から変更されていますが、変更箇所に記載がありません（変更前: {{before}} / 変更後: {{after}}）。※の項目の変更は重要な変更に当たり、原則として事前に提出します。',
        en: '{{field}} changed since the previous version but is not recorded in the change log (before: {{before}} / after: {{after}}). A change to a ※ item is a significant change and is normally submitted in advance.',
      },
      undeclared: {
        ja: '「{{field}}」が前の版から変更されていますが、変更箇所に記載がありません（変更前: {{before}} / 変更後: {{after}}）。',
        en: '{{field}} changed since the previous version but is not recorded in the change log (before: {{before}} / after: {{after}}).',
      },
      slotAdded: {
        ja: '「{{field}}」が追加されていますが、変更箇所に記載がありません。',
        en: '{{field}} was added but is not recorded in the change log.',
      },
      slotRemoved: {
        ja: '「{{field}}」が削除されていますが、変更箇所に記載がありません。',
        en: '{{field}} was removed but is not recorded in the change log.',
      },
    },
  },
  defaultOptions: { ignore: [...NOT_LOGGED_FIELDS], ignoreNotation: true },
  check(context) {
    const previous = context.previous;
    if (!previous) return;
    const { assessment, kind, locale } = context;
    const changes = diffAssessments(previous, assessment, kind, { locale, ignore: context.options.ignore ?? NOT_LOGGED_FIELDS });
    const rows = revisionRows(assessment, previous);
    const none = locale === 'en' ? '(none)' : '記載なし';

    const report = (change: FieldChange) => {
      // Only an unrecorded 重要な変更 gates; a formal or non-※ one is a reminder.
      const severity = change.important && !change.formalOnly ? undefined : (1 as const);
      if (change.change === 'modified') {
        const spans = changedSpans(change.before ?? '', change.after ?? '');
        context.report({
          target: change.after === null ? nearestPresent(assessment, change.fieldId) : change.fieldId,
          messageId: change.important && !change.formalOnly ? 'undeclaredImportant' : 'undeclared',
          data: {
            field: change.label,
            before: shortText(change.before, spans.before, none),
            after: shortText(change.after, spans.after, none),
          },
          ...(severity !== undefined ? { severity } : {}),
        });
        return;
      }
      const title = shortTitle(change.slot?.title ?? null);
      const field = title ? `${change.label}「${title}」` : change.label;
      // A removed slot's number may now belong to a renumbered survivor: report at the group's container.
      const container = slotContainer(change.fieldId);
      context.report({
        target: change.change === 'slotAdded' ? change.fieldId : nearestPresent(assessment, container),
        messageId: change.change,
        data: { field },
        ...(severity !== undefined ? { severity } : {}),
      });
    };

    for (const change of changes) {
      if (context.options.ignoreNotation && change.formalReason === 'notation') continue;
      // A rendering that lost a value is no evidence that the value changed.
      if (context.isUnknown(change.fieldId) || (change.previousFieldId && context.isUnknown(change.previousFieldId))) continue;
      if (isDeclared(change, rows, kind)) continue;
      report(change);
    }
  },
});
