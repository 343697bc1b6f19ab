import rule from '../../rules/choice-value.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const juten = (section4: Record<string, unknown>) => ({ meta: { kind: 'juten' }, 'II[1]': { '4': section4 } });

tester.run('choice-value', rule, {
  valid: [
    juten({ has: { value: 'outsource', raw: '委託する' } }),
    juten({ has: { value: 'outsource' } }),
    juten({ has: { value: null, raw: null } }),
    juten({ 'item[1]': { subcontract: { value: 'noSubcontract', raw: ' 再委託 しない ' } } }),
    { meta: { kind: 'juten' }, 'II[1]': { '2': { fileType: { value: 'otherElectronic', raw: 'その他の電子ファイル（表計算ファイル等）' } } } },
  ],
  invalid: [
    {
      name: 'an option name the list does not have',
      code: juten({ has: { value: 'maybe', raw: '委託する' } }),
      errors: [{ messageId: 'unknownName', fieldId: 'II[1].4.has', line: 7, column: 14 }],
    },
    {
      name: 'a substring of an option is not that option (委託する ⊂ 再委託する)',
      code: juten({ 'item[1]': { subcontract: { value: null, raw: '委託する' } } }),
      errors: [{ messageId: 'unknownText', fieldId: 'II[1].4.item[1].subcontract' }],
    },
    {
      name: 'a typo variant gets the nearest option as a suggestion (JSON: name and text together)',
      code: { meta: { kind: 'juten' }, III: { '9': { training: { value: null, raw: '十分に行なっている' } } } },
      errors: [
        {
          messageId: 'unknownText',
          suggestions: [
            {
              messageId: 'useOption',
              output:
                JSON.stringify({ meta: { kind: 'juten' }, III: { '9': { training: { value: null, raw: '十分に行なっている' } } } }, null, 2).replace(
                  '{\n        "value": null,\n        "raw": "十分に行なっている"\n      }',
                  '{\n        "value": "sufficient",\n        "raw": "十分に行っている"\n      }',
                ) + '\n',
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'value and raw naming different options',
      code: juten({ has: { value: 'noOutsource', raw: '委託する' } }),
      errors: [{ messageId: 'mismatch' }],
    },
  ],
});

describe('choice-value and choice-single', () => {
  test('two options in one choice are left to choice-single', async () => {
    const { messages } = await new RuleTester().lint('choice-value', rule, {
      code: { meta: { kind: 'juten' }, 'II[1]': { '4': { 'item[1]': { subcontract: { value: null, raw: '再委託する、再委託しない' } } } } },
    });
    expect(messages).toEqual([]);
  });
});

describe('choice-value and threshold-consistency', () => {
  test("another kind's threshold option is left to threshold-consistency; a text of no kind is reported", async () => {
    const tester = new RuleTester();
    const doc = (raw: string) => ({ meta: { kind: 'juten' }, V: { '1': { thresholdResult: { value: null, raw } } } });
    const zenkoText = await tester.lint('choice-value', rule, { code: doc('基礎項目評価及び全項目評価の実施が義務付けられる') });
    expect(zenkoText.messages).toEqual([]);
    const nonsense = await tester.lint('choice-value', rule, { code: doc('評価は不要') });
    expect(nonsense.messages.map((m) => m.messageId)).toEqual(['unknownText']);
  });
});
