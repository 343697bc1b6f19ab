import { FIELD_DEFS, editDistance, pointerToTokens, toTemplateId, type Kind } from '../../src/model/index.js';

/**
 * The catalogue key nearest to an unknown key in the same container (`evaluatonNo` → `evaluationNo`),
 * for a "did you mean" in the message; none when nothing is close (a third of the key's length).
 */
export function nearestKnownKey(pointer: string, kind: Kind): string | undefined {
  const tokens = pointerToTokens(pointer);
  const key = tokens[tokens.length - 1];
  if (key === undefined) return undefined;
  const parent = tokens.slice(0, -1).join('.');
  const parentTemplate = parent === '' ? '' : toTemplateId(parent);
  const prefix = parentTemplate === '' ? '' : `${parentTemplate}.`;
  const candidates = new Set<string>();
  for (const def of FIELD_DEFS) {
    if (!def.kinds.includes(kind) || !def.id.startsWith(prefix)) continue;
    const next = def.id.slice(prefix.length).split('.')[0]!;
    // A template segment `item[n]` is written with a number in a document.
    candidates.add(next.replace(/\[[fn]\]$/, key.replace(/^[^[]*/, '') || '[1]'));
  }
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(key, candidate);
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance > 0 && best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.name : undefined;
}
