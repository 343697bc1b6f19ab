import type { AnyRuleModule } from '../../src/engine/types.js';

/** Rules registered by this set (one rule per file in rules/, each with docs/rules/<id>.md). */
export const lawRules: AnyRuleModule[] = [];
