/**
 * Matching printed text to options, boxes and field labels (catalogue §4.1, §5.1, §8).
 * Matching is exact after normalisation, never by substring: `委託する` ⊂ `再委託する`,
 * `行っている` ⊂ `十分に行っている`.
 */
import { fieldsForKind, riskOf } from './catalogue.js';
import type { BoxDef, BoxListDef, EnumDef, EnumOption, FieldDef } from './catalogue-types.js';
import { toTemplateId } from './field-id.js';
import type { Kind } from './kinds.js';
import { labelMatches, normalizeForMatch } from './normalize.js';

const optionKeys = new WeakMap<EnumOption | BoxDef, readonly string[]>();

function keysOf(item: EnumOption | BoxDef): readonly string[] {
  let keys = optionKeys.get(item);
  if (!keys) {
    const texts = 'text' in item ? [item.text, ...(item.aliases ?? [])] : [item.label, ...(item.aliases ?? [])];
    keys = texts.map(normalizeForMatch);
    optionKeys.set(item, keys);
  }
  return keys;
}

/** Normalised text with one pair of enclosing brackets removed: `[ 十分である ]` is the value `十分である`. */
function valueKey(rawText: string): string {
  const key = normalizeForMatch(rawText);
  const m = /^\[(.*)\]$/.exec(key);
  return m ? m[1]! : key;
}

/**
 * The option whose text (or an alias) equals the printed text after normalisation. With `kind`, only
 * the options that kind's form prints are candidates.
 */
export function matchOption(enumDef: EnumDef, rawText: string, kind?: Kind): EnumOption | undefined {
  const key = valueKey(rawText);
  if (key === '') return undefined;
  return enumDef.options.find(
    (o) => (kind === undefined || !o.kinds || o.kinds.includes(kind)) && keysOf(o).includes(key),
  );
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = row;
  }
  return prev[y.length]!;
}

/**
 * The option closest to a printed text that matches none, for a suggestion: the smallest edit distance
 * on the normalised texts, when it is at most a third of the option's length (at least 1) and no other
 * option is as close. An exact match is returned as is.
 */
export function nearestOption(enumDef: EnumDef, rawText: string): EnumOption | undefined {
  const key = valueKey(rawText);
  if (key === '') return undefined;
  let best: EnumOption | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const option of enumDef.options) {
    const distance = Math.min(...keysOf(option).map((k) => editDistance(key, k)));
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && best && option.name !== best.name) {
      tie = true;
    }
  }
  if (!best || tie) return undefined;
  const limit = Math.max(1, Math.floor([...keysOf(best)[0]!].length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** The box whose label (or an alias) equals the printed label after normalisation. */
export function matchBox(list: BoxListDef, rawLabel: string): BoxDef | undefined {
  const key = normalizeForMatch(rawLabel);
  if (key === '') return undefined;
  return list.boxes.find((b) => keysOf(b).includes(key));
}

/**
 * The fields of `kind` whose printed label (or an alias) is the given text. Generic labels such as
 * `リスクへの対策は十分か` return many: the caller narrows them by context (section, group, risk).
 */
export function fieldsByLabel(text: string, kind: Kind): FieldDef[] {
  return fieldsForKind(kind).filter((def) => {
    const label = def.labels[kind] ?? firstLabel(def);
    return label !== undefined && labelMatches(label, text);
  });
}

/** Whether a printed risk heading (`リスク1: 目的外の入手が行われるリスク`) names the risk of a field. */
export function riskHeadingMatches(fieldId: string, kind: Kind, heading: string): boolean {
  const risk = riskOf(toTemplateId(fieldId));
  const label = risk?.labels[kind];
  if (!label) return false;
  const key = normalizeForMatch(heading);
  return [label.title, ...(label.aliases ?? [])].some((title) => {
    const t = normalizeForMatch(title);
    return key === t || key === normalizeForMatch(`${label.number}:${title}`);
  });
}

function firstLabel(def: FieldDef) {
  for (const kind of def.kinds) {
    const label = def.labels[kind];
    if (label) return label;
  }
  return Object.values(def.labels)[0];
}
