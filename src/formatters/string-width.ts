/**
 * Terminal column widths, so that stylish's table lines up under Japanese text: East Asian Wide and
 * Fullwidth characters take two columns, combining marks and format characters none. Ambiguous-width
 * characters (①, ※, ○) count as one, as most terminals and the `string-width` package do.
 */

// eslint-disable-next-line no-control-regex -- matching the ESC of colour codes is the point
const ANSI_SGR = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_SGR, '');
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/** East Asian Wide (W) and Fullwidth (F) blocks; the same ranges as `is-fullwidth-code-point`. */
function isWide(codePoint: number): boolean {
  return (
    codePoint >= 0x1100 &&
    (codePoint <= 0x115f ||
      codePoint === 0x2329 ||
      codePoint === 0x232a ||
      (codePoint >= 0x2e80 && codePoint <= 0x3247 && codePoint !== 0x303f) ||
      (codePoint >= 0x3250 && codePoint <= 0x4dbf) ||
      (codePoint >= 0x4e00 && codePoint <= 0xa4c6) ||
      (codePoint >= 0xa960 && codePoint <= 0xa97c) ||
      (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
      (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
      (codePoint >= 0xfe10 && codePoint <= 0xfe19) ||
      (codePoint >= 0xfe30 && codePoint <= 0xfe6b) ||
      (codePoint >= 0xff01 && codePoint <= 0xff60) ||
      (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
      (codePoint >= 0x1b000 && codePoint <= 0x1b001) ||
      (codePoint >= 0x1f200 && codePoint <= 0x1f251) ||
      (codePoint >= 0x20000 && codePoint <= 0x3fffd))
  );
}

/** Display width of `text` in terminal columns (ANSI colour codes ignored). */
export function stringWidth(text: string): number {
  let width = 0;
  // for…of walks code points, so a surrogate pair (𠮷) is one character of width 2.
  for (const char of stripAnsi(text)) {
    if (ZERO_WIDTH.test(char)) continue;
    const codePoint = char.codePointAt(0) ?? 0;
    width += isWide(codePoint) || EMOJI.test(char) ? 2 : 1;
  }
  return width;
}

export function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

export function padStartToWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
}
