import type { AnyRuleModule } from '../../src/engine/types.js';
import undeclaredChange from '../undeclared-change.js';

/** Rules registered by this set (one rule per file in rules/, each with docs/rules/<id>.md). */
export const changeRules: AnyRuleModule[] = [undeclaredChange];
