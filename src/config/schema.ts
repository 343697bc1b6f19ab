/**
 * The JSON Schema (draft-07) of `pialint.config.json` / `.pialintrc.json`. The loader validates
 * every config file against it before use, and the build writes it to
 * `dist/schemas/config.schema.json` so that `"$schema": "./node_modules/pialint/dist/schemas/config.schema.json"`
 * gives completion and hover in editors. Descriptions are Japanese, then English.
 *
 * Rule options are not described here: each rule's own `meta.schema` checks them once the rule is
 * known (load-config.ts), because the set of rules is open (plugins, the API).
 */

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
  },
  definitions: {
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
