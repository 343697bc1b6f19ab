/**
 * Single-choice lists of catalogue §4.2: option names (ASCII, stable) and the exact texts the forms
 * print, in form order. Names repeat across enums on purpose where the meaning is the same (§4.1).
 */
import type { EnumDef } from '../catalogue-types.js';

export const ENUM_DEFS: readonly EnumDef[] = [
  {
    name: 'KIND',
    options: [
      { name: 'kiso', text: '基礎項目評価書' },
      { name: 'juten', text: '重点項目評価書' },
      { name: 'zenko', text: '全項目評価書' },
    ],
  },
  {
    name: 'TARGET_COUNT',
    options: [
      { name: 'lt1k', text: '1,000人未満' },
      { name: 'from1kTo10k', text: '1,000人以上1万人未満' },
      { name: 'from10kTo100k', text: '1万人以上10万人未満' },
      { name: 'from100kTo300k', text: '10万人以上30万人未満' },
      // juten prints exactly the first four options; the fifth is zenko's and its wording is not seen.
      { name: 'ge300k', text: '30万人以上', kinds: ['zenko'], status: 'form' },
    ],
  },
  {
    name: 'NWS_IMPL',
    options: [
      { name: 'implement', text: '実施する' },
      { name: 'notImplement', text: '実施しない' },
      { name: 'undecided', text: '未定' },
    ],
  },
  {
    name: 'FILE_TYPE',
    options: [
      { name: 'system', text: 'システム用ファイル' },
      { name: 'otherElectronic', text: 'その他の電子ファイル(表計算ファイル等)' },
    ],
  },
  {
    name: 'SUBJECT_COUNT',
    options: [
      { name: 'lt10k', text: '1万人未満' },
      { name: 'from10kTo100k', text: '1万人以上10万人未満' },
      { name: 'from100kTo1m', text: '10万人以上100万人未満' },
      { name: 'from1mTo10m', text: '100万人以上1,000万人未満' },
      { name: 'ge10m', text: '1,000万人以上' },
    ],
  },
  {
    name: 'ITEM_COUNT',
    options: [
      { name: 'lt10', text: '10項目未満' },
      { name: 'from10To50', text: '10項目以上50項目未満' },
      { name: 'from50To100', text: '50項目以上100項目未満' },
      { name: 'ge100', text: '100項目以上' },
    ],
  },
  {
    name: 'STAFF_COUNT',
    options: [
      { name: 'lt10', text: '10人未満' },
      { name: 'from10To50', text: '10人以上50人未満' },
      { name: 'from50To100', text: '50人以上100人未満' },
      { name: 'from100To500', text: '100人以上500人未満' },
      { name: 'from500To1000', text: '500人以上1,000人未満' },
      { name: 'ge1000', text: '1,000人以上' },
    ],
  },
  {
    name: 'OUTSOURCE',
    options: [
      { name: 'outsource', text: '委託する' },
      { name: 'noOutsource', text: '委託しない' },
    ],
  },
  {
    name: 'SUBCONTRACT',
    options: [
      { name: 'subcontract', text: '再委託する' },
      { name: 'noSubcontract', text: '再委託しない' },
    ],
  },
  {
    name: 'OUTSOURCE_SCOPE',
    options: [
      { name: 'whole', text: '特定個人情報ファイルの全体' },
      { name: 'part', text: '特定個人情報ファイルの一部' },
    ],
  },
  {
    // Only 10年以上20年未満 and 20年以上 are seen (in a change log); the rest is from memory.
    name: 'RETENTION',
    status: 'unverified',
    options: [
      { name: 'lt1y', text: '1年未満', status: 'unverified' },
      { name: 'y1', text: '1年', status: 'unverified' },
      { name: 'y2', text: '2年', status: 'unverified' },
      { name: 'y3', text: '3年', status: 'unverified' },
      { name: 'y4', text: '4年', status: 'unverified' },
      { name: 'y5', text: '5年', status: 'unverified' },
      { name: 'from6To10', text: '6年以上10年未満', status: 'unverified' },
      { name: 'from10To20', text: '10年以上20年未満' },
      { name: 'ge20', text: '20年以上' },
      { name: 'undefined', text: '定められていない', status: 'unverified' },
    ],
  },
  {
    name: 'ADEQUACY',
    options: [
      { name: 'focused', text: '特に力を入れている' },
      { name: 'sufficient', text: '十分である' },
      { name: 'issuesRemain', text: '課題が残されている' },
    ],
  },
  {
    name: 'DOING',
    options: [
      { name: 'doing', text: '行っている' },
      { name: 'notDoing', text: '行っていない' },
    ],
  },
  {
    name: 'RECORDING',
    options: [
      { name: 'keeping', text: '記録を残している' },
      { name: 'notKeeping', text: '記録を残していない' },
    ],
  },
  {
    name: 'LIMITING',
    options: [
      { name: 'limiting', text: '制限している' },
      { name: 'notLimiting', text: '制限していない' },
    ],
  },
  {
    name: 'DEFINED',
    options: [
      { name: 'defined', text: '定めている' },
      { name: 'notDefined', text: '定めていない' },
    ],
  },
  {
    name: 'SUBCONTRACT_ASSURANCE',
    options: [
      { name: 'focused', text: '特に力を入れて行っている' },
      { name: 'sufficient', text: '十分に行っている' },
      { name: 'insufficient', text: '十分に行っていない' },
      { name: 'noSubcontract', text: '再委託していない' },
    ],
  },
  {
    name: 'PRACTICE',
    options: [
      // A zenko rendering prints option 1 of ⑧事故発生時手順 as ADEQUACY's wording.
      { name: 'focused', text: '特に力を入れて行っている', aliases: ['特に力を入れている'] },
      { name: 'sufficient', text: '十分に行っている' },
      { name: 'insufficient', text: '十分に行っていない' },
    ],
  },
  {
    name: 'NISC',
    options: [
      { name: 'focused', text: '特に力を入れて遵守している' },
      { name: 'sufficient', text: '十分に遵守している' },
      { name: 'insufficient', text: '十分に遵守していない' },
      { name: 'notGovernment', text: '政府機関ではない' },
    ],
  },
  {
    name: 'MAINTAINED',
    options: [
      { name: 'focused', text: '特に力を入れて整備している' },
      { name: 'sufficient', text: '十分に整備している' },
      { name: 'insufficient', text: '十分に整備していない' },
    ],
  },
  {
    name: 'NOTIFIED',
    options: [
      { name: 'focused', text: '特に力を入れて周知している' },
      { name: 'sufficient', text: '十分に周知している' },
      { name: 'insufficient', text: '十分に周知していない' },
    ],
  },
  {
    name: 'INCIDENT',
    options: [
      { name: 'occurred', text: '発生あり' },
      { name: 'none', text: '発生なし' },
    ],
  },
  {
    name: 'DECEASED',
    options: [
      { name: 'stored', text: '保管している' },
      { name: 'notStored', text: '保管していない' },
    ],
  },
  {
    name: 'FEE',
    options: [
      { name: 'paid', text: '有料' },
      { name: 'free', text: '無料' },
    ],
  },
  {
    name: 'THRESHOLD_JUTEN',
    options: [
      { name: 'kisoAndJuten', text: '基礎項目評価及び重点項目評価の実施が義務付けられる' },
      { name: 'kisoOnly', text: '基礎項目評価の実施が義務付けられる(任意に重点項目評価を実施)' },
      { name: 'notRequired', text: '特定個人情報保護評価の実施が義務付けられない(任意に重点項目評価を実施)' },
    ],
  },
  {
    name: 'THRESHOLD_ZENKO',
    options: [
      { name: 'kisoAndZenko', text: '基礎項目評価及び全項目評価の実施が義務付けられる' },
      { name: 'kisoAndJuten', text: '基礎項目評価及び重点項目評価の実施が義務付けられる(任意に全項目評価を実施)' },
      { name: 'kisoOnly', text: '基礎項目評価の実施が義務付けられる(任意に全項目評価を実施)' },
      { name: 'notRequired', text: '特定個人情報保護評価の実施が義務付けられない(任意に全項目評価を実施)' },
    ],
  },
  {
    name: 'THRESHOLD_KISO',
    status: 'unverified',
    options: [
      { name: 'kisoAndZenko', text: '基礎項目評価及び全項目評価の実施が義務付けられる' },
      { name: 'kisoAndJuten', text: '基礎項目評価及び重点項目評価の実施が義務付けられる' },
      { name: 'kisoOnly', text: '基礎項目評価の実施が義務付けられる' },
      { name: 'notRequired', text: '特定個人情報保護評価の実施が義務付けられない' },
    ],
  },
  {
    // Same names and texts as TARGET_COUNT, all five printed. The first option may carry a suffix
    // such as （任意実施） [unverified]; it is not listed as an alias until it is seen.
    name: 'KISO_TARGET',
    status: 'form',
    options: [
      { name: 'lt1k', text: '1,000人未満' },
      { name: 'from1kTo10k', text: '1,000人以上1万人未満' },
      { name: 'from10kTo100k', text: '1万人以上10万人未満' },
      { name: 'from100kTo300k', text: '10万人以上30万人未満' },
      { name: 'ge300k', text: '30万人以上' },
    ],
  },
  {
    name: 'KISO_HANDLERS',
    status: 'unverified',
    options: [
      { name: 'ge500', text: '500人以上' },
      { name: 'lt500', text: '500人未満' },
    ],
  },
  {
    name: 'KISO_FORMS',
    status: 'unverified',
    options: [
      { name: 'kiso', text: '基礎項目評価書' },
      { name: 'kisoAndJuten', text: '基礎項目評価書及び重点項目評価書' },
      { name: 'kisoAndZenko', text: '基礎項目評価書及び全項目評価書' },
    ],
  },
  {
    // No option list is printed: the values come from the change-log tables.
    name: 'SUBMISSION_TIMING',
    options: [
      { name: 'before', text: '事前' },
      { name: 'after', text: '事後' },
    ],
  },
];
