/**
 * Whether a citation is mentioned as history rather than relied on: the sentence around it tells of
 * the amendment itself (「法改正により第19条第7号が第8号に繰り下がった」「…の廃止に伴い」). Such a
 * sentence must keep the old citation, so the law rules do not report it (they report only citations
 * that the document uses as the law of its date). The parser already marks 「旧○○」「廃止前の○○」
 * 「改正前の○○」 as historical; this covers the sentence-level wordings.
 */
import { sentenceAround } from '../../src/law/context.js';

const HISTORY_WORDS = new RegExp(
  [
    '改正前',
    '改正され',
    '改正によ',
    '改正に伴',
    '改正後',
    '改められ',
    '繰り下が',
    '繰下げ',
    '廃止',
    '従前',
    'から[^。]{0,30}?(?:へ|に)(?:変更|移行|改正|改め|切り替)',
  ].join('|'),
);

export function isHistoricalMention(text: string, start: number, end: number): boolean {
  return HISTORY_WORDS.test(sentenceAround(text, start, end).text);
}
