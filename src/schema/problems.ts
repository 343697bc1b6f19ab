/**
 * Schema problems in the form's words: an ajv error or an unknown key becomes a message that names
 * the field as the form prints it (「II 4. 委託事項2 ④再委託の有無」) and points at the offending value.
 */
import type { ErrorObject } from 'ajv';
import {
  boxListFor,
  enumFor,
  fieldLabel,
  fieldLabelOptions,
  getAtTokens,
  getFieldDef,
  matchOption,
  pointerToField,
  pointerToTokens,
  tokensToPointer,
} from '../model/index.js';
import type { FieldDef, Kind, UnknownKey } from '../model/index.js';
import { KIND_NAMES } from './assessment-schema.js';

export interface SchemaProblem {
  /** JSON pointer of the offending value (for a missing key: of the object that lacks it). */
  pointer: string;
  /** The field (instance id, or box reference for a box) the pointer is in. */
  fieldId?: string;
  /** The ajv keyword (`type`, `enum`, `pattern`, …) or `unknownField` / `fieldNotInKind` / `unknownBox`. */
  keyword: string;
  severity: 'error' | 'info';
  message: { ja: string; en: string };
}

type Text = { ja: string; en: string };

/** Labels need a kind; a document whose kind is unreadable is labelled with juten's numbers. */
const FALLBACK_KIND: Kind = 'juten';

const EXPECTED: Record<FieldDef['type'], Text> = {
  const: { ja: '文字列または null', en: 'a string or null' },
  text: { ja: '文字列または null', en: 'a string or null' },
  'text[]': { ja: '文字列の配列または null', en: 'an array of strings or null' },
  choice: {
    ja: '選択肢のオブジェクト {"value": 選択肢の名前, "raw": 記載どおりの文字列} または null',
    en: 'a choice object {"value": option name, "raw": printed text} or null',
  },
  checks: {
    ja: 'チェック欄のオブジェクト {"欄の名前": {"checked": true | false | null}} または null',
    en: 'a checkbox object {"box": {"checked": true | false | null}} or null',
  },
  check: { ja: 'true、false または null', en: 'true, false or null' },
  count: { ja: '0 以上の整数または null', en: 'an integer ≥ 0 or null' },
  date: {
    ja: '日付のオブジェクト {"raw": 記載どおりの日付, "iso": "YYYY-MM-DD"} または null',
    en: 'a date object {"raw": printed date, "iso": "YYYY-MM-DD"} or null',
  },
  group: { ja: 'オブジェクト', en: 'an object' },
};

const JSON_TYPES: Record<string, Text> = {
  string: { ja: '文字列', en: 'a string' },
  null: { ja: 'null', en: 'null' },
  object: { ja: 'オブジェクト', en: 'an object' },
  array: { ja: '配列', en: 'an array' },
  true: { ja: 'true', en: 'true' },
  false: { ja: 'false', en: 'false' },
  integer: { ja: '整数', en: 'an integer' },
  number: { ja: '数値', en: 'a number' },
};

interface Located {
  pointer: string;
  fieldId?: string;
  def?: FieldDef;
  box?: string;
  rest: string[];
  label: Text;
  value: unknown;
}

function show(value: unknown): string {
  if (value === undefined) return 'なし';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function showEn(value: unknown): string {
  return value === undefined ? 'nothing' : show(value);
}

/** The label of a container pointer (`/II[1]/4` → `II 4. 特定個人情報ファイルの取扱いの委託`). */
function containerLabel(pointer: string, kind: Kind): Text {
  const tokens = pointerToTokens(pointer);
  if (tokens.length === 0) return { ja: '文書の最上位', en: 'the document root' };
  const id = tokens.join('.');
  const ja = fieldLabel(id, kind);
  return ja === id ? { ja: pointer, en: pointer } : { ja, en: fieldLabel(id, kind, 'en') };
}

function locate(pointer: string, document: unknown, kind: Kind): Located {
  const value = getAtTokens(document, pointerToTokens(pointer));
  const field = pointerToField(pointer);
  if (!field) return { pointer, rest: [], label: containerLabel(pointer, kind), value };
  const def = getFieldDef(field.fieldId);
  const target = field.box !== undefined ? `${field.fieldId}#${field.box}` : field.fieldId;
  // Several files: the label names the file (`[税ファイル] II 4. …`).
  const options = fieldLabelOptions(document);
  return {
    pointer,
    fieldId: target,
    ...(def ? { def } : {}),
    ...(field.box !== undefined ? { box: field.box } : {}),
    rest: field.rest,
    label: { ja: fieldLabel(target, kind, 'ja', options), en: fieldLabel(target, kind, 'en', options) },
    value,
  };
}

/** 「label」の値 / 「label」の raw (with a space before the particle that follows an ASCII key). */
function subject(at: Located): Text {
  if (at.rest.length === 0) return { ja: `「${at.label.ja}」の値`, en: at.label.en };
  const part = at.rest.join('.');
  return { ja: `「${at.label.ja}」の ${part} `, en: `${at.label.en} (${part})` };
}

/** Japanese puts a space between ASCII text and the kana around it: `は true … null にして`. */
function spaced(text: string): string {
  const before = /^[A-Za-z0-9"{[]/.test(text) ? ' ' : '';
  const after = /[A-Za-z0-9"}\]]$/.test(text) ? ' ' : '';
  return `${before}${text}${after}`;
}

/** `a、b または c` / `a, b or c`. */
function listOf(words: Text[]): Text {
  const join = (items: string[], last: string, sep: string) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(sep)}${last}${items[items.length - 1]}`;
  return {
    ja: join(words.map((w) => w.ja), ' または ', '、'),
    en: join(words.map((w) => w.en), ' or ', ', '),
  };
}

function problem(at: Located, keyword: string, message: Text, severity: 'error' | 'info' = 'error'): SchemaProblem {
  return { pointer: at.pointer, ...(at.fieldId ? { fieldId: at.fieldId } : {}), keyword, severity, message };
}

/** One ajv error as a problem; `undefined` for errors that only repeat another (`if`). */
export function ajvErrorToProblem(error: ErrorObject, document: unknown, kind: Kind | undefined): SchemaProblem | undefined {
  const labelKind = kind ?? FALLBACK_KIND;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
      return undefined;
    case 'type':
      return typeProblem(locate(error.instancePath, document, labelKind), params);
    case 'enum':
      return enumProblem(locate(error.instancePath, document, labelKind), params, labelKind);
    case 'const':
      return constProblem(locate(error.instancePath, document, labelKind), labelKind);
    case 'pattern': {
      const at = locate(error.instancePath, document, labelKind);
      const s = subject(at);
      if (at.rest[0] === 'iso') {
        return problem(at, 'pattern', {
          ja: `${s.ja}は YYYY-MM-DD (年月のみなら YYYY-MM) の形にしてください（現在: ${show(at.value)}）。`,
          en: `${s.en}: use YYYY-MM-DD (YYYY-MM for a year-month value), found ${showEn(at.value)}.`,
        });
      }
      return problem(at, 'pattern', {
        ja: `${s.ja}が形式 ${String(params.pattern)} に合いません（現在: ${show(at.value)}）。`,
        en: `${s.en} does not match ${String(params.pattern)}: ${showEn(at.value)}.`,
      });
    }
    case 'required':
      return requiredProblem(locate(error.instancePath, document, labelKind), String(params.missingProperty));
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const at = locate(tokensToPointer([...pointerToTokens(error.instancePath), extra]), document, labelKind);
      const allowed = allowedKeys(at);
      const owner = at.rest.length > 1 ? `「${at.label.ja}」の ${at.rest.slice(0, -1).join('.')} ` : `「${at.label.ja}」`;
      return problem(at, 'additionalProperties', {
        ja: `${owner}に使えないキー "${extra}" があります${allowed ? `（使えるキー: ${allowed}）` : ''}。`,
        en: `${at.label.en}: unexpected key "${extra}"${allowed ? ` (allowed: ${allowed})` : ''}.`,
      });
    }
    case 'minimum': {
      const at = locate(error.instancePath, document, labelKind);
      const s = subject(at);
      return problem(at, 'minimum', {
        ja: `${s.ja}は ${String(params.limit)} 以上にしてください（現在: ${show(at.value)}）。`,
        en: `${s.en}: must be at least ${String(params.limit)}, found ${showEn(at.value)}.`,
      });
    }
    default: {
      const at = locate(error.instancePath, document, labelKind);
      return problem(at, error.keyword, {
        ja: `「${at.label.ja}」が JSON Schema の ${error.keyword} に違反しています: ${error.message ?? ''}`,
        en: `${at.label.en}: ${error.message ?? error.keyword}.`,
      });
    }
  }
}

function typeProblem(at: Located, params: Record<string, unknown>): SchemaProblem {
  let expected: Text;
  if (at.def && at.rest.length === 0 && at.box === undefined) expected = EXPECTED[at.def.type];
  else if (at.box !== undefined && at.rest.length === 0) {
    expected = { ja: '{"checked": true | false | null} の形のオブジェクト', en: 'an object {"checked": true | false | null}' };
  } else {
    const types = (Array.isArray(params.type) ? (params.type as string[]) : String(params.type).split(','))
      // `true or false` reads better spelt out when null is also allowed.
      .flatMap((t) => (t === 'boolean' ? ['true', 'false'] : [t]));
    expected = listOf(types.map((t) => JSON_TYPES[t] ?? { ja: t, en: t }));
  }
  const s = subject(at);
  return problem(at, 'type', {
    ja: `${s.ja}は${spaced(expected.ja)}にしてください（現在: ${show(at.value)}）。`,
    en: `${s.en}: expected ${expected.en}, found ${showEn(at.value)}.`,
  });
}

function enumProblem(at: Located, params: Record<string, unknown>, kind: Kind): SchemaProblem {
  const allowed = (Array.isArray(params.allowedValues) ? params.allowedValues : []).filter((v) => v !== null).map(String);
  if (at.fieldId === 'meta.kind') {
    return problem(at, 'enum', {
      ja: `「評価書の種類」(meta.kind) は ${allowed.join(', ')} のいずれかにしてください（現在: ${show(at.value)}）。`,
      en: `Kind of assessment (meta.kind) must be one of ${allowed.join(', ')}, found ${showEn(at.value)}.`,
    });
  }
  const hint = at.def && at.rest[0] === 'value' ? optionHint(at.def, at.value, kind) : undefined;
  const s = subject({ ...at, rest: [] });
  return problem(at, 'enum', {
    ja: `${s.ja}は選択肢の名前 (${allowed.join(', ')}) のいずれかにしてください（現在: ${show(at.value)}）。${hint?.ja ?? ''}`,
    en: `${s.en}: the value must be an option name (${allowed.join(', ')}), found ${showEn(at.value)}.${hint ? ` ${hint.en}` : ''}`,
  });
}

/** Why a wrong option name is wrong, when we can tell: printed text instead of a name, or another kind's option. */
function optionHint(def: FieldDef, value: unknown, kind: Kind): Text | undefined {
  const enumDef = enumFor(def, kind);
  if (!enumDef || typeof value !== 'string') return undefined;
  const byText = matchOption(enumDef, value, kind);
  if (byText) {
    return {
      ja: `「${byText.text}」の名前は ${byText.name} です（記載は raw に書きます）。`,
      en: `"${byText.text}" is the option ${byText.name} (the printed text goes in raw).`,
    };
  }
  const otherKind = enumDef.options.find((o) => o.name === value);
  if (otherKind) {
    return {
      ja: `「${otherKind.text}」(${otherKind.name}) は${KIND_NAMES[kind].ja}の様式の選択肢にありません。`,
      en: `"${otherKind.text}" (${otherKind.name}) is not an option of the ${KIND_NAMES[kind].en} form.`,
    };
  }
  return undefined;
}

function constProblem(at: Located, kind: Kind): SchemaProblem {
  if (at.fieldId === 'meta.kind') {
    return problem(at, 'const', {
      ja: `「評価書の種類」(meta.kind) が ${show(at.value)} ですが、${KIND_NAMES[kind].ja}の様式で検査しています（"${kind}" にしてください）。`,
      en: `Kind of assessment (meta.kind) is ${showEn(at.value)}, but the document is checked as a ${KIND_NAMES[kind].en} ("${kind}").`,
    });
  }
  return problem(at, 'const', {
    ja: `「${at.label.ja}」の値が違います（現在: ${show(at.value)}）。`,
    en: `${at.label.en}: unexpected value ${showEn(at.value)}.`,
  });
}

function requiredProblem(at: Located, missing: string): SchemaProblem {
  if (at.pointer === '' || at.pointer === '/meta') {
    return problem(at, 'required', {
      ja: '「評価書の種類」(meta.kind) がありません。"meta": {"kind": "juten"} のように様式を書いてください。',
      en: 'Kind of assessment (meta.kind) is missing: write the form, e.g. "meta": {"kind": "juten"}.',
    });
  }
  const hints: Record<string, Text> = {
    iso: { ja: '読めない日付は "iso": null にします。', en: 'Use "iso": null for an unreadable date.' },
    value: { ja: '選択のない場合は "value": null にします。', en: 'Use "value": null when no option is selected.' },
    checked: { ja: '状態が読めない欄は "checked": null にします。', en: 'Use "checked": null when the state is unreadable.' },
  };
  const hint = hints[missing];
  const where = at.rest.length > 0 ? `「${at.label.ja}」の ${at.rest.join('.')} ` : `「${at.label.ja}」`;
  return problem(at, 'required', {
    ja: `${where}に "${missing}" がありません。${hint?.ja ?? ''}`,
    en: `${at.label.en}: "${missing}" is missing.${hint ? ` ${hint.en}` : ''}`,
  });
}

function allowedKeys(at: Located): string | undefined {
  if (!at.def) return undefined;
  if (at.box !== undefined) {
    const box = boxListFor(at.def)?.boxes.find((b) => b.name === at.box);
    return box?.hasText ? 'checked, text' : 'checked';
  }
  if (at.def.type === 'choice') return 'value, raw';
  if (at.def.type === 'date') return 'raw, iso';
  return undefined;
}

/** An unknown key as an info problem: kept in the document, not checked (catalogue §9). */
export function unknownKeyToProblem(unknown: UnknownKey, kind: Kind | undefined): SchemaProblem {
  const labelKind = kind ?? FALLBACK_KIND;
  const base = { pointer: unknown.pointer, keyword: unknown.reason, severity: 'info' as const };
  if (unknown.reason === 'fieldNotInKind' && unknown.fieldId && kind) {
    const label = { ja: fieldLabel(unknown.fieldId, kind), en: fieldLabel(unknown.fieldId, kind, 'en') };
    const kinds = unknown.kinds ?? [];
    return {
      ...base,
      fieldId: unknown.fieldId,
      message: {
        ja: `「${label.ja}」は${KIND_NAMES[kind].ja}の様式にない項目です（${kinds.map((k) => KIND_NAMES[k].ja).join('・')}の項目）。内容は残しますが、検査しません。`,
        en: `${label.en} is not an item of the ${KIND_NAMES[kind].en} form (it belongs to: ${kinds.map((k) => KIND_NAMES[k].en).join(', ')}); kept, not checked.`,
      },
    };
  }
  if (unknown.reason === 'unknownBox' && unknown.fieldId) {
    const def = getFieldDef(unknown.fieldId);
    const boxes = def ? (boxListFor(def)?.boxes.map((b) => b.name) ?? []) : [];
    const label = { ja: fieldLabel(unknown.fieldId, labelKind), en: fieldLabel(unknown.fieldId, labelKind, 'en') };
    return {
      ...base,
      fieldId: unknown.fieldId,
      message: {
        ja: `「${label.ja}」に様式にない欄 "${unknown.key}" があります（欄の名前: ${boxes.join(', ')}）。内容は残しますが、検査しません。`,
        en: `${label.en}: "${unknown.key}" is not a box of the form (boxes: ${boxes.join(', ')}); kept, not checked.`,
      },
    };
  }
  const parent = containerLabel(tokensToPointer(pointerToTokens(unknown.pointer).slice(0, -1)), labelKind);
  return {
    ...base,
    message: {
      ja: `「${parent.ja}」の "${unknown.key}" は様式にない項目です。内容は残しますが、検査しません。`,
      en: `"${unknown.key}" in ${parent.en} is not an item of the form; kept, not checked.`,
    },
  };
}
