import { isCalendarDate, todayInJapan } from '../../src/cli/today.js';

describe('dates of the run', () => {
  test('today is the date in Japan (UTC+9), not in UTC', () => {
    expect(todayInJapan(new Date('2026-11-29T14:59:59Z'))).toBe('2026-11-29');
    expect(todayInJapan(new Date('2026-11-29T15:00:00Z'))).toBe('2026-11-30');
  });

  test.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2019-05-01', true],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
