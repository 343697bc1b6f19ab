/**
 * Reading the eras of timeline.ts: which era holds on a day, how long a value stays valid, and how
 * sure we are. Generic over the era value; no law knowledge here.
 */
import { dayBefore } from './dates.js';
import { LAW_DATES, type DateKey } from './timeline.js';
import type { Era, Evidence } from './timeline-types.js';

export interface ResolvedEra<V> {
  era: Era<V, DateKey>;
  index: number;
  /** First valid day, or null when open at the start (or the day is not known). */
  from: string | null;
  /** Last valid day, or null when still valid. */
  until: string | null;
  /** Evidence for the first day (the date's own evidence unless the era overrides it). */
  fromEvidence: readonly Evidence[];
  fromSource: string;
}

export function dateOf(key: DateKey | null): string | null {
  return key === null ? null : LAW_DATES[key].date;
}

export function resolveEras<V>(eras: readonly Era<V, DateKey>[]): ResolvedEra<V>[] {
  return eras.map((era, index) => {
    const next = eras[index + 1];
    const nextFrom = next ? dateOf(next.validFrom) : null;
    const key = era.validFrom;
    return {
      era,
      index,
      from: dateOf(key),
      until: nextFrom === null ? null : dayBefore(nextFrom),
      fromEvidence: era.fromEvidence ?? (key === null ? [] : LAW_DATES[key].evidence),
      fromSource: key === null ? '' : LAW_DATES[key].source,
    };
  });
}

/** The era in force on `day`, or undefined before the first dated era. */
export function eraOn<V>(eras: readonly ResolvedEra<V>[], day: string): ResolvedEra<V> | undefined {
  let found: ResolvedEra<V> | undefined;
  for (const e of eras) {
    if (e.from === null || e.from <= day) found = e;
    else break;
  }
  return found;
}

export type Same<V> = (a: V | null, b: V | null) => boolean;

export const sameValue = <V>(a: V | null, b: V | null): boolean => a === b;

/**
 * The facts a judgement on `day` rests on: the value of the day's era and those of its boundaries
 * across which the value changes (a boundary where nothing changes cannot flip the answer).
 */
export function decisiveEvidence<V>(
  eras: readonly ResolvedEra<V>[],
  at: ResolvedEra<V>,
  same: Same<V> = sameValue,
): { evidence: Evidence[]; sources: string[] } {
  const evidence: Evidence[] = [...at.era.evidence];
  const sources: string[] = [at.era.source];
  const prev = eras[at.index - 1];
  if (prev && !same(prev.era.value, at.era.value)) {
    evidence.push(...at.fromEvidence);
    sources.push(at.fromSource);
  }
  const next = eras[at.index + 1];
  if (next && !same(next.era.value, at.era.value)) {
    evidence.push(...next.fromEvidence);
    sources.push(next.fromSource);
  }
  return { evidence, sources };
}

/** The contiguous span of eras around `index` that keep the same value. */
export function validityAround<V>(
  eras: readonly ResolvedEra<V>[],
  index: number,
  same: Same<V> = sameValue,
): { from: string | null; until: string | null } {
  const value = eras[index]!.era.value;
  let first = index;
  while (first > 0 && same(eras[first - 1]!.era.value, value)) first--;
  let last = index;
  while (last < eras.length - 1 && same(eras[last + 1]!.era.value, value)) last++;
  return { from: eras[first]!.from, until: eras[last]!.until };
}

/** The era nearest to `day` whose value satisfies `match` (for validFrom/validUntil of a cited value). */
export function nearestMatching<V>(
  eras: readonly ResolvedEra<V>[],
  match: (v: V | null) => boolean,
  day: string,
): ResolvedEra<V> | undefined {
  let best: ResolvedEra<V> | undefined;
  let bestDistance = Infinity;
  for (const e of eras) {
    if (!match(e.era.value)) continue;
    const afterStart = e.from === null || e.from <= day;
    const beforeEnd = e.until === null || day <= e.until;
    const distance = afterStart && beforeEnd ? 0 : afterStart ? compareDistance(e.until!, day) : compareDistance(day, e.from!);
    if (distance < bestDistance) {
      best = e;
      bestDistance = distance;
    }
  }
  return best;
}

function compareDistance(earlier: string, later: string): number {
  // Lexical distance is enough to rank eras; the exact number of days is never needed.
  return Number(later.replace(/-/g, '')) - Number(earlier.replace(/-/g, ''));
}

export function isVerified(evidence: readonly Evidence[]): boolean {
  return evidence.every((e) => e.tag === 'V' || e.tag === 'S');
}
