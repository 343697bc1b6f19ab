/**
 * checkCloudWording: when a text describes a cloud or the ガバメントクラウド, which items of the
 * law-and-rules.md §3.6 checklist (cloud-checklist.ts) it lacks.
 *
 * Which items apply: a cloud that is not the ガバメントクラウド needs the certification / location /
 * policy items (PIA-CLD-002); any cloud needs ISMAP and a shared-responsibility statement; the
 * ガバメントクラウド needs the responsibility split and a deletion method (PIA-CLD-004). In a text
 * that describes the ガバメントクラウド, generic words like 「クラウド事業者」「クラウドサービス」 are
 * read as part of it; another cloud counts only when named (パブリッククラウド, 民間クラウド, SaaS…).
 */
import { CLOUD_CHECKLIST, type CloudChecklistItem, type CloudScope } from './cloud-checklist.js';

export interface CloudWordingResult {
  cloudDescribed: boolean;
  governmentCloud: boolean;
  otherCloud: boolean;
  /** Where the text speaks of a cloud (UTF-16 offsets into the given text). */
  mentions: { start: number; end: number; text: string }[];
  /** Checklist ids that apply to this text. */
  applicable: string[];
  present: string[];
  /** Required items that are missing. */
  missing: string[];
  /** Template items (no rule) that are missing. */
  missingOptional: string[];
}

const MENTION = /ガバメントクラウド|ガバクラ|クラウド(?!ファンディング)/g;
const OTHER_CLOUD = /パブリッククラウド|プライベートクラウド|民間クラウド|商用クラウド|外部クラウド|SaaS|IaaS|PaaS|LGWAN-ASP/i;
const MIGRATION = /移行/;

function applies(scope: CloudScope, gc: boolean, other: boolean, migration: boolean): boolean {
  switch (scope) {
    case 'anyCloud':
      return gc || other;
    case 'nonGovernmentCloud':
      return other;
    case 'governmentCloud':
      return gc;
    case 'governmentCloudMigration':
      return gc && migration;
  }
}

function present(item: CloudChecklistItem, normalized: string): boolean {
  return item.patterns.some((p) => new RegExp(p.source, p.flags.replace('g', '')).test(normalized));
}

export function checkCloudWording(text: string): CloudWordingResult {
  const empty: CloudWordingResult = {
    cloudDescribed: false,
    governmentCloud: false,
    otherCloud: false,
    mentions: [],
    applicable: [],
    present: [],
    missing: [],
    missingOptional: [],
  };
  if (typeof text !== 'string' || text === '') return empty;
  const mentions: CloudWordingResult['mentions'] = [];
  let gc = false;
  let generic = false;
  const re = new RegExp(MENTION.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0] === 'クラウド') generic = true;
    else gc = true;
  }
  if (mentions.length === 0) return empty;
  const normalized = text.normalize('NFKC');
  const other = gc ? OTHER_CLOUD.test(normalized) : generic;
  const migration = gc && MIGRATION.test(normalized);
  const applicable = CLOUD_CHECKLIST.filter((i) => applies(i.appliesTo, gc, other, migration));
  const found = applicable.filter((i) => present(i, normalized));
  const missing = applicable.filter((i) => !found.includes(i));
  return {
    cloudDescribed: true,
    governmentCloud: gc,
    otherCloud: other,
    mentions,
    applicable: applicable.map((i) => i.id),
    present: found.map((i) => i.id),
    missing: missing.filter((i) => !i.optional).map((i) => i.id),
    missingOptional: missing.filter((i) => i.optional).map((i) => i.id),
  };
}
