import { padEndToWidth, padStartToWidth, stringWidth, stripAnsi } from '../../src/formatters/string-width.js';

describe('stringWidth', () => {
  test.each([
    ['', 0],
    ['abc', 3],
    ['エラー', 6],
    ['警告', 4],
    ['ｶﾀｶﾅ', 4], // half-width katakana: narrow
    ['ＡＢ１', 6], // full-width Latin and digits
    ['「」、。', 8],
    ['𠮷', 2], // a surrogate pair is one wide character, not two
    ['𠮷田', 4],
    ['①⑤※', 3], // East Asian Ambiguous: narrow, as most terminals draw them
    ['が', 2],
    ['か\u3099', 2], // combining voiced mark adds nothing
    ['e\u0301', 1],
    ['a\u200bb', 2], // zero-width space
    ['👍', 2],
    ['II 4. 委託事項2 ⑤再委託の許諾方法', 33],
  ])('%j is %i columns', (text, width) => {
    expect(stringWidth(text)).toBe(width);
  });

  test('ignores ANSI colour codes', () => {
    expect(stringWidth('\u001b[31mエラー\u001b[39m')).toBe(6);
    expect(stripAnsi('\u001b[2m\u001b[1mx\u001b[22m\u001b[22m')).toBe('x');
  });

  test('pads to a width in columns, not code units', () => {
    expect(padEndToWidth('警告', 6)).toBe('警告  ');
    expect(padEndToWidth('エラー', 6)).toBe('エラー');
    expect(padStartToWidth('𠮷', 4)).toBe('  𠮷');
    expect(padEndToWidth('toolong', 3)).toBe('toolong');
  });
});
