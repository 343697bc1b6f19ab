/** `pialint/testing`: the RuleTester that built-in rules use too, for plugin rules and declarative rules. */
export { RuleTester } from './rule-tester.js';
export type { ValidTestCase, InvalidTestCase, ExpectedError, RunTests, TestCode, RuleTesterOptions, TestedRule } from './rule-tester.js';
export { declarativeRule } from './declarative.js';
export { validatePlugin, ruleProblems } from '../plugins/validate-plugin.js';
