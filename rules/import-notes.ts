import { createRule } from '../src/engine/create-rule.js';

/**
 * What the importer could not read in a rendering (a block not found, a value it could not place, a
 * count it could not read, checkbox states lost in conversion), reported where it happened. These
 * are never silent: a reviewer must know which parts of a published document pialint did not check.
 * Notes the importer marks as info stay info; its warnings take this rule's severity.
 */
export default createRule({
  meta: {
    id: 'import-notes',
    category: 'import',
    defaultSeverity: 'warn',
    description: {
      ja: '表示形式（markdown / PDF テキスト）から読み取れなかった箇所を報告する。',
      en: 'Reports what could not be read from a rendering (markdown / PDF text).',
    },
    messages: {
      note: { ja: '{{text}}', en: '{{text}}' },
    },
  },
  check(context) {
    for (const note of context.source.importNotes) {
      const text = context.locale === 'en' ? note.message.en : note.message.ja;
      context.report({
        target: note.fieldId ?? '',
        messageId: 'note',
        data: { text },
        ...(note.range ? { at: note.range } : {}),
        ...(note.severity === 'info' ? { severity: 0 as const } : {}),
      });
    }
  },
});
