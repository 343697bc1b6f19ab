import { createRule } from '../src/engine/create-rule.js';
import { validateAssessment } from '../src/schema/index.js';
import { nearestKnownKey } from './util/nearest-key.js';

/**
 * The document against the JSON Schema of its kind (the same schema editors use through "$schema"):
 * a value of the wrong shape (a string where a choice object belongs, an option name the list does
 * not have, an iso date that is no date) is an error at the offending value; a key the form does not
 * have — often a misspelt field name — is reported at info level with the key's nearest field, since
 * later revisions of the forms may add fields (catalogue §9).
 */
export default createRule({
  meta: {
    id: 'schema-valid',
    category: 'schema',
    defaultSeverity: 'error',
    description: {
      ja: 'JSON の評価書は様式の JSON Schema に合っていなければならない（値の形、選択肢の名前、日付、未知の項目）。',
      en: 'A JSON assessment must match its form\'s JSON Schema (value shapes, option names, dates, unknown keys).',
    },
    messages: {
      problem: { ja: '{{text}}', en: '{{text}}' },
      didYouMean: { ja: '{{text}} 「{{key}}」の誤りではありませんか。', en: '{{text}} Did you mean "{{key}}"?' },
    },
  },
  check(context) {
    // A rendering's assessment is built by the importer in the model's shape; its problems are import notes.
    if (context.source.kind !== 'json') return;
    for (const problem of validateAssessment(context.assessment, context.kind)) {
      // An option name outside the list is choice-value's finding (with the nearest option offered).
      if (problem.keyword === 'enum' && problem.pointer.endsWith('/value')) continue;
      const text = context.locale === 'en' ? problem.message.en : problem.message.ja;
      const key = problem.keyword === 'unknownField' ? nearestKnownKey(problem.pointer, context.kind) : undefined;
      context.report({
        target: problem.pointer,
        messageId: key ? 'didYouMean' : 'problem',
        data: key ? { text, key } : { text },
        ...(problem.severity === 'info' ? { severity: 0 as const } : {}),
      });
    }
  },
});
