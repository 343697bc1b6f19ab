import iconv from 'iconv-lite';
import { decodeBuffer, encodeText, canEncode } from '../../src/sources/encoding.js';

const sample = '{"meta":{"kind":"juten"},"I":{"6":{"dept":"架空市 市民部 国民健康保険課 ①"}}}\r\n';

describe('decodeBuffer', () => {
  test.each([
    ['utf8', false, Buffer.from(sample, 'utf8')],
    ['utf8', true, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')])],
    ['utf16le', true, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])],
    ['utf16be', true, Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, 'utf16-be')])],
    ['shift_jis', false, iconv.encode(sample, 'cp932')],
  ] as const)('%s (BOM %s) decodes to the same text, CRLF kept', (encoding, bom, bytes) => {
    const decoded = decodeBuffer(bytes);
    expect(decoded).toEqual({ text: sample, encoding, bom });
  });

  test.each(['utf8', 'utf16le', 'utf16be', 'shift_jis'] as const)('%s round-trips byte for byte through encodeText', (encoding) => {
    for (const bom of encoding === 'shift_jis' ? [false] : [false, true]) {
      const bytes = encodeText(sample, encoding, bom);
      const decoded = decodeBuffer(bytes);
      expect(decoded.text).toBe(sample);
      expect(Buffer.compare(encodeText(decoded.text, decoded.encoding, decoded.bom), bytes)).toBe(0);
    }
  });

  test('a fix that Shift_JIS cannot hold is detected', () => {
    expect(canEncode('令和元年', 'shift_jis')).toBe(true);
    expect(canEncode('𠮷', 'shift_jis')).toBe(false);
    expect(canEncode('𠮷', 'utf8')).toBe(true);
  });

  test('empty input is empty UTF-8', () => {
    expect(decodeBuffer(new Uint8Array())).toEqual({ text: '', encoding: 'utf8', bom: false });
  });
});
