import { createRule } from '../src/engine/create-rule.js';
import { fieldState, isJson, isKnownBlank, readChoice, readText } from './util/read.js';
import { fileIndexes, referencesList } from './util/slots.js';

/**
 * DEP-13 and DEP-14 (catalogue §6): Ⅲ 7 「過去3年以内に、評価実施機関において、個人情報に関する重大
 * 事故が発生したか」 and its two sub-rows その内容 / 再発防止策の内容.
 *
 * - 発生あり: both are stated (an error when empty or a dash). They often point to an attachment
 *   (`別紙(個人情報に関する重大事故について)を参照`, 002:795); a JSON document that points to one but
 *   carries no attachment at all gets a warning (a rendering may have lost it).
 * - 発生なし: both are empty or a dash (a warning when filled: the answer or the text is wrong).
 */
const DETAILS = ['incidentContent', 'incidentPrevention'] as const;

export default createRule({
  meta: {
    id: 'serious-incident',
    category: 'conditional',
    defaultSeverity: 'error',
    kinds: ['juten', 'zenko'],
    description: {
      ja: '重大事故が「発生あり」ならその内容と再発防止策を記載し、「発生なし」なら記載しない。',
      en: 'With 発生あり, state the serious incidents and the measures against recurrence; with 発生なし, leave them empty.',
    },
    messages: {
      detailMissing: {
        ja: '重大事故が「発生あり」ですが、「{{label}}」が記載されていません。事故の内容と再発防止策を記載するか、別紙を参照してください。',
        en: 'Serious incidents: 発生あり, but {{label}} is empty: describe them or refer to an attachment.',
      },
      attachmentMissing: {
        ja: '「{{label}}」は別紙を参照していますが、評価書に添付資料がありません。',
        en: '{{label}} refers to an attachment, but the document has none.',
      },
      detailWithNone: {
        ja: '重大事故が「発生なし」なのに「{{label}}」が記載されています。選択か記載のどちらかを見直してください。',
        en: 'Serious incidents: 発生なし, but {{label}} is filled in: the answer and the text disagree.',
      },
      incident: { ja: '重大事故の発生の有無', en: 'whether a serious incident occurred' },
    },
  },
  check(context) {
    const hasAttachments = hasAttachmentKey(context.assessment);
    for (const f of fileIndexes(context.assessment)) {
      const choiceId = `III[${f}].7.leak.seriousIncident`;
      const choice = readChoice(context, choiceId);
      const related = [{ target: choiceId, messageId: 'incident' }];
      for (const detail of DETAILS) {
        const id = `III[${f}].7.leak.${detail}`;
        if (choice === 'occurred') {
          if (isKnownBlank(context, id, { dashIsBlank: true })) context.report({ target: id, messageId: 'detailMissing', related });
          else if (isJson(context) && !hasAttachments && referencesList(readText(context, id))) {
            context.report({ target: id, messageId: 'attachmentMissing', severity: 1 });
          }
        } else if (choice === 'none' && fieldState(context, id) === 'filled') {
          context.report({ target: id, messageId: 'detailWithNone', severity: 1, related });
        }
      }
    }
  },
});

/** Whether the document carries any `attachments[n]` (material appended after the form). */
function hasAttachmentKey(assessment: unknown): boolean {
  return typeof assessment === 'object' && assessment !== null && Object.keys(assessment).some((k) => /^attachments\[\d+\]$/.test(k));
}
