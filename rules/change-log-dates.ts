import { createRule } from '../src/engine/create-rule.js';
import { changeLogTrusted, changeRows, type ChangeRow } from './util/change-rows.js';
import { readDateRange, type DateRange } from './util/date-cells.js';
import { isKnownBlank, valueState } from './util/read.js';

/**
 * The 変更日 of the 変更箇所 annex (catalogue §3.10, law-and-rules PIA-CHG-002):
 *
 * - every row that records a change has its 変更日;
 * - rows follow the order of their dates. A log is read in the direction most of its rows follow
 *   (oldest first, or newest first), and the rows that break that order are reported, not the rows
 *   after them: of `3/27, 9/27, 3/27` only the middle row is out of place.
 *
 * Renderings: a 変更日 the importer could not place (merged cells, a detached PDF column) is unknown,
 * and a log whose rows were rebuilt by position is not ordered at all.
 */
interface Dated {
  row: ChangeRow;
  range: DateRange;
}

/** Whether `b` may follow `a` in a log ordered oldest first (or newest first). */
function canFollow(a: DateRange, b: DateRange, ascending: boolean): boolean {
  return ascending ? b.last >= a.first : b.first <= a.last;
}

/** The longest chain of rows in order (by position), as a set of indexes into `dated`. */
function longestChain(dated: readonly Dated[], ascending: boolean): Set<number> {
  const length: number[] = [];
  const previous: number[] = [];
  let best = -1;
  for (let i = 0; i < dated.length; i++) {
    length[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      // `>=` prefers the latest predecessor, so equal dates stay together.
      if (canFollow(dated[j]!.range, dated[i]!.range, ascending) && length[j]! + 1 >= length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
    if (best < 0 || length[i]! >= length[best]!) best = i;
  }
  const chain = new Set<number>();
  for (let i = best; i >= 0; i = previous[i]!) chain.add(i);
  return chain;
}

export default createRule({
  meta: {
    id: 'change-log-dates',
    category: 'change-log',
    defaultSeverity: 'warn',
    description: {
      ja: '変更箇所の各行に変更日を記載し、行を変更日の順に並べる。',
      en: 'Give every change-log row its date, and keep the rows in date order.',
    },
    messages: {
      missingDate: {
        ja: '「{{label}}」が記載されていません。変更した日を記載してください。',
        en: '{{label}} is empty: write the date of the change.',
      },
      outOfOrder: {
        ja: '「{{label}}」（{{date}}）が前後の行の変更日（{{before}}～{{after}}）の順序に合いません。変更日の誤りか、行の位置の誤りではないか確認してください。',
        en: '{{label}} ({{date}}) breaks the date order of the rows around it ({{before}} to {{after}}): check the date or the position of the row.',
      },
      neighbour: { ja: '前後の行の変更日', en: 'the date of a neighbouring row' },
    },
  },
  check(context) {
    const trusted = changeLogTrusted(context);
    const rows = changeRows(context.assessment);
    const dated: Dated[] = [];
    for (const row of rows) {
      const dateId = `${row.id}.date`;
      const hasChange = ['item', 'before', 'after'].some((cell) => valueState(row.value[cell]) === 'filled');
      if (hasChange && trusted && isKnownBlank(context, dateId, { dashIsBlank: true })) {
        context.report({ target: dateId, messageId: 'missingDate' });
        continue;
      }
      const range = readDateRange(context, dateId);
      if (!range) continue;
      dated.push({ row, range });
    }
    if (!trusted || dated.length < 3) return;

    const ascending = longestChain(dated, true);
    const descending = longestChain(dated, false);
    const chain = descending.size > ascending.size ? descending : ascending;
    const indexes = [...chain].sort((a, b) => a - b);
    dated.forEach((entry, i) => {
      if (chain.has(i)) return;
      const before = [...indexes].reverse().find((k) => k < i);
      const after = indexes.find((k) => k > i);
      const neighbours = [before, after].filter((k): k is number => k !== undefined).map((k) => dated[k]!);
      context.report({
        target: `${entry.row.id}.date`,
        messageId: 'outOfOrder',
        span: entry.range.span,
        data: {
          date: entry.range.raw,
          before: before !== undefined ? dated[before]!.range.raw : '—',
          after: after !== undefined ? dated[after]!.range.raw : '—',
        },
        related: neighbours.map((n) => ({ target: `${n.row.id}.date`, messageId: 'neighbour' })),
      });
    });
  },
});
