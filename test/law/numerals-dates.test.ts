import { dayAfter, dayBefore, dayRange, isIsoDate, isIsoMonth, lastDayOfMonth } from '../../src/law/dates.js';
import { convertDigitWidth, formatNumeral, kanjiValue, readNumeral, toKanji } from '../../src/law/numerals.js';

describe('numerals', () => {
  test.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十九', 19],
    ['二十', 20],
    ['四十四', 44],
    ['九十九', 99],
    ['百', 100],
    ['百三十一', 131],
    ['百七十三', 173],
    ['千二十', 1020],
    ['一〇〇', 100],
    ['二〇二四', 2024],
  ])('kanji %s = %d', (kanji, value) => {
    expect(kanjiValue(kanji)).toBe(value);
  });

  test.each([1, 9, 10, 11, 19, 20, 44, 99, 100, 101, 131, 173, 1000, 1020, 9999])('toKanji(%d) reads back', (n) => {
    expect(kanjiValue(toKanji(n))).toBe(n);
  });

  test('law style: no 一 before 十 and 百', () => {
    expect(toKanji(19)).toBe('十九');
    expect(toKanji(131)).toBe('百三十一');
  });

  test('readNumeral: styles and ends', () => {
    expect(readNumeral('第19条', 1)).toEqual({ value: 19, style: 'halfwidth', end: 3 });
    expect(readNumeral('第１９条', 1)).toEqual({ value: 19, style: 'fullwidth', end: 3 });
    expect(readNumeral('第1９条', 1)).toEqual({ value: 19, style: 'mixed', end: 3 });
    expect(readNumeral('第十九条', 1)).toEqual({ value: 19, style: 'kanji', end: 3 });
    // Arabic and kanji numerals never join.
    expect(readNumeral('2四半期', 0)).toEqual({ value: 2, style: 'halfwidth', end: 1 });
    expect(readNumeral('条', 0)).toBeUndefined();
    expect(readNumeral('123456789', 0)).toBeUndefined();
  });

  test('formatNumeral and width conversion', () => {
    expect(formatNumeral(44, 'halfwidth')).toBe('44');
    expect(formatNumeral(44, 'fullwidth')).toBe('４４');
    expect(formatNumeral(44, 'kanji')).toBe('四十四');
    expect(convertDigitWidth('第１９条第8号', 'halfwidth')).toBe('第19条第8号');
    expect(convertDigitWidth('第１９条第8号', 'fullwidth')).toBe('第１９条第８号');
  });
});

describe('dates', () => {
  test('validation', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-5-1')).toBe(false);
    expect(isIsoMonth('2024-05')).toBe(true);
    expect(isIsoMonth('2024-00')).toBe(false);
  });

  test('neighbouring days across months and years', () => {
    expect(dayBefore('2024-05-27')).toBe('2024-05-26');
    expect(dayBefore('2021-09-01')).toBe('2021-08-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2016-01-01')).toBe('2015-12-31');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2023-12-31')).toBe('2024-01-01');
  });

  test('months', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2023-04')).toBe('2023-04-30');
    expect(dayRange('2024-05')).toEqual({ first: '2024-05-01', last: '2024-05-31' });
    expect(dayRange('2024-05-27')).toEqual({ first: '2024-05-27', last: '2024-05-27' });
    expect(dayRange('May 2024')).toBeUndefined();
  });
});
