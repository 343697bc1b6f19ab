import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { configSchema } from './schema.js';

/** One schema violation, in words a config author can act on (Japanese / English). */
export interface ConfigProblem {
  /** JSON pointer of the offending value (or of the unknown key). */
  pointer: string;
  /** True when the pointer names a key that should not be there (point at the key, not the value). */
  atKey: boolean;
  message: string;
}

let validator: ValidateFunction | undefined;

function compile(): ValidateFunction {
  // verbose: errors carry their parentSchema, for the known keys of an object ("did you mean").
  validator ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(configSchema);
  return validator;
}

/**
 * The definition an error comes from, by the identity of its schema node: ajv inlines small
 * `$ref`s, so the schema path (`#/then/maxItems`) does not always name the definition.
 */
function definitionOf(error: ErrorObject): string | undefined {
  for (const [name, definition] of Object.entries(configSchema.definitions)) {
    if (error.parentSchema === definition || error.parentSchema === (definition as { then?: unknown }).then) return name;
  }
  return /^#\/definitions\/([^/]+)\//.exec(error.schemaPath)?.[1];
}

function got(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest known key to a misspelt one, when it is close enough to be a likely typo. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function describe(error: ErrorObject): ConfigProblem | undefined {
  const pointer = error.instancePath;
  const definition = definitionOf(error);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    // if/then/else report the branch's own errors as well: the summary adds nothing.
    case 'if':
      return undefined;
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
      const hint = closest(key, known);
      const hintJa = hint ? ` (「${hint}」の誤りではありませんか)` : '';
      const hintEn = hint ? ` (did you mean "${hint}"?)` : '';
      return {
        pointer: `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        atKey: true,
        message: `不明なキー「${key}」です${hintJa} / unknown key "${key}"${hintEn}`,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      if (definition === 'severity') {
        return {
          pointer,
          atKey: false,
          message: `重大度は ${allowed.join(' / ')} のいずれかです / severity must be one of ${allowed.join(', ')} (got ${got(error.data)})`,
        };
      }
      return { pointer, atKey: false, message: `値は ${allowed.join(' / ')} のいずれかです / must be one of ${allowed.join(', ')} (got ${got(error.data)})` };
    }
    case 'pattern':
      if (error.propertyName !== undefined) {
        const key = error.propertyName;
        const keyPointer = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        if (pointer === '/customRules') {
          return {
            pointer: keyPointer,
            atKey: true,
            message: `宣言的ルールのIDは「名前空間/ルール名」の形 (例 "house/contractor-clause"、小文字と - ) です / a declarative rule id is "<namespace>/<name>" (e.g. "house/contractor-clause", lower case and -), got "${key}"`,
          };
        }
        return { pointer: keyPointer, atKey: true, message: `キー「${key}」の形式が不正です / invalid key "${key}"` };
      }
      if (definition === 'date') {
        return { pointer, atKey: false, message: `日付は YYYY-MM-DD 形式です / a date must be YYYY-MM-DD (got ${got(error.data)})` };
      }
      return { pointer, atKey: false, message: `形式が違います / does not match ${String(params.pattern)} (got ${got(error.data)})` };
    case 'type': {
      const names: Record<string, string> = { string: '文字列', array: '配列', object: 'オブジェクト', boolean: '真偽値', number: '数値', integer: '整数', null: 'null' };
      const types = String(params.type).split(',');
      return {
        pointer,
        atKey: false,
        message: `${types.map((t) => names[t] ?? t).join('か')}でなければなりません / must be ${types.map((t) => (t === 'array' || t === 'object' ? `an ${t}` : `a ${t}`)).join(' or ')} (got ${got(error.data)})`,
      };
    }
    case 'required':
      return { pointer, atKey: false, message: `キー「${String(params.missingProperty)}」が必要です / "${String(params.missingProperty)}" is required` };
    case 'minItems':
      return { pointer, atKey: false, message: `要素が ${String(params.limit)} 個以上必要です / must have at least ${String(params.limit)} item(s)` };
    case 'maxItems':
      if (definition === 'severityOnlyEntry') {
        return { pointer, atKey: false, message: 'fieldOverrides では重大度だけを指定します (オプションは指定できません) / fieldOverrides take a severity only, not options' };
      }
      return { pointer, atKey: false, message: `要素は ${String(params.limit)} 個までです / must have at most ${String(params.limit)} item(s)` };
    case 'minLength':
      return { pointer, atKey: false, message: '空文字列は使えません / must not be empty' };
    case 'uniqueItems':
      return { pointer, atKey: false, message: `要素が重複しています / items must be unique (items ${String(params.j)} and ${String(params.i)} are equal)` };
    case 'propertyNames':
      return undefined;
    default:
      return { pointer, atKey: false, message: `${error.message ?? '不正な値です'} / ${error.message ?? 'invalid value'}` };
  }
}

/** Validates a parsed config file against the config schema; an empty list means valid. */
export function validateConfigData(data: unknown): ConfigProblem[] {
  const validate = compile();
  if (validate(data)) return [];
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const error of validate.errors ?? []) {
    const problem = describe(error);
    if (!problem) continue;
    const key = `${problem.pointer}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  // propertyNames errors come with a generic twin only: keep one clear message for them.
  if (problems.length === 0) problems.push({ pointer: '', atKey: false, message: '設定が不正です / invalid config' });
  return problems;
}
