import { readFileSync } from 'node:fs';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../sources/line-index.js';
import { ConfigError, type ConfigFileData, type ConfigLocation } from './types.js';
import { validateConfigData } from './validate-config.js';

/** A config file read and validated, able to say where a JSON pointer is in its text. */
export interface ConfigFile {
  file: string;
  data: ConfigFileData;
  /** The location of the value at `pointer` (or of its key), for error messages. */
  locate(pointer: string, atKey?: boolean): ConfigLocation;
}

function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function locator(text: string, root: Node | undefined): ConfigFile['locate'] {
  let lines: LineIndex | undefined;
  return (pointer, atKey = false) => {
    if (!root) return { pointer };
    let node = findNodeAtLocation(root, pointerSegments(pointer));
    if (node && atKey && node.parent?.type === 'property') node = node.parent.children?.[0] ?? node;
    if (!node) return { pointer };
    lines ??= new LineIndex(text);
    const { line, column } = lines.offsetToPosition(node.offset);
    return { pointer, line, column };
  };
}

/** Builds a ConfigFile from already-read text (a file's content, or a built-in preset). */
export function parseConfigText(text: string, file: string): ConfigFile {
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false });
  const locate = locator(text.replace(/^\uFEFF/, ''), root);
  const syntax = errors[0];
  if (syntax) {
    const { line, column } = new LineIndex(text.replace(/^\uFEFF/, '')).offsetToPosition(syntax.offset);
    throw new ConfigError(`JSON の構文エラー / JSON syntax error (${printParseErrorCode(syntax.error)})`, file, { pointer: '', line, column });
  }
  const data = root ? (nodeValue(root) as unknown) : undefined;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError('設定はオブジェクトでなければなりません / config must be an object', file, locate(''));
  }
  // Problems in the order they appear in the file; the first one carries the location, the rest follow.
  const problems = validateConfigData(data)
    .map((problem) => ({ problem, location: locate(problem.pointer, problem.atKey) }))
    .sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
  const first = problems[0];
  if (first) {
    const rest = problems.slice(1).map(({ problem, location }) => `\n  ${location.line !== undefined ? `${location.line}:${location.column}: ` : ''}${problem.pointer || '/'}: ${problem.message}`);
    throw new ConfigError(first.problem.message + rest.join(''), file, first.location);
  }
  return { file, data: data as ConfigFileData, locate };
}

/** jsonc-parser's getNodeValue, inlined to keep `__proto__` keys from touching prototypes. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) Object.defineProperty(out, String(key.value), { value: nodeValue(value), enumerable: true, writable: true, configurable: true });
      }
      return { ...out };
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value as unknown;
  }
}

/** Reads a JSONC config file and validates it against the config schema; any problem is a ConfigError. */
export function readConfigFile(file: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`設定ファイルを読めません / cannot read config file (${(error as Error).message})`, file);
  }
  return parseConfigText(text, file);
}
