import type { Formatter } from '../engine/types.js';
import { checkstyle } from './checkstyle.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** The built-in output formats, by the name `--format` takes. */
const FORMATTERS = {
  stylish,
  json,
  sarif,
  github,
  junit,
  checkstyle,
} as const satisfies Record<string, Formatter>;

export type FormatterName = keyof typeof FORMATTERS;

export const formatterNames: readonly FormatterName[] = Object.keys(FORMATTERS) as FormatterName[];

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(FORMATTERS, name);
}

/** The formatter for `name`, or undefined for an unknown name (`toString` is not a format). */
export function getFormatter(name: string): Formatter | undefined {
  return isFormatterName(name) ? FORMATTERS[name] : undefined;
}

export { checkstyle, github, json, junit, sarif, stylish };
export { toSarifLog } from './sarif.js';
export { stringWidth } from './string-width.js';
