import { createRule } from '../src/engine/create-rule.js';
import type { RuleContext } from '../src/engine/types.js';
import { getFieldDef } from '../src/model/index.js';
import { isJson, isKnownBlank, labelOf, readCheck, readChoice } from './util/read.js';
import { optionalPartOf, optOutBox, partApplies } from './util/sections.js';
import { fileIndexes, filledSlots, slotReferencesList } from './util/slots.js';

/**
 * The fields the form requires a value for (「—」 counts as a value: the form asks to write a dash
 * when there is nothing to state). The list is explicit, reviewed against catalogue §3, and names only
 * fields whose emptiness is wrong on its own. Left out on purpose, each with the rule that owns it:
 *
 * - 【任意】 and 【行政機関等のみ】: juten Ⅴ 2/3 (optional-sections), `cover.approved` and zenko Ⅵ 4
 *   (government-only). A 行政機関 fills Ⅵ 4 only once the Commission has acted, so it is never
 *   required here, whatever the body.
 * - Fields filled as the procedure goes on, empty in a draft for public comment: `cover.published`,
 *   zenko Ⅵ 2 ③–⑤ and Ⅵ 3 (the procedure rules).
 * - Free fields the form does not require: `cover.specialNotes`, Ⅱ 7 備考, `cover.formVersion`.
 * - Details that depend on a choice: 再委託の許諾方法/再委託事項 (subcontract-details), every
 *   「具体的な…」 and rule content (choice-detail), 重大事故 その内容/再発防止策 (serious-incident),
 *   Ⅰ 5 ②法令上の根拠 (network-connection), the 委託事項 `対象となる本人の数` when the whole file is
 *   entrusted (the file's own number applies).
 * - `リスクへの対策は十分か` (risk-adequacy), checkbox lists (required-boxes, checkbox-text), counts and
 *   slots (the count rules), the 記録項目 annex (records-annex).
 *
 * Slot fields (`[n]`) are required in every slot that holds something; 提供先/移転先 slots that point
 * to a list elsewhere (`別添3「提供先一覧」参照`) are exempt. Fields of Ⅲ 4, Ⅲ 5 and each side of Ⅲ 6
 * are required only when that part applies (its opt-out box is unticked, util/sections.ts).
 */

interface Requirement {
  /** Template id; the kinds are the catalogue's. */
  id: string;
  /** Required only when a choice of the same slot holds one of these options. */
  onlyIf?: { choice: string; values: readonly string[] };
  /** Required only when this box (kiso Ⅳ's 委託しない, …) is unticked. */
  unlessTicked?: string;
  /** A warning rather than an error: leaving it blank is a common way of saying "nothing further". */
  warning?: boolean;
}

const r = (...ids: string[]): Requirement[] => ids.map((id) => ({ id }));

const REQUIREMENTS: readonly Requirement[] = [
  // 表紙
  ...r('cover.evaluationNo', 'cover.evaluationName', 'cover.declaration', 'cover.orgName'),
  // Ⅰ (kiso Ⅰ 関連情報)
  ...r('I.1.name', 'I.1.content', 'I.1.targetCount', 'I.1.systemNames'),
  ...r('I.2.system[n].name', 'I.2.system[n].function'),
  ...r('I.3.fileNames', 'I.reason.necessity', 'I.reason.benefit', 'I.4.legalBasis', 'I.5.implemented'),
  ...r('I.6.dept', 'I.6.headTitle', 'I.7.otherOrgs'),
  // Ⅱ 1–3
  ...r('II[f].1.fileName'),
  ...r('II[f].2.fileType', 'II[f].2.subjectCount', 'II[f].2.subjectScope', 'II[f].2.scopeNecessity', 'II[f].2.itemCount'),
  ...r('II[f].2.itemsValidity', 'II[f].2.allItems', 'II[f].2.holdingStart', 'II[f].2.dept'),
  ...r('II[f].3.timing', 'II[f].3.acquisitionValidity', 'II[f].3.notice', 'II[f].3.purpose', 'II[f].3.purposeChangeValidity'),
  ...r('II[f].3.userDept', 'II[f].3.userCount', 'II[f].3.usage', 'II[f].3.matching', 'II[f].3.statistics', 'II[f].3.decisions'),
  ...r('II[f].3.useStart'),
  // Ⅱ 4 (委託事項N: in every filled slot)
  ...r('II[f].4.has'),
  // A rendering that runs the title into ①委託内容 leaves it unknown (catalogue §7.7), not blank.
  ...r('II[f].4.item[n].title', 'II[f].4.item[n].content', 'II[f].4.item[n].fileScope'),
  { id: 'II[f].4.item[n].scopeSubjectCount', onlyIf: { choice: 'fileScope', values: ['part'] } },
  ...r('II[f].4.item[n].scopeSubjectRange', 'II[f].4.item[n].scopeValidity', 'II[f].4.item[n].handlerCount'),
  ...r('II[f].4.item[n].contractorCheck', 'II[f].4.item[n].contractor', 'II[f].4.item[n].subcontract'),
  // Ⅱ 5 (提供先N / 移転先N: in every filled slot that does not point to a list)
  ...r('II[f].5.provide[n].name', 'II[f].5.provide[n].legalBasis', 'II[f].5.provide[n].purpose', 'II[f].5.provide[n].info'),
  ...r('II[f].5.provide[n].subjectCount', 'II[f].5.provide[n].subjectScope', 'II[f].5.provide[n].timing'),
  ...r('II[f].5.transfer[n].name', 'II[f].5.transfer[n].legalBasis', 'II[f].5.transfer[n].purpose', 'II[f].5.transfer[n].info'),
  ...r('II[f].5.transfer[n].subjectCount', 'II[f].5.transfer[n].subjectScope', 'II[f].5.transfer[n].timing'),
  // Ⅱ 6
  ...r('II[f].6.place', 'II[f].6.retentionPeriod', 'II[f].6.retentionValidity', 'II[f].6.erasure'),
  // Ⅲ 1–3
  ...r('III[f].1.fileName'),
  ...r('III[f].2.outOfScope.measures', 'III[f].2.outOfScope.targetOnly', 'III[f].2.outOfScope.necessaryOnly', 'III[f].2.outOfScope.otherMeasures'),
  ...r('III[f].2.improperMethod.measures'),
  ...r('III[f].2.inaccurate.identityCheck', 'III[f].2.inaccurate.numberAuthenticity', 'III[f].2.inaccurate.accuracy', 'III[f].2.inaccurate.otherMeasures'),
  ...r('III[f].2.leak.measures'),
  ...r('III[f].3.linkage.measures', 'III[f].3.linkage.atenaMeasures', 'III[f].3.linkage.otherSystemMeasures', 'III[f].3.linkage.otherMeasures'),
  ...r('III[f].3.unauthorizedUse.userAuth', 'III[f].3.unauthorizedUse.grantRevoke', 'III[f].3.unauthorizedUse.accessControl'),
  ...r('III[f].3.unauthorizedUse.useLog', 'III[f].3.unauthorizedUse.otherMeasures'),
  ...r('III[f].3.offDutyUse.measures', 'III[f].3.copying.measures'),
  // Ⅲ 4 (when 委託 applies)
  ...r('III[f].4.protectionCheck', 'III[f].4.accessLimit', 'III[f].4.handlingLog', 'III[f].4.provisionRule', 'III[f].4.erasureRule'),
  ...r('III[f].4.contractRule', 'III[f].4.subcontractAssurance', 'III[f].4.otherMeasures'),
  // Ⅲ 5 (when 提供・移転 applies)
  ...r('III[f].5.unauthorized.log', 'III[f].5.unauthorized.rule', 'III[f].5.unauthorized.otherMeasures'),
  ...r('III[f].5.improperMethod.measures', 'III[f].5.wrong.measures'),
  // Ⅲ 6 (each side when it is connected)
  ...r('III[f].6.acqOutOfScope.measures', 'III[f].6.acqInsecure.measures', 'III[f].6.acqInaccurate.measures', 'III[f].6.acqLeak.measures'),
  ...r('III[f].6.provUnauthorized.measures', 'III[f].6.provImproperMethod.measures', 'III[f].6.provWrong.measures'),
  // Ⅲ 7
  ...r('III[f].7.leak.nisc', 'III[f].7.leak.safetySystem', 'III[f].7.leak.safetyRules', 'III[f].7.leak.staffNotice'),
  ...r('III[f].7.leak.physical', 'III[f].7.leak.technical', 'III[f].7.leak.backup', 'III[f].7.leak.incidentProcedure'),
  ...r('III[f].7.leak.seriousIncident', 'III[f].7.leak.deceased', 'III[f].7.leak.otherMeasures'),
  ...r('III[f].7.stale.measures', 'III[f].7.notErased.procedure', 'III[f].7.notErased.otherMeasures'),
  // Each Ⅲ item ends with その他のリスク及びそのリスクに対する措置 (DEP-19): a value or a dash. Some
  // bodies leave it blank for "nothing further" (002:596, 624), so a blank one is a warning.
  ...['2', '3', '4', '5', '6', '7'].map((item) => ({ id: `III[f].${item}.otherRisks`, warning: true })),
  // Ⅲ 8–10 (zenko Ⅳ, kiso Ⅳ)
  ...r('III.8.selfCheck', 'III.8.auditLevel', 'III.9.training', 'III.10.otherMeasures'),
  // Ⅳ 開示請求、問合せ (zenko Ⅴ)
  ...r('IV.1.requestTo', 'IV.1.requestMethod', 'IV.1.notes', 'IV.1.fee', 'IV.1.fileRegister'),
  ...r('IV.1.specialProcedure', 'IV.1.registerExclusion', 'IV.2.contact', 'IV.2.handling'),
  // Ⅴ 評価実施手続 (zenko Ⅵ): juten Ⅴ 2 is 【任意】, so V.2.* is required for zenko only.
  ...r('V.1.date', 'V.1.thresholdResult'),
  ...r('V.2.method', 'V.2.period'),
  // kiso Ⅱ–Ⅳ [form]/[unverified]
  ...r('threshold.targetCount', 'threshold.targetCountAsOf', 'threshold.handlerCount', 'threshold.handlerCountAsOf'),
  ...r('threshold.seriousIncident', 'threshold.result'),
  ...r('riskSummary.formsSubmitted', 'riskSummary.acquisition', 'riskSummary.linkage', 'riskSummary.unauthorizedUse'),
  { id: 'riskSummary.outsourcing', unlessTicked: 'riskSummary.outsourcingOptOut' },
  { id: 'riskSummary.provision', unlessTicked: 'riskSummary.provisionOptOut' },
  { id: 'riskSummary.networkAcquisition', unlessTicked: 'riskSummary.networkOptOutAcquire' },
  { id: 'riskSummary.networkProvision', unlessTicked: 'riskSummary.networkOptOutProvide' },
  ...r('riskSummary.storage'),
];

/** 【任意】 fields of a kind are never required (juten Ⅴ 2/3 carry 【任意】 in the catalogue data). */
function isOptionalIn(id: string, context: RuleContext): boolean {
  const def = getFieldDef(id);
  return def?.optional?.includes(context.kind) === true || def?.governmentOnly === true;
}

/** The group a slot template belongs to: `II[f].4.item[n].title` → container `II[f].4`, name `item`. */
function slotGroup(templateId: string): { container: string; name: string; field: string } | undefined {
  const m = /^(.*)\.([A-Za-z]+)\[n\]\.([A-Za-z]+)$/.exec(templateId);
  return m ? { container: m[1]!, name: m[2]!, field: m[3]! } : undefined;
}

/** Instance ids of a requirement in this document, with the file each belongs to. */
function* instances(context: RuleContext, requirement: Requirement, files: number[]): Iterable<{ id: string; f: number | undefined }> {
  const perFile = requirement.id.includes('[f]') ? files : [undefined];
  for (const f of perFile) {
    const template = f === undefined ? requirement.id : requirement.id.replace('[f]', `[${f}]`);
    const group = slotGroup(template);
    if (!group) {
      yield { id: template, f };
      continue;
    }
    if (group.name === 'item' && f !== undefined && readChoice(context, `II[${f}].4.has`) === 'noOutsource') continue;
    const slots = filledSlots(context.assessment, group.container, group.name);
    // システム1 is printed on every form: a document with no system at all leaves it empty.
    if (slots.length === 0 && group.name === 'system' && isJson(context)) {
      yield { id: `${group.container}.${group.name}[1].${group.field}`, f };
      continue;
    }
    for (const slot of slots) {
      if ((group.name === 'provide' || group.name === 'transfer') && slotReferencesList(slot)) continue;
      if (requirement.onlyIf) {
        const choice = readChoice(context, `${slot.id}.${requirement.onlyIf.choice}`);
        if (choice === null || !requirement.onlyIf.values.includes(choice)) continue;
      }
      yield { id: `${slot.id}.${group.field}`, f };
    }
  }
}

export default createRule({
  meta: {
    id: 'required-fields',
    category: 'required',
    defaultSeverity: 'error',
    description: {
      ja: '様式が記載を求める項目を空欄にしない（記載することがなければ「—」と記載する）。',
      en: 'Fill in every field the form requires (write 「—」 when there is nothing to state).',
    },
    messages: {
      emptyText: {
        ja: '「{{label}}」が記載されていません。記載する事項がない場合も「—」と記載してください。',
        en: '{{label}} is empty: fill it in, or write 「—」 when there is nothing to state.',
      },
      emptyChoice: {
        ja: '「{{label}}」で選択肢が選ばれていません。選択肢から1つ選んでください。',
        en: '{{label}}: no option is selected; select one of the options.',
      },
      emptyDate: {
        ja: '「{{label}}」の日付が記載されていません。',
        en: '{{label}}: the date is missing.',
      },
      emptyList: {
        ja: '「{{label}}」が記載されていません。',
        en: '{{label}} is empty.',
      },
      emptyInPart: {
        ja: '「{{label}}」が記載されていません。「{{optOut}}」にチェックがないため、この項目の記載が必要です（該当しない場合は「{{optOut}}」にチェックしてください）。',
        en: '{{label}} is empty. It is required because 「{{optOut}}」 is not ticked (tick 「{{optOut}}」 if this does not apply).',
      },
      optOutBox: { ja: 'チェック欄', en: 'the opt-out box' },
    },
  },
  check(context) {
    const files = fileIndexes(context.assessment);
    for (const requirement of REQUIREMENTS) {
      const def = getFieldDef(requirement.id);
      if (!def || !def.kinds.includes(context.kind) || isOptionalIn(requirement.id, context)) continue;
      if (requirement.unlessTicked !== undefined && readCheck(context, requirement.unlessTicked) !== false) continue;
      const part = optionalPartOf(requirement.id);
      for (const { id, f } of instances(context, requirement, files)) {
        if (f !== undefined && partApplies(context, requirement.id, f) !== true) continue;
        // In a rendering only what was printed empty counts: a lost field is the importer's business.
        if (!isKnownBlank(context, id)) continue;
        const severity = requirement.warning ? ({ severity: 1 } as const) : {};
        if (part !== undefined && part !== 'network' && f !== undefined && !requirement.warning) {
          const box = optOutBox(part, f);
          context.report({
            target: id,
            messageId: 'emptyInPart',
            data: { optOut: labelOf(context, box) },
            related: [{ target: box, messageId: 'optOutBox' }],
            ...severity,
          });
          continue;
        }
        const messageId =
          def.type === 'choice' ? 'emptyChoice' : def.type === 'date' ? 'emptyDate' : def.type === 'text[]' ? 'emptyList' : 'emptyText';
        context.report({ target: id, messageId, ...severity });
      }
    }
  },
});
