/**
 * Law names around citations: the 番号法's names, the 主務省令 titles, and the classification of the
 * name written right before a 第N条 (番号法? another law? an ordinance? the abbreviation 「法」?).
 */

/** The full title of the 番号法. */
export const BANGO_FULL_TITLE = '行政手続における特定の個人を識別するための番号の利用等に関する法律';

/** A regex source matching `literal` with up to two whitespace characters between any two characters (PDF line breaks). */
export function spaced(literal: string): string {
  return [...literal].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s{0,2}');
}

export const BANGO_SHORT_NAMES = ['番号利用法', 'マイナンバー法', '番号法'] as const;

/** 番号法 mentioned by name (not 番号法施行令 / 番号法施行規則, which are other instruments). */
export const BANGO_MENTION_SOURCE = `(?:${spaced(BANGO_FULL_TITLE)}|番号利用法|マイナンバー法|番号法)(?!\\s{0,2}施\\s{0,2}行)`;

/** 主務省令 titles, from the character after the law name (the part that identifies the order). */
export const ORD_BETSU_TAIL = new RegExp(
  `別\\s{0,2}表(?:\\s{0,2}第\\s{0,2}([一1１]))?\\s{0,2}の\\s{0,2}${spaced('主務省令で定める事務を定める命令')}`,
  'y',
);
export const ORD_B2_TAIL = new RegExp(
  `別\\s{0,2}表\\s{0,2}第\\s{0,2}[二2２]\\s{0,2}の\\s{0,2}${spaced('主務省令で定める事務')}(?:\\s{0,2}${spaced('及び情報')})?\\s{0,2}${spaced('を定める命令')}`,
  'y',
);
export const ORD19_8_TAIL = new RegExp(
  `第\\s{0,2}(?:十九|19|１９)\\s{0,2}条\\s{0,2}第\\s{0,2}(?:八|8|８)\\s{0,2}号\\s{0,2}に\\s{0,2}基\\s{0,2}づ\\s{0,2}く\\s{0,2}${spaced('利用特定個人情報の提供に関する命令')}`,
  'y',
);
export const SHUMU_JIKO_TAIL = new RegExp(spaced('主務省令事項を定める命令'), 'y');
export const SHUMU_TAIL = new RegExp(spaced('主務省令'), 'y');

/** Local personal-information ordinances (abolished 2023-04-01), not the new 「…法律施行条例」. */
export const PI_ORDINANCE_TAIL = new RegExp(`(?:${spaced('個人情報保護条例')}|${spaced('個人情報の保護に関する条例')})`, 'y');

/** law-and-rules.md §1.4 P16 names, longest first. */
export const NATIONAL_PI_LAW_TAIL = new RegExp(
  [
    '行政機関の保有する個人情報の保護に関する法律',
    '独立行政法人等の保有する個人情報の保護に関する法律',
    '行政機関個人情報保護法',
    '独立行政法人等個人情報保護法',
  ]
    .map(spaced)
    .join('|'),
  'y',
);

const NUM = '[0-9０-９〇一二三四五六七八九十百千]';
/** A law cited by era, year, kind and number: 「平成25年法律第27号」「令和6年デジタル庁・総務省令第9号」. */
export const LAW_NUMBER_SOURCE = `(?:明治|大正|昭和|平成|令和)(?:元|${NUM}{1,4})年(?:法律|政令|[^\\s、。（）()]{0,12}?(?:省令|府令|規則|命令))第${NUM}{1,5}号`;
const LAW_NUMBER = new RegExp(`^${LAW_NUMBER_SOURCE}$`);
/** The 番号法's own number. */
const BANGO_NUMBER = /^平成(?:25|２５|二十五)年法律第(?:27|２７|二十七)号$/;

const HIRAGANA_IN_NAMES = new Set([...'のにをおけるすためよび']);

function isIdeograph(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff) // surrogate halves: CJK extension B and later
  );
}

/** Characters a law or ordinance name is made of (walking backwards from a citation). */
export function isNameChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (isIdeograph(code)) return true;
  if (ch === '々' || ch === '〆' || ch === 'ヶ' || ch === 'ー') return true;
  if (code >= 0x30a1 && code <= 0x30fa) return true; // katakana
  return HIRAGANA_IN_NAMES.has(ch);
}

export function isNameStartChar(ch: string | undefined): boolean {
  return ch !== undefined && isNameChar(ch) && !HIRAGANA_IN_NAMES.has(ch);
}

export type NameClass =
  | { kind: 'bango'; name: string; historical: boolean; supplementary: boolean }
  | { kind: 'ordinance' | 'other'; name: string; historical: boolean; supplementary: boolean }
  | { kind: 'scope'; name: string; historical: boolean; supplementary: boolean }
  | { kind: 'same'; name: string; historical: boolean; supplementary: boolean };

const HISTORICAL_PREFIX = /^(?:旧|廃止前の|改正前の|従前の)/;
/** Words that end like a law name but are not one (「入手方法」「療法」). */
const NOT_A_LAW = /(?:方法|手法|用法|文法|技法|工法|作法|寸法|算法|論法|療法|話法|製法|立法|司法|違法|適法|合法|不法|無法)$/;
const OTHER_SUFFIX = /(?:法|法律|政令|施行令|省令|府令|命令|規則|告示|規程|指針|要綱|要領|条約)$/;

/**
 * Classifies the name written right before a citation. Returns undefined when the characters are
 * not a law name (「…に基づく」, 「項及び」 …).
 */
export function classifyLawName(raw: string): NameClass | undefined {
  let name = raw.replace(/\s+/g, '');
  let supplementary = false;
  if (name.endsWith('附則')) {
    supplementary = true;
    name = name.slice(0, -2);
  }
  const historical = HISTORICAL_PREFIX.test(name);
  const bare = name.replace(HISTORICAL_PREFIX, '');
  if (bare === '' && supplementary) return { kind: 'scope', name: '', historical, supplementary };
  if (bare === '法' || bare === '本法' || bare === 'この法') return { kind: 'scope', name: bare, historical, supplementary };
  if (bare === '同法') return { kind: 'same', name: bare, historical, supplementary };
  if (bare.endsWith(BANGO_FULL_TITLE)) return { kind: 'bango', name: BANGO_FULL_TITLE, historical, supplementary };
  const short = BANGO_SHORT_NAMES.find((n) => bare.endsWith(n));
  if (short) return { kind: 'bango', name: short, historical, supplementary };
  if (LAW_NUMBER.test(bare)) {
    return BANGO_NUMBER.test(bare)
      ? { kind: 'bango', name: bare, historical, supplementary }
      : { kind: 'other', name: bare, historical, supplementary };
  }
  if (bare.endsWith('条例')) return { kind: 'ordinance', name: bare, historical, supplementary };
  if (NOT_A_LAW.test(bare)) return undefined;
  if (bare.length >= 2 && OTHER_SUFFIX.test(bare)) return { kind: 'other', name: bare, historical, supplementary };
  return undefined;
}

/** 「越谷市個人情報保護条例」 → 「越谷市」: the body that made a local ordinance. */
export function ordinanceBody(name: string): string {
  const compact = name.replace(/\s+/g, '').replace(HISTORICAL_PREFIX, '');
  const m = /^(.*?)(?:個人情報保護条例|個人情報の保護に関する条例)$/.exec(compact);
  return m ? m[1]! : '';
}

export function isPiOrdinanceName(name: string): boolean {
  const compact = name.replace(/\s+/g, '');
  return /(?:個人情報保護条例|個人情報の保護に関する条例)$/.test(compact);
}

export function isNationalPiLawName(name: string): boolean {
  const compact = name.replace(/\s+/g, '').replace(HISTORICAL_PREFIX, '');
  return (
    compact.endsWith('行政機関の保有する個人情報の保護に関する法律') ||
    compact.endsWith('独立行政法人等の保有する個人情報の保護に関する法律') ||
    compact.endsWith('行政機関個人情報保護法') ||
    compact.endsWith('独立行政法人等個人情報保護法')
  );
}
