/**
 * `pialint import --format fields`: one line per recovered field, sorted by id (numbers in ids
 * compared as numbers, so `item[2]` comes before `item[10]`): `<field id>\t<value as JSON>`.
 */
import { getFieldDef } from '../../model/index.js';
import type { Assessment } from '../../model/index.js';

/** Compares ids with their digit runs as numbers. */
export function compareIds(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) return Number(x) - Number(y) || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Every field of an assessment with its value (groups are walked, not listed). */
export function listFields(assessment: Assessment): [string, unknown][] {
  const out: [string, unknown][] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (path.length === 0 && key === '$schema') continue;
      const tokens = [...path, key];
      const id = tokens.join('.');
      const def = getFieldDef(id);
      if (def && def.type !== 'group') out.push([id, value]);
      else walk(value, tokens);
    }
  };
  walk(assessment, []);
  return out.sort((a, b) => compareIds(a[0], b[0]));
}

export function formatFields(assessment: Assessment): string {
  return listFields(assessment)
    .map(([id, value]) => `${id}\t${JSON.stringify(value)}`)
    .join('\n') + '\n';
}
