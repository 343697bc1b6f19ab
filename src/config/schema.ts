/**
 * The JSON Schema (draft-07) of `pialint.config.json` / `.pialintrc.json`. The loader validates
 * every config file against it before use, and the build writes it to
 * `dist/schemas/config.schema.json` so that `"$schema": "./node_modules/pialint/dist/schemas/config.schema.json"`
 * gives completion and hover in editors. Descriptions are Japanese, then English.
 *
 * Rule options are not described here: each rule's own `meta.schema` checks them once the rule is
 * known (load-config.ts), because the set of rules is open (plugins, the API).
 */

import { RULE_CATEGORIES } from '../plugins/rule-meta-schema.js';

/** A declarative rule id: a namespace (maybe scoped), a slash, a rule name; built-in ids have no slash. */
export const CUSTOM_RULE_ID_PATTERN = '^(?:@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*/[a-z0-9]+(?:-[a-z0-9]+)*$';

const severity = {
  description: '重大度: off (無効) / info (情報) / warn (警告) / error (エラー)、または 0 / 1 / 2 (ESLint と同じ)。\nSeverity: off, info, warn, error, or 0 / 1 / 2 as in ESLint.',
  enum: ['off', 'info', 'warn', 'error', 0, 1, 2],
} as const;

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'pialint configuration',
  description:
    'pialint の設定ファイル (pialint.config.json / .pialintrc.json、コメント可)。検査するファイルから上のディレクトリへ探し、最も近いファイルだけが使われます。\n' +
    'pialint configuration file (pialint.config.json / .pialintrc.json, comments allowed). Looked up from each linted file upward; the nearest file wins.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { description: 'このスキーマの場所 / where this schema is', type: 'string' },
    $comment: { description: 'コメント (無視されます) / a comment (ignored)', type: 'string' },
    extends: {
      description:
        '継承する設定: 組み込みプリセット ("pialint:recommended", "pialint:strict") か、この設定ファイルからの相対パスの JSON ファイル。後に書いたものが優先されます。\n' +
        'Configs to extend: built-in presets ("pialint:recommended", "pialint:strict") or JSON files relative to this config file; later ones win.',
      $ref: '#/definitions/stringOrStrings',
    },
    rules: { $ref: '#/definitions/rules' },
    overrides: {
      description:
        'ファイルの glob (picomatch、設定ファイルのディレクトリからの相対パス) ごとの設定。後の要素が優先されます。\n' +
        'Settings for files matching globs (picomatch, relative to the config file’s directory); later entries win.',
      type: 'array',
      items: { $ref: '#/definitions/override' },
    },
    fieldOverrides: {
      description:
        '評価書の中の項目 (正規の項目ID のパターン、例 "II[*].5.provide[*]") に対する指摘の重大度。"off" でその項目への指摘を出しません。\n' +
        'Severities for messages about matching fields (canonical field-id patterns, e.g. "II[*].5.provide[*]"); "off" drops them.',
      type: 'array',
      items: { $ref: '#/definitions/fieldOverride' },
    },
    asOf: { $ref: '#/definitions/date' },
    locale: {
      description: 'メッセージの言語 / message language',
      enum: ['ja', 'en'],
    },
    settings: { $ref: '#/definitions/settings' },
    ignorePatterns: {
      description:
        '検査しないファイルの glob (設定ファイルのディレクトリからの相対パス)。ディレクトリを辿って見つけたファイルにだけ効き、コマンドラインで名指ししたファイルは検査されます。\n' +
        'Globs of files not to lint (relative to the config file’s directory); they skip files found by walking, not files named on the command line.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    reportUnusedDisableDirectives: { $ref: '#/definitions/unusedDirectives' },
    plugins: {
      description:
        'ルールを足すプラグイン: npm パッケージ名 ("pialint-plugin-foo"、"foo" は "pialint-plugin-foo" の略) か、この設定ファイルからの相対パス ("./rules/local.js")。ルールは「名前空間/ルールID」(例 "foo/rule-id") で指定します。プラグインはコードを実行するので、信頼できるものだけを書いてください。\n' +
        'Plugins that add rules: npm package names ("pialint-plugin-foo"; "foo" is short for it) or paths relative to this config file ("./rules/local.js"). Their rules are named "<namespace>/<rule-id>". Plugins run code: list only ones you trust.',
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', minLength: 1 },
    },
    customRules: {
      description:
        '宣言的なルール (コードを実行しません): ルールID ("名前空間/ルール名"、例 "house/contractor-clause") ごとに、対象の項目、条件、検査、メッセージ。定義した設定で既定の重大度で有効になり、rules で変更できます。\n' +
        'Declarative rules (no code runs): by rule id ("<namespace>/<name>", e.g. "house/contractor-clause"), the fields, an optional condition, the check and the message. On at their severity from the config that defines them; "rules" can change that.',
      type: 'object',
      propertyNames: { pattern: CUSTOM_RULE_ID_PATTERN },
      additionalProperties: { $ref: '#/definitions/declarativeRule' },
    },
  },
  definitions: {
    localizedText: {
      description: '日本語と英語の文、または両方に使う一つの文 / Japanese and English text, or one text for both',
      if: { type: 'object' },
      then: {
        type: 'object',
        required: ['ja', 'en'],
        additionalProperties: false,
        properties: { ja: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
      },
      else: { type: 'string', minLength: 1 },
    },
    scalar: { description: '文字列、数値、真偽値 / a string, number or boolean', type: ['string', 'number', 'boolean'] },
    regexFlags: { description: '正規表現のフラグ (i, m, s。u は常に付きます) / regex flags i, m, s (u is always on)', type: 'string', pattern: '^(?!.*(.).*\\1)[ims]*$' },
    fieldPattern: {
      description:
        '項目ID のパターン: "[*]" は任意の番号、"*" は1区切り内の任意の文字列、まとまり (例 "II[*].4.item[*]") や末尾の ".**" はその下のすべての項目。\n' +
        'A field-id pattern: "[*]" any slot, "*" any text within one segment; a container (e.g. "II[*].4.item[*]") or a trailing ".**" selects every field below it.',
      type: 'string',
      minLength: 1,
    },
    condition: {
      description:
        '条件: field (同じまとまりの兄弟項目名、例 "subcontract"、または [*] がこの項目の番号になる項目ID) と、検査一つ。\n' +
        'A condition: field (a sibling in the same slot, e.g. "subcontract", or a field id whose [*] take this field’s indexes) and one test.',
      type: 'object',
      required: ['field'],
      additionalProperties: false,
      properties: {
        field: { description: '条件に使う項目 / the field the condition reads', type: 'string', minLength: 1 },
        equals: {
          description: 'この値であること (選択肢は選択肢名か印字の文、日付は ISO か印字、チェックは true/false) / equals this (a choice’s option name or text, a date’s ISO or text, a box’s true/false)',
          $ref: '#/definitions/scalar',
        },
        notEquals: { description: 'この値でないこと / does not equal this', $ref: '#/definitions/scalar' },
        in: { description: 'このいずれかであること / is one of these', type: 'array', minItems: 1, items: { $ref: '#/definitions/scalar' } },
        notIn: { description: 'このいずれでもないこと / is none of these', type: 'array', minItems: 1, items: { $ref: '#/definitions/scalar' } },
        filled: { description: '記入があるか (空欄・「—」は記入なし) / whether it has content (blank and a dash do not)', type: 'boolean' },
        pattern: { description: '文がこの正規表現に一致すること / its text matches this regular expression', type: 'string', minLength: 1 },
        flags: { $ref: '#/definitions/regexFlags' },
      },
    },
    check: {
      description: '検査 (組み合わせ可。最初に失敗したものを報告) / the checks (may be combined; the first failing one is reported)',
      type: 'object',
      additionalProperties: false,
      properties: {
        required: { description: '記入が必要 (「—」も記入) / a value is required (a dash counts)', const: true },
        pattern: { description: 'この正規表現に一致すること / must match this regular expression', type: 'string', minLength: 1 },
        notPattern: { description: 'この正規表現に一致しないこと / must not match this regular expression', type: 'string', minLength: 1 },
        flags: { $ref: '#/definitions/regexFlags' },
        enum: { description: 'このいずれかであること / must be one of these', type: 'array', minItems: 1, items: { $ref: '#/definitions/scalar' } },
        minLength: { description: '最小の文字数 / at least this many characters', type: 'integer', minimum: 0 },
        maxLength: { description: '最大の文字数 / at most this many characters', type: 'integer', minimum: 0 },
        mustMention: {
          description: 'すべて含むべき語 (配列の中の配列はどれか一つ) / terms that must all appear (an inner array: any one of them)',
          type: 'array',
          minItems: 1,
          items: {
            if: { type: 'array' },
            then: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
            else: { type: 'string', minLength: 1 },
          },
        },
        equalsField: { description: 'この項目と同じであること / must equal this field', type: 'string', minLength: 1 },
      },
    },
    declarativeRule: {
      type: 'object',
      required: ['fields', 'check', 'message'],
      additionalProperties: false,
      properties: {
        description: { $ref: '#/definitions/localizedText' },
        fields: {
          description: '対象の項目 / the fields to check',
          if: { type: 'array' },
          then: { type: 'array', minItems: 1, items: { $ref: '#/definitions/fieldPattern' } },
          else: { $ref: '#/definitions/fieldPattern' },
        },
        kinds: { description: '対象の様式 / the forms it applies to', type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['kiso', 'juten', 'zenko'] } },
        when: {
          description: '条件 (配列はすべて満たすとき) / a condition (an array: all of them)',
          if: { type: 'array' },
          then: { type: 'array', minItems: 1, items: { $ref: '#/definitions/condition' } },
          else: { $ref: '#/definitions/condition' },
        },
        match: {
          description: 'each: 各項目が満たす (既定)。any: どれか一つが満たせばよい / each: every field must pass (default); any: one passing field is enough',
          enum: ['each', 'any'],
        },
        check: { $ref: '#/definitions/check' },
        message: {
          description: 'メッセージ。{{label}} {{value}} {{field}} {{expected}} {{missing}} が使えます / the message; {{label}} {{value}} {{field}} {{expected}} {{missing}} are filled in',
          $ref: '#/definitions/localizedText',
        },
        severity: { description: '既定の重大度 (既定 warn) / default severity (warn when absent)', enum: ['info', 'warn', 'error'] },
        category: { description: 'カテゴリ / category', enum: [...RULE_CATEGORIES] },
        docsUrl: { description: '説明ページの URL / the URL of its documentation', type: 'string', pattern: '^https?://' },
      },
    },
    severity,
    stringOrStrings: {
      description: '文字列か文字列の配列 / a string or an array of strings',
      type: ['string', 'array'],
      minLength: 1,
      minItems: 1,
      items: { type: 'string', minLength: 1 },
    },
    date: {
      description:
        '法令を判断する基準日 (YYYY-MM-DD)。評価書の公表日などより優先されます。\nThe as-of date the law is checked at (YYYY-MM-DD); overrides the date the document speaks at.',
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    },
    ruleEntry: {
      description:
        'ルールの設定: 重大度、または [重大度, オプション]。\nA rule setting: a severity, or [severity, options].',
      if: { type: 'array' },
      then: {
        type: 'array',
        minItems: 1,
        maxItems: 2,
        items: [{ $ref: '#/definitions/severity' }, { description: 'ルールのオプション / the rule’s options', type: 'object' }],
      },
      else: { $ref: '#/definitions/severity' },
    },
    rules: {
      description: 'ルールID ごとの重大度とオプション / severity and options by rule id',
      type: 'object',
      propertyNames: { minLength: 1 },
      additionalProperties: { $ref: '#/definitions/ruleEntry' },
    },
    severityOnlyEntry: {
      description: '重大度 (オプションは指定できません) / a severity (no options here)',
      if: { type: 'array' },
      then: { type: 'array', minItems: 1, maxItems: 1, items: [{ $ref: '#/definitions/severity' }] },
      else: { $ref: '#/definitions/severity' },
    },
    override: {
      type: 'object',
      required: ['files'],
      additionalProperties: false,
      properties: {
        files: { description: '対象のファイルの glob / globs of the files', $ref: '#/definitions/stringOrStrings' },
        excludedFiles: { description: '除外するファイルの glob / globs of files to leave out', $ref: '#/definitions/stringOrStrings' },
        rules: { $ref: '#/definitions/rules' },
        asOf: { $ref: '#/definitions/date' },
        settings: { $ref: '#/definitions/settings' },
        reportUnusedDisableDirectives: { $ref: '#/definitions/unusedDirectives' },
      },
    },
    fieldOverride: {
      type: 'object',
      required: ['fields', 'rules'],
      additionalProperties: false,
      properties: {
        fields: {
          description:
            '項目ID のパターン: "[*]" は任意の繰り返し番号、"*" は1区切り内の任意の文字列、末尾の ".**" や項目ID そのものはその下のすべての項目にも一致します。\n' +
            'Field-id patterns: "[*]" any repeat index, "*" any text within one segment; a pattern also matches everything below it.',
          $ref: '#/definitions/stringOrStrings',
        },
        rules: {
          description: 'ルールID ごとの重大度 / severity by rule id',
          type: 'object',
          propertyNames: { minLength: 1 },
          additionalProperties: { $ref: '#/definitions/severityOnlyEntry' },
        },
      },
    },
    unusedDirectives: {
      description:
        '何も抑止しなかった pialint-disable 系のディレクティブを報告する重大度 (true は "warn")。\n' +
        'Report pialint-disable directives that suppressed nothing, at this severity (true means "warn").',
      enum: ['off', 'warn', 'error', 0, 1, 2, true, false],
    },
    terminologyEntry: {
      description:
        '用語の表記: 使うべき表記と、指摘の対象にする言い換え・表記ゆれ。\nA term: the preferred wording and the variants to flag.',
      type: 'object',
      required: ['preferred', 'variants'],
      additionalProperties: false,
      properties: {
        preferred: { description: '使うべき表記 / the preferred wording', type: 'string', minLength: 1 },
        variants: {
          description: '指摘する表記 / the variants to flag',
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { type: 'string', minLength: 1 },
        },
      },
    },
    settings: {
      description: 'ルールが共有する設定 / settings shared by rules',
      type: 'object',
      properties: {
        terminology: {
          description:
            '用語辞書: 名前 (例: 使うべき表記) ごとの項目。extends した設定の項目と名前ごとに合わさり、null はその名前の項目を取り除きます。\n' +
            'The terminology dictionary: entries by name (the preferred wording, say). Merged by name with extended configs; null removes an entry.',
          type: 'object',
          propertyNames: { minLength: 1 },
          additionalProperties: {
            if: { type: 'null' },
            then: true,
            else: { $ref: '#/definitions/terminologyEntry' },
          },
        },
      },
    },
  },
} as const;

/** Top-level keys of a config file (for "did you mean" hints). */
export const CONFIG_KEYS: readonly string[] = Object.keys(configSchema.properties);
