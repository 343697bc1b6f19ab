/**
 * Repeated groups (catalogue §7.7): slot headers `委託事項N`, `提供先N`, `移転先N`, `システムN`, and
 * range headers `委託事項2～5` that carry no data. The header words are the form's own labels.
 */
import { matchKey } from '../match-key.js';

export type SlotGroup = 'item' | 'provide' | 'transfer' | 'system';

const HEADERS: readonly [string, SlotGroup][] = [
  ['委託事項', 'item'],
  ['提供先', 'provide'],
  ['移転先', 'transfer'],
  ['システム', 'system'],
];

export interface SlotHeader {
  group: SlotGroup;
  /** The slot number (the first of a range). */
  n: number;
  /** Last number of a range header (`～5`); undefined for a slot. */
  to?: number;
  /** Index in the matched text where the header ends (the slot's title may follow). */
  end: number;
  /** Index where the header starts. */
  start: number;
}

/**
 * Reads a slot header at the start of a text (`委託事項1 …`), or at its end (`… 提供先1`, a PDF
 * line with the value before the label). Returns undefined when the text is no header.
 */
export function readSlotHeader(text: string, where: 'start' | 'end' | 'whole' = 'start'): SlotHeader | undefined {
  const k = matchKey(text);
  for (const [word, group] of HEADERS) {
    const re =
      where === 'end'
        ? new RegExp(`${word}(\\d{1,2})(?:~(\\d{1,2}))?$`)
        : where === 'whole'
          ? new RegExp(`^${word}(\\d{1,2})(?:~(\\d{1,2}))?$`)
          : new RegExp(`^${word}(\\d{1,2})(?:~(\\d{1,2}))?(?![\\d,.])`);
    const m = re.exec(k.key);
    if (!m) continue;
    const n = Number(m[1]);
    if (n < 1 || n > 99) continue;
    const header: SlotHeader = {
      group,
      n,
      start: k.index[m.index]!,
      end: k.index[m.index + m[0].length]!,
    };
    if (m[2] !== undefined) header.to = Number(m[2]);
    // `システムの名称` etc. are labels, not headers: a header needs its number right after the word.
    return header;
  }
  return undefined;
}
