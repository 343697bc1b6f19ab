/**
 * Types of the law timeline data (timeline.ts). Kept apart so that timeline.ts holds data only.
 */

/** law-and-rules.md §0: V verified, S seen in a real document, M memory, I inference. */
export type EvidenceTag = 'V' | 'S' | 'M' | 'I';

export interface Evidence {
  tag: EvidenceTag;
  /** The tag as law-and-rules.md writes it, e.g. `[V: LAW offset ~368000]`. */
  text: string;
}

/** A dated event of the law (施行日 etc.). `date: null` when the day is not known. */
export interface LawDate {
  date: string | null;
  /** What is known when the exact day is not (e.g. `2014`). */
  approx?: string;
  label: string;
  /** Where law-and-rules.md states it (§ and row). */
  doc: string;
  /** The source address as law-and-rules.md gives it. */
  source: string;
  evidence: readonly Evidence[];
}

/**
 * One era of something that changes over time: from `validFrom` (a key of LAW_DATES) until the day
 * before the next era's `validFrom`. `value: null` means the thing did not exist in that era.
 * `validFrom: null` means "since before anything the timeline knows".
 */
export interface Era<V, K extends string = string> {
  validFrom: K | null;
  value: V | null;
  /** Evidence for the value in this era. */
  evidence: readonly Evidence[];
  source: string;
  /** Evidence for this era's start when it differs from the date's own evidence. */
  fromEvidence?: readonly Evidence[];
  /** law-and-rules.md §1.4 pattern ids this era implements. */
  patterns?: readonly string[];
  note?: string;
}

/** law-and-rules.md §1.2 subjects of 番号法第19条 whose item number moved. */
export type Art19Subject =
  | 'tenshoku'
  | 'kiko'
  | 'itaku'
  | 'juki'
  | 'nws'
  | 'dokuji'
  | 'zei'
  | 'joreiOther'
  | 'furikae'
  | 'iinkai'
  | 'somu'
  | 'giin'
  | 'seimei'
  | 'catchAll';

export type Art19PeriodId = 'A' | 'B' | 'C';

/** The item of a subject in one period: a number, candidates when unsure, or null when absent. */
export interface Art19ItemFact {
  item: number | readonly number[] | null;
  /** The subject may also not have existed in this period (unverified). */
  mayBeAbsent?: boolean;
  evidence: readonly Evidence[];
  source: string;
}

export interface Art19Row {
  label: string;
  A: Art19ItemFact;
  B: Art19ItemFact;
  C: Art19ItemFact;
}

/** A row number of a table (別表, 別表第一/第二, 第2条の表) with its branch: `56の2`. */
export interface RowFact {
  row: string;
  evidence: readonly Evidence[];
}

/** law-and-rules.md §1.5(a): 別表第一 → 別表. */
export interface Betsu1MappingRow {
  jimu: string;
  keywords: readonly string[];
  old: RowFact | null;
  new: RowFact;
  /** The ORD-BETSU article, unchanged by the 2024 renaming. */
  ordBetsuArticle?: { article: string; evidence: readonly Evidence[] };
  source: string;
}

/** law-and-rules.md §1.5(b): 別表第二 → 主務省令 (ORD19-8) 第2条の表. */
export interface Betsu2MappingRow {
  requester: string;
  keywords: readonly string[];
  old: RowFact;
  /** The article of the abolished ORD-B2 for the old row. */
  oldOrdB2Article?: string;
  /** New rows; several when the old row was split (then a replacement is ambiguous). */
  new: readonly RowFact[];
  /** ORD19-8 detail article of the (first) new row. */
  detailArticle?: { article: number; evidence: readonly Evidence[] };
  source: string;
}

/** law-and-rules.md §1.4: one row of the citation-pattern validity table, linked to the data above. */
export interface ValidityPattern<K extends string = string> {
  id: string;
  pattern: string;
  meaning: string;
  validFrom: K | null;
  /** The first day it is no longer valid (its last valid day is the day before). */
  supersededOn: K | null;
  /** What replaces it, in words. */
  replacement?: string;
  confidence: string;
  /** A citation text of the pattern, used by the table-driven tests and rule docs. */
  example: string;
  /** The text the example should become once superseded, when unambiguous. */
  exampleReplacement?: string;
  note?: string;
}

/** law-and-rules.md §1.3 / P15: the 中間サーバー 照合リスト sentence by period. */
export interface ChukanSentenceText {
  period: 'A' | 'B' | 'C' | 'D';
  /** The basis phrase (before 「に基づき」), half-width digits. */
  text: string;
}
