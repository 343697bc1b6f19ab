import rule from '../../rules/serious-incident.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const occurred = { value: 'occurred', raw: '発生あり' };
const none = { value: 'none', raw: '発生なし' };
const doc = (leak: Record<string, unknown>, extra: Record<string, unknown> = {}, kind = 'zenko') => ({ meta: { kind }, 'III[1]': { '7': { leak } }, ...extra });
const reference = '別紙(個人情報に関する重大事故について)を参照';

tester.run('serious-incident', rule, {
  valid: [
    doc({ seriousIncident: none, incidentContent: null, incidentPrevention: '－' }),
    doc({ seriousIncident: occurred, incidentContent: '申請書の紛失（令和5年）', incidentPrevention: '受付簿による管理を徹底した。' }),
    // The attachment the text points to is there (002:795, 875).
    doc({ seriousIncident: occurred, incidentContent: reference, incidentPrevention: reference }, { 'attachments[1]': { title: '個人情報に関する重大事故について', raw: '事案1 …' } }),
    // An unknown answer says nothing.
    doc({ seriousIncident: { value: null, raw: null }, incidentContent: '申請書の紛失' }),
  ],
  invalid: [
    {
      name: '発生あり with both rows empty (a dash is no answer)',
      code: doc({ seriousIncident: occurred, incidentContent: '—' }, {}, 'juten'),
      errors: [
        { messageId: 'detailMissing', fieldId: 'III[1].7.leak.incidentPrevention', line: 7, column: 7 },
        {
          messageId: 'detailMissing',
          fieldId: 'III[1].7.leak.incidentContent',
          line: 12,
          column: 28,
          message: '重大事故が「発生あり」ですが、「III 7. リスク ②過去3年以内に、評価実施機関において、個人情報に関する重大事故が発生したか その内容」が記載されていません。事故の内容と再発防止策を記載するか、別紙を参照してください。',
        },
      ],
    },
    {
      name: '発生なし with text is a warning',
      code: doc({ seriousIncident: none, incidentContent: '申請書の紛失', incidentPrevention: '—' }),
      errors: [{ messageId: 'detailWithNone', fieldId: 'III[1].7.leak.incidentContent', severity: 1 }],
    },
    {
      name: 'JSON: a reference to an attachment the document does not carry',
      code: doc({ seriousIncident: occurred, incidentContent: reference, incidentPrevention: '再発防止策を講じた。' }),
      errors: [{ messageId: 'attachmentMissing', fieldId: 'III[1].7.leak.incidentContent', severity: 1 }],
    },
    {
      name: 'English',
      locale: 'en',
      code: doc({ seriousIncident: none, incidentPrevention: '研修を実施' }),
      errors: [{ message: /^Serious incidents: 発生なし, but III 7\. Risk 1 › .* is filled in/ }],
    },
  ],
});
