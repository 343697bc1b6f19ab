/**
 * How a day is written in Japanese documents (令和6年12月2日, 令和元年…, 2024年12月2日, with half- or
 * full-width digits), so that wording checks can recognise sentences that name a boundary date.
 * The 元号 come from timeline.ts.
 */
import { toFullwidth } from './numerals.js';
import { JAPANESE_ERAS } from './timeline.js';

/** The written forms of an ISO day, most specific first. */
export function japaneseDateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const forms: string[] = [`${y}年${m}月${d}日`];
  const era = [...JAPANESE_ERAS].reverse().find((e) => e.start <= iso);
  if (era) {
    const year = y - Number(era.start.slice(0, 4)) + 1;
    forms.push(`${era.name}${year}年${m}月${d}日`);
    if (year === 1) forms.push(`${era.name}元年${m}月${d}日`);
  }
  forms.push(`${m}月${d}日`);
  return [...new Set([...forms, ...forms.map(toFullwidth)])];
}

/** A regex source matching any written form of the given days. */
export function japaneseDatesSource(isos: readonly string[]): string {
  return isos
    .flatMap(japaneseDateForms)
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
