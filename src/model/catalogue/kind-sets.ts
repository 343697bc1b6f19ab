/** The kind sets of the catalogue's Kinds column (`KJZ`, `JZ`, …), shared by the data files. */
import type { Kind } from '../kinds.js';

export const KJZ: readonly Kind[] = ['kiso', 'juten', 'zenko'];
export const JZ: readonly Kind[] = ['juten', 'zenko'];
export const KJ: readonly Kind[] = ['kiso', 'juten'];
export const K: readonly Kind[] = ['kiso'];
export const Z: readonly Kind[] = ['zenko'];
export const J: readonly Kind[] = ['juten'];
