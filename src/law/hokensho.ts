/**
 * law-and-rules.md §1.4 P18 / §4.5: from 2024-12-02 the health-insurance 被保険者証 is no longer
 * issued (令和5年法律第48号 附則第1条第2号); 国保/後期 documents written after that should speak of
 * 資格確認書 / 資格情報通知書 where they describe the current document. The date is [V]; which
 * sentences that applies to is [I], so every finding is unverified and the heuristics lean towards
 * silence:
 * - skipped: sentences about the transition (資格確認書, 資格情報通知書, 経過措置, 従前, 有効期限,
 *   廃止, みなす, 猶予, the changeover day written out as 令和6年12月2日 etc.); 「旧」「従来の」「既存の」… right before;
 * - skipped: 介護保険 被保険者証 (介護保険, 第1号/第2号被保険者, 要介護 in the sentence) — it is a
 *   different card and is not abolished ([M], not in law-and-rules.md); identifiers such as 「被保険者証記号・番号」 (data items, not the card);
 *   マイナ保険証 and 「健康保険証利用」 (the My Number card used as the card);
 * - confidence 'high' when the sentence issues or presents the card (交付, 発行, 提示, 更新, 送付,
 *   返還, 回収), else 'low'.
 */
import { sentenceAround, whollyOnOrAfter } from './context.js';
import { isVerified, resolveEras } from './eras.js';
import { dayBefore } from './dates.js';
import { HOKENSHO_ERAS, LAW_DATES } from './timeline.js';
import { japaneseDatesSource } from './wareki.js';

export interface HokenshoFinding {
  start: number;
  end: number;
  text: string;
  confidence: 'high' | 'low';
  /** 「資格確認書」 (and 資格情報通知書 for マイナ保険証 holders). */
  suggestion: string;
  verified: boolean;
  evidence: string;
  source: string;
}

const TERM = /被保険者証|健康保険証/g;
const ABOLISHED = LAW_DATES.hokenshoAbolished.date;
/** Sentences about the changeover: its words, or the changeover day (and the day before) written out. */
const TRANSITION = new RegExp(
  `資格確認書|資格情報通知書|経過措置|従前|有効期限|猶予|みな[すし]|廃止|発行済|交付済|までの間|まで使用|引き続き使用|${japaneseDatesSource([dayBefore(ABOLISHED), ABOLISHED])}`,
);
const HISTORICAL_BEFORE = /(?:旧|従来の|既存の|現行の|これまでの|従前の)\s{0,2}$/;
const KAIGO_BEFORE = /介護保険(?:の)?\s{0,2}$|介護\s{0,2}$/;
/** 介護保険 words: 第1号/第2号被保険者, 要介護, 要支援. */
const KAIGO_TERMS = /第\s{0,1}[1１一2２二]\s{0,1}号被保険者|要介護|要支援/;
const IDENTIFIER_AFTER = /^\s{0,2}(?:の)?(?:記号|番号|等記号)/;
const MEDICAL = /国民健康保険|国保|後期高齢者|健康保険|医療保険/;
const ISSUING = /交付|発行|提示|更新|送付|再交付|返還|回収|郵送|作成/;

const ERAS = resolveEras(HOKENSHO_ERAS);

export function findHokenshoAsCurrent(text: string, asOf: string): HokenshoFinding[] {
  if (typeof text !== 'string' || !whollyOnOrAfter(asOf, ABOLISHED)) return [];
  const now = ERAS[ERAS.length - 1]!;
  const evidence = [...now.era.evidence, ...LAW_DATES.hokenshoAbolished.evidence];
  const findings: HokenshoFinding[] = [];
  const re = new RegExp(TERM.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 8), start);
    const after = text.slice(end, end + 8);
    if (m[0] === '健康保険証' && (/マイナ\s{0,2}$/.test(before) || /^\s{0,2}(?:と\s{0,2}して(?:の)?)?利用/.test(after))) continue;
    if (HISTORICAL_BEFORE.test(before) || KAIGO_BEFORE.test(before) || IDENTIFIER_AFTER.test(after)) continue;
    const sentence = sentenceAround(text, start, end);
    if (TRANSITION.test(sentence.text)) continue;
    // A 介護保険 sentence that does not speak of medical insurance is about the 介護 card.
    const rest = sentence.text.replace(/介護保険/g, '');
    if ((sentence.text.includes('介護') || KAIGO_TERMS.test(sentence.text)) && !MEDICAL.test(rest)) continue;
    findings.push({
      start,
      end,
      text: m[0],
      confidence: ISSUING.test(sentence.text) ? 'high' : 'low',
      suggestion: '資格確認書',
      verified: isVerified(evidence),
      evidence: [...new Set(evidence.map((e) => e.text))].join('; '),
      source: now.era.source,
    });
  }
  return findings;
}
