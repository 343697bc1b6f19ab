/**
 * Proposes 変更箇所 rows (catalogue §3.10) for a list of field changes (pure): 項目 as the form prints
 * it, the texts before and after (long texts cut around what changed), and the proposed 提出時期
 * with its explanation. A ※ item is a 重要な変更 and goes 事前 (law-and-rules.md §2.3, DEP-23),
 * unless the change is only formal; anything else goes 事後.
 */
import type { Locale } from '../model/kinds.js';
import type { ChangeRow, FieldChange, FormalReason } from './types.js';

/**
 * 提出時期に係る説明, modelled on the wording of published logs: 「重要な変更に該当しない項目の変更で
 * あるため、事前の提出・公表が義務付けられない」 is by far the most common 事後 explanation, and
 * 「法令の題名等の形式的な変更であるため重要な変更に当たらない」 the one for a law's title.
 */
const REASONS: Record<FormalReason | 'notImportant', Record<Locale, string>> = {
  notImportant: {
    ja: '重要な変更に該当しない項目の変更であるため、事前の提出・公表が義務付けられない',
    en: 'The item is not subject to significant changes (no ※), so prior submission and publication are not required.',
  },
  notation: {
    ja: '表記（空白、全角・半角等）のみの形式的な変更であるため重要な変更に当たらない',
    en: 'Formal change (spacing or full-width/half-width only), not a significant change.',
  },
  typo: {
    ja: '誤字脱字の修正等の形式的な変更であるため重要な変更に当たらない',
    en: 'Correction of a typo (formal change), not a significant change.',
  },
  lawTitle: {
    ja: '法令の題名等の形式的な変更であるため重要な変更に当たらない',
    en: "Formal change of a law's title, not a significant change.",
  },
  renumbering: {
    ja: '法令改正に伴う条項ずれ等の形式的な変更であるため重要な変更に当たらない',
    en: 'Formal change following provisions renumbered by a law amendment, not a significant change.',
  },
};

const WORDS: Record<Locale, { none: string; added: (name: string, title: string | null) => string; removed: (name: string) => string; slot: (name: string, title: string | null) => string }> = {
  ja: {
    none: '記載なし',
    slot: (name, title) => (title === null ? name : `${name}「${title}」`),
    added: (name, title) => `${title === null ? name : `${name}「${title}」`}を追加`,
    removed: (name) => `${name}を削除`,
  },
  en: {
    none: '(none)',
    slot: (name, title) => (title === null ? name : `${name} "${title}"`),
    added: (name, title) => `Added ${title === null ? name : `${name} "${title}"`}`,
    removed: (name) => `Removed ${name}`,
  },
};

export interface ExcerptOptions {
  /** Texts up to this many characters are shown whole. */
  maxLength?: number;
  /** Characters of unchanged context on each side of the changed span. */
  context?: number;
  /** A changed span longer than this is itself cut in the middle. */
  maxSpan?: number;
}

const DEFAULTS: Required<ExcerptOptions> = { maxLength: 80, context: 20, maxSpan: 60 };

/** The span [start, end) of each text that differs, after the common prefix and suffix. */
export function changedSpans(before: string, after: string): { before: [number, number]; after: [number, number] } {
  const a = [...before];
  const b = [...after];
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { before: [prefix, a.length - suffix], after: [prefix, b.length - suffix] };
}

/**
 * A long text cut to the changed span [start, end) (in code points) with some context, `…` marking
 * what was left out: `…の措置を講じる。委託先は、再委託先…`. Short texts come back whole.
 */
export function excerpt(text: string, span: [number, number], options: ExcerptOptions = {}): string {
  const { maxLength, context, maxSpan } = { ...DEFAULTS, ...options };
  const chars = [...text];
  if (chars.length <= maxLength) return text;
  const [start, end] = span;
  const from = Math.max(0, start - context);
  const to = Math.min(chars.length, end + context);
  let middle: string;
  if (end - start > maxSpan) {
    const head = Math.ceil(maxSpan * 0.7);
    middle = chars.slice(from, start + head).join('') + '…' + chars.slice(end - (maxSpan - head), to).join('');
  } else {
    middle = chars.slice(from, to).join('');
  }
  return (from > 0 ? '…' : '') + middle.trim() + (to < chars.length ? '…' : '');
}

/** Slot titles are names; one that is really a description (a title merged into ①委託内容) is cut. */
export function shortTitle(title: string | null, max = 40): string | null {
  if (title === null) return null;
  const chars = [...title.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : chars.slice(0, max).join('') + '…';
}

export interface ProposeOptions {
  /** 変更日 (YYYY-MM-DD) of every row. */
  date?: string | null;
  locale?: Locale;
  excerpt?: ExcerptOptions;
}

/** The proposed 提出時期 and its explanation for one change. */
export function proposeTiming(change: FieldChange, locale: Locale = 'ja'): { timing: ChangeRow['timing']; reason: string } {
  if (!change.important) return { timing: '事後', reason: REASONS.notImportant[locale] };
  if (change.formalOnly && change.formalReason) return { timing: '事後', reason: REASONS[change.formalReason][locale] };
  // Published logs leave the explanation empty for 事前 rows.
  return { timing: '事前', reason: '' };
}

/** One proposed row per change, in the order given. */
export function proposeRows(changes: readonly FieldChange[], options: ProposeOptions = {}): ChangeRow[] {
  const locale = options.locale ?? 'ja';
  const words = WORDS[locale];
  return changes.map((change) => {
    let before: string;
    let after: string;
    if (change.change === 'slotAdded') {
      const slot = change.slot ?? { name: change.label, title: change.after };
      before = words.none;
      after = words.added(slot.name, shortTitle(slot.title));
    } else if (change.change === 'slotRemoved') {
      const slot = change.slot ?? { name: change.label, title: change.before };
      before = words.slot(slot.name, shortTitle(slot.title));
      after = words.removed(slot.name);
    } else {
      const spans = changedSpans(change.before ?? '', change.after ?? '');
      before = change.before === null ? words.none : excerpt(change.before, spans.before, options.excerpt);
      after = change.after === null ? words.none : excerpt(change.after, spans.after, options.excerpt);
    }
    const { timing, reason } = proposeTiming(change, locale);
    const row: ChangeRow = {
      date: options.date ?? null,
      fieldId: change.fieldId,
      label: change.label,
      before,
      after,
      important: change.important,
      formalOnly: change.formalOnly,
      timing,
      reason,
    };
    if (change.previousFieldId !== undefined) row.previousFieldId = change.previousFieldId;
    return row;
  });
}
