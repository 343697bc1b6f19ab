import type { AnyRuleModule } from '../src/engine/types.js';
import choiceValue from './choice-value.js';
import eraFirstYear from './era-first-year.js';
import subcontractDetails from './subcontract-details.js';
import { formRulesA } from './sets/form-a.js';
import { formRulesB } from './sets/form-b.js';
import { lawRules } from './sets/law.js';
import { changeRules } from './sets/changes.js';

const all: AnyRuleModule[] = [choiceValue, eraFirstYear, subcontractDetails, ...formRulesA, ...formRulesB, ...lawRules, ...changeRules];

/** The built-in rules, by id. Plugins add theirs under `plugin/rule-id`. */
export const builtinRules: ReadonlyMap<string, AnyRuleModule> = new Map<string, AnyRuleModule>(
  all.map((rule) => [rule.meta.id, rule]),
);
