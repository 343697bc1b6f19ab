import iconv from 'iconv-lite';
import type { DecodedText } from './types.js';

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, Shift_JIS/CP932.
 * Assessments written on Japanese Windows are often CP932; detection is by BOM, then by whether the
 * bytes are valid UTF-8 — a CP932 file with Japanese text is almost never valid UTF-8.
 */
export function decodeBuffer(buffer: Uint8Array): DecodedText {
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(buffer.subarray(3)), encoding: 'utf8', bom: true };
  }
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buffer.subarray(2)), encoding: 'utf16le', bom: true };
  }
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(buffer.subarray(2)), 'utf16-be'), encoding: 'utf16be', bom: true };
  }
  const utf16 = guessUtf16WithoutBom(buffer);
  if (utf16 === 'utf16le') return { text: new TextDecoder('utf-16le').decode(buffer), encoding: 'utf16le', bom: false };
  if (utf16 === 'utf16be') return { text: iconv.decode(Buffer.from(buffer), 'utf16-be'), encoding: 'utf16be', bom: false };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return { text, encoding: 'utf8', bom: false };
  } catch {
    // Not UTF-8: CP932 is the only other encoding Japanese public bodies use for these files.
    return { text: iconv.decode(Buffer.from(buffer), 'cp932'), encoding: 'shift_jis', bom: false };
  }
}

/**
 * UTF-16 saved without a BOM: JSON and markup are mostly ASCII, whose UTF-16 code units have a zero
 * byte on one side. UTF-8 and CP932 text never contains NUL bytes, so a NUL-heavy side is decisive.
 */
function guessUtf16WithoutBom(buffer: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  const length = Math.min(buffer.length, 4096) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (buffer[i] === 0) evenZeros++;
    if (buffer[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.2 && evenZeros < pairs * 0.05) return 'utf16le';
  if (evenZeros > pairs * 0.2 && oddZeros < pairs * 0.05) return 'utf16be';
  return undefined;
}

/** Encodes text back to the file's original encoding and BOM (used by --fix so a file keeps its bytes). */
export function encodeText(text: string, encoding: DecodedText['encoding'], bom: boolean): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), iconv.encode(text, 'utf16-be')]);
    case 'shift_jis':
      return iconv.encode(text, 'cp932');
  }
}

/** Whether a text survives a round trip through an encoding (a fix must not introduce unencodable characters). */
export function canEncode(text: string, encoding: DecodedText['encoding']): boolean {
  if (encoding !== 'shift_jis') return true;
  return iconv.decode(iconv.encode(text, 'cp932'), 'cp932') === text;
}
