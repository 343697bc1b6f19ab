/**
 * The shape of a parsed law citation. Offsets are UTF-16 code units into the parsed text (the unit
 * of JavaScript strings, LSP and ESLint ranges).
 */
import type { NumeralStyle } from './numerals.js';
import type { Art19Subject } from './timeline-types.js';

/**
 * bango = 番号法; bangoRules = a 番号法 主務省令; ordinance = a local 条例; other = another named law;
 * unknown = a bare 第N条 with no law in scope.
 */
export type CitationLaw = 'bango' | 'bangoRules' | 'ordinance' | 'other' | 'unknown';

/** first = 別表第一, second = 別表第二 (both until 2024-05-26), single = 別表 (from 2024-05-27). */
export type AnnexKind = 'first' | 'second' | 'single';

/** 'none' when the citation has no numeral at all (a bare law or ordinance name). */
export type DigitStyle = NumeralStyle | 'mixed' | 'none';

/**
 * Which 主務省令:
 * ord19-8 = 第19条第8号に基づく利用特定個人情報の提供に関する命令 (「主務省令第2条の表」);
 * ordBetsu / ordBetsu1 = 別表(第一)の主務省令で定める事務を定める命令 (new / old name);
 * ordB2 = 別表第二の主務省令で定める事務及び情報を定める命令 (abolished 2024-05-27);
 * ordBetsuAbbrev / ordB2Abbrev = 「主務省令事項を定める命令」 next to a 別表第一 / 別表第二 citation;
 * unknown = a 主務省令 that the text does not identify.
 */
export type RulesId = 'ord19-8' | 'ordBetsu' | 'ordBetsu1' | 'ordB2' | 'ordBetsuAbbrev' | 'ordB2Abbrev' | 'unknown';

/**
 * How the law was found: explicit = a name right before; same = 同法/同条; list = continues a list
 * or follows the previous citation; scope = a bare article resolved by the scope rule (parse.ts).
 */
export type LawResolution = 'explicit' | 'same' | 'list' | 'scope';

/** What a citation is about, when the context says so (law-and-rules.md §1.2 subjects, §1.4 P19). */
export type CitationSubject = Art19Subject | 'shishin' | 'hyoka';

/** How the subject was found: the annex next to it, a fixed wording pattern, or a nearby keyword. */
export type SubjectSource = 'annex' | 'pattern' | 'keyword';

export type PartRole =
  | 'lawName'
  | 'promulgation'
  | 'rulesName'
  | 'annexWord'
  | 'annexOrdinal'
  | 'chain'
  | 'article'
  | 'articleBranch'
  | 'paragraph'
  | 'item'
  | 'itemBranch'
  | 'annexItem'
  | 'annexItemBranch'
  | 'table'
  | 'tableRow'
  | 'tableRowBranch';

/** A piece of the citation text, so that a replacement edits only what changes. */
export interface CitationPart {
  role: PartRole;
  start: number;
  end: number;
  /** For numerals: how this number is written. */
  style?: NumeralStyle | 'mixed';
}

export interface Citation {
  text: string;
  start: number;
  end: number;
  law: CitationLaw;
  /** The law's name as written (other laws, ordinances, rules) when the text gives it. */
  lawName?: string;
  lawBy: LawResolution;
  rules?: RulesId;
  /** 附則第N条. */
  supplementary?: boolean;
  /** Introduced as a former law: 「旧○○条例」「廃止前の…」「改正前の…」. */
  historical?: boolean;
  article?: number;
  articleBranch?: number;
  /** Deeper branches: 第21条の5の30 → articleBranch 5, articleSubBranches [30]. */
  articleSubBranches?: number[];
  paragraph?: number;
  item?: number;
  itemBranch?: number;
  annex?: AnnexKind;
  annexItem?: number;
  annexItemBranch?: number;
  /** 「第2条の表」 of a 主務省令. */
  table?: boolean;
  tableRow?: number;
  tableRowBranch?: number;
  /** Part of a list (「第19条第8号、9号」): the head's index in the result and this element's position. */
  list?: { head: number; position: number; size: number; compact: boolean };
  /** Index of the citation that this one directly follows (「番号法第19条第7号 別表第二」). */
  attachedTo?: number;
  subject?: CitationSubject;
  subjectBy?: SubjectSource;
  normalized: string;
  digitStyle: DigitStyle;
  parts: CitationPart[];
}
