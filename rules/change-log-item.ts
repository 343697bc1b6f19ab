import { createRule } from '../src/engine/create-rule.js';
import { namesSomething } from './util/change-item.js';
import { cellReadable, changeRows } from './util/change-rows.js';
import { isKnownBlank, readText, valueState } from './util/read.js';

/**
 * The 項目 of a 変更箇所 row says where in the form the change is. It is free text with typos, old
 * labels and mixed numerals (catalogue §8), so the rule is deliberately loose: a 項目 is accepted when
 * it names anything of any kind's form at all — a part numeral (`II`, `Ⅲ`), a section or field label
 * in any wording the catalogue knows, a slot (`委託事項5`, `移転先2`), an annex or 別紙. Only a 項目
 * that names none of these is reported, as info: it usually holds text that belongs in another column,
 * or an item a later form revision added and the catalogue does not know yet.
 *
 * A row that records a change (変更前/変更後 filled) with no 項目 at all is a warning.
 */
export default createRule({
  meta: {
    id: 'change-log-item',
    category: 'change-log',
    defaultSeverity: 'warn',
    description: {
      ja: '変更箇所の「項目」には、変更した様式の項目（部・項番号と項目名）を記載する。',
      en: 'The item column of a change-log row names the item of the form that changed (part, number and label).',
    },
    messages: {
      unknownItem: {
        ja: '「{{label}}」の「{{item}}」は様式のどの項目にも当たりません。変更した項目を「Ⅱ 3. ③使用目的」のように記載してください（他の欄の内容が入っていないかも確認してください）。',
        en: '{{label}} "{{item}}" names no item of the form: name the changed item, e.g. "Ⅱ 3. ③使用目的" (and check that no other column\'s text landed here).',
      },
      missingItem: {
        ja: '「{{label}}」が記載されていません。変更した様式の項目を記載してください。',
        en: '{{label}} is empty: name the item of the form that changed.',
      },
    },
  },
  check(context) {
    for (const row of changeRows(context.assessment)) {
      if (!cellReadable(context, row, 'item')) continue;
      const id = `${row.id}.item`;
      const item = readText(context, id);
      if (item !== undefined && valueState(item) === 'filled') {
        if (!namesSomething(item, context.kind)) {
          const shown = item.replace(/\s+/g, ' ').trim();
          context.report({ target: id, messageId: 'unknownItem', data: { item: shown.length > 40 ? `${shown.slice(0, 40)}…` : shown }, severity: 0 });
        }
        continue;
      }
      const recordsChange = ['before', 'after'].some((cell) => valueState(row.value[cell]) === 'filled');
      if (recordsChange && isKnownBlank(context, id, { dashIsBlank: true })) {
        context.report({ target: id, messageId: 'missingItem' });
      }
    }
  },
});
