import type { Kind } from './kinds.js';

/** Value types of catalogue §1.4. */
export type FieldType = 'const' | 'text' | 'text[]' | 'choice' | 'checks' | 'check' | 'count' | 'date' | 'group';

/** Where the ※ (重要な変更) mark applies: on the label itself, or through the section heading. */
export type ImportantMark = 'mark' | 'section';

export interface FieldLabel {
  /** The label as the form prints it for this kind, including its circled number (`⑤再委託の許諾方法`). */
  label: string;
  /** English gloss for `--locale en`. */
  en?: string;
  /** Variant wordings that name the same field (catalogue §8): older forms, typos seen in renderings. */
  aliases?: readonly string[];
  /**
   * The printed labels of the enclosing rows between the item heading and this label, outermost
   * first (`④使用の主体` for `使用者数`). They make generic labels (`その妥当性`, `具体的な方法`)
   * unambiguous in messages and let an importer resolve them by context (catalogue §8 step 5).
   */
  context?: readonly FieldLabel[];
}

export interface FieldDef {
  /** Template id (`II[f].4.item[n].subcontractPermission`). */
  id: string;
  type: FieldType;
  /** The kinds whose form has this field. */
  kinds: readonly Kind[];
  /** Labels per kind (a kind missing here falls back to the first given). */
  labels: Partial<Record<Kind, FieldLabel>>;
  /** Enum name for `choice` fields; `enumByKind` when the list differs per kind (`V.1.thresholdResult`). */
  enum?: string;
  enumByKind?: Partial<Record<Kind, string>>;
  /** Box list name for `checks` fields. */
  boxes?: string;
  /** ※ per kind. */
  important?: Partial<Record<Kind, ImportantMark>>;
  /** 【任意】 per kind. */
  optional?: readonly Kind[];
  /** 【行政機関等のみ】 */
  governmentOnly?: boolean;
  /** Evidence status from the catalogue: 'form' (not seen in samples) or 'unverified'. */
  status?: 'form' | 'unverified';
}

export interface EnumOption {
  /** ASCII option name (`subcontract`). */
  name: string;
  /** The exact text the form prints (`再委託する`). */
  text: string;
  /** Variant texts that map to the same option (catalogue §4.2 notes). */
  aliases?: readonly string[];
  /** Kinds that print this option (when not all of the enum's kinds). */
  kinds?: readonly Kind[];
  /** Evidence status of this option when it differs from the enum's (`ge300k` is [form]). */
  status?: 'form' | 'unverified';
}

export interface EnumDef {
  name: string;
  options: readonly EnumOption[];
  status?: 'form' | 'unverified';
}

export interface BoxDef {
  /** Box name (`otherDept`). */
  name: string;
  /** The exact label (`評価実施機関内の他部署`), without the `( )`. */
  label: string;
  aliases?: readonly string[];
  /** The box carries a free-text parenthesis. */
  hasText?: boolean;
}

export interface BoxListDef {
  name: string;
  boxes: readonly BoxDef[];
}

/** The number a kind prints for a section: `{ part: 'IV', item: '1' }` is `IV 1.`; annexes use `(別添2)`. */
export interface SectionNumber {
  /** ASCII Roman numeral of the part (`I` … `VI`), `表紙`, or the annex number as printed (`(別添2)`). */
  part: string;
  /** The item number within the part (`4`), when the section is an item. */
  item?: string;
}

/**
 * A printed heading of the form (catalogue §1.3 crosswalk): a part (`II[f]`), an item (`II[f].4`),
 * an annex (`annex.changes[n]`) or, for kiso's one-question items, a single field (`threshold.result`).
 * Fields find their section by the longest section id that is a segment prefix of their template id.
 */
export interface SectionDef {
  /** Template id prefix (`II[f].4`, `III.8`, `annex.records[f]`). */
  id: string;
  kinds: readonly Kind[];
  numbers: Partial<Record<Kind, SectionNumber>>;
  /** The heading text without its number or marks (`特定個人情報ファイルの取扱いの委託`). */
  titles: Partial<Record<Kind, FieldLabel>>;
  /** Messages print the title between the number and the field label (`III 8. 監査 実施の有無`). */
  titleInLabel?: boolean;
  /** Rows of the section that carry no value and have no id (anchors for an importer). */
  anchors?: Partial<Record<Kind, readonly string[]>>;
  status?: 'form' | 'unverified';
}

export interface RiskLabel {
  /** The printed risk number: `リスク1`, or `リスク` where the form numbers no risk in the item. */
  number: string;
  /** The risk's wording after the colon (`目的外の入手が行われるリスク`). */
  title: string;
  /** English gloss of the title. */
  en?: string;
  /** Variant wordings of the title (catalogue §8). */
  aliases?: readonly string[];
}

/** A risk block of Ⅲ (catalogue §3.5): `III[f].2.outOfScope` is `リスク1` in zenko and `リスク` in juten. */
export interface RiskDef {
  /** Template id of the risk container (`III[f].6.provUnauthorized`). */
  id: string;
  kinds: readonly Kind[];
  labels: Partial<Record<Kind, RiskLabel>>;
}
