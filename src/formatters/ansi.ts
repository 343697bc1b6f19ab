/** The few SGR colours stylish uses, as plain escape codes (no colour library: it is six functions). */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`);
}

const COLORS: Palette = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  underline: sgr(4, 24),
};

const identity = (text: string): string => text;

const PLAIN: Palette = { red: identity, yellow: identity, cyan: identity, dim: identity, bold: identity, underline: identity };

export function palette(color: boolean): Palette {
  return color ? COLORS : PLAIN;
}
