/** A citation while the parser builds it, before `text`, `normalized` and `digitStyle` are filled in. */
import type { Citation } from './citation.js';

export type DraftCitation = Omit<Citation, 'normalized' | 'digitStyle' | 'text'> & {
  /** 「主務省令事項を定める命令」: which order it abbreviates is decided from the annex cited before it. */
  pendingAbbrev?: boolean;
};
