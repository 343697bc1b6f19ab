#!/usr/bin/env node
/**
 * Imports each rendering of ../shared/corpus with the built importer and writes docs/importing.md:
 * per document, how many catalogue fields of its kind were recovered, how many stayed unknown, how
 * many notes, and the main reasons for losses. Run after `npx tsc -p tsconfig.build.json`.
 *
 *   node scripts/importing-report.js [corpus-dir] [output.md]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '../shared/corpus'));
const outFile = path.resolve(process.argv[3] ?? path.join(repoRoot, 'docs/importing.md'));

const dist = path.join(repoRoot, 'dist/src');
if (!existsSync(path.join(dist, 'sources/rendering/index.js'))) {
  console.error('dist/ is missing: run `npx tsc -p tsconfig.build.json` first.');
  process.exit(2);
}
const { importRendering, listFields } = await import(pathToFileURL(path.join(dist, 'sources/rendering/index.js')).href);
const { fieldsForKind, toTemplateId } = await import(pathToFileURL(path.join(dist, 'model/index.js')).href);

/** Form fields a rendering prints as rows (annex rows, change-log rows and attachments are free-form). */
function formFields(kind) {
  return fieldsForKind(kind).filter(
    (d) =>
      d.type !== 'group' &&
      d.type !== 'const' &&
      d.id !== 'meta.kind' &&
      d.id !== 'cover.formVersion' &&
      !/^(annex\.(records|changes)|attachments)/.test(d.id),
  );
}

function hasContent(value) {
  if (value === null || value === undefined) return false;
  if (typeof value === 'object' && !Array.isArray(value) && 'value' in value) return value.value !== null;
  if (typeof value === 'object' && !Array.isArray(value) && !('raw' in value)) {
    return Object.values(value).some((box) => box && box.checked !== null);
  }
  return true;
}

function report(name, text) {
  const t0 = process.hrtime.bigint();
  const result = importRendering(text, { fileName: name });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kind = result.assessment.meta.kind;
  const templates = formFields(kind);
  const templateIds = new Set(templates.map((d) => d.id));
  const fields = listFields(result.assessment);
  const recoveredTemplates = new Set();
  let instances = 0;
  let withContent = 0;
  let changeRows = 0;
  for (const [id, value] of fields) {
    const template = toTemplateId(id);
    if (/^annex\.changes\[\d+\]\.timing$/.test(id)) changeRows++;
    if (!templateIds.has(template)) continue;
    instances++;
    if (hasContent(value)) withContent++;
    recoveredTemplates.add(template);
  }
  const unknownForm = [...result.unknownFields].filter((id) => templateIds.has(toTemplateId(id))).length;
  const byReason = new Map();
  for (const note of result.notes) {
    const entry = byReason.get(note.messageId) ?? { count: 0, severity: note.severity, example: note.message.ja };
    entry.count++;
    if (note.severity === 'warning') entry.severity = 'warning';
    byReason.set(note.messageId, entry);
  }
  const confidences = [...result.confidence.values()];
  const lowConfidence = confidences.filter((c) => c < 0.75).length;
  return {
    name,
    kind,
    sourceKind: result.sourceKind,
    ms,
    templates: templates.length,
    recoveredTemplates: recoveredTemplates.size,
    instances,
    withContent,
    unknownForm,
    unknownAll: result.unknownFields.size,
    changeRows,
    notes: result.notes.length,
    warnings: result.notes.filter((n) => n.severity === 'warning').length,
    lowConfidence,
    reasons: [...byReason.entries()].sort((a, b) => b[1].count - a[1].count),
  };
}

const INTRO = `# Importing published renderings

\`pialint import FILE\` (and \`pialint\` on a \`.md\` / \`.txt\` file) reads a published 特定個人情報保護評価書
that has been converted to text, and rebuilds the assessment as JSON with the canonical field ids of the
form catalogue. Two shapes of rendering are read:

- **Markdown with HTML fragments and TAB-separated cells** (a table row per line). Lines are parsed for
  Markdown structure with unified + remark-parse, cells with hast-util-from-html; labels are matched after
  NFKC against the catalogue labels of the fields in scope (part, item, slot, risk), with the catalogue's
  aliases and a similarity tolerance for corrupted labels. Every value encoding of catalogue §7 is read:
  bracketed choices and their variants, checkbox marks (\`[ ]\`, \`[○]\`, inputs, radios), counts
  \`( N ) 件\`, dashes, slots and range headers, multi-line values, 和暦 dates (also serials and slash
  dates) and the change log.
- **PDF text extraction** (no cells, text boxes out of grid order). The reader anchors on labels and places
  values by proximity and order, with a confidence per field: a value on the label's own line is taken
  with high confidence, a bare option text nearby with medium confidence, a text block next to exactly one
  waiting label with medium confidence. A value that cannot be placed with confidence stays **unknown**
  (absent from the JSON and listed in \`unknownFields\`), never guessed. Checkbox states follow §7.4:
  \`true\` only with corroboration (a filled parenthesis), \`false\` only for \`[ ]\` on the label's line,
  otherwise \`null\`. Counts are assigned only when the slot numbers corroborate them.

Every value keeps its range in the rendering, so a lint message on a \`.md\` / \`.txt\` file points at the
line and column of the value (or of its label when the value is empty). Strings that are verbatim slices
of the text (no tags or entities in between) map character by character, and only those are offered fixes.
Whatever the importer loses or doubts is said in an import note (info or warning): a block or slot not
found, a value not placed, a choice with no printed value, checkbox states lost in conversion, a count
that cannot be read.

**Limits.** The three states *missing* (the rendering lost the block), *empty* (printed blank: \`null\`) and
*explicitly nothing* (a dash, kept raw) are kept apart, but the importer cannot recover what the conversion
dropped. PDF text recovers far fewer fields than the TAB renderings: text blocks whose neighbours are two
waiting labels, rows of repeated slots far from their header, checkbox marks detached from their boxes and
counts without corroboration stay unknown. Change-log rows rebuilt from PDF text carry a low confidence.
The counts below come from the three sample renderings; other documents will differ.
`;

function table(r) {
  const pct = (a, b) => (b === 0 ? '—' : `${Math.round((100 * a) / b)}%`);
  const lines = [
    `## ${r.name}`,
    '',
    `Kind **${r.kind}**, read as **${r.sourceKind}** in ${Math.round(r.ms)} ms.`,
    '',
    '| measure | value |',
    '|---|---|',
    `| catalogue fields of the kind (form rows) | ${r.templates} |`,
    `| … recovered at least once | ${r.recoveredTemplates} (${pct(r.recoveredTemplates, r.templates)}) |`,
    `| field values recovered (instances, slots counted separately) | ${r.instances} |`,
    `| … with content (not empty, not all-null) | ${r.withContent} |`,
    `| form fields unknown (lost or not placed) | ${r.unknownForm} |`,
    `| all unknown ids (incl. change-log cells) | ${r.unknownAll} |`,
    `| change-log rows | ${r.changeRows} |`,
    `| values with confidence < 0.75 | ${r.lowConfidence} |`,
    `| import notes (warnings) | ${r.notes} (${r.warnings}) |`,
    '',
    'Top reasons (notes by message id):',
    '',
    '| message id | severity | count | example |',
    '|---|---|---|---|',
    ...r.reasons.slice(0, 8).map(([id, e]) => `| \`${id}\` | ${e.severity} | ${e.count} | ${e.example.replace(/\|/g, '\\|').slice(0, 90)} |`),
    '',
  ];
  return lines.join('\n');
}

let body;
if (!existsSync(corpusDir)) {
  body = `${INTRO}\n_No corpus found at \`${corpusDir}\`: no figures._\n`;
} else {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  const reports = files.map((f) => report(f, readFileSync(path.join(corpusDir, f), 'utf8')));
  const summary = [
    '| document | kind | rendering | fields recovered | unknown | notes |',
    '|---|---|---|---|---|---|',
    ...reports.map((r) => `| ${r.name} | ${r.kind} | ${r.sourceKind} | ${r.recoveredTemplates} / ${r.templates} | ${r.unknownForm} | ${r.notes} |`),
  ].join('\n');
  body = `${INTRO}\n## Summary\n\n${summary}\n\n${reports.map(table).join('\n')}`;
  body += '\n_Generated by `node scripts/importing-report.js` from the sample renderings in `shared/corpus`._\n';
}
writeFileSync(outFile, body);
console.log(`wrote ${path.relative(process.cwd(), outFile)}`);
