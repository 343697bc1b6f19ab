/** `pialint/testing`: the RuleTester that built-in rules use too. */
export { RuleTester } from './rule-tester.js';
export type { ValidTestCase, InvalidTestCase, ExpectedError, RunTests, TestCode } from './rule-tester.js';
