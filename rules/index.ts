import type { AnyRuleModule } from '../src/engine/types.js';
import type { RuleRegistry } from '../src/engine/linter.js';
import type { PialintPlugin } from '../src/plugins/types.js';
import { composeRegistry } from '../src/plugins/registry.js';
import { severityPreset } from '../src/plugins/presets.js';
import { packageVersion } from '../src/cli/version.js';
import choiceValue from './choice-value.js';
import eraFirstYear from './era-first-year.js';
import subcontractDetails from './subcontract-details.js';
import { formRulesA } from './sets/form-a.js';
import { formRulesB } from './sets/form-b.js';
import { lawRules } from './sets/law.js';
import { changeRules } from './sets/changes.js';

const all: AnyRuleModule[] = [choiceValue, eraFirstYear, subcontractDetails, ...formRulesA, ...formRulesB, ...lawRules, ...changeRules];
const byId: Record<string, AnyRuleModule> = Object.fromEntries(all.map((rule) => [rule.meta.id, rule]));

/**
 * The built-in rules as a plugin, through the same API as any other (docs/plugins.md): the registry
 * is composed from it first, and its ids carry no namespace. Its presets are the computed ones;
 * `pialint:recommended` / `pialint:strict` in a config also apply presets/*.json on top.
 */
export const builtinPlugin: PialintPlugin = {
  meta: {
    name: 'pialint',
    // Read lazily (package.json): the rule modules themselves stay free of I/O.
    get version(): string {
      return packageVersion();
    },
  },
  rules: byId,
  presets: {
    recommended: { rules: severityPreset(Object.entries(byId), 'recommended') },
    strict: { rules: severityPreset(Object.entries(byId), 'strict') },
  },
};

/** The built-in rules, by id. Plugins add theirs under `plugin/rule-id`. */
export const builtinRules: RuleRegistry = composeRegistry([{ namespace: null, plugin: builtinPlugin }]);
