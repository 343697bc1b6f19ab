/**
 * The timeline as a flat list of facts with concrete dates: what was valid from when until when,
 * what replaced it, and the evidence. For docs, the CLI and tests; assess() reads the eras directly.
 */
import { isVerified, resolveEras, type ResolvedEra } from './eras.js';
import {
  ART19_ITEMS,
  ART19_PERIODS,
  CHUKAN_SENTENCE_ERAS,
  HOKENSHO_ERAS,
  LOCAL_PI_ORDINANCE_ERAS,
  NATIONAL_PI_LAW_ERAS,
  ORD_BETSU_NAME_ERAS,
  PIA_ARTICLE_ERAS,
  PROVISION_ORDER_ERAS,
  PROVISION_TABLE_ERAS,
  UTILISATION_ANNEX_ERAS,
  type DateKey,
} from './timeline.js';
import type { Art19Subject, Era, Evidence } from './timeline-types.js';

export interface TimelineFact {
  id: string;
  /** What changes over time (e.g. `第19条 情報提供ネットワークシステム`). */
  subject: string;
  /** Its form in this era (e.g. `第8号`, `別表第一`). */
  value: string | null;
  validFrom: string | null;
  validUntil: string | null;
  /** The next era's form, when there is exactly one. */
  replacement?: string;
  source: string;
  evidence: readonly Evidence[];
  /** Evidence of the first day, when the era has a start. */
  fromEvidence: readonly Evidence[];
  verified: boolean;
  patterns?: readonly string[];
}

function facts<V>(prefix: string, subject: string, eras: readonly Era<V, DateKey>[], show: (v: V) => string | null): TimelineFact[] {
  const resolved: ResolvedEra<V>[] = resolveEras(eras);
  return resolved.map((r, i) => {
    const next = resolved[i + 1];
    const value = r.era.value === null ? null : show(r.era.value);
    const replacement = next && next.era.value !== null ? show(next.era.value) ?? undefined : undefined;
    const fact: TimelineFact = {
      id: `${prefix}.${i}`,
      subject,
      value,
      validFrom: r.from,
      validUntil: r.until,
      source: r.era.source,
      evidence: r.era.evidence,
      fromEvidence: r.fromEvidence,
      verified: isVerified([...r.era.evidence, ...r.fromEvidence]),
    };
    if (replacement !== undefined) fact.replacement = replacement;
    if (r.era.patterns) fact.patterns = r.era.patterns;
    return fact;
  });
}

const itemText = (v: number | readonly number[]): string => (typeof v === 'number' ? `第${v}号` : v.map((n) => `第${n}号`).join(' or '));

export function listTimelineFacts(): TimelineFact[] {
  const out: TimelineFact[] = [];
  for (const subject of Object.keys(ART19_ITEMS) as Art19Subject[]) {
    const row = ART19_ITEMS[subject];
    const eras: Era<number | readonly number[], DateKey>[] = ART19_PERIODS.map((p) => ({
      validFrom: p.validFrom,
      value: row[p.id].item,
      evidence: row[p.id].evidence,
      source: row[p.id].source,
    }));
    out.push(...facts(`art19.${subject}`, `番号法第19条 ${row.label}`, eras, itemText));
  }
  out.push(...facts('utilisationAnnex', '番号法第9条第1項の別表', UTILISATION_ANNEX_ERAS, (v) => (v === 'first' ? '別表第一' : '別表')));
  out.push(...facts('provisionTable', '情報提供NWSの提供根拠の表', PROVISION_TABLE_ERAS, (v) => (v === 'second' ? '別表第二' : '主務省令第2条の表')));
  out.push(
    ...facts('ordBetsuName', '平成26年内閣府・総務省令第5号の題名', ORD_BETSU_NAME_ERAS, (v) =>
      v === 'ordBetsu1' ? '別表第一の主務省令で定める事務を定める命令' : '別表の主務省令で定める事務を定める命令',
    ),
  );
  out.push(
    ...facts('provisionOrder', '情報提供NWSの主務省令', PROVISION_ORDER_ERAS, (v) =>
      v === 'ordB2' ? '別表第二の主務省令で定める事務及び情報を定める命令' : '第十九条第八号に基づく利用特定個人情報の提供に関する命令',
    ),
  );
  out.push(
    ...facts('nationalPiLaw', '国の機関の個人情報保護法', NATIONAL_PI_LAW_ERAS, (v) =>
      v === 'separate' ? '行政機関個人情報保護法・独立行政法人等個人情報保護法' : '個人情報の保護に関する法律',
    ),
  );
  out.push(
    ...facts('localPiOrdinance', '地方公共団体の個人情報保護の根拠', LOCAL_PI_ORDINANCE_ERAS, (v) =>
      v === 'ordinance' ? '○○個人情報保護条例' : '個人情報の保護に関する法律（＋○○個人情報の保護に関する法律施行条例）',
    ),
  );
  out.push(...facts('hokensho', '医療保険の資格を示す書類', HOKENSHO_ERAS, (v) => (v === 'hokensho' ? '被保険者証' : '資格確認書 / 資格情報通知書')));
  out.push(...facts('pia.shishin', '特定個人情報保護評価指針の根拠条文', PIA_ARTICLE_ERAS.shishin, (v) => `番号法第${v}条`));
  out.push(...facts('pia.hyoka', '特定個人情報保護評価の根拠条文', PIA_ARTICLE_ERAS.hyoka, (v) => `番号法第${v}条`));
  out.push(...facts('chukanSentence', '中間サーバー 照合リストの根拠（§1.3）', CHUKAN_SENTENCE_ERAS, (v) => v.text));
  return out;
}
