/**
 * The rows of the 変更箇所 annex (`annex.changes[n]`, catalogue §3.10) for the change-log rules, and
 * how far a rendering's rows can be trusted. In a PDF text extraction the 変更日 column comes out as a
 * detached block and rows are rebuilt by position (catalogue §7.10); the importer then leaves a note
 * on the annex itself, and the rules that compare cells of a row stay silent on that log.
 */
import type { RuleContext } from '../../src/engine/types.js';
import { isJson, isUnknownDeep } from './read.js';

type Context = Pick<RuleContext<never>, 'assessment' | 'kind' | 'locale' | 'isUnknown' | 'source'>;

export interface ChangeRow {
  /** The row number (document order). */
  n: number;
  /** `annex.changes[n]`. */
  id: string;
  value: Record<string, unknown>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The rows in row order. */
export function changeRows(assessment: unknown): ChangeRow[] {
  const annex = isObject(assessment) ? assessment.annex : undefined;
  if (!isObject(annex)) return [];
  const rows: ChangeRow[] = [];
  for (const [key, value] of Object.entries(annex)) {
    const m = /^changes\[(\d+)\]$/.exec(key);
    if (m && isObject(value)) rows.push({ n: Number(m[1]), id: `annex.${key}`, value });
  }
  return rows.sort((a, b) => a.n - b.n);
}

/**
 * Whether the rows of a rendering were read as printed. A note on the annex as a whole (`annex`,
 * `annex.changes`) means the importer rebuilt them by position: cells may sit in the wrong row.
 */
export function changeLogTrusted(context: Context): boolean {
  if (isJson(context)) return true;
  if (context.isUnknown('annex.changes') || context.isUnknown('annex')) return false;
  return !context.source.importNotes.some((note) => note.fieldId === 'annex.changes' || note.fieldId === 'annex');
}

/** A cell of a row the rules may read: the log is trusted and the cell is not unknown. */
export function cellReadable(context: Context, row: ChangeRow, cell: string): boolean {
  return changeLogTrusted(context) && !isUnknownDeep(context, `${row.id}.${cell}`);
}
