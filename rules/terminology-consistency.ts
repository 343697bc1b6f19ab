import { createRule } from '../src/engine/create-rule.js';
import type { ValueEdit } from '../src/engine/types.js';
import { findTerminologyVariants, type TerminologyFinding } from '../src/law/index.js';
import { terminologyDictionary, type TerminologyOptions } from './util/law-terminology.js';
import { replacementEdits } from './util/law-edits.js';
import { isBodyText, lawTexts, oneLine } from './util/law-texts.js';

/**
 * One document, one spelling: 中間サーバー / 中間サーバ, サーバー / サーバ and the other entries of the
 * terminology dictionary (built-in plus `settings.terminology`), and half- / full-width digits in law
 * citations (「第19条」 among 「第１９条」). The document's own majority spelling wins (the dictionary's
 * preferred spelling breaks a tie), so a document that is consistent is never reported, whatever the
 * dictionary prefers. The fix rewrites the minority spelling.
 *
 * Only the body is read: a 変更箇所 row quotes the text as it stood at that change (変更前 and 変更後
 * alike), and respelling the quote would make the log disagree with the versions it records.
 * One message per field and term, covering every occurrence in that field, so that a document with
 * a hundred 「サーバ」 does not produce a hundred messages. Component names such as 住基ネット's
 * 「都道府県サーバ」 are terms of their own (rules/util/law-terminology.ts).
 */
/** A spelling followed by a long-vowel mark is part of a longer word (「サーバｰ」): not a variant. */
const LONG_VOWEL_AFTER = /^[ーｰ－―‐-]/;

export default createRule<TerminologyOptions & Record<string, unknown>>({
  meta: {
    id: 'terminology-consistency',
    category: 'terminology',
    defaultSeverity: 'info',
    fixable: 'code',
    description: {
      ja: '一つの評価書の中では用語の表記（中間サーバー／中間サーバ など）と法令引用の数字の全角・半角を揃える。',
      en: 'Within one assessment, spell each term one way (中間サーバー / 中間サーバ, …) and write the digits of law citations in one width.',
    },
    schema: {
      type: 'object',
      properties: {
        defaults: { type: 'boolean' },
        citationDigits: { enum: ['halfwidth', 'fullwidth', 'off'] },
      },
      additionalProperties: false,
    },
    messages: {
      variant: {
        ja: '「{{found}}」と「{{preferred}}」が混在しています（文書全体で{{counts}}）。{{basis}}「{{preferred}}」に揃えます（この欄で{{here}}か所）。',
        en: '"{{found}}" and "{{preferred}}" are both used ({{counts}} in the document); use {{basis}} "{{preferred}}" ({{here}} in this field).',
      },
      citationDigits: {
        ja: '法令の引用の数字が全角と半角で混在しています（文書全体で{{counts}}）。「{{found}}」は「{{preferred}}」と書きます（この欄で{{here}}か所）。',
        en: 'Law citations mix full-width and half-width digits ({{counts}} in the document); write "{{found}}" as "{{preferred}}" ({{here}} in this field).',
      },
    },
  },
  defaultOptions: {},
  check(context) {
    const texts = lawTexts(context).filter(isBodyText);
    const dictionary = terminologyDictionary(context.settings, context.options);
    const findings = findTerminologyVariants(
      texts.map((t, i) => ({ id: String(i), text: t.text })),
      dictionary,
    );
    const groups = new Map<string, TerminologyFinding[]>();
    for (const finding of findings) {
      const text = texts[Number(finding.textId)]!.text;
      if (finding.preferred.startsWith(finding.found) && LONG_VOWEL_AFTER.test(text.slice(finding.end))) continue;
      const key = `${finding.textId}\u0000${finding.entryId}`;
      groups.set(key, [...(groups.get(key) ?? []), finding]);
    }
    for (const group of groups.values()) {
      const first = group[0]!;
      const text = texts[Number(first.textId)]!;
      const digits = first.entryId === 'citation-digits';
      // Every occurrence in the field is rewritten, or none (a partial fix would leave the field mixed).
      const edits = group.map((f) => replacementEdits(text.target, f.start, text.text.slice(f.start, f.end), f.preferred));
      const fix: ValueEdit[] | undefined = edits.every((e) => e !== undefined) ? edits.flat() : undefined;
      context.report({
        target: text.target,
        messageId: digits ? 'citationDigits' : 'variant',
        data: {
          found: oneLine(first.found),
          preferred: oneLine(first.preferred),
          counts: countsText(first.counts, digits ? (/[０-９]/.test(first.preferred) ? 'fullwidth' : 'halfwidth') : first.preferred, digits, context.locale),
          basis: basisText(first, digits, context.locale),
          here: group.length,
        },
        span: { start: first.start, end: first.end },
        ...(fix ? { fix } : {}),
      });
    }
  },
});

const WIDTH: Record<string, { ja: string; en: string }> = {
  halfwidth: { ja: '半角', en: 'half-width' },
  fullwidth: { ja: '全角', en: 'full-width' },
};

/** Why this spelling: the document's majority, or the dictionary's choice on a tie. */
function basisText(finding: TerminologyFinding, digits: boolean, locale: 'ja' | 'en'): string {
  if (digits) return '';
  const values = Object.values(finding.counts);
  const top = Math.max(...values);
  const tie = values.filter((n) => n === top).length > 1;
  if (locale === 'en') return tie ? "the dictionary's spelling (a tie)," : 'the more frequent';
  return tie ? '同数のため辞書の表記の' : '多い表記の';
}

/** 「中間サーバー」 12件、「中間サーバ」 3件: most frequent first, the chosen spelling first on a tie. */
function countsText(counts: Record<string, number>, chosen: string, digits: boolean, locale: 'ja' | 'en'): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || Number(b[0] === chosen) - Number(a[0] === chosen))
    .map(([spelling, n]) => {
      const name = digits ? (WIDTH[spelling]?.[locale] ?? spelling) : locale === 'en' ? `"${spelling}"` : `「${spelling}」`;
      return locale === 'en' ? `${name} ${n}` : `${name} ${n}件`;
    })
    .join(locale === 'en' ? ', ' : '、');
}
