import { parseTree, printParseErrorCode, visit, modify, type Node, type ParseError } from 'jsonc-parser';
import type { Assessment } from '../model/values.js';
import { isKind } from '../model/kinds.js';
import { fieldIdToPointer, pointerToTokens } from '../model/field-id.js';
import type { LintMessage } from '../engine/types.js';
import { LineIndex } from './line-index.js';
import { stringContentOffsets } from './json-string.js';
import type { DecodedText, OffsetRange, SourceComment, SourceDocument } from './types.js';

const SCHEMA_URL = /(?:^|\/)(?:assessment|kiso|juten|zenko)\.schema\.json$|pialint/;

/** Whether parsed JSON declares itself an assessment: a `meta.kind` or the pialint schema. */
export function declaresAssessment(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const meta = record.meta as Record<string, unknown> | undefined;
  if (meta && typeof meta === 'object' && isKind(meta.kind)) return true;
  return typeof record.$schema === 'string' && SCHEMA_URL.test(record.$schema);
}

function toTokens(target: string): string[] {
  return target.startsWith('/') || target === '' ? pointerToTokens(target) : pointerToTokens(fieldIdToPointer(target));
}

function childAt(node: Node, token: string): Node | undefined {
  if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && key.value === token) return value;
    }
    return undefined;
  }
  if (node.type === 'array' && /^\d+$/.test(token)) return node.children?.[Number(token)];
  return undefined;
}

function propertyKeyAt(node: Node, token: string): Node | undefined {
  if (node.type !== 'object') return undefined;
  for (const property of node.children ?? []) {
    const key = property.children?.[0];
    if (key && key.value === token) return key;
  }
  return undefined;
}

/** What each jsonc-parser error means for someone editing an assessment, and what to do about it. */
const PARSE_ERROR_TEXT: Record<string, { ja: string; en: string }> = {
  InvalidSymbol: { ja: 'JSON として読めない文字があります。', en: 'a character that JSON does not allow here.' },
  InvalidNumberFormat: { ja: '数値の書き方が正しくありません。', en: 'the number is not written correctly.' },
  PropertyNameExpected: {
    ja: '項目名（"…"）が来るべき位置です。末尾のカンマを消すか、末尾のカンマを許す .jsonc にしてください。',
    en: 'a property name ("…") belongs here. Remove the trailing comma, or use .jsonc, which allows it.',
  },
  ValueExpected: {
    ja: '値が来るべき位置です。ファイルが途中で切れていないか、カンマの後に値が抜けていないか確認してください。',
    en: 'a value belongs here. Check that the file is not cut short and that no value is missing after a comma.',
  },
  ColonExpected: { ja: '項目名の後に「:」が必要です。', en: 'a ":" must follow the property name.' },
  CommaExpected: { ja: '前の項目との間に「,」が必要です。', en: 'a "," must separate this from the previous entry.' },
  CloseBraceExpected: {
    ja: 'オブジェクトが「}」で閉じていません。ファイルが途中で切れていないか確認してください。',
    en: 'the object is not closed with "}". Check that the file is not cut short.',
  },
  CloseBracketExpected: {
    ja: '配列が「]」で閉じていません。ファイルが途中で切れていないか確認してください。',
    en: 'the array is not closed with "]". Check that the file is not cut short.',
  },
  EndOfFileExpected: { ja: 'JSON の終わりの後に余分な文字があります。', en: 'extra text after the end of the JSON.' },
  InvalidCommentToken: { ja: 'コメントの書き方が正しくありません。', en: 'the comment is not written correctly.' },
  UnexpectedEndOfComment: { ja: 'コメント「/* … */」が閉じていません。', en: 'the comment "/* … */" is not closed.' },
  UnexpectedEndOfString: {
    ja: '文字列が「"」で閉じていません。ファイルが途中で切れていないか確認してください。',
    en: 'the string is not closed with ". Check that the file is not cut short.',
  },
  UnexpectedEndOfNumber: { ja: '数値が途中で終わっています。', en: 'the number ends too early.' },
  InvalidUnicode: { ja: '「\\u」の後の16進数が正しくありません。', en: 'the hex digits after "\\u" are not valid.' },
  InvalidEscapeCharacter: { ja: '「\\」の後の文字はエスケープとして使えません（「\\\\」と書いてください）。', en: 'this character cannot follow "\\" (write "\\\\" for a backslash).' },
  InvalidCharacter: {
    ja: '文字列の中に改行などの制御文字があります。改行は「\\n」と書いてください。',
    en: 'a control character (such as a line break) inside a string. Write a line break as "\\n".',
  },
};

function parseErrorMessage(error: ParseError): { ja: string; en: string } {
  const code = printParseErrorCode(error.error);
  const text = PARSE_ERROR_TEXT[code] ?? { ja: '構文が正しくありません。', en: 'the syntax is not valid.' };
  return { ja: `JSON の構文エラー: ${text.ja} (${code})`, en: `JSON syntax error: ${text.en} (${code})` };
}

/** NUL never occurs in a text file: such bytes are an image, an archive or a spreadsheet saved as .json. */
function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

export interface JsonSourceOptions {
  /** Allow trailing commas (`.jsonc`). Comments are always accepted: directives live in them. */
  jsonc: boolean;
  locale?: 'ja' | 'en';
}

/** A JSON/JSONC assessment read with jsonc-parser: every value keeps its exact range. */
export class JsonSource implements SourceDocument {
  readonly sourceKind = 'json' as const;
  readonly text: string;
  readonly encoding: DecodedText['encoding'];
  readonly bom: boolean;
  readonly assessment: Assessment | null;
  readonly parseMessages: LintMessage[] = [];
  readonly unknownFields: ReadonlySet<string> = new Set();
  readonly comments: SourceComment[] = [];
  /** Parsed and looks like an assessment (a directory walk skips other JSON). */
  readonly isAssessment: boolean;
  readonly lineIndex: LineIndex;
  private readonly root: Node | undefined;
  private readonly eol: string;

  constructor(readonly filePath: string, decoded: DecodedText, options: JsonSourceOptions) {
    this.text = decoded.text;
    this.encoding = decoded.encoding;
    this.bom = decoded.bom;
    this.lineIndex = new LineIndex(this.text);
    this.eol = this.text.includes('\r\n') ? '\r\n' : '\n';
    const locale = options.locale ?? 'ja';
    if (looksBinary(this.text)) {
      this.parseMessages.push({
        ruleId: null,
        severity: 2,
        fatal: true,
        message:
          locale === 'en'
            ? 'This is not a text file (it contains NUL bytes): give the assessment as JSON text (UTF-8, UTF-16 or Shift_JIS).'
            : 'このファイルはテキストファイルではありません（NUL 文字を含みます）。評価書を JSON のテキスト（UTF-8、UTF-16 または Shift_JIS）で指定してください。',
        line: 1,
        column: 1,
        fieldId: null,
      });
      this.root = undefined;
      this.assessment = null;
      this.isAssessment = false;
      return;
    }
    const errors: ParseError[] = [];
    this.root = parseTree(this.text, errors, {
      allowTrailingComma: options.jsonc,
      disallowComments: false,
      allowEmptyContent: false,
    });
    visit(this.text, {
      onComment: (offset, length) => {
        this.comments.push({ value: this.text.slice(offset, offset + length), range: { start: offset, end: offset + length } });
      },
    });
    // Like ESLint, a syntax error is fatal: report the first one at its position and run no rules.
    const first = errors[0];
    if (first) {
      const start = this.lineIndex.offsetToPosition(first.offset);
      const end = this.lineIndex.offsetToPosition(first.offset + Math.max(first.length, 0));
      const text = parseErrorMessage(first);
      this.parseMessages.push({
        ruleId: null,
        severity: 2,
        fatal: true,
        message: locale === 'en' ? text.en : text.ja,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        fieldId: null,
      });
      this.assessment = null;
      this.isAssessment = false;
      return;
    }
    const value = this.root ? (parseValue(this.root) as unknown) : undefined;
    this.isAssessment = declaresAssessment(value);
    this.assessment = this.isAssessment ? (value as Assessment) : null;
  }

  private nodeAt(target: string): Node | undefined {
    if (!this.root) return undefined;
    let node: Node | undefined = this.root;
    for (const token of toTokens(target)) {
      node = node ? childAt(node, token) : undefined;
      if (!node) return undefined;
    }
    return node;
  }

  locate(target: string): OffsetRange | undefined {
    const node = this.nodeAt(target);
    return node ? { start: node.offset, end: node.offset + node.length } : undefined;
  }

  /** The key of the target, or of its nearest ancestor that exists (for a missing field). */
  locateLabel(target: string): OffsetRange | undefined {
    if (!this.root) return undefined;
    const tokens = toTokens(target);
    let node: Node | undefined = this.root;
    let lastKey: Node | undefined;
    for (const token of tokens) {
      if (!node) break;
      const key = propertyKeyAt(node, token);
      if (key) lastKey = key;
      node = childAt(node, token);
      if (!node) break;
    }
    if (lastKey) return { start: lastKey.offset, end: lastKey.offset + lastKey.length };
    return { start: this.root.offset, end: this.root.offset + 1 };
  }

  locateInString(target: string, start: number, end: number): OffsetRange | undefined {
    let node = this.nodeAt(target);
    // A choice or a date: edits apply to its printed `raw` text.
    if (node && node.type === 'object') node = childAt(node, 'raw');
    if (!node || node.type !== 'string') return undefined;
    const literal = this.text.slice(node.offset, node.offset + node.length);
    const offsets = stringContentOffsets(literal);
    if (!offsets || start < 0 || end > offsets.length - 1 || start > end) return undefined;
    return { start: node.offset + offsets[start]!, end: node.offset + offsets[end]! };
  }

  editValue(target: string, value: unknown): { range: [number, number]; text: string } | undefined {
    const tokens = toTokens(target);
    const edits = modify(this.text, tokens, value, {
      formattingOptions: { insertSpaces: true, tabSize: 2, eol: this.eol },
    });
    if (edits.length === 0) return undefined;
    const start = Math.min(...edits.map((e) => e.offset));
    const end = Math.max(...edits.map((e) => e.offset + e.length));
    // Merge into one edit over [start, end): apply the edits to that slice, last first.
    let slice = this.text.slice(start, end);
    for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
      const from = edit.offset - start;
      slice = slice.slice(0, from) + edit.content + slice.slice(from + edit.length);
    }
    return { range: [start, end], text: slice };
  }
}

/** jsonc-parser's getNodeValue, but keeping own-property semantics for keys like `__proto__`. */
function parseValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) out[String(key.value)] = parseValue(value);
      }
      return Object.setPrototypeOf(out, Object.prototype);
    }
    case 'array':
      return (node.children ?? []).map(parseValue);
    default:
      return node.value;
  }
}
