/**
 * Whether a 評価実施機関名 names a 地方公共団体 (or one of its organs). The form's 【行政機関等のみ】
 * parts apply to 行政機関の長等 only, so rules need to tell the two apart; the document says it only
 * through the body's name. The test is deliberately narrow, and anything it does not recognise is
 * "not known to be local" (the caller stays silent):
 *
 * - the name ends in a prefecture (東京都, 北海道, 京都府, 大阪府, …県) or a municipality (…市, …区,
 *   …町, …村), optionally followed by one of the organs a local body has (市長, 知事, 教育委員会,
 *   水道事業管理者, 消防長, …): 「いわき市長」, 「神奈川県川崎市市長」, 「東京都知事」,
 *   「○○町教育委員会」;
 * - or it is a 広域連合 or 一部事務組合 (local public bodies of their own, 地方自治法第1条の3).
 *
 * National bodies do not end that way (…省, …庁, 内閣府 — the reason 府 is accepted only in 京都府 and
 * 大阪府 —, …委員会 without a place, …機構).
 */
const ORGANS = [
  '長',
  '市長',
  '区長',
  '町長',
  '村長',
  '知事',
  '議会',
  '議会議長',
  '教育委員会',
  '選挙管理委員会',
  '人事委員会',
  '公平委員会',
  '監査委員',
  '農業委員会',
  '固定資産評価審査委員会',
  '公営企業管理者',
  '水道事業管理者',
  '下水道事業管理者',
  '上下水道事業管理者',
  '病院事業管理者',
  '交通事業管理者',
  '消防長',
  '消防局',
  '水道局',
  '交通局',
  '病院局',
  '企業局',
];

const PLACE = '(?:東京都|北海道|京都府|大阪府|.+県|.+[市区町村])';
const LOCAL = new RegExp(`^${PLACE}(?:${ORGANS.join('|')})?$`);
const UNION = /広域連合|一部事務組合/;
/** Place-like endings that are not municipalities (`関東管区`, `地区`). */
const NOT_PLACE = /(?:管区|地区)(?:長)?$/;

export function isLocalBodyName(name: string): boolean {
  const key = name.normalize('NFKC').replace(/\s+/g, '');
  if (key === '') return false;
  if (UNION.test(key)) return true;
  if (NOT_PLACE.test(key)) return false;
  return LOCAL.test(key);
}
