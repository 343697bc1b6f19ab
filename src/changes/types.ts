/**
 * Shapes shared by the change tracker: what changed between two versions of an assessment
 * (diff.ts), and the 変更箇所 rows proposed for it (rows.ts). Pure data, no behaviour.
 */

/**
 * Why a change is only formal (形式的な変更, law-and-rules.md §2.3), so that a ※ item may still be
 * submitted 事後:
 * - `notation`: spacing, full-width/half-width, markup or 漢数字 in citations only;
 * - `typo`: a typo-scale edit (see formal.ts for the exact limits);
 * - `lawTitle`: a law's title written another way (番号利用法 ↔ 番号法 ↔ the full title);
 * - `renumbering`: citations renumbered by an amendment (第19条第7号 → 第8号, 別表第一 → 別表).
 */
export type FormalReason = 'notation' | 'typo' | 'lawTitle' | 'renumbering';

/** A field's value changed, or a whole slot (委託事項, 提供先, …) was added or removed. */
export type ChangeKind = 'modified' | 'slotAdded' | 'slotRemoved';

export interface FieldChange {
  change: ChangeKind;
  /**
   * The field (or, for a slot change, the slot) in the NEW document's numbering. A removed slot has
   * no new id: it keeps its old one (and `previousFieldId` says so).
   */
  fieldId: string;
  /** The id in the OLD document, when it differs (a slot that moved) or the slot was removed. */
  previousFieldId?: string;
  /** The label as the form prints it for the document's kind (`II 4. 委託事項2 ⑤再委託の許諾方法`). */
  label: string;
  /** The value as printed (choices by their text, checks as `[○] label（text）` lines); null = nothing. */
  before: string | null;
  after: string | null;
  /** The item carries ※ (重要な変更), directly or through its section. */
  important: boolean;
  formalOnly: boolean;
  formalReason?: FormalReason;
  /** For slot changes: the slot's printed name (`委託事項6`) and its title or name, when it has one. */
  slot?: { name: string; title: string | null };
}

/** 提出時期 as the form prints it. */
export type SubmissionTiming = '事前' | '事後';

/** One proposed row of the 変更箇所 annex (catalogue §3.10), plus the ids it came from. */
export interface ChangeRow {
  /** 変更日 (YYYY-MM-DD), or null when none was given. */
  date: string | null;
  fieldId: string;
  previousFieldId?: string;
  /** 項目. */
  label: string;
  /** 変更前の記載 / 変更後の記載: long texts are cut around the changed span with `…`. */
  before: string;
  after: string;
  important: boolean;
  formalOnly: boolean;
  /** 提出時期. */
  timing: SubmissionTiming;
  /** 提出時期に係る説明 (empty for 事前, as real logs leave it). */
  reason: string;
}
