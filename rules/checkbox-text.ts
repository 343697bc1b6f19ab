import { createRule } from '../src/engine/create-rule.js';
import { boxListFor, iterateFields } from '../src/model/index.js';
import { isJson, isUnknownDeep, valueState } from './util/read.js';

/**
 * DEP-16 (catalogue §6): a box with a free-text parenthesis (`その他 ( )`, and every 入手元 box except
 * 本人又は本人の代理人) says what it means in that text. A ticked box with an empty parenthesis leaves
 * the reader guessing (「その他」 what?), and text in an unticked box says the box was meant to be
 * ticked. Both are warnings: the author decides which half is wrong.
 *
 * Renderings lose check states (§7.4: parentheses filled while every box is drawn unticked), so
 * "text in an unticked box" is reported for JSON documents only; the importer already turns such
 * boxes into unknown states. A ticked box is reported in a rendering only when its parenthesis was
 * read and is empty.
 */
export default createRule({
  meta: {
    id: 'checkbox-text',
    category: 'required',
    defaultSeverity: 'warn',
    kinds: ['juten', 'zenko'],
    description: {
      ja: '括弧書きのあるチェック項目（「その他（ ）」など）にチェックしたら括弧内を記載する。括弧内を記載したらチェックする。',
      en: 'A ticked box with a parenthesis (「その他（ ）」 and the like) needs its text; text in a parenthesis needs the box ticked.',
    },
    messages: {
      textMissing: {
        ja: '「{{label}}」にチェックがありますが、括弧内が記載されていません。具体的な内容（部署名、機関名、システム名など）を括弧内に記載してください。',
        en: '{{label}} is ticked but its parenthesis is empty: state what it covers (department, body, system, …).',
      },
      textWithoutCheck: {
        ja: '「{{label}}」の括弧内に「{{text}}」と記載されていますが、チェックがありません。該当するならチェックし、該当しないなら括弧内を削除してください。',
        en: '{{label}} has 「{{text}}」 in its parenthesis but is not ticked: tick it, or remove the text.',
      },
    },
  },
  check(context) {
    for (const { fieldId, def, value } of iterateFields(context.assessment)) {
      if (def.type !== 'checks' || typeof value !== 'object' || value === null) continue;
      const list = boxListFor(def);
      if (!list) continue;
      for (const box of list.boxes) {
        if (!box.hasText) continue;
        const target = `${fieldId}#${box.name}`;
        if (isUnknownDeep(context, target)) continue;
        const entry = (value as Record<string, unknown>)[box.name];
        if (typeof entry !== 'object' || entry === null) continue;
        const { checked, text } = entry as { checked?: unknown; text?: unknown };
        const state = valueState(text);
        if (checked === true && state !== 'filled') {
          // A rendering that did not read the parenthesis has no `text` key: that is not an empty one.
          if (!isJson(context) && !('text' in entry)) continue;
          context.report({ target, messageId: 'textMissing' });
        } else if (checked === false && state === 'filled' && isJson(context)) {
          context.report({ target, messageId: 'textWithoutCheck', data: { text: String(text) } });
        }
      }
    }
  },
});
