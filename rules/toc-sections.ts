import { createRule } from '../src/engine/create-rule.js';
import { iterateFields, normalizeForMatch, SECTION_DEFS, toTemplateId, type Kind } from '../src/model/index.js';
import { isJson, isUnknownDeep, readText } from './util/read.js';

/**
 * The 表紙 項目一覧 (`cover.toc`, catalogue §3.1) lists the parts and annexes of the kind's form, and
 * the document has exactly those: a part listed but missing, a part present but not listed, an entry
 * the kind's form does not have (another kind's list), or an entry numbered otherwise than the form
 * numbers it (zenko's その他のリスク対策 is Ⅳ, juten has none).
 *
 * "Missing" is judged in JSON only: a rendering that lacks a part has usually lost it, and the importer
 * says so. The 変更箇所 annex is never missing: a first edition has no rows yet.
 */

interface TocGroup {
  /** The printed part (`III`, `(別添2)`). */
  part: string;
  /** Section template ids printed under this part (juten Ⅲ holds `III[f]` and `III`). */
  ids: string[];
  /** Title cores, for matching a line of the list. */
  titles: string[];
  /** The part as messages name it (`III リスク対策`). */
  display: string;
}

function groupsFor(kind: Kind): TocGroup[] {
  const groups = new Map<string, TocGroup>();
  for (const section of SECTION_DEFS) {
    const number = section.numbers[kind];
    if (!number || number.item !== undefined || !section.kinds.includes(kind)) continue;
    if (['meta', 'cover', 'annex'].includes(section.id)) continue;
    const title = section.titles[kind] ?? Object.values(section.titles)[0];
    const group = groups.get(number.part) ?? { part: number.part, ids: [], titles: [], display: `${number.part} ${title?.label ?? ''}`.trim() };
    group.ids.push(section.id);
    for (const text of title ? [title.label, ...(title.aliases ?? [])] : []) group.titles.push(normalizeForMatch(text));
    groups.set(number.part, group);
  }
  return [...groups.values()];
}

interface TocLine {
  text: string;
  start: number;
  /** The printed part (`III`, `(別添2)`), when the line starts with one. */
  part?: string;
  title: string;
}

function parseToc(toc: string): TocLine[] {
  const lines: TocLine[] = [];
  let offset = 0;
  for (const line of toc.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const key = normalizeForMatch(line);
    if (key === '') continue;
    const m = /^(\(別添\d*\)|VI|IV|V|I{1,3})(?![A-Za-z])\.?/.exec(key);
    const leading = line.length - line.trimStart().length;
    lines.push({ text: line.trim(), start: start + leading, ...(m ? { part: m[1]! } : {}), title: m ? key.slice(m[0].length) : key });
  }
  return lines;
}

function matchGroup(groups: readonly TocGroup[], line: TocLine): TocGroup | undefined {
  if (line.title === '') return undefined;
  let byTitle = groups.filter((g) => g.titles.some((t) => t === line.title));
  // A heading copied with its marks' note (`リスク対策 ※(7. ②を除く。)`) keeps the title in front.
  if (byTitle.length === 0) byTitle = groups.filter((g) => g.titles.some((t) => line.title.startsWith(t)));
  if (byTitle.length === 1) return byTitle[0];
  // Two parts with one title (kiso Ⅳ) or none: the printed number decides.
  return (byTitle.length > 1 ? byTitle : []).find((g) => g.part === line.part);
}

/** The part each present field belongs to (the group with the longest section id that contains it). */
function presentParts(assessment: unknown, groups: readonly TocGroup[]): Set<string> {
  const present = new Set<string>();
  for (const { fieldId } of iterateFields(assessment)) {
    const template = toTemplateId(fieldId);
    let best: { part: string; length: number } | undefined;
    for (const group of groups) {
      for (const id of group.ids) {
        if ((template === id || template.startsWith(`${id}.`)) && (!best || id.length > best.length)) best = { part: group.part, length: id.length };
      }
    }
    if (best) present.add(best.part);
  }
  return present;
}

export default createRule({
  meta: {
    id: 'toc-sections',
    category: 'structure',
    defaultSeverity: 'warn',
    description: {
      ja: '表紙の項目一覧に記載した部・別添と、評価書にある部・別添を一致させる。',
      en: 'The list of sections on the cover and the parts and annexes the document has agree.',
    },
    messages: {
      listedMissing: {
        ja: '「{{label}}」に「{{entry}}」がありますが、評価書にその部分がありません。',
        en: '{{label}} lists "{{entry}}" but the document does not have it.',
      },
      notListed: {
        ja: '評価書に「{{section}}」がありますが、「{{label}}」に記載されていません。',
        en: 'The document has "{{section}}" but {{label}} does not list it.',
      },
      unknownEntry: {
        ja: '「{{label}}」の「{{entry}}」は{{kindName}}の様式にない部分です（他の種類の評価書の項目一覧ではありませんか）。',
        en: '{{label}} lists "{{entry}}", which the {{kindName}} form does not have (is it another kind\'s list?).',
      },
      numberMismatch: {
        ja: '「{{label}}」の「{{entry}}」の番号が様式と異なります（この様式では「{{expected}}」です）。',
        en: '{{label}}: "{{entry}}" is numbered otherwise than the form ("{{expected}}").',
      },
    },
  },
  check(context) {
    if (isUnknownDeep(context, 'cover.toc')) return;
    const toc = readText(context, 'cover.toc');
    if (toc === undefined) return;
    const groups = groupsFor(context.kind);
    const lines = parseToc(toc);
    const matched = lines.map((line) => ({ line, group: matchGroup(groups, line) }));
    // Text that is no list of sections at all is nothing to compare.
    if (!matched.some((m) => m.group)) return;
    const en = context.locale === 'en';
    const kindName = en
      ? { kiso: 'basic assessment', juten: 'focused assessment', zenko: 'full assessment' }[context.kind]
      : { kiso: '基礎項目評価書', juten: '重点項目評価書', zenko: '全項目評価書' }[context.kind];
    const present = presentParts(context.assessment, groups);
    const listed = new Set<string>();
    for (const { line, group } of matched) {
      const span = { start: line.start, end: line.start + line.text.length };
      if (!group) {
        context.report({ target: 'cover.toc', messageId: 'unknownEntry', data: { entry: line.text, kindName }, span });
        continue;
      }
      listed.add(group.part);
      if (line.part !== undefined && line.part !== group.part) {
        context.report({ target: 'cover.toc', messageId: 'numberMismatch', data: { entry: line.text, expected: group.part }, span });
      }
      const isChangeLog = group.ids.some((id) => id.startsWith('annex.changes'));
      if (isJson(context) && !isChangeLog && !present.has(group.part)) {
        context.report({ target: 'cover.toc', messageId: 'listedMissing', data: { entry: line.text }, span });
      }
    }
    for (const group of groups) {
      if (listed.has(group.part) || !present.has(group.part)) continue;
      context.report({ target: 'cover.toc', messageId: 'notListed', data: { section: group.display } });
    }
  },
});
