/**
 * The free texts of a document that the law, cloud and terminology rules read, each with the date it
 * is judged at (law-as-of.ts) and a target that spans and fixes can point into.
 *
 * Read: text fields, the entries of text lists, and the parentheses of boxes (「その他（番号法…）」).
 * Not read: the 変更前の記載 of a 変更箇所 row — it records what the document used to say and was
 * right or wrong on its own day; rewriting it would falsify the history. Choices, dates and counts
 * hold no citations. Values the importer could not recover are skipped (the importer reports them).
 */
import type { RuleContext } from '../../src/engine/types.js';
import { iterateFields } from '../../src/model/index.js';
import { walkScope } from '../../src/model/walk.js';
import { documentLawDate, rowLawDate, type LawDate } from './law-as-of.js';
import { isUnknownDeep } from './read.js';

export interface LawText {
  /** The field the text belongs to. */
  fieldId: string;
  /** Where a span or an edit points: the field id, or a pointer to a list entry or a box's text. */
  target: string;
  text: string;
  /** `annex.changes[n]` for a cell of a 変更箇所 row. */
  row?: string;
  /** The date the text is judged at; absent for the cells of a row with no readable 変更日. */
  date?: LawDate;
}

type Context = Pick<RuleContext<never>, 'assessment' | 'asOf' | 'kind' | 'locale' | 'isUnknown' | 'source'>;

const ROW = /^(annex\.changes\[\d+\])\.(\w+)$/;
/** 変更前の記載: history, never read. */
const HISTORY_CELL = 'before';

/**
 * Seven rules read the texts of one document in one lint run: they are listed once per run (keyed on
 * the run's walk scope and as-of date, which fix everything the list depends on).
 */
const memo = new WeakMap<object, { asOf: Context['asOf']; texts: readonly LawText[] }>();

/** Every readable text, in document order. */
export function lawTexts(context: Context): LawText[] {
  const scope = walkScope(context.assessment);
  const hit = scope ? memo.get(scope) : undefined;
  if (hit && hit.asOf === context.asOf) return [...hit.texts];
  const texts = listLawTexts(context);
  if (scope) memo.set(scope, { asOf: context.asOf, texts: texts.map((t) => Object.freeze(t)) });
  return texts;
}

function listLawTexts(context: Context): LawText[] {
  const documentDate = documentLawDate(context);
  const rowDates = new Map<string, LawDate | undefined>();
  const out: LawText[] = [];
  for (const { fieldId, def, value, pointer } of iterateFields(context.assessment)) {
    if (fieldId.startsWith('meta.')) continue;
    const row = ROW.exec(fieldId);
    if (row && row[2] === HISTORY_CELL) continue;
    if (isUnknownDeep(context, fieldId)) continue;
    let date: LawDate | undefined = documentDate;
    if (row) {
      const rowId = row[1]!;
      if (!rowDates.has(rowId)) rowDates.set(rowId, rowLawDate(context, rowId));
      date = rowDates.get(rowId);
    }
    const base = { fieldId, ...(row ? { row: row[1]! } : {}), ...(date ? { date } : {}) };
    if (def.type === 'text' && typeof value === 'string') {
      out.push({ ...base, target: fieldId, text: value });
    } else if (def.type === 'text[]' && Array.isArray(value)) {
      value.forEach((entry, i) => {
        if (typeof entry === 'string') out.push({ ...base, target: `${pointer}/${i}`, text: entry });
      });
    } else if (def.type === 'checks' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [box, state] of Object.entries(value as Record<string, unknown>)) {
        const text = typeof state === 'object' && state !== null ? (state as { text?: unknown }).text : undefined;
        if (typeof text !== 'string' || isUnknownDeep(context, `${fieldId}#${box}`)) continue;
        out.push({ ...base, target: `${pointer}/${box}/text`, text });
      }
    }
  }
  return out;
}

/** Whether a text belongs to the document's body (not to a 変更箇所 row). */
export function isBodyText(text: LawText): boolean {
  return text.row === undefined;
}

/** A citation or phrase as a message shows it: a line break inside it (a PDF rendering's wrap) removed. */
export function oneLine(text: string): string {
  return text.replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '');
}
