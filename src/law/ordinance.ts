/**
 * law-and-rules.md §1.4 P17 / §4.2: from 2023-04-01 the 個人情報保護法 applies to local governments
 * directly and the local 「○○市個人情報保護条例」 is abolished (replaced by 「○○市個人情報の保護に
 * 関する法律施行条例」). A document dated on or after that day must not rely on the old ordinance.
 *
 * Historical mentions are fine and are skipped: 「旧○○条例」「廃止前の…」, and sentences that
 * describe the change (廃止, 経過措置, 従前の例, 「…から個人情報保護法へ移行」).
 */
import { parseCitations } from './parse.js';
import { sentenceAround, whollyOnOrAfter } from './context.js';
import { isVerified, resolveEras } from './eras.js';
import { isPiOrdinanceName, ordinanceBody } from './law-names.js';
import { dayBefore } from './dates.js';
import { LAW_DATES, LOCAL_PI_ORDINANCE_ERAS, PI_LAW_NAME } from './timeline.js';
import { japaneseDatesSource } from './wareki.js';

export interface OrdinanceFinding {
  start: number;
  end: number;
  text: string;
  ordinanceName: string;
  /** The local body (「越谷市」), empty when the text does not name it. */
  body: string;
  /**
   * article: cited with an article (「…条例第14条に基づき」); phrase: followed by 「に基づき」
   * 「により」「の規定」…; mention: named without either (rules may choose to report it as info).
   */
  operativeBy: 'article' | 'phrase' | 'mention';
  suggestion: { law: string; ordinance: string };
  verified: boolean;
  evidence: string;
  source: string;
}

const HISTORICAL_BEFORE = /(?:旧|廃止前の|改正前の|従前の|当時の|かつての)\s{0,2}$/;
const CHANGEOVER = LAW_DATES.localPiLaw.date;
/** Sentences that describe the change: its words, or the changeover day (and the day before) written out. */
const HISTORICAL_SENTENCE = new RegExp(
  `廃止|経過措置|従前の例|改正前|施行前|に代わ|から[^。]{0,30}(?:移行|改め|変更|切り替)|${japaneseDatesSource([dayBefore(CHANGEOVER), CHANGEOVER])}`,
);
const OPERATIVE_AFTER = /^\s{0,2}(?:第[^。、]{1,12}?条[^。、]{0,8}?)?(?:に基づ|により|によ|の規定|に従|に定め|に規定|を遵守|に則|を適用|で定め)/;

const ERAS = resolveEras(LOCAL_PI_ORDINANCE_ERAS);

export function findOrdinanceAsOperative(text: string, asOf: string): OrdinanceFinding[] {
  if (typeof text !== 'string' || !whollyOnOrAfter(asOf, CHANGEOVER)) return [];
  const appi = ERAS[ERAS.length - 1]!;
  const evidence = [...appi.era.evidence, ...LAW_DATES.localPiLaw.evidence];
  const findings: OrdinanceFinding[] = [];
  for (const c of parseCitations(text)) {
    if (c.law !== 'ordinance' || !isPiOrdinanceName(c.lawName ?? '') || c.historical) continue;
    if (HISTORICAL_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start))) continue;
    const sentence = sentenceAround(text, c.start, c.end);
    if (HISTORICAL_SENTENCE.test(sentence.text)) continue;
    const after = text.slice(c.end, c.end + 30);
    const operativeBy = c.article !== undefined ? 'article' : OPERATIVE_AFTER.test(after) ? 'phrase' : 'mention';
    const body = ordinanceBody(c.lawName ?? '');
    findings.push({
      start: c.start,
      end: c.end,
      text: c.text,
      ordinanceName: c.lawName ?? c.text,
      body,
      operativeBy,
      suggestion: { law: PI_LAW_NAME, ordinance: `${body}個人情報の保護に関する法律施行条例` },
      verified: isVerified(evidence),
      evidence: [...new Set(evidence.map((e) => e.text))].join('; '),
      source: [appi.era.source, LAW_DATES.localPiLaw.source].join('; '),
    });
  }
  return findings;
}
