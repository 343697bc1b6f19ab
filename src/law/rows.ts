/**
 * Row lookups for the rules on table rows (law-and-rules.md §5 PIA-CIT-004, -006, -012, -013):
 * the ORD19-8 detail article of a 第2条の表 row, and the 事務 rows a text speaks of.
 */
import { BETSU1_TO_BETSU, BETSU2_TO_TABLE, ORD19_8_TABLE } from './timeline.js';
import type { Betsu1MappingRow, Betsu2MappingRow, Evidence } from './timeline-types.js';

/** ORD19-8: the detail of 第2条の表 row N is in 第(N+2)条; verified only for the rows checked. */
export function ord198DetailArticle(row: number): { article: number; verified: boolean; evidence: Evidence[] } {
  const verified = (ORD19_8_TABLE.detailArticleVerifiedRows as readonly number[]).includes(row);
  return {
    article: row + ORD19_8_TABLE.detailArticleOffset,
    verified,
    evidence: [verified ? { tag: 'V', text: '[V] (row + 2 checked for this row)' } : { tag: 'I', text: '[I] (rule of thumb: detail article = row + 2)' }],
  };
}

/** The §1.5(a) and §1.5(b) rows whose 事務 keywords occur in `text`. */
export function findJimuRows(text: string): { utilisation: Betsu1MappingRow[]; provision: Betsu2MappingRow[] } {
  const mentions = (keywords: readonly string[]): boolean => keywords.some((k) => text.includes(k));
  return {
    utilisation: BETSU1_TO_BETSU.filter((r) => mentions(r.keywords)),
    provision: BETSU2_TO_TABLE.filter((r) => mentions(r.keywords)),
  };
}
