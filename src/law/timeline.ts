/**
 * THE law timeline: every date, item number, validity window and mapping that the law checks use,
 * transcribed from shared/docs/law-and-rules.md §1 (with its evidence tags, verbatim). Data only.
 *
 * Dates live once, in LAW_DATES; everything else names them by key, so correcting a 施行日 is a
 * one-line change. An era lasts from its `validFrom` until the day before the next era's.
 * Evidence [M] and [I] is unverified: the API reports it as `verified: false` (rules then warn).
 */
import type {
  Art19PeriodId,
  Art19Row,
  Art19Subject,
  Betsu1MappingRow,
  Betsu2MappingRow,
  ChukanSentenceText,
  Era,
  Evidence,
  LawDate,
  ValidityPattern,
} from './timeline-types.js';

const V = (text: string): Evidence => ({ tag: 'V', text });
const S = (text: string): Evidence => ({ tag: 'S', text });
const M = (text = '[M]'): Evidence => ({ tag: 'M', text });
const I = (text = '[I]'): Evidence => ({ tag: 'I', text });

const JL = 'ledmonster/japanese-law@8922e7c43a85ffe9e87b80cbbe186667b5e64132:';

/** law-and-rules.md §0 short names of the stored sources. */
export const SOURCES = {
  LAW: `${JL}_sources/doc/425/425AC0000000027_20250620_507AC0000000074.rst.txt`,
  'ORD19-8': `${JL}_sources/doc/506/506M60004008009_20250401_507M60004008003.rst.txt`,
  'ORD-BETSU': `${JL}_sources/doc/426/426M6000000A005_20250401_507M60004008003.rst.txt`,
  'ORD-B2': `${JL}_sources/doc/426/426M6000000A007_20240527_505M60004008015.rst.txt`,
  SHISHIN: 'https://www.city.setagaya.lg.jp/documents/21239/01_hogohyoukashishin_20241001.txt',
  'PPC-PIA': 'https://www.ppc.go.jp/legal/assessment/',
  pmac: 'https://www.pmac.shigaku.go.jp/annai/news/mynumber/mynumber_01/index.html',
  businesslawyers: 'https://origin-www.businesslawyers.jp/practices/213',
  miyake: 'https://www.miyake.gr.jp/notice/…（2021年9月1日施行）',
  jsmqa: 'http://jsmqa.or.jp/TopPage/Revision%20of%20guidelines…/index.html',
  townkamiita: 'https://www.townkamiita.jp/docs/2017041200038/',
  sagaOrdinance: 'https://expydoc.com/doc/7211403/',
  iwakuniOrdinance: 'https://123deta.com/document/4yr9v6jy-…',
  yasuOrdinance: 'https://www.city.yasu.lg.jp/section/reiki_int/reiki_honbun/r042RG00001345_5.html',
  nikkeibp: 'https://tech.nikkeibp.co.jp/it/atcl/watcher/14/334361/072000884/',
  kantoinfo: 'https://kantoinfo.net/改正個人情報保護法について/',
  hiratsuka: 'https://www.city.hiratsuka.kanagawa.jp/joho/page39_00020.html',
  pServant: 'https://p-servant.com/digital-law',
  seed000: 'shared/corpus/000_e2e81983413e01ac.txt',
  seed002: 'shared/corpus/002_b80d6855a7643af9.txt',
  seed003: 'shared/corpus/003_8fde78660347634c.txt',
} as const;

/** §1.1 (and §4.2, §4.4): the dated events. */
export const LAW_DATES = {
  bangoPromulgated: {
    date: '2013-05-31',
    label: '番号法（平成25年法律第27号）公布',
    doc: '§1.1 row 0',
    source: `${SOURCES.LAW}; sn-hoki page`,
    evidence: [V('[V: LAW header "平成二十五年法律第二十七号"; sn-hoki page "平成二十五年五月三十一日 法律 第二十七号"]')],
  },
  shishinApplied: {
    date: '2014-04-20',
    label: '特定個人情報保護評価指針 適用',
    doc: '§1.1 row 1',
    source: SOURCES.SHISHIN,
    evidence: [V('[V: SHISHIN header]')],
  },
  ordBetsuPromulgated: {
    date: null,
    approx: '2014 (平成26年内閣府・総務省令第5号)',
    label: '別表第一の主務省令で定める事務を定める命令 制定',
    doc: '§1.4 P3',
    source: SOURCES['ORD-BETSU'],
    evidence: [V('[V]')],
  },
  ordB2Promulgated: {
    date: null,
    approx: '2014 (平成26年; exact date not verified)',
    label: '別表第二の主務省令で定める事務及び情報を定める命令 制定',
    doc: '§1.4 P7; §6 question 9',
    source: SOURCES['ORD-B2'],
    evidence: [M()],
  },
  bangoUseStart: {
    date: '2016-01-01',
    label: '個人番号の利用開始（第9条・別表第一）',
    doc: '§1.1 row 0; §1.4 P1 ("dates: from [M]")',
    source: SOURCES.pmac,
    evidence: [M('[M] (the month is [V: https://www.pmac.shigaku.go.jp/annai/news/mynumber/mynumber_01/index.html "平成28年1月~"])')],
  },
  ppcRenamed: {
    date: '2016-01-01',
    label: '平成27年法律第65号 第4条 施行（特定個人情報保護委員会→個人情報保護委員会）',
    doc: '§1.1 row 2',
    source: SOURCES.LAW,
    evidence: [V('[V: LAW offset ~246000, 附則（平成二七年九月九日法律第六五号）]')],
  },
  piaArticleRenumbered: {
    date: '2016-01-01',
    label: '評価の根拠条文の繰下げ（指針 第26条→第27条、評価 第27条→第28条）',
    doc: '§1.1 row 2; §1.4 P19',
    source: SOURCES.SHISHIN,
    evidence: [M('[M] (shift date; "The exact 施行日 of the renumbering is not verified")')],
  },
  nwsProvisionsStart: {
    date: '2017-05-30',
    label: '番号法附則第1条第5号の施行日（情報提供ネットワークシステム、第19条第8号 条例事務関係情報照会者の新設）',
    doc: '§1.1 rows 0 and 2; §6 question 1',
    source: SOURCES.LAW,
    evidence: [M('[M]')],
  },
  nwsTrial: {
    date: '2017-07-18',
    label: '情報連携 試行運用',
    doc: '§1.1 row 3',
    source: SOURCES.nikkeibp,
    evidence: [V('[V: https://tech.nikkeibp.co.jp/it/atcl/watcher/14/334361/072000884/ , itpro 17/071001866]')],
  },
  nwsFullOperation: {
    date: '2017-11-13',
    label: '情報連携 本格運用',
    doc: '§1.1 row 3',
    source: SOURCES.nikkeibp,
    evidence: [M('[M]')],
  },
  ppcRules2018: {
    date: '2018-05-21',
    label: '規則・指針 改正（平成30年個人情報保護委員会規則第2号、告示第2号）',
    doc: '§1.1 row 4',
    source: SOURCES['PPC-PIA'],
    evidence: [M('[M for exact date]')],
  },
  digitalReform: {
    date: '2021-09-01',
    label: 'デジタル社会形成整備法（令和3年法律第37号）施行（第19条第4号新設、以降の号の繰下げ）',
    doc: '§1.1 row 5',
    source: `${SOURCES.LAW}; ${SOURCES.miyake}; ${SOURCES.jsmqa}`,
    evidence: [V('[V: LAW offset ~368000]'), V('[V: https://www.miyake.gr.jp/notice/…2021年９月１日施行 ; http://jsmqa.or.jp/… "番号法第19条第4号新設"]')],
  },
  nationalPiUnified: {
    date: '2022-04-01',
    label: '行政機関個人情報保護法・独立行政法人等個人情報保護法の個人情報保護法への一本化（同法第50条）',
    doc: '§1.1 row 6; §4.2',
    source: SOURCES.pServant,
    evidence: [M('[M]')],
  },
  localPiLaw: {
    date: '2023-04-01',
    label: '地方公共団体への個人情報保護法の直接適用（同法第51条、令和4年政令第176号）',
    doc: '§1.1 row 7; §4.2',
    source: `${SOURCES.kantoinfo}; ${SOURCES.hiratsuka}; 港区広報 mykoho.jp`,
    evidence: [V('[V: https://kantoinfo.net/改正個人情報保護法について/ ; https://www.city.hiratsuka.kanagawa.jp/joho/page39_00020.html ; 港区広報 mykoho.jp]')],
  },
  r5Amendment: {
    date: '2024-05-27',
    label: '令和5年法律第48号 施行（別表第一→別表、別表第二の削除、主務省令第2条の表）',
    doc: '§1.1 rows 8–10',
    source: `${SOURCES.LAW}; ${SOURCES['ORD19-8']}`,
    evidence: [V('[V: LAW offset ~398000]'), V('[V: ORD19-8 附則第1条]')],
  },
  shishinRevisionR6No2: {
    date: '2024-05-27',
    label: '指針 改正（令和6年個人情報保護委員会告示第2号）',
    doc: '§1.1 row 13',
    source: SOURCES.SHISHIN,
    evidence: [V('[V: SHISHIN header]')],
  },
  shishinRevisionR6No1: {
    date: '2024-10-01',
    label: '指針 改正（令和6年個人情報保護委員会告示第1号）適用',
    doc: '§1.1 row 12',
    source: SOURCES.SHISHIN,
    evidence: [V('[V: SHISHIN header]')],
  },
  hokenshoAbolished: {
    date: '2024-12-02',
    label: '令和5年法律第48号 附則第1条第2号 施行（被保険者証→資格確認書）',
    doc: '§1.1 row 14',
    source: SOURCES['ORD19-8'],
    evidence: [V('[V: ORD19-8 附則 (令和六年一一月二九日デジタル庁・総務省令第二二号)]')],
  },
  lawTextChecked: {
    date: '2025-06-20',
    label: '確認した番号法の最新版（令和7年法律第74号による改正）',
    doc: '§0 LAW; §1.4',
    source: SOURCES.LAW,
    evidence: [V('[V: LAW]')],
  },
} as const satisfies Record<string, LawDate>;

export type DateKey = keyof typeof LAW_DATES;

/** §4.4: the 元号 used in assessments (平成 ended 2019-04-30; 令和 began 2019-05-01). */
export const JAPANESE_ERAS: readonly { name: string; start: string; evidence: readonly Evidence[] }[] = [
  { name: '平成', start: '1989-01-08', evidence: [M('[M] (start of 平成)')] },
  { name: '令和', start: '2019-05-01', evidence: [V('[V: LAW references "令和元年法律第十七号"]')] },
];

/** §1.2 periods of 第19条 item numbering (period D of §1.2 does not change the items). */
export const ART19_PERIODS: readonly { id: Art19PeriodId; validFrom: DateKey }[] = [
  { id: 'A', validFrom: 'bangoUseStart' },
  { id: 'B', validFrom: 'nwsProvisionsStart' },
  { id: 'C', validFrom: 'digitalReform' },
];

const LAW_19 = '[V: LAW 第十九条]';

/** §1.2: the item of each 第19条 subject by period, with the table's evidence. */
export const ART19_ITEMS: Readonly<Record<Art19Subject, Art19Row>> = {
  tenshoku: {
    label: '転職時等の使用者間の提供',
    A: { item: null, evidence: [V('[V: LAW offset ~368000] (第19条第4号 inserted 2021-09-01)')], source: SOURCES.LAW },
    B: { item: null, evidence: [V('[V: LAW offset ~368000] (第19条第4号 inserted 2021-09-01)')], source: SOURCES.LAW },
    C: { item: 4, evidence: [V('[V: LAW; miyake]')], source: `${SOURCES.LAW}; ${SOURCES.miyake}` },
  },
  kiko: {
    label: '機構（第14条第2項）',
    A: { item: 4, evidence: [M('A/B [M]')], source: '' },
    B: { item: 4, evidence: [M('A/B [M]')], source: '' },
    C: { item: 5, evidence: [V('C [V]')], source: SOURCES.LAW },
  },
  itaku: {
    label: '委託・合併',
    A: { item: 5, evidence: [M('A/B [M] (businesslawyers lists 委託 as 5号 [V: https://origin-www.businesslawyers.jp/practices/213])')], source: SOURCES.businesslawyers },
    B: { item: 5, evidence: [M('A/B [M]')], source: SOURCES.businesslawyers },
    C: { item: 6, evidence: [V('C [V]')], source: SOURCES.LAW },
  },
  juki: {
    label: '住民基本台帳法第30条の6 等',
    A: { item: 6, evidence: [M('A/B [M]')], source: '' },
    B: { item: 6, evidence: [M('A/B [M]')], source: '' },
    C: { item: 7, evidence: [V('C [V]')], source: SOURCES.LAW },
  },
  nws: {
    label: '情報提供ネットワークシステム',
    A: {
      item: 7,
      evidence: [V('A [V: businesslawyers "情報提供ネットワークシステムを通じた提供(番号法19条7号…)"]')],
      source: SOURCES.businesslawyers,
    },
    // §1.2 gives no separate tag for B; §1.1 row 5 ([V]) moves the item from 7 to 8 only on 2021-09-01.
    B: { item: 7, evidence: [V('[V: LAW offset ~368000] (§1.1 row 5: 情報提供NWS 第19条第7号→第8号 on 2021-09-01)')], source: SOURCES.LAW },
    C: {
      item: 8,
      evidence: [V('C [V: LAW]'), S('seed change row [S: shared/corpus/002_b80d6855a7643af9.txt:1030-1058]')],
      source: `${SOURCES.LAW}; ${SOURCES.seed002}`,
    },
  },
  dokuji: {
    label: '条例事務関係情報照会者（独自利用事務の情報連携）',
    A: { item: null, evidence: [M('[M] (inserted by 平成27年法律第65号 on the 附則第1条第5号 date)')], source: SOURCES.LAW },
    B: { item: 8, evidence: [V('B [V: townkamiita 2017]')], source: SOURCES.townkamiita },
    C: { item: 9, evidence: [V('C [V: LAW 第26条 "第十九条第九号の規定による"]')], source: SOURCES.LAW },
  },
  zei: {
    label: '国税・地方税',
    A: { item: 8, evidence: [M('[M]')], source: '' },
    B: { item: 9, evidence: [M('[M]')], source: '' },
    C: { item: 10, evidence: [V('[V current]')], source: SOURCES.LAW },
  },
  joreiOther: {
    label: '同一地方公共団体の他の機関への提供（条例）',
    A: { item: 9, evidence: [V('A [V: 佐賀県条例 "法第19条第9号"]')], source: SOURCES.sagaOrdinance },
    B: { item: 10, evidence: [V('B [V: 岩国市条例 "法第19条第10号"]')], source: SOURCES.iwakuniOrdinance },
    C: {
      item: 11,
      evidence: [V('C [V: 野洲市条例 "法第19条第11号…(令4条例1・一部改正)"; LAW]'), S('seed change rows 9→10 and 10→11 [S: shared/corpus/002_b80d6855a7643af9.txt:1065, :1194]')],
      source: `${SOURCES.yasuOrdinance}; ${SOURCES.LAW}`,
    },
  },
  furikae: {
    label: '社債等振替',
    A: { item: 10, evidence: [M('[M]')], source: '' },
    B: { item: 11, evidence: [M('[M]')], source: '' },
    C: { item: 12, evidence: [V('[V]')], source: SOURCES.LAW },
  },
  iinkai: {
    label: '委員会（第35条第1項）',
    A: { item: 11, evidence: [V('A [V: businesslawyers "19条11号"]')], source: SOURCES.businesslawyers },
    // Not tagged in §1.2: A + 1 by the insertion of 第19条第8号 (§1.1 row 2).
    B: { item: 12, evidence: [I('[I] (A + 1 by the insertion of 第19条第8号, §1.1 row 2)')], source: '' },
    C: { item: 13, evidence: [V(LAW_19)], source: SOURCES.LAW },
  },
  somu: {
    label: '総務大臣（第38条の7）',
    A: { item: null, evidence: [V('[V current]; insertion date unknown')], source: SOURCES.LAW },
    B: { item: [13], mayBeAbsent: true, evidence: [M('— or 13 (unverified)')], source: '' },
    C: { item: 14, evidence: [V('[V current]')], source: SOURCES.LAW },
  },
  giin: {
    label: '各議院審査等・公益上の必要',
    A: { item: 12, evidence: [V('A [V: businesslawyers "19条12号"]')], source: SOURCES.businesslawyers },
    B: { item: [13, 14], evidence: [M('13 (or 14) [M]')], source: '' },
    C: { item: 15, evidence: [V(LAW_19)], source: SOURCES.LAW },
  },
  seimei: {
    label: '人の生命、身体又は財産',
    A: { item: 13, evidence: [V('A [V: businesslawyers "19条13号"]')], source: SOURCES.businesslawyers },
    B: { item: [14, 15], evidence: [M('14 (or 15) [M]')], source: '' },
    C: { item: 16, evidence: [V(LAW_19)], source: SOURCES.LAW },
  },
  catchAll: {
    label: '個人情報保護委員会規則で定めるとき（最後の号）',
    A: { item: 14, evidence: [M('[M]')], source: '' },
    B: { item: [15, 16], evidence: [M('15 (or 16) [M]')], source: '' },
    C: { item: 17, evidence: [V('[V current]')], source: SOURCES.LAW },
  },
};

/** P1/P2: the annex of 第9条第1項 (法定事務). */
export const UTILISATION_ANNEX_ERAS: readonly Era<'first' | 'single', DateKey>[] = [
  {
    validFrom: 'bangoUseStart',
    value: 'first',
    evidence: [V('[V: LAW offset ~27000] (別表第一 until 2024-05-26)')],
    source: SOURCES.LAW,
    patterns: ['P1'],
  },
  {
    validFrom: 'r5Amendment',
    value: 'single',
    evidence: [V('[V: LAW offset ~27000, ~64000] (current 第9条 / 別表)')],
    source: SOURCES.LAW,
    patterns: ['P2'],
  },
];

/** P4–P6: the table that lists 情報提供ネットワークシステム provisions (別表第二, then 主務省令第2条の表). */
export const PROVISION_TABLE_ERAS: readonly Era<'second' | 'ord19-8', DateKey>[] = [
  {
    validFrom: 'bangoUseStart',
    value: 'second',
    evidence: [V('[V] for the end (別表第二 deleted 2024-05-27)')],
    source: SOURCES.LAW,
    patterns: ['P4', 'P5'],
  },
  {
    validFrom: 'r5Amendment',
    value: 'ord19-8',
    evidence: [V('[V: ORD19-8 第2条, 附則]'), S('[S: shared/corpus/002_b80d6855a7643af9.txt:261]')],
    source: `${SOURCES['ORD19-8']}; ${SOURCES.seed002}`,
    patterns: ['P6'],
  },
];

/** P3: the name of 平成26年内閣府・総務省令第5号 (its article numbers were not renumbered). */
export const ORD_BETSU_NAME_ERAS: readonly Era<'ordBetsu1' | 'ordBetsu', DateKey>[] = [
  {
    validFrom: 'ordBetsuPromulgated',
    value: 'ordBetsu1',
    evidence: [V('name [V]'), S('[S: shared/corpus/000_e2e81983413e01ac.txt:46]')],
    source: SOURCES['ORD-BETSU'],
    patterns: ['P3'],
  },
  {
    validFrom: 'r5Amendment',
    value: 'ordBetsu',
    evidence: [V('title [V: ORD-BETSU]')],
    // §1.1 row 11 tags the renaming date [I] (it follows the 2024-05-27 amendment).
    fromEvidence: [I('2024-05-27 [I]')],
    source: SOURCES['ORD-BETSU'],
    patterns: ['P3'],
  },
];

/** P7: 平成26年内閣府・総務省令第7号 (abolished) → ORD19-8 (令和6年デジタル庁・総務省令第9号). */
export const PROVISION_ORDER_ERAS: readonly Era<'ordB2' | 'ord19-8', DateKey>[] = [
  {
    validFrom: 'ordB2Promulgated',
    value: 'ordB2',
    evidence: [V('[V]')],
    source: SOURCES['ORD-B2'],
    patterns: ['P7'],
  },
  {
    validFrom: 'r5Amendment',
    value: 'ord19-8',
    evidence: [V('"…(平成二十六年内閣府・総務省令第七号)は、廃止する。" [V: ORD19-8 附則第2条]')],
    source: SOURCES['ORD19-8'],
    patterns: ['P7'],
  },
];

/** P16: the national PI laws merged into 個人情報の保護に関する法律. */
export const NATIONAL_PI_LAW_ERAS: readonly Era<'separate' | 'unified', DateKey>[] = [
  { validFrom: null, value: 'separate', evidence: [V('一本化 [V]')], source: SOURCES.pServant, patterns: ['P16'] },
  { validFrom: 'nationalPiUnified', value: 'unified', evidence: [V('一本化 [V]'), M('date [M]')], source: SOURCES.pServant, patterns: ['P16'] },
];

/** P16: names that stopped being the operative law. */
export const NATIONAL_PI_LAW_NAMES: readonly string[] = [
  '行政機関の保有する個人情報の保護に関する法律',
  '行政機関個人情報保護法',
  '独立行政法人等の保有する個人情報の保護に関する法律',
  '独立行政法人等個人情報保護法',
];

export const PI_LAW_NAME = '個人情報の保護に関する法律';

/** P17: a local 個人情報保護条例 as the operative basis. */
export const LOCAL_PI_ORDINANCE_ERAS: readonly Era<'ordinance' | 'appi', DateKey>[] = [
  { validFrom: null, value: 'ordinance', evidence: [V('[V]')], source: `${SOURCES.kantoinfo}; ${SOURCES.hiratsuka}`, patterns: ['P17'] },
  { validFrom: 'localPiLaw', value: 'appi', evidence: [V('[V]')], source: `${SOURCES.kantoinfo}; ${SOURCES.hiratsuka}`, patterns: ['P17'] },
];

/** P18: 被保険者証 as the current 資格 document. */
export const HOKENSHO_ERAS: readonly Era<'hokensho' | 'shikakuKakuninsho', DateKey>[] = [
  { validFrom: null, value: 'hokensho', evidence: [V('date [V]')], source: SOURCES['ORD19-8'], patterns: ['P18'] },
  {
    validFrom: 'hokenshoAbolished',
    value: 'shikakuKakuninsho',
    evidence: [V('date [V]'), I('applicability [I]')],
    source: `${SOURCES['ORD19-8']}; ${SOURCES['ORD-BETSU']} 第1条第3号, 第9号`,
    patterns: ['P18'],
  },
];

/** P19: the article that is the basis of 特定個人情報保護評価 (評価) and of the 指針. */
export const PIA_ARTICLE_ERAS: Readonly<Record<'shishin' | 'hyoka', readonly Era<number, DateKey>[]>> = {
  shishin: [
    { validFrom: null, value: 26, evidence: [V('"第二十六条〔現行=二七条=平成二七年九月法律六五号により改正〕" [V: SHISHIN]')], source: SOURCES.SHISHIN, patterns: ['P19'] },
    { validFrom: 'piaArticleRenumbered', value: 27, evidence: [V('current [V]')], source: SOURCES.LAW, patterns: ['P19'] },
  ],
  hyoka: [
    { validFrom: null, value: 27, evidence: [I('評価 第27条→第28条 [I]')], source: SOURCES.SHISHIN, patterns: ['P19'] },
    { validFrom: 'piaArticleRenumbered', value: 28, evidence: [V('current [V]')], source: SOURCES.LAW, patterns: ['P19'] },
  ],
};

/** §1.3 / P15: the correct basis phrase of the 中間サーバー 照合リスト sentence by period. */
export const CHUKAN_SENTENCE_ERAS: readonly Era<ChukanSentenceText, DateKey>[] = [
  {
    validFrom: 'bangoUseStart',
    value: { period: 'A', text: '番号法別表第2及び第19条第14号' },
    evidence: [S('[S: shared/corpus/000_e2e81983413e01ac.txt:305; shared/corpus/002_b80d6855a7643af9.txt:1066 (変更前の記載)]'), I('[I] (legacy template; 14号 = 委員会規則 catch-all in period A)')],
    source: SOURCES.seed000,
    patterns: ['P15'],
  },
  {
    validFrom: 'nwsProvisionsStart',
    value: { period: 'B', text: '番号法別表第二及び第19条第8号' },
    evidence: [V('derived from the law [V: townkamiita 2017; §1.2]'), I('[I]')],
    source: SOURCES.townkamiita,
    patterns: ['P15'],
  },
  {
    validFrom: 'digitalReform',
    value: { period: 'C', text: '番号法別表第二及び第19条第9号' },
    evidence: [I('[I]')],
    source: SOURCES.LAW,
    patterns: ['P15'],
  },
  {
    validFrom: 'r5Amendment',
    value: { period: 'D', text: '番号法第19条第8号に基づく主務省令第2条の表及び第19条第9号' },
    evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:667, :1195]'), I('[I]')],
    source: SOURCES.seed002,
    patterns: ['P15'],
  },
];

/** §1.3: wordings seen in real documents that are wrong in every period. */
export const CHUKAN_SENTENCE_NEVER_VALID: readonly { text: string; evidence: readonly Evidence[] }[] = [
  {
    text: '番号法別表第2及び第19条第15号',
    evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1066 (変更後の記載); shared/corpus/003_8fde78660347634c.txt:2493]')],
  },
  { text: '番号法別表第2及び第19条第16号', evidence: [I('P15 `別表第2及び第19条第1[456]号` [S]+[I]')] },
];

/** §1.5(a) and §1.4 P2: the current 別表 (rows 1–136 plus 「の二」 rows). */
export const SINGLE_ANNEX = {
  maxRow: 136,
  maxRowEvidence: [V('[V: LAW 別表]')],
  /** Examples of branch rows in the current text; the list is not exhaustive and insertion dates are unknown. */
  knownBranchRows: ['11の2', '19の2', '19の3', '19の4', '19の5', '19の6', '19の7', '23の2', '23の3', '23の4', '23の5', '116の2', '117の2', '130の2'],
  branchRowEvidence: [V('[V: LAW 別表]'), M('insertion dates not checked')],
  source: SOURCES.LAW,
} as const;

/** §1.5(b): ORD19-8 第2条の表. */
export const ORD19_8_TABLE = {
  maxRow: 173,
  maxRowEvidence: [V('(第百七十五条 refers to 「第二条の表の百七十三の項」) [V]')],
  /** Detail article = row + offset. */
  detailArticleOffset: 2,
  detailArticleVerifiedRows: [1, 2, 3, 42, 43, 48, 80, 81, 83, 155, 156, 157, 158, 159, 160, 172, 173],
  source: SOURCES['ORD19-8'],
} as const;

/** §1.5(a): 第9条第1項 別表第一 → 別表 (2024-05-27). */
export const BETSU1_TO_BETSU: readonly Betsu1MappingRow[] = [
  {
    jimu: '生活保護',
    keywords: ['生活保護'],
    old: { row: '15', evidence: [V('15→23 [V: LAW 附則（令和六年四月二四日法律第二一号）第八条]')] },
    new: { row: '23', evidence: [V('23 [V: LAW 別表]')] },
    source: SOURCES.LAW,
  },
  {
    jimu: '地方税',
    keywords: ['地方税'],
    old: { row: '16', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1128 "別表第1第16項"→"別表の24の項"]')] },
    new: { row: '24', evidence: [V('[V: LAW 別表 24]')] },
    source: `${SOURCES.seed002}; ${SOURCES.LAW}`,
  },
  {
    jimu: '国民健康保険',
    keywords: ['国民健康保険', '国保'],
    old: { row: '30', evidence: [S('30 [S: shared/corpus/000_e2e81983413e01ac.txt:46; shared/corpus/003_8fde78660347634c.txt:3352]')] },
    new: { row: '44', evidence: [V('44 [V]')] },
    ordBetsuArticle: {
      article: '24',
      evidence: [S('第24条 pre-2024 [S: shared/corpus/000_e2e81983413e01ac.txt:46]'), V('current 第24条 = "法別表四十四の項" [V: ORD-BETSU]')],
    },
    source: `${SOURCES.seed000}; ${SOURCES.LAW}; ${SOURCES['ORD-BETSU']}`,
  },
  {
    jimu: '国民健康保険（都道府県 交付金）',
    keywords: ['国民健康保険保険給付費等交付金'],
    old: { row: '30の2', evidence: [M('30の2 [M]')] },
    new: { row: '45', evidence: [V('45 [V]')] },
    source: SOURCES.LAW,
  },
  {
    jimu: '災害対策基本法（避難行動要支援者名簿・被災者台帳等）',
    keywords: ['避難行動要支援者', '被災者台帳', '災害対策基本法'],
    old: { row: '35', evidence: [M('35 [M, low]')] },
    new: { row: '55', evidence: [V('55 [V]')] },
    source: SOURCES.LAW,
  },
  {
    jimu: '児童手当',
    keywords: ['児童手当'],
    old: { row: '56', evidence: [M('56 [M]')] },
    new: { row: '81', evidence: [V('81 [V]')] },
    source: SOURCES.LAW,
  },
  {
    jimu: '後期高齢者医療',
    keywords: ['後期高齢者'],
    old: null,
    new: { row: '85', evidence: [V('85 [V]')] },
    ordBetsuArticle: { article: '46', evidence: [V('第46条 = "法別表八十五の項" [V: ORD-BETSU]')] },
    source: `${SOURCES.LAW}; ${SOURCES['ORD-BETSU']}`,
  },
  {
    jimu: '介護保険',
    keywords: ['介護保険'],
    old: { row: '68', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1119, :1124]')] },
    new: { row: '100', evidence: [V('[V: ORD-BETSU 第50条] (法別表百の項)')] },
    ordBetsuArticle: { article: '50', evidence: [V('[V: ORD-BETSU 第50条]')] },
    source: `${SOURCES.seed002}; ${SOURCES['ORD-BETSU']}`,
  },
  {
    jimu: '障害者総合支援',
    keywords: ['障害者の日常生活及び社会生活を総合的に支援', '障害者総合支援', '自立支援給付'],
    old: { row: '84', evidence: [M('84 [M]')] },
    new: { row: '117', evidence: [V('117 [V]')] },
    source: SOURCES.LAW,
  },
  {
    jimu: '指定難病（難病法）',
    keywords: ['難病'],
    old: null,
    new: { row: '131', evidence: [V('131 [V]')] },
    ordBetsuArticle: {
      article: '71',
      evidence: [V('第71条 = "法別表百三十一の項" [V: ORD-BETSU 第七十一条]'), I('(pre-2024 number assumed the same [I])')],
    },
    source: `${SOURCES.LAW}; ${SOURCES['ORD-BETSU']}`,
  },
];

/** §1.5(b): 別表第二 → ORD19-8 第2条の表 (2024-05-27). Not a simple offset. */
export const BETSU2_TO_TABLE: readonly Betsu2MappingRow[] = [
  {
    requester: '厚生労働大臣 / 健康保険',
    keywords: ['健康保険'],
    old: { row: '1', evidence: [V('[V] row 1')] },
    oldOrdB2Article: '1',
    new: [{ row: '1', evidence: [V('[V] row 1')] }],
    detailArticle: { article: 3, evidence: [V('[V]')] },
    source: SOURCES['ORD19-8'],
  },
  {
    requester: '全国健康保険協会 / 健康保険 給付',
    keywords: ['全国健康保険協会'],
    old: { row: '2', evidence: [V('[V] row 2')] },
    oldOrdB2Article: '2',
    new: [{ row: '2', evidence: [V('[V] row 2'), S('[S: shared/corpus/002_b80d6855a7643af9.txt:261]')] }],
    detailArticle: { article: 4, evidence: [V('[V]')] },
    source: SOURCES['ORD19-8'],
  },
  {
    requester: '健康保険組合 / 健康保険 給付',
    keywords: ['健康保険組合'],
    old: { row: '3', evidence: [V('[V] row 3')] },
    oldOrdB2Article: '3',
    new: [{ row: '3', evidence: [V('[V] row 3'), S('[S: shared/corpus/002_b80d6855a7643af9.txt:270]')] }],
    detailArticle: { article: 5, evidence: [V('[V]')] },
    source: SOURCES['ORD19-8'],
  },
  {
    requester: '都道府県知事等 / 生活保護',
    keywords: ['生活保護'],
    old: { row: '26', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1131]')] },
    oldOrdB2Article: '19',
    new: [
      { row: '42', evidence: [V('[V] row 42→第44条')] },
      { row: '43', evidence: [I('(split from 26) [I]')] },
    ],
    detailArticle: { article: 44, evidence: [V('[V] row 42→第44条')] },
    source: `${SOURCES.seed002}; ${SOURCES['ORD19-8']}`,
  },
  {
    requester: '市町村長 / 地方税 賦課徴収',
    keywords: ['地方税'],
    old: { row: '27', evidence: [S('27 [S: shared/corpus/000_e2e81983413e01ac.txt:442]')] },
    oldOrdB2Article: '20',
    new: [{ row: '48', evidence: [V('48 [V]')] }],
    detailArticle: { article: 50, evidence: [V('[V]')] },
    source: `${SOURCES.seed000}; ${SOURCES['ORD19-8']}`,
  },
  {
    requester: '市町村長又は国民健康保険組合 / 国保 給付・保険料',
    keywords: ['国民健康保険'],
    old: { row: '42', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1129, :339]')] },
    oldOrdB2Article: '25',
    new: [{ row: '69', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1129, :339]')] }],
    detailArticle: { article: 71, evidence: [I('第71条 [I]')] },
    source: SOURCES.seed002,
  },
  {
    requester: '市町村長又は国民健康保険組合 / 国保 給付',
    keywords: ['国民健康保険'],
    old: { row: '43', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:349]')] },
    oldOrdB2Article: '25の2',
    new: [{ row: '70', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:349]')] }],
    detailArticle: { article: 72, evidence: [I('第72条 [I]')] },
    source: SOURCES.seed002,
  },
  {
    requester: '市町村長 / 災害対策基本法（名簿・個別避難計画・被災者台帳）',
    keywords: ['避難行動要支援者', '被災者台帳'],
    old: { row: '56の2', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:357]')] },
    oldOrdB2Article: '30',
    new: [{ row: '80', evidence: [V('[V] row 80')] }],
    detailArticle: { article: 82, evidence: [V('[V]')] },
    source: `${SOURCES.seed002}; ${SOURCES['ORD19-8']}`,
  },
  {
    requester: '地方公務員共済組合 / 短期給付',
    keywords: ['地方公務員共済組合'],
    old: { row: '58', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:366]')] },
    oldOrdB2Article: '31の2',
    new: [{ row: '83', evidence: [V('[V] row 83')] }],
    detailArticle: { article: 85, evidence: [V('[V]')] },
    source: `${SOURCES.seed002}; ${SOURCES['ORD19-8']}`,
  },
  {
    requester: '市町村長 / 老人福祉法 福祉の措置',
    keywords: ['老人福祉法'],
    old: { row: '61', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:374]')] },
    oldOrdB2Article: '32',
    new: [{ row: '86', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:374]')] }],
    detailArticle: { article: 88, evidence: [I('第88条 [I]')] },
    source: SOURCES.seed002,
  },
  {
    requester: '市町村長 / 老人福祉法 費用の徴収',
    keywords: ['老人福祉法'],
    old: { row: '62', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:383]')] },
    oldOrdB2Article: '33',
    new: [{ row: '87', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:383]')] }],
    detailArticle: { article: 89, evidence: [I('第89条 [I]')] },
    source: SOURCES.seed002,
  },
  {
    requester: '後期高齢者医療広域連合 / 給付・保険料',
    keywords: ['後期高齢者'],
    old: { row: '80', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1130, :401]')] },
    oldOrdB2Article: '43',
    new: [{ row: '115', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1130, :401]')] }],
    detailArticle: { article: 117, evidence: [I('第117条 [I]')] },
    source: SOURCES.seed002,
  },
  {
    requester: '後期高齢者医療広域連合 / 給付',
    keywords: ['後期高齢者'],
    old: { row: '81', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:409]')] },
    oldOrdB2Article: '43の2',
    new: [{ row: '116', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:409]')] }],
    detailArticle: { article: 118, evidence: [I('第118条 [I]')] },
    source: SOURCES.seed002,
  },
  {
    requester: '都道府県知事等 / 中国残留邦人等支援給付',
    keywords: ['中国残留邦人'],
    old: { row: '87', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:418]')] },
    oldOrdB2Article: '44',
    new: [{ row: '125', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:418]')] }],
    detailArticle: { article: 127, evidence: [I('第127条 [I]')] },
    source: SOURCES.seed002,
  },
  {
    requester: '市町村長 / 介護保険（照会）',
    keywords: ['介護保険'],
    old: { row: '93', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1122]')] },
    oldOrdB2Article: '46',
    new: [{ row: '131', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1122]')] }],
    detailArticle: { article: 133, evidence: [I('第133条 [I]')] },
    source: SOURCES.seed002,
  },
  {
    requester: '市町村長 / 介護保険（照会）',
    keywords: ['介護保険'],
    old: { row: '94', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1122]')] },
    oldOrdB2Article: '47',
    new: [{ row: '132', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1122]')] }],
    detailArticle: { article: 134, evidence: [I('第134条 [I]')] },
    source: SOURCES.seed002,
  },
  {
    requester: '都道府県知事又は市町村長 / 障害者総合支援 自立支援給付',
    keywords: ['自立支援給付', '障害者の日常生活及び社会生活を総合的に支援'],
    old: { row: '108', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1132, :1186]')] },
    oldOrdB2Article: '55',
    new: [{ row: '144', evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:1132, :1186]')] }],
    detailArticle: { article: 146, evidence: [I('第146条 [I]')] },
    source: SOURCES.seed002,
  },
  {
    requester: '(old row 109; the new row is not recorded)',
    keywords: [],
    old: { row: '109', evidence: [S('[S: shared/corpus/000_e2e81983413e01ac.txt:49, :378]')] },
    oldOrdB2Article: '55の2',
    new: [],
    source: SOURCES.seed000,
  },
  {
    requester: '都道府県知事 / 難病 特定医療費',
    keywords: ['難病'],
    old: { row: '120', evidence: [S('120 [S: shared/corpus/000_e2e81983413e01ac.txt:459]')] },
    oldOrdB2Article: '59の3',
    new: [{ row: '158', evidence: [V('158 [V]')] }],
    detailArticle: { article: 160, evidence: [V('[V]')] },
    source: `${SOURCES.seed000}; ${SOURCES['ORD19-8']}`,
  },
];

/** §1.4, row by row, linked to the data above by date keys. */
export const VALIDITY_PATTERNS: readonly ValidityPattern<DateKey>[] = [
  {
    id: 'P1',
    pattern: '番号法第9条第1項[ 、]*別表第[一1](の)?\\s*(\\d+)(の\\d+)?(の)?項 / 別表第1 項番NN',
    meaning: '法定事務 (個人番号利用)',
    validFrom: 'bangoUseStart',
    supersededOn: 'r5Amendment',
    replacement: '番号法第9条第1項 別表のMMの項 (MM via table 1.5)',
    confidence: 'dates: from [M], until [V]',
    example: '番号法第9条第1項 別表第一の30の項',
    exampleReplacement: '別表の44の項',
  },
  {
    id: 'P2',
    pattern: '番号法第9条第1項[ 、]*別表の?(\\d+)(の\\d+)?の項 (no 第一)',
    meaning: 'same, new numbering',
    validFrom: 'r5Amendment',
    supersededOn: null,
    confidence: '[V]',
    example: '番号法第9条第1項 別表の44の項',
  },
  {
    id: 'P3',
    pattern: '…別表第一の主務省令で定める事務を定める命令(（平成26年内閣府・総務省令第5号）)?第N条',
    meaning: 'detail of 別表第一 事務',
    validFrom: 'ordBetsuPromulgated',
    supersededOn: 'r5Amendment',
    replacement: '…別表の主務省令で定める事務を定める命令（平成26年内閣府・総務省令第5号）第N条, keeping N',
    confidence: 'name [V]; article continuity [S]+[V] for 第24条/第50条, generalised [I]',
    example: '行政手続における特定の個人を識別するための番号の利用等に関する法律別表第一の主務省令で定める事務を定める命令第24条',
    exampleReplacement: '行政手続における特定の個人を識別するための番号の利用等に関する法律別表の主務省令で定める事務を定める命令第24条',
    note: 'the renaming date is [I] (§1.1 row 11), so the finding is unverified',
  },
  {
    id: 'P4',
    pattern: '番号法第19条第7号[ 、]*(及び)?別表第[二2]',
    meaning: '情報提供NWS',
    validFrom: 'bangoUseStart',
    supersededOn: 'digitalReform',
    replacement: 'P5',
    confidence: '[V] for the end',
    example: '番号法第19条第7号 別表第二',
    exampleReplacement: '番号法第19条第8号',
    note:
      '§1.4 gives 2017-05-30 ([M]) as the start; §1.2 shows that 第19条第7号 was the 情報提供NWS item already in period A ' +
      '([V: businesslawyers]), so the data starts it with period A and the 2017-05-30 boundary does not affect it',
  },
  {
    id: 'P5',
    pattern: '番号法第19条第8号[ 、]*(及び)?別表第[二2]',
    meaning: '情報提供NWS',
    validFrom: 'digitalReform',
    supersededOn: 'r5Amendment',
    replacement: 'P6',
    confidence: '[V]',
    example: '番号法第19条第8号 別表第二',
  },
  {
    id: 'P6',
    pattern: '番号法第19条第8号に基づく主務省令第2条の表の?(\\d+)(の\\d+)?の項',
    meaning: '情報提供NWS',
    validFrom: 'r5Amendment',
    supersededOn: null,
    confidence: '[V] + [S: shared/corpus/002_b80d6855a7643af9.txt:261]',
    example: '番号法第19条第8号に基づく主務省令第2条の表の42の項',
  },
  {
    id: 'P7',
    pattern: '…別表第二の主務省令で定める事務及び情報を定める命令(（平成26年内閣府・総務省令第7号）)?第N条 (also 「主務省令事項を定める命令第N条」)',
    meaning: 'NWS 事務/情報 detail',
    validFrom: 'ordB2Promulgated',
    supersededOn: 'r5Amendment',
    replacement: '…第十九条第八号に基づく利用特定個人情報の提供に関する命令（令和6年デジタル庁・総務省令第9号）第2条の表のMMの項 (details in 第(MM+2)条)',
    confidence: '[V]',
    example: '行政手続における特定の個人を識別するための番号の利用等に関する法律別表第二の主務省令で定める事務及び情報を定める命令第20条',
    exampleReplacement: '行政手続における特定の個人を識別するための番号の利用等に関する法律第十九条第八号に基づく利用特定個人情報の提供に関する命令第2条の表の48の項',
  },
  {
    id: 'P8',
    pattern: '第19条第8号 in an 独自利用事務 / 条例事務関係情報照会者 context',
    meaning: '独自利用事務 NWS',
    validFrom: 'nwsProvisionsStart',
    supersededOn: 'digitalReform',
    replacement: '第19条第9号',
    confidence: '[V] for C',
    example: '独自利用事務の情報連携は番号法第19条第8号',
    exampleReplacement: '番号法第19条第9号',
  },
  {
    id: 'P9',
    pattern: '第19条第9号 in an 独自利用事務 context',
    meaning: '独自利用事務 NWS',
    validFrom: 'digitalReform',
    supersededOn: null,
    confidence: '[V]',
    example: '独自利用事務の情報連携は番号法第19条第9号',
  },
  {
    id: 'P10',
    pattern: '第9条第2項及び第19条第9号に基づく条例 (同一団体内 他機関)',
    meaning: '条例 (他機関)',
    validFrom: 'bangoUseStart',
    supersededOn: 'nwsProvisionsStart',
    replacement: '10号',
    confidence: '[V] via ordinances',
    example: '番号法第9条第2項及び第19条第9号に基づく条例',
    exampleReplacement: '第19条第10号',
  },
  {
    id: 'P11',
    pattern: '第9条第2項及び第19条第10号に基づく条例',
    meaning: '条例 (他機関)',
    validFrom: 'nwsProvisionsStart',
    supersededOn: 'digitalReform',
    replacement: '11号',
    confidence: '[V] via ordinances',
    example: '番号法第9条第2項及び第19条第10号に基づく条例',
    exampleReplacement: '第19条第11号',
  },
  {
    id: 'P12',
    pattern: '第9条第2項及び第19条第11号に基づく条例',
    meaning: '条例 (他機関)',
    validFrom: 'digitalReform',
    supersededOn: null,
    confidence: '[V]',
    example: '番号法第9条第2項及び第19条第11号に基づく条例',
  },
  {
    id: 'P13',
    pattern: '番号法第19条第6号 in a 住民基本台帳法 context',
    meaning: '住基法第30条の6 提供',
    validFrom: 'bangoUseStart',
    supersededOn: 'digitalReform',
    replacement: '第19条第7号',
    confidence: 'C [V]; A/B [M]',
    example: '住民基本台帳法第30条の6の規定により番号法第19条第6号',
    exampleReplacement: '番号法第19条第7号',
  },
  {
    id: 'P14',
    pattern: '番号法第19条第5号 in a 委託 context',
    meaning: '委託・合併',
    validFrom: 'bangoUseStart',
    supersededOn: 'digitalReform',
    replacement: '第19条第6号',
    confidence: 'C [V]; A/B [M]',
    example: '委託先への提供は番号法第19条第5号',
    exampleReplacement: '番号法第19条第6号',
  },
  {
    id: 'P15',
    pattern: '中間サーバー sentence 別表第2及び第19条第1[456]号',
    meaning: 'see 1.3',
    validFrom: null,
    supersededOn: null,
    replacement: 'period-appropriate text from 1.3',
    confidence: '[S]+[I]',
    example: '（※2）番号法別表第2及び第19条第14号に基づき、事務手続きごとに情報照会者、情報提供者、照会・提供可能な特定個人情報をリスト化したもの',
    note: 'implemented by CHUKAN_SENTENCE_ERAS and findStaleChukanServerSentence',
  },
  {
    id: 'P16',
    pattern: '(行政機関の保有する個人情報の保護に関する法律|行政機関個人情報保護法|独立行政法人等の保有する個人情報の保護に関する法律)',
    meaning: 'old national PI laws',
    validFrom: null,
    supersededOn: 'nationalPiUnified',
    replacement: '個人情報の保護に関する法律',
    confidence: '一本化 [V]; date [M]',
    example: '行政機関の保有する個人情報の保護に関する法律',
    exampleReplacement: '個人情報の保護に関する法律',
  },
  {
    id: 'P17',
    pattern: '[^\\s]+(市|町|村|区|県|都|府|道)個人情報保護条例 as the operative basis',
    meaning: 'local PI ordinance',
    validFrom: null,
    supersededOn: 'localPiLaw',
    replacement: '個人情報の保護に関する法律 (第76条等) + 「○○市個人情報の保護に関する法律施行条例」',
    confidence: '[V]',
    example: '越谷市個人情報保護条例第14条',
  },
  {
    id: 'P18',
    pattern: '被保険者証 as the current 資格 document in 国保/後期/介護-related text',
    meaning: '—',
    validFrom: null,
    supersededOn: 'hokenshoAbolished',
    replacement: '資格確認書 / 資格情報通知書 (+ 経過措置 for old cards)',
    confidence: 'date [V], applicability [I]',
    example: '国民健康保険被保険者証を交付する',
    note: 'implemented by HOKENSHO_ERAS and findHokenshoAsCurrent',
  },
  {
    id: 'P19',
    pattern: '番号法第2[67]条 as the basis of 特定個人情報保護評価',
    meaning: '指針 = 第27条, 評価 = 第28条 now',
    validFrom: null,
    supersededOn: 'piaArticleRenumbered',
    replacement: '番号法第27条 (指針) / 番号法第28条 (評価)',
    confidence: 'current [V]; shift date [M]',
    example: '番号法第27条に基づく特定個人情報保護評価',
    exampleReplacement: '番号法第28条',
  },
];
