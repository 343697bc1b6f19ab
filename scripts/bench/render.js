/**
 * Renders an assessment JSON as the published TAB renderings look (form catalogue §7.1, the corpus'
 * markdown files): Markdown headings, one `label⇥value` row per field, HTML fragments for
 * paragraphs, `[ 値 ] <選択肢> 1) …` choices, `[ <input checked="" type="checkbox"/> ] 名前` boxes,
 * slot headers (`<b>委託事項2</b>⇥…`), risk headings and the 変更箇所 table. Labels, numbers,
 * options and boxes all come from the compiled catalogue, so a rendering exercises the importer's
 * real path (label matching, value readers, HTML text) rather than a format made up for the bench.
 *
 * The style of choices, boxes and headings varies with the document's random source, as it does
 * between real renderings; the same source gives the same text.
 */
import { boxListFor, enumFor, getFieldDef, getSection, optionsForKind, riskOf, sectionOf } from '../../dist/src/model/catalogue.js';
import { labelFor, printedLabel } from '../../dist/src/model/labels.js';
import { toTemplateId } from '../../dist/src/model/field-id.js';
import { iterateFields } from '../../dist/src/model/walk.js';

const TAB = '\t';
const SLOT_SEGMENT = /^(item|provide|transfer|system)\[(\d+)\]$/;
const SLOT_NAMES = { item: '委託事項', provide: '提供先', transfer: '移転先', system: 'システム' };

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Free text as a cell: one line as is, several as paragraphs or a bullet list (as the renderings print them). */
function formatText(value) {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return escapeHtml(JSON.stringify(value));
  const lines = value.split('\n').filter((l) => l.trim() !== '');
  if (lines.length <= 1) return escapeHtml(lines[0] ?? '');
  if (lines.every((l) => l.startsWith('・'))) {
    return `<ul style="list-style-type: none"> ${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join(' ')} </ul>`;
  }
  return lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(' ');
}

/** A choice in one of the printed shapes of §7.3; `suffix` is the count after 委託の有無 (`( 3 ) 件`). */
function formatChoice(def, kind, value, style, suffix = '') {
  const enumDef = enumFor(def, kind);
  const options = enumDef ? optionsForKind(enumDef, kind).map((o, i) => `${i + 1}) ${o.text}`) : [];
  let raw = null;
  if (typeof value === 'string') raw = value;
  else if (value && typeof value === 'object' && typeof value.raw === 'string') raw = value.raw;
  const list = options.join(' ');
  if (raw === null) return `<選択肢> ${list}${suffix}`;
  const shown = escapeHtml(raw);
  switch (style) {
    case 1:
      return `<p>[ ${shown} ]</p> <p style="text-align: right;">&lt;選択肢&gt; ${list}</p>${suffix}`;
    case 2:
      return `[${shown}]${TAB}<選択肢> ${list}${suffix}`;
    case 3:
      return `[ ${shown} ] <small>&lt;選択肢&gt;  ${options.join('  ')}</small>${suffix}`;
    default:
      return `[ ${shown} ] <選択肢> ${list}${suffix}`;
  }
}

const BOX_STYLES = [
  { on: '[ <input checked="" type="checkbox"/> ]', off: '[ ]' },
  { on: '[ <input checked="" type="checkbox"/> ]', off: '[ <input type="checkbox"/> ]' },
  { on: '[○]', off: '[ ]' },
];

/** A box list (§7.4) in catalogue order; `after` adds text behind a box (the counts of 提供・移転の有無). */
function formatChecks(def, value, style, after = {}) {
  const list = boxListFor(def);
  if (!list) return '';
  const boxes = value && typeof value === 'object' ? value : {};
  return list.boxes
    .map((box) => {
      const state = boxes[box.name];
      const mark = state && state.checked === true ? style.on : style.off;
      const text = box.hasText ? ` ( ${escapeHtml(typeof state?.text === 'string' ? state.text : '')} )` : '';
      return `${mark} ${box.label}${text}${after[box.name] ?? ''}`;
    })
    .join(' ');
}

function formatScalar(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && typeof value.raw === 'string') return escapeHtml(value.raw);
  return '';
}

/** The section of a template id whose heading prints a part (`## II 特定個人情報ファイルの概要`). */
function partSectionOf(template, kind) {
  const segments = template.split('.');
  for (let i = segments.length; i > 0; i--) {
    const section = getSection(segments.slice(0, i).join('.'));
    const number = section?.numbers[kind];
    if (number && number.item === undefined && !number.part.startsWith('(')) return section;
  }
  return undefined;
}

function titleOf(section, kind) {
  return (section.titles[kind] ?? Object.values(section.titles)[0])?.label ?? '';
}

function fileIndexOf(fieldId) {
  const m = /^(?:II|III)\[(\d+)\]/.exec(fieldId);
  return m ? Number(m[1]) : 0;
}

function bareLabel(label) {
  return label.replace(/^[①-⑳]/, '').replace(/\s*※$/, '');
}

class Lines {
  constructor() {
    this.lines = [];
  }
  push(...lines) {
    this.lines.push(...lines);
  }
  blank() {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }
  toString() {
    return this.lines.join('\n') + '\n';
  }
}

/**
 * Renders `doc` (an assessment JSON object) as a TAB rendering. `random` is a `Random` (prng.js):
 * it only picks among printed styles, never changes content.
 */
export function renderAssessment(doc, random) {
  const kind = doc.meta.kind;
  const style = {
    choice: () => random.int(0, 3),
    boxes: BOX_STYLES[random.int(0, BOX_STYLES.length - 1)],
    boldSlots: random.chance(0.5),
    boldItems: random.chance(0.3),
  };
  const out = new Lines();
  const entries = [...iterateFields(doc)].filter((e) => !e.fieldId.startsWith('meta.'));
  renderCover(out, doc, kind, entries.filter((e) => e.fieldId.startsWith('cover.')));
  renderBody(
    out,
    doc,
    kind,
    entries.filter((e) => !/^(?:cover|annex|attachments)\b/.test(e.fieldId)),
    style,
  );
  renderChanges(out, doc, kind);
  renderAttachments(out, doc);
  return out.toString();
}

function renderCover(out, doc, kind, entries) {
  const cover = doc.cover ?? {};
  const value = (id) => entries.find((e) => e.fieldId === id)?.value;
  const label = (id) => {
    const def = getFieldDef(id);
    return def ? labelFor(def, kind).label : id;
  };
  out.push('', `# ${typeof cover.title === 'string' ? cover.title : label('cover.title')}`, '');
  out.push(`${label('cover.evaluationNo')}${TAB}${label('cover.evaluationName')}`);
  out.push(`${formatScalar(value('cover.evaluationNo'))}${TAB}${formatScalar(value('cover.evaluationName'))}`, '');
  const fixed = new Set(['cover.title', 'cover.evaluationNo', 'cover.evaluationName', 'cover.toc']);
  for (const entry of entries) {
    if (fixed.has(entry.fieldId) || entry.def.type === 'const') continue;
    if (entry.fieldId === 'cover.formVersion' && entry.value === null) continue;
    const name = label(entry.fieldId);
    // 特記事項 is a plain line under the declaration; the other cover fields are headings.
    out.push(entry.fieldId === 'cover.specialNotes' ? name : `## ${name}`, '');
    const text = entry.def.type === 'date' ? formatScalar(entry.value) : typeof entry.value === 'string' ? entry.value : '';
    if (text !== '') out.push(...text.split('\n').map(escapeHtml), '');
  }
  if (typeof cover.toc === 'string') {
    out.push(`## ${label('cover.toc')}`, '');
    out.push(...cover.toc.split('\n').map((l) => l.replace(/^Ⅰ/, 'I').replace(/^Ⅱ/, 'II').replace(/^Ⅲ/, 'III').replace(/^Ⅳ/, 'IV').replace(/^Ⅴ/, 'V').replace(/^Ⅵ/, 'VI')));
    out.push('', '', '');
  }
}

function renderBody(out, doc, kind, entries, style) {
  let partKey = null;
  let partTemplate = null;
  let itemKey = null;
  let riskKey = null;
  let slotKey = null;
  let contextKey = null;
  let lastFile = 0;
  let lastLabel = null;
  const pendingAnnexes = [];
  const flushAnnexes = () => {
    while (pendingAnnexes.length > 0) pendingAnnexes.shift()();
  };

  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const { fieldId, def, value } = entry;
    const template = toTemplateId(fieldId);
    const section = sectionOf(template);
    const number = section?.numbers[kind];
    if (!section || !number) continue;
    const file = fileIndexOf(fieldId);

    // ---- part heading
    const partSection = partSectionOf(template, kind);
    const thisPart = partSection ? `${partSection.numbers[kind].part}#${file > 1 ? file : ''}` : null;
    if (thisPart !== partKey) {
      // Annexes print after the part they belong to: 事務の内容 after Ⅰ, 記録項目 after each Ⅱ.
      if (partTemplate === 'I' && kind === 'zenko') pendingAnnexes.push(() => renderWorkflow(out, doc, kind));
      if (partTemplate === 'II[f]') pendingAnnexes.push(() => renderRecords(out, doc, kind, lastFile));
      flushAnnexes();
      partKey = thisPart;
      partTemplate = partSection?.id ?? null;
      itemKey = riskKey = slotKey = contextKey = null;
      if (partSection) {
        out.blank();
        out.push(`## ${partSection.numbers[kind].part} ${titleOf(partSection, kind)}`, '');
      }
    }
    lastFile = file;

    // ---- item heading (with the opt-out boxes printed on it, §7.4)
    let titled = false;
    if (number.item !== undefined) {
      const key = `${number.part}.${number.item}#${file}`;
      if (key !== itemKey) {
        itemKey = key;
        riskKey = slotKey = contextKey = null;
        const optOuts = [];
        for (let j = i; j < entries.length; j++) {
          const next = entries[j];
          const nextNumber = sectionOf(toTemplateId(next.fieldId))?.numbers[kind];
          if (!nextNumber || `${nextNumber.part}.${nextNumber.item}#${fileIndexOf(next.fieldId)}` !== key) break;
          if (next.def.type === 'check') {
            const mark = next.value && next.value.checked === true ? style.boxes.on : style.boxes.off;
            optOuts.push(`${mark} ${labelFor(next.def, kind).label}`);
          }
        }
        const heading = `${number.item}. ${titleOf(section, kind)}`;
        const shown = style.boldItems && optOuts.length === 0 ? `<b>${heading}</b>` : heading;
        out.push([shown, ...optOuts].join(TAB) + (optOuts.length === 0 ? TAB : ''));
        // A field labelled like its heading (`3. 特定個人情報ファイル名`) prints its value on the next row.
        titled = bareLabel(labelFor(def, kind).label) === titleOf(section, kind) && def.type !== 'check';
      }
    }
    if (def.type === 'check' || def.type === 'count' || def.type === 'const' || def.type === 'group') continue;

    // ---- risk heading
    const risk = riskOf(template);
    const thisRisk = risk ? fieldId.split('.').slice(0, risk.id.split('.').length).join('.') : null;
    if (thisRisk !== riskKey) {
      riskKey = thisRisk;
      contextKey = null;
      if (risk) {
        const label = risk.labels[kind] ?? Object.values(risk.labels)[0];
        out.push(`${label.number}: ${label.title}${TAB}`);
      }
    }

    // ---- slot header
    const segments = fieldId.split('.');
    const slotAt = segments.findIndex((s) => SLOT_SEGMENT.test(s));
    const thisSlot = slotAt >= 0 ? segments.slice(0, slotAt + 1).join('.') : null;
    if (thisSlot !== slotKey) {
      slotKey = thisSlot;
      contextKey = null;
      if (thisSlot) {
        const [, group, n] = SLOT_SEGMENT.exec(segments[slotAt]);
        const slot = segments.slice(0, slotAt + 1).reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), doc) ?? {};
        const name = group === 'item' ? slot.title : group === 'system' ? undefined : slot.name;
        const header = `${SLOT_NAMES[group]}${n}`;
        out.push(`${style.boldSlots ? `<b>${header}</b>` : header}${TAB}${formatText(name ?? '')}`);
      }
    }
    // The slot header carries the 委託事項 title and the 提供先/移転先 name.
    if (slotAt >= 0 && slotAt === segments.length - 2 && /^(?:title|name)$/.test(segments[segments.length - 1]) && !segments[slotAt].startsWith('system')) continue;

    // ---- the row
    const cell = formatValue(doc, kind, entry, style);
    if (titled) {
      if (Array.isArray(value)) out.push(...value.map((v) => `${formatText(v)}${TAB}`));
      else out.push(`${cell}${TAB}`);
      continue;
    }
    const label = labelFor(def, kind);
    const printed = printedLabel(def, kind);
    const context = label.context?.[label.context.length - 1]?.label;
    // A sub-row under a field of its own (`その必要性` under ③) is a plain row; under a row label that
    // holds no value (`④使用の主体`), the first sub-row prints that label in its first cell (§7.1).
    if (context && bareLabel(context) !== bareLabel(lastLabel ?? '') && context !== contextKey) {
      contextKey = context;
      out.push(`${context}${TAB}${printed}${TAB}${cell}`);
    } else if (context && context === contextKey) {
      out.push(`${TAB}${printed}${TAB}${cell}`);
    } else {
      out.push(`${printed}${TAB}${cell}`);
    }
    if (!context) lastLabel = label.label;
  }
  if (partTemplate === 'II[f]') pendingAnnexes.push(() => renderRecords(out, doc, kind, lastFile));
  flushAnnexes();
}

function formatValue(doc, kind, entry, style) {
  const { fieldId, def, value } = entry;
  switch (def.type) {
    case 'choice': {
      // 委託の有無 prints its count after the options: `( 3 ) 件`.
      let suffix = '';
      if (/^II\[\d+\]\.4\.has$/.test(fieldId)) {
        const count = doc[fieldId.split('.')[0]]?.['4']?.count;
        if (typeof count === 'number') suffix = ` ( ${count} ) 件`;
      }
      return formatChoice(def, kind, value, style.choice(), suffix);
    }
    case 'checks': {
      const after = {};
      if (/^II\[\d+\]\.5\.has$/.test(fieldId)) {
        const five = doc[fieldId.split('.')[0]]?.['5'] ?? {};
        if (typeof five.provideCount === 'number') after.providing = ` ( ${five.provideCount} ) 件`;
        if (typeof five.transferCount === 'number') after.transferring = ` ( ${five.transferCount} ) 件`;
      }
      return formatChecks(def, value, style.boxes, after);
    }
    case 'text[]':
      return Array.isArray(value) ? value.map((v) => escapeHtml(String(v))).join('<br/>') : formatScalar(value);
    case 'date':
      return formatScalar(value);
    default:
      return formatText(value);
  }
}

function annexHeading(kind, id) {
  const section = getSection(id);
  const number = section?.numbers[kind];
  return number ? `${number.part} ${titleOf(section, kind)}` : undefined;
}

function renderWorkflow(out, doc, kind) {
  const workflow = doc.annex?.workflow;
  const heading = annexHeading(kind, 'annex.workflow');
  if (typeof workflow !== 'string' || !heading) return;
  out.blank();
  out.push(`## ${heading}`, '');
  out.push(...workflow.split('\n').filter((l) => l.trim() !== '').map(escapeHtml), '');
}

function renderRecords(out, doc, kind, file) {
  const records = doc.annex?.[`records[${file || 1}]`];
  const heading = annexHeading(kind, 'annex.records[f]');
  if (!records || typeof records !== 'object' || !heading) return;
  out.blank();
  out.push(`## ${heading}`, '');
  const groups = Object.keys(records).filter((k) => /^group\[\d+\]$/.test(k));
  if (groups.length === 0 && typeof records.raw === 'string') {
    out.push(...records.raw.split('\n').map(escapeHtml), '');
    return;
  }
  for (const key of groups) {
    const group = records[key];
    out.push(`### ${escapeHtml(String(group?.name ?? ''))}`, '');
    const items = Array.isArray(group?.items) ? group.items : [];
    out.push(items.map((i) => escapeHtml(String(i))).join('、'), '');
  }
}

function renderChanges(out, doc, kind) {
  const annex = doc.annex ?? {};
  const rows = Object.keys(annex).filter((k) => /^changes\[\d+\]$/.test(k));
  const heading = annexHeading(kind, 'annex.changes[n]');
  if (rows.length === 0 || !heading) return;
  out.blank();
  out.push(heading.replace(' ', ''), '');
  out.push(['変更日', '項目', '変更前の記載', '変更後の記載', '提出時期', '提出時期に係る説明'].join(TAB));
  for (const key of rows) {
    const row = annex[key] ?? {};
    out.push([formatScalar(row.date), formatText(row.item), formatText(row.before), formatText(row.after), formatScalar(row.timing), formatText(row.timingNote)].join(TAB));
  }
  out.push('');
}

function renderAttachments(out, doc) {
  for (const key of Object.keys(doc).filter((k) => /^attachments\[\d+\]$/.test(k))) {
    const attachment = doc[key] ?? {};
    out.blank();
    out.push(`## ${escapeHtml(String(attachment.title ?? ''))}`, '');
    if (typeof attachment.raw === 'string') out.push(...attachment.raw.split('\n').map(escapeHtml), '');
  }
}
