import { LineIndex } from '../../src/sources/line-index.js';

describe('LineIndex', () => {
  test('LF, CRLF and lone CR each end a line', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = new LineIndex(text);
    expect(index.lineCount).toBe(4);
    expect(index.offsetToPosition(text.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(index.offsetToPosition(text.indexOf('e'))).toEqual({ line: 3, column: 1 });
    expect(index.offsetToPosition(text.indexOf('h'))).toEqual({ line: 4, column: 2 });
  });

  test('columns count UTF-16 code units: a surrogate pair is two columns', () => {
    const text = '{"a": "𠮷野家", "b": 1}';
    const index = new LineIndex(text);
    expect(index.offsetToPosition(text.indexOf('野'))).toEqual({ line: 1, column: 10 });
    expect(index.offsetToPosition(text.indexOf('"b"'))).toEqual({ line: 1, column: 15 });
  });

  test('positionToOffset inverts offsetToPosition on every offset', () => {
    const text = '再委託\r\n許諾方法\n\n𠮷\rx';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = index.offsetToPosition(offset);
      const back = index.positionToOffset(position);
      // Offsets inside a CRLF pair map to the end of the line; everything else round-trips.
      if (!(text[offset - 1] === '\r' && text[offset] === '\n')) expect(back).toBe(offset);
    }
  });
});
