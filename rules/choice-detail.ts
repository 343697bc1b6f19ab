import { createRule } from '../src/engine/create-rule.js';
import { getFieldDef } from '../src/model/index.js';
import { isKnownBlank, labelOf, readChoice, readText } from './util/read.js';
import { partApplies } from './util/sections.js';
import { fileIndexes } from './util/slots.js';

/**
 * DEP-15, DEP-22 and the second half of DEP-05 (catalogue §6): a choice that says something is done
 * needs the row under it that says how (`ユーザ認証の管理 [行っている]` → `具体的な管理方法`). A dash is
 * no answer there. Negative answers (行っていない, 定めていない, …) need no detail and are not checked.
 *
 * Each pair is data: the choice, the options that need the detail, the detail rows.
 */
interface Pair {
  choice: string;
  /** Options that need the details; undefined: every option (a graded answer such as 十分に行っている). */
  when?: readonly string[];
  details: readonly string[];
}

const PAIRS: readonly Pair[] = [
  // Ⅲ 3 リスク2 (zenko adds three more managed items)
  { choice: 'III[f].3.unauthorizedUse.userAuth', when: ['doing'], details: ['III[f].3.unauthorizedUse.userAuthHow'] },
  { choice: 'III[f].3.unauthorizedUse.grantRevoke', when: ['doing'], details: ['III[f].3.unauthorizedUse.grantRevokeHow'] },
  { choice: 'III[f].3.unauthorizedUse.accessControl', when: ['doing'], details: ['III[f].3.unauthorizedUse.accessControlHow'] },
  { choice: 'III[f].3.unauthorizedUse.useLog', when: ['keeping'], details: ['III[f].3.unauthorizedUse.useLogHow'] },
  // Ⅲ 4 委託
  { choice: 'III[f].4.accessLimit', when: ['limiting'], details: ['III[f].4.accessLimitHow'] },
  { choice: 'III[f].4.handlingLog', when: ['keeping'], details: ['III[f].4.handlingLogHow'] },
  { choice: 'III[f].4.provisionRule', when: ['defined'], details: ['III[f].4.provisionRuleToOthers', 'III[f].4.provisionRuleBetween'] },
  { choice: 'III[f].4.erasureRule', when: ['defined'], details: ['III[f].4.erasureRuleContent'] },
  { choice: 'III[f].4.contractRule', when: ['defined'], details: ['III[f].4.contractRuleContent'] },
  { choice: 'III[f].4.subcontractAssurance', when: ['focused', 'sufficient', 'insufficient'], details: ['III[f].4.subcontractAssuranceHow'] },
  // Ⅲ 5 提供・移転
  { choice: 'III[f].5.unauthorized.log', when: ['keeping'], details: ['III[f].5.unauthorized.logHow'] },
  { choice: 'III[f].5.unauthorized.rule', when: ['defined'], details: ['III[f].5.unauthorized.ruleContent'] },
  // Ⅲ 7 保管・消去
  { choice: 'III[f].7.leak.physical', details: ['III[f].7.leak.physicalHow'] },
  { choice: 'III[f].7.leak.technical', details: ['III[f].7.leak.technicalHow'] },
  { choice: 'III[f].7.leak.deceased', when: ['stored'], details: ['III[f].7.leak.deceasedHow'] },
  { choice: 'III[f].7.notErased.procedure', when: ['defined'], details: ['III[f].7.notErased.procedureContent'] },
  // Ⅲ 8–9 (zenko Ⅳ 1–2)
  { choice: 'III.8.selfCheck', details: ['III.8.selfCheckHow'] },
  { choice: 'III.8.auditLevel', details: ['III.8.auditHow'] },
  { choice: 'III.9.training', details: ['III.9.trainingHow'] },
  // Ⅳ 1 開示請求 (zenko Ⅴ 1, DEP-22)
  { choice: 'IV.1.fee', when: ['paid'], details: ['IV.1.feeDetail'] },
  { choice: 'IV.1.fileRegister', when: ['doing'], details: ['IV.1.fileRegisterName', 'IV.1.fileRegisterPlace'] },
];

export default createRule({
  meta: {
    id: 'choice-detail',
    category: 'conditional',
    defaultSeverity: 'error',
    kinds: ['juten', 'zenko'],
    description: {
      ja: '「行っている」「定めている」などを選んだ項目には、その下の具体的な方法・内容を記載する。',
      en: 'A choice that says something is done (行っている, 定めている, …) needs the row that says how.',
    },
    messages: {
      detailMissing: {
        ja: '「{{choiceLabel}}」が「{{raw}}」ですが、「{{label}}」が記載されていません。具体的に記載してください。',
        en: '{{choiceLabel}} is 「{{raw}}」 but {{label}} is empty: describe it.',
      },
      choice: { ja: '選択', en: 'the choice' },
    },
  },
  check(context) {
    const files = fileIndexes(context.assessment);
    for (const pair of PAIRS) {
      const def = getFieldDef(pair.choice);
      if (!def || !def.kinds.includes(context.kind)) continue;
      const perFile = pair.choice.includes('[f]') ? files : [undefined];
      for (const f of perFile) {
        const choiceId = f === undefined ? pair.choice : pair.choice.replace('[f]', `[${f}]`);
        // Ⅲ 4 and Ⅲ 5 are empty when opted out: their choices say nothing then.
        if (f !== undefined && partApplies(context, pair.choice, f) === false) continue;
        const choice = readChoice(context, choiceId);
        if (choice === null || (pair.when && !pair.when.includes(choice))) continue;
        for (const detail of pair.details) {
          const detailDef = getFieldDef(detail);
          if (!detailDef || !detailDef.kinds.includes(context.kind)) continue;
          const detailId = f === undefined ? detail : detail.replace('[f]', `[${f}]`);
          if (!isKnownBlank(context, detailId, { dashIsBlank: true })) continue;
          context.report({
            target: detailId,
            messageId: 'detailMissing',
            data: { choiceLabel: labelOf(context, choiceId), raw: readText(context, choiceId) ?? choice },
            related: [{ target: choiceId, messageId: 'choice' }],
          });
        }
      }
    }
  },
});
