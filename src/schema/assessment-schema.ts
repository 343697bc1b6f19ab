/**
 * JSON Schemas (draft-07) for assessment documents, generated from the catalogue: one per kind and a
 * combined one that dispatches on `meta.kind` with if/then. Keys are the id segments; file blocks and
 * slots are `patternProperties` (`^II\[[1-9][0-9]*\]$`, `^item\[[1-9][0-9]*\]$`).
 *
 * Every field carries `title` (its label for the kind) and a description giving the type, the
 * options and the ※ mark, so that VS Code shows them on hover and completion; choices also offer one
 * `defaultSnippets` entry per option.
 *
 * Unknown keys are allowed: containers leave `additionalProperties` open, because a later form
 * revision may add items and the catalogue keeps unknown labels (§9). The validator reports them at
 * info level through a separate catalogue walk (findUnknownKeys), so the published schema never turns
 * them into editor errors. Value objects (`{value, raw}`, `{raw, iso}`, a box's `{checked, text}`)
 * are closed: an extra key there is a shape error, not a new form item.
 */
import {
  boxListFor,
  enumFor,
  fieldLabel,
  fieldsForKind,
  isImportant,
  labelFor,
  optionsForKind,
  KINDS,
} from '../model/index.js';
import type { FieldDef, Kind } from '../model/index.js';

/** A JSON Schema as plain JSON. */
export type JsonSchema = { [keyword: string]: unknown };

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** `YYYY-MM-DD`, or `YYYY-MM` for year-month values (catalogue §1.4). */
export const ISO_DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$';

/** Keywords VS Code reads that ajv must accept as annotations. */
export const EDITOR_KEYWORDS = ['markdownDescription', 'defaultSnippets', 'markdownEnumDescriptions', 'enumDescriptions'];

export const KIND_NAMES: Record<Kind, { ja: string; en: string }> = {
  kiso: { ja: '基礎項目評価書', en: 'basic items assessment' },
  juten: { ja: '重点項目評価書', en: 'focused items assessment' },
  zenko: { ja: '全項目評価書', en: 'all items assessment' },
};

const TYPE_TEXT: Record<FieldDef['type'], { ja: string; en: string }> = {
  const: { ja: '様式の定型文 (文字列または null)', en: 'fixed form text (string or null)' },
  text: { ja: '文字列 (記載なしは null、「—」等はそのまま)', en: 'string (null when empty; dashes kept)' },
  'text[]': { ja: '文字列の配列 (1 行 1 要素)', en: 'array of strings (one per line)' },
  choice: { ja: '選択 {"value": 選択肢の名前, "raw": 記載どおりの文字列}', en: 'choice {"value": option name, "raw": printed text}' },
  checks: { ja: 'チェック欄 {"欄の名前": {"checked": true | false | null, "text"?: 括弧内の記載}}', en: 'checkboxes {"box": {"checked": true | false | null, "text"?: parenthesis}}' },
  check: { ja: 'チェック欄 1 つ (true / false / null)', en: 'one checkbox (true / false / null)' },
  count: { ja: '件数 (0 以上の整数または null)', en: 'count (integer ≥ 0 or null)' },
  date: { ja: '日付 {"raw": 記載どおり, "iso": "YYYY-MM-DD" | "YYYY-MM" | null}', en: 'date {"raw": as printed, "iso": "YYYY-MM-DD" | "YYYY-MM" | null}' },
  group: { ja: '繰り返し欄', en: 'repeated slot' },
};

/** One node of the key tree: a JSON object key (segment template) with its children or field. */
interface KeyNode {
  template: string;
  children: Map<string, KeyNode>;
  def?: FieldDef;
}

/**
 * The schema for one kind, or with no kind the combined schema that applies the kind's schema
 * according to `meta.kind`.
 */
export function buildAssessmentSchema(kind?: Kind): JsonSchema {
  if (kind !== undefined) return { $schema: DRAFT_07, ...kindBody(kind) };
  const definitions: Record<string, JsonSchema> = {};
  for (const k of KINDS) definitions[k] = kindBody(k);
  return {
    $schema: DRAFT_07,
    ...buildEnvelopeSchema(),
    allOf: KINDS.map((k) => ({
      if: {
        type: 'object',
        required: ['meta'],
        properties: { meta: { type: 'object', required: ['kind'], properties: { kind: { const: k } } } },
      },
      then: { $ref: `#/definitions/${k}` },
    })),
    definitions,
  };
}

/** What every assessment needs whatever its kind: `meta.kind`, one of the three kinds. */
export function buildEnvelopeSchema(): JsonSchema {
  return {
    title: '特定個人情報保護評価書',
    description:
      '特定個人情報保護評価書 (基礎項目・重点項目・全項目) を項目 id のキーで書いた JSON。meta.kind で様式を選びます。\n' +
      'A privacy impact assessment under the My Number Act, keyed by canonical field ids; meta.kind selects the form.',
    type: 'object',
    required: ['meta'],
    properties: {
      meta: {
        type: 'object',
        required: ['kind'],
        properties: { kind: kindProperty(undefined) },
      },
    },
  };
}

function kindProperty(kind: Kind | undefined): JsonSchema {
  const kinds = kind === undefined ? KINDS : [kind];
  return {
    title: '評価書の種類',
    description: `評価書の様式: ${kinds.map((k) => `${k} = ${KIND_NAMES[k].ja}`).join(', ')}\nThe form of the assessment.`,
    type: 'string',
    enum: [...kinds],
    enumDescriptions: kinds.map((k) => KIND_NAMES[k].ja),
  };
}

function kindBody(kind: Kind): JsonSchema {
  const root = buildTree(kind);
  const body = containerSchema(root, kind);
  const properties = (body.properties ?? {}) as Record<string, JsonSchema>;
  const meta = (properties.meta ?? { type: 'object', properties: {} }) as JsonSchema;
  properties.meta = {
    ...meta,
    required: ['kind'],
    properties: { ...(meta.properties as object), kind: kindProperty(kind) },
  };
  return {
    title: `特定個人情報保護評価書 (${KIND_NAMES[kind].ja})`,
    description: `${KIND_NAMES[kind].ja}の項目を項目 id のキーで書いた JSON。\nA ${KIND_NAMES[kind].en}, keyed by canonical field ids.`,
    type: 'object',
    required: ['meta'],
    properties: {
      $schema: { type: 'string', description: 'この文書の JSON Schema。\nThe JSON Schema of this document.' },
      ...properties,
      unknownFields: {
        type: 'array',
        description:
          '取込み時に様式のどの項目にも当てはまらなかった記載 (取込みツールが書き、検査はしません)。\n' +
          'Printed items an importer could not map to a field (kept, not checked).',
      },
    },
    ...(body.patternProperties ? { patternProperties: body.patternProperties } : {}),
  };
}

function buildTree(kind: Kind): KeyNode {
  const root: KeyNode = { template: '', children: new Map() };
  for (const def of fieldsForKind(kind)) {
    let node = root;
    const segments = def.id.split('.');
    segments.forEach((segment, i) => {
      let child = node.children.get(segment);
      if (!child) {
        child = { template: segments.slice(0, i + 1).join('.'), children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    });
    node.def = def;
  }
  return root;
}

/** `item[n]` → the key pattern of its concrete instances; plain segments are plain keys. */
function keyPattern(segment: string): string | undefined {
  const m = /^([A-Za-z][A-Za-z0-9]*)\[(f|n)\]$/.exec(segment);
  return m ? `^${m[1]}\\[[1-9][0-9]*\\]$` : undefined;
}

function containerSchema(node: KeyNode, kind: Kind): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const patternProperties: Record<string, JsonSchema> = {};
  for (const [segment, child] of node.children) {
    const schema = child.def && child.def.type !== 'group' ? fieldSchema(child.def, kind) : containerSchema(child, kind);
    const pattern = keyPattern(segment);
    if (pattern) patternProperties[pattern] = schema;
    else properties[segment] = schema;
  }
  const schema: JsonSchema = { type: 'object' };
  if (node.template !== '') {
    const title = fieldLabel(node.template, kind);
    if (title !== node.template) schema.title = title;
    const en = fieldLabel(node.template, kind, 'en');
    schema.description = `${title}\n${en}${node.def ? `\nid: ${node.def.id}` : ''}`;
  }
  if (Object.keys(properties).length > 0) schema.properties = properties;
  if (Object.keys(patternProperties).length > 0) schema.patternProperties = patternProperties;
  return schema;
}

function fieldSchema(def: FieldDef, kind: Kind): JsonSchema {
  const value = valueSchema(def, kind);
  const doc = describe(def, kind);
  return { title: fieldLabel(def.id, kind), ...doc, ...value };
}

function valueSchema(def: FieldDef, kind: Kind): JsonSchema {
  switch (def.type) {
    case 'const':
      return { type: ['string', 'array', 'null'], items: { type: 'string' } };
    case 'text':
      return { type: ['string', 'null'] };
    case 'text[]':
      return { type: ['array', 'null'], items: { type: 'string' } };
    case 'check':
      return { type: ['boolean', 'null'] };
    case 'count':
      return { type: ['integer', 'null'], minimum: 0 };
    case 'date':
      return {
        type: ['object', 'null'],
        required: ['raw', 'iso'],
        properties: {
          raw: { type: 'string', description: '記載どおりの日付 (例: 令和6年2月5日)\nThe date as printed.' },
          iso: {
            type: ['string', 'null'],
            pattern: ISO_DATE_PATTERN,
            description: 'YYYY-MM-DD、年月のみなら YYYY-MM、読めなければ null\nYYYY-MM-DD, YYYY-MM for year-month values, null when unreadable.',
          },
        },
        additionalProperties: false,
        defaultSnippets: [{ label: '{raw, iso}', body: { raw: '$1', iso: '$2' } }],
      };
    case 'choice':
      return choiceSchema(def, kind);
    case 'checks':
      return checksSchema(def);
    case 'group':
      return { type: 'object' };
  }
}

function choiceSchema(def: FieldDef, kind: Kind): JsonSchema {
  const enumDef = enumFor(def, kind);
  const options = enumDef ? optionsForKind(enumDef, kind) : [];
  return {
    type: ['object', 'null'],
    required: ['value'],
    properties: {
      value: {
        description: `選択肢の名前 (${enumDef?.name ?? '?'})\nOption name.`,
        enum: [...options.map((o) => o.name), null],
        markdownEnumDescriptions: [...options.map((o) => o.text), '選択なし / none'],
      },
      raw: { type: ['string', 'null'], description: '記載どおりの文字列\nThe text as printed.' },
    },
    additionalProperties: false,
    defaultSnippets: options.map((o) => ({ label: o.text, description: o.name, body: { value: o.name, raw: o.text } })),
  };
}

function checksSchema(def: FieldDef): JsonSchema {
  const list = boxListFor(def);
  const properties: Record<string, JsonSchema> = {};
  for (const box of list?.boxes ?? []) {
    const boxProperties: Record<string, JsonSchema> = {
      checked: { type: ['boolean', 'null'], description: 'チェックの有無 (読めなければ null)\nChecked; null when unreadable.' },
    };
    if (box.hasText) boxProperties.text = { type: ['string', 'null'], description: '括弧内の記載\nThe text in the parenthesis.' };
    properties[box.name] = {
      title: box.label,
      description: `${box.label}${box.hasText ? ' ( )' : ''}${box.aliases ? ` (別表記: ${box.aliases.join(' / ')})` : ''}`,
      type: 'object',
      required: ['checked'],
      properties: boxProperties,
      additionalProperties: false,
      defaultSnippets: [{ label: box.label, body: { checked: '^${1|true,false,null|}' } }],
    };
  }
  return { type: ['object', 'null'], properties };
}

/** The hover text: label, type, options or boxes, marks, evidence status, id. */
function describe(def: FieldDef, kind: Kind): { description: string; markdownDescription: string } {
  const label = fieldLabel(def.id, kind);
  const en = fieldLabel(def.id, kind, 'en');
  const type = TYPE_TEXT[def.type];
  const lines: string[] = [];
  const md: string[] = [`**${label}**${isImportant(def.id, kind) ? ' ※' : ''}`, '', `_${en}_`, ''];
  lines.push(label, en, `型: ${type.ja} / ${type.en}`);
  md.push(`型: ${type.ja}  `, `Type: ${type.en}`);

  const enumDef = def.type === 'choice' && def.id !== 'meta.kind' ? enumFor(def, kind) : undefined;
  if (enumDef) {
    const options = optionsForKind(enumDef, kind);
    lines.push(`選択肢 (${enumDef.name}): ${options.map((o) => `${o.name} = ${o.text}`).join(' / ')}`);
    md.push('', `選択肢 / options (\`${enumDef.name}\`):`, ...options.map((o) => `- \`${o.name}\`: ${o.text}`));
  }
  const list = def.type === 'checks' ? boxListFor(def) : undefined;
  if (list) {
    lines.push(`欄 (${list.name}): ${list.boxes.map((b) => `${b.name} = ${b.label}${b.hasText ? ' ( )' : ''}`).join(' / ')}`);
    md.push('', `欄 / boxes (\`${list.name}\`):`, ...list.boxes.map((b) => `- \`${b.name}\`: ${b.label}${b.hasText ? ' ( )' : ''}`));
  }

  const marks: string[] = [];
  if (isImportant(def.id, kind)) {
    marks.push(
      def.important?.[kind] === 'mark'
        ? '※ 重要な変更の対象 (項目に ※) / subject to 重要な変更 (marked ※)'
        : '※ 重要な変更の対象 (※ の付いた節の中) / subject to 重要な変更 (inside a ※ section)',
    );
  }
  if (def.optional?.includes(kind)) marks.push('【任意】 / optional');
  if (def.governmentOnly) marks.push('【行政機関等のみ】 / government bodies only');
  if (def.status === 'form') marks.push('[form] 様式にあるが実例で未確認 / in the form, not seen in samples');
  if (def.status === 'unverified') marks.push('[unverified] 様式で要確認 / to be checked against the current form');
  const aliases = labelFor(def, kind).aliases;
  if (aliases?.length) marks.push(`別表記 / variants: ${aliases.join(' / ')}`);
  lines.push(...marks, `id: ${def.id}`);
  if (marks.length > 0) md.push('', ...marks.map((m) => `- ${m}`));
  md.push('', `id: \`${def.id}\``);
  return { description: lines.join('\n'), markdownDescription: md.join('\n') };
}
