import { createRule } from '../src/engine/create-rule.js';
import type { RuleContext } from '../src/engine/types.js';
import { getFieldValue, normalizeForMatch } from '../src/model/index.js';
import { isJson, isUnknownDeep, readText, valueState } from './util/read.js';

/**
 * DEP-17 (catalogue §6): Ⅰ 3 lists the 特定個人情報ファイル; Ⅱ and Ⅲ 1–7 repeat once per file, in the
 * same order, each headed by the same 1. 特定個人情報ファイル名, and each file has its 記録項目 annex.
 *
 * - A Ⅱ/Ⅲ name that differs from the Ⅰ 3 name at its position: an error, with a suggestion to copy
 *   the Ⅰ 3 name (only when the name is not another listed file's, where copying would hide a
 *   reordering).
 * - A name that is another listed file's: the blocks are out of order.
 * - More blocks than listed names, or (JSON) a listed file without its Ⅱ/Ⅲ block.
 * - Ⅰ 3 lists a name twice.
 * - The 記録項目 annex is headed by a file name (its first line, as authors often write it) that is
 *   not the file's: a warning, since the heading is free-form.
 * - When a rendering lost Ⅰ 3, Ⅲ 1 is still compared with Ⅱ 1.
 */
type Context = RuleContext<Record<string, unknown>>;

const key = (text: string) => normalizeForMatch(text);

function blockNumbers(assessment: unknown, part: 'II' | 'III'): number[] {
  if (typeof assessment !== 'object' || assessment === null) return [];
  const pattern = part === 'II' ? /^II\[(\d+)\]$/ : /^III\[(\d+)\]$/;
  return Object.keys(assessment)
    .map((k) => pattern.exec(k))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

function recordNumbers(assessment: unknown): number[] {
  const annex = getFieldValue(assessment, 'annex');
  if (typeof annex !== 'object' || annex === null) return [];
  return Object.keys(annex)
    .map((k) => /^records\[(\d+)\]$/.exec(k))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

/** Ⅰ 3's names, or undefined when a rendering lost them (the rule then compares Ⅱ with Ⅲ only). */
function listedNames(context: Context): (string | null)[] | undefined {
  if (isUnknownDeep(context, 'I.3.fileNames')) return undefined;
  const value = getFieldValue(context.assessment, 'I.3.fileNames');
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' && valueState(v) === 'filled' ? v : null));
  // A rendering without the list has lost it; JSON without it has none (required-fields reports that).
  return isJson(context) ? [] : undefined;
}

/** A file name as printed in a block, when there is one to compare. */
function blockName(context: Context, id: string): string | undefined {
  const text = readText(context, id);
  return text !== undefined && valueState(text) === 'filled' ? text : undefined;
}

/** The heading line of a 記録項目 annex when it reads as a file name (`国民健康保険情報ファイル`). */
function recordsHeading(raw: string): { text: string; start: number } | undefined {
  const match = /^\s*([^\n]*?)\s*(?:\n|$)/.exec(raw);
  const line = match?.[1];
  if (!line || !/ファイル$/.test(line) || /[\s【】<>＜＞()（）「」、。]/.test(line)) return undefined;
  return { text: line, start: raw.indexOf(line) };
}

export default createRule({
  meta: {
    id: 'file-name-consistency',
    category: 'cross-field',
    defaultSeverity: 'error',
    kinds: ['juten', 'zenko'],
    hasSuggestions: true,
    description: {
      ja: '特定個人情報ファイル名は、Ⅰ 3 の一覧と同じ名前・同じ順序でⅡ 1・Ⅲ 1（と記録項目の別添）に記載する。',
      en: 'Each file of the Ⅰ 3 list heads its Ⅱ 1 and Ⅲ 1 (and its 記録項目 annex) with the same name, in the same order.',
    },
    messages: {
      mismatch: {
        ja: '「{{label}}」の「{{value}}」が「{{listLabel}}」の{{position}}番目の「{{expected}}」と一致しません。同じファイル名を記載してください。',
        en: '{{label}} "{{value}}" differs from entry {{position}} of {{listLabel}}, "{{expected}}": write the same file name.',
      },
      wrongPosition: {
        ja: '「{{label}}」の「{{value}}」は「{{listLabel}}」の{{other}}番目のファイル名です。ファイルごとのブロックは一覧と同じ順序で記載してください（このブロックは{{position}}番目の「{{expected}}」の位置です）。',
        en: '{{label}} "{{value}}" is entry {{other}} of {{listLabel}}: keep the per-file blocks in the order of the list (this block is in the place of entry {{position}}, "{{expected}}").',
      },
      notListed: {
        ja: '「{{label}}」（{{position}}番目のファイルのブロック）に当たるファイル名が「{{listLabel}}」にありません（一覧は{{count}}件）。一覧に追加するか、不要なブロックを削除してください。',
        en: '{{label}} (the block of file {{position}}) has no name in {{listLabel}}, which lists {{count}}: add the file to the list or remove the block.',
      },
      noBlock: {
        ja: '「{{label}}」の{{position}}番目の「{{expected}}」に対応する「{{part}}」のブロックがありません。ファイルごとに{{part}}を記載してください。',
        en: 'Entry {{position}} of {{label}}, "{{expected}}", has no {{part}} block: each file needs one.',
      },
      duplicate: {
        ja: '「{{label}}」に「{{value}}」が2回記載されています（{{first}}番目と{{position}}番目）。',
        en: '{{label}} lists "{{value}}" twice (entries {{first}} and {{position}}).',
      },
      differsFromII: {
        ja: '「{{label}}」の「{{value}}」が「{{otherLabel}}」の「{{expected}}」と一致しません。同じファイル名を記載してください。',
        en: '{{label}} "{{value}}" differs from {{otherLabel}}, "{{expected}}": write the same file name.',
      },
      recordsHeading: {
        ja: '「{{label}}」の見出し「{{value}}」が「{{listLabel}}」の{{position}}番目のファイル名「{{expected}}」と一致しません。',
        en: 'The heading "{{value}}" of {{label}} differs from entry {{position}} of {{listLabel}}, "{{expected}}".',
      },
      recordsNotListed: {
        ja: '「{{label}}」（{{position}}番目のファイルの記録項目）に当たるファイル名が「{{listLabel}}」にありません（一覧は{{count}}件）。',
        en: '{{label}} (the recorded items of file {{position}}) has no name in {{listLabel}}, which lists {{count}}.',
      },
      listedName: { ja: '一覧のファイル名', en: 'the listed file name' },
      copyName: { ja: '「{{expected}}」に置き換える', en: 'Replace with "{{expected}}"' },
    },
  },
  check(context) {
    const { assessment } = context;
    const names = listedNames(context);
    const listLabel = context.label('I.3.fileNames');
    const keys = names?.map((n) => (n === null ? null : key(n)));

    // Ⅰ 3 itself: a name listed twice makes the per-file blocks ambiguous.
    keys?.forEach((k, i) => {
      const first = k === null ? -1 : keys.indexOf(k);
      if (k !== null && first < i) {
        context.report({ target: `/I/3/fileNames/${i}`, messageId: 'duplicate', data: { value: names![i]!, first: first + 1, position: i + 1 } });
      }
    });

    for (const part of ['II', 'III'] as const) {
      const blocks = blockNumbers(assessment, part);
      for (const f of blocks) {
        const id = `${part}[${f}].1.fileName`;
        if (isUnknownDeep(context, id)) continue;
        const value = blockName(context, id);
        if (names === undefined) {
          if (part === 'III') compareWithII(context, f, value);
          continue;
        }
        const expected = names[f - 1];
        if (expected === undefined) {
          // A listed count of 0 means the list itself is missing: required-fields reports that.
          if (names.length > 0) {
            const target = getFieldValue(assessment, id) === undefined ? `${part}[${f}]` : id;
            context.report({ target, messageId: 'notListed', data: { listLabel, position: f, count: names.length } });
          }
          continue;
        }
        if (expected === null || value === undefined || key(value) === key(expected)) continue;
        const related = [{ target: `/I/3/fileNames/${f - 1}`, messageId: 'listedName' }];
        const other = keys!.indexOf(key(value));
        if (other >= 0) {
          context.report({ target: id, messageId: 'wrongPosition', data: { value, expected, listLabel, position: f, other: other + 1 }, related });
          continue;
        }
        context.report({
          target: id,
          messageId: 'mismatch',
          data: { value, expected, listLabel, position: f },
          related,
          suggest: [{ messageId: 'copyName', data: { expected }, fix: { type: 'replaceInString', target: id, start: 0, end: value.length, text: expected } }],
        });
      }
      // A listed file without its block: in a rendering the block may just be lost.
      if (names !== undefined && isJson(context)) {
        const present = new Set(blocks);
        names.forEach((name, i) => {
          if (name === null || present.has(i + 1)) return;
          context.report({ target: `/I/3/fileNames/${i}`, messageId: 'noBlock', data: { expected: name, position: i + 1, part: context.label(`${part}[${i + 1}]`).replace(/^\[[^\]]*\]\s*/, '') } });
        });
      }
    }

    if (names === undefined) return;
    for (const f of recordNumbers(assessment)) {
      const id = `annex.records[${f}].raw`;
      if (isUnknownDeep(context, id)) continue;
      const expected = names[f - 1];
      if (expected === undefined) {
        if (names.length > 0) {
          context.report({ target: `annex.records[${f}]`, messageId: 'recordsNotListed', data: { listLabel, position: f, count: names.length }, severity: 1 });
        }
        continue;
      }
      const raw = readText(context, id);
      const heading = raw === undefined ? undefined : recordsHeading(raw);
      if (expected === null || !heading || key(heading.text) === key(expected)) continue;
      context.report({
        target: id,
        messageId: 'recordsHeading',
        data: { value: heading.text, expected, listLabel, position: f },
        span: { start: heading.start, end: heading.start + heading.text.length },
        severity: 1,
        related: [{ target: `/I/3/fileNames/${f - 1}`, messageId: 'listedName' }],
      });
    }
  },
});

/** Without Ⅰ 3 (a rendering lost it), Ⅲ 1 must still repeat Ⅱ 1 of the same file. */
function compareWithII(context: Context, f: number, value: string | undefined): void {
  const iiId = `II[${f}].1.fileName`;
  if (value === undefined || isUnknownDeep(context, iiId)) return;
  const expected = blockName(context, iiId);
  if (expected === undefined || key(expected) === key(value)) return;
  context.report({
    target: `III[${f}].1.fileName`,
    messageId: 'differsFromII',
    data: { value, expected, otherLabel: context.label(iiId) },
    related: [{ target: iiId, messageId: 'listedName' }],
  });
}
