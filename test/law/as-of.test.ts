import { resolveAsOf } from '../../src/law/as-of.js';
import type { Assessment } from '../../src/model/values.js';

const TODAY = '2026-01-15';

function doc(parts: Record<string, unknown>): Assessment {
  return { meta: { kind: 'juten' }, ...parts } as Assessment;
}

const published = (iso: string | null, raw = '令和6年2月5日') => ({ cover: { published: { raw, iso } } });
const changes = (...isos: (string | null)[]) => ({
  annex: Object.fromEntries(isos.map((iso, i) => [`changes[${i + 1}]`, { date: { raw: String(iso), iso }, item: '…' }])),
});
const evaluated = (iso: string) => ({ V: { '1': { date: { raw: '令和5年1月1日', iso } } } });

describe('resolveAsOf', () => {
  test('公表日 first', () => {
    const a = doc({ ...published('2024-02-05'), ...changes('2025-03-27'), ...evaluated('2023-01-01') });
    expect(resolveAsOf(a, { today: TODAY })).toEqual({
      date: '2024-02-05',
      source: 'published',
      precision: 'day',
      fieldId: 'cover.published',
      raw: '令和6年2月5日',
    });
  });

  test('else the latest 変更日 (not the last row)', () => {
    const a = doc({ ...published(null, ''), ...changes('2021-11-12', '2025-03-27', '2023-02-21', null), ...evaluated('2020-01-01') });
    expect(resolveAsOf(a, { today: TODAY })).toMatchObject({ date: '2025-03-27', source: 'changeLog', fieldId: 'annex.changes[2].date' });
  });

  test('else the 基礎項目評価 実施日', () => {
    expect(resolveAsOf(doc(evaluated('2023-01-10')), { today: TODAY })).toMatchObject({ date: '2023-01-10', source: 'evaluated', fieldId: 'V.1.date' });
  });

  test('today only when nothing else exists, and it says so', () => {
    expect(resolveAsOf(doc({}), { today: TODAY })).toEqual({ date: TODAY, source: 'today', precision: 'day' });
  });

  test('a year-month date is the last day of the month, and keeps the month', () => {
    expect(resolveAsOf(doc(published('2024-05', '令和6年5月')), { today: TODAY })).toMatchObject({
      date: '2024-05-31',
      month: '2024-05',
      precision: 'month',
      source: 'published',
    });
    // A month competes with days by its last day.
    expect(resolveAsOf(doc(changes('2024-05-20', '2024-05')), { today: TODAY })).toMatchObject({ date: '2024-05-31', month: '2024-05' });
  });

  test('overrides from config or the command line win', () => {
    const a = doc(published('2024-02-05'));
    expect(resolveAsOf(a, { override: { date: '2025-01-01', source: 'cli' }, today: TODAY })).toEqual({ date: '2025-01-01', source: 'cli', precision: 'day' });
    expect(resolveAsOf(a, { override: { date: '2025-01', source: 'config' }, today: TODAY })).toMatchObject({ date: '2025-01-31', source: 'config' });
    expect(resolveAsOf(a, { override: { date: 'today', source: 'cli' }, today: TODAY })).toMatchObject({ date: TODAY, source: 'cli' });
    expect(resolveAsOf(a, { override: { source: 'config' }, today: TODAY })).toMatchObject({ date: '2024-02-05', source: 'published' });
  });

  test('malformed dates are skipped and reported', () => {
    const a = doc({ ...published('2024-02-30'), ...evaluated('2023-01-10') });
    expect(resolveAsOf(a, { override: { date: 'next week', source: 'cli' }, today: TODAY })).toEqual({
      date: '2023-01-10',
      source: 'evaluated',
      precision: 'day',
      fieldId: 'V.1.date',
      raw: '令和5年1月1日',
      ignored: [
        { source: 'cli', value: 'next week' },
        { source: 'published', value: '2024-02-30' },
      ],
    });
  });

  test('values of the wrong shape are ignored', () => {
    const a = doc({ cover: { published: '令和6年2月5日' }, annex: { 'changes[1]': { date: null }, notes: 'x' } });
    expect(resolveAsOf(a, { today: TODAY })).toMatchObject({ source: 'today' });
  });
});
