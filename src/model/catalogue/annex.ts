/**
 * Catalogue §3.4 and §3.10: the annexes that belong to the form (`annex.workflow`, the 記録項目
 * `annex.records[f]`, the 変更箇所 `annex.changes[n]`) and the material appended outside the form
 * (`attachments[n]`). Annex numbers differ per kind; they are in sections.ts.
 * (Label conventions: see cover-i.ts.)
 */
import type { FieldDef } from '../catalogue-types.js';
import { JZ, KJZ, Z } from './kind-sets.js';

export const ANNEX_FIELDS: readonly FieldDef[] = [
  // --- zenko (別添1) 事務の内容: diagrams plus (備考) prose; only the prose survives in text ---
  { id: 'annex.workflow', type: 'text', kinds: Z, labels: { zenko: { label: '事務の内容', en: 'Description of the work' } } },

  // --- (別添1) juten / (別添2) zenko 特定個人情報ファイル記録項目, one per file, free-form ---
  {
    id: 'annex.records[f].raw',
    type: 'text',
    kinds: JZ,
    labels: {
      juten: {
        label: '特定個人情報ファイル記録項目',
        en: 'Items recorded in the file',
        // Headings as renderings print them, annex number included (catalogue §8).
        aliases: ['(別添1) 特定個人情報ファイル記録項目', '【別添1) 特定個人情報ファイル記録項目'],
      },
      zenko: {
        label: '特定個人情報ファイル記録項目',
        en: 'Items recorded in the file',
        aliases: ['(別添2) 特定個人情報ファイル記録項目', '【別添2) 特定個人情報ファイル記録項目'],
      },
    },
  },
  // A group of items under a heading such as `【国保世帯情報】`; the heading is the value of `.name`.
  { id: 'annex.records[f].group[n]', type: 'group', kinds: JZ, labels: { juten: { label: 'グループN', en: 'Group N' } } },
  { id: 'annex.records[f].group[n].name', type: 'text', kinds: JZ, labels: { juten: { label: '見出し', en: 'Heading' } } },
  { id: 'annex.records[f].group[n].items', type: 'text[]', kinds: JZ, labels: { juten: { label: '項目', en: 'Items' } } },

  // --- (別添) kiso [form] / (別添2) juten / (別添3) zenko 変更箇所: one row per change ---
  // Rows have no printed header: N is the row's position in document order.
  { id: 'annex.changes[n]', type: 'group', kinds: KJZ, labels: { juten: { label: 'N行目', en: 'Row N' } } },
  { id: 'annex.changes[n].date', type: 'date', kinds: KJZ, labels: { juten: { label: '変更日', en: 'Date of change' } } },
  {
    id: 'annex.changes[n].item',
    type: 'text',
    kinds: KJZ,
    // Free text pointing into the form (typos, old labels, mixed numerals): never parse it strictly.
    labels: { juten: { label: '項目', en: 'Item' } },
  },
  { id: 'annex.changes[n].before', type: 'text', kinds: KJZ, labels: { juten: { label: '変更前の記載', en: 'Before' } } },
  { id: 'annex.changes[n].after', type: 'text', kinds: KJZ, labels: { juten: { label: '変更後の記載', en: 'After' } } },
  {
    id: 'annex.changes[n].timing',
    type: 'choice',
    kinds: KJZ,
    labels: { juten: { label: '提出時期', en: 'Submission timing' } },
    enum: 'SUBMISSION_TIMING',
  },
  {
    id: 'annex.changes[n].timingNote',
    type: 'text',
    kinds: KJZ,
    labels: { juten: { label: '提出時期に係る説明', en: 'Explanation of the submission timing' } },
  },

  // --- material appended after the form (提供先一覧, 重大事故について, 別紙(1) …) ---
  { id: 'attachments[n]', type: 'group', kinds: JZ, labels: { juten: { label: '添付資料N', en: 'Attachment N' } } },
  { id: 'attachments[n].title', type: 'text', kinds: JZ, labels: { juten: { label: '表題', en: 'Title' } } },
  { id: 'attachments[n].raw', type: 'text', kinds: JZ, labels: { juten: { label: '本文', en: 'Text' } } },
];
