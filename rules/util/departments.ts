/**
 * Comparing department names as assessments write them: `市民協働部 国保年金課`, `保健医療部国保年金課`,
 * `国保年金課、市民課、北部出張所`, `健康福祉局長寿社会部介護保険課`. A name is reduced to its most specific
 * unit (what follows the last 部 or 局: `国保年金課`), because the same department is written with and
 * without its 部, and a 事務担当部署 may be a unit inside the 担当部署 (`介護保険課 認定係`). Two names
 * agree when either contains the other's unit.
 */
import { normalizeForMatch } from '../../src/model/index.js';

/** One department of a list, normalised, with its most specific unit. */
export interface DepartmentName {
  text: string;
  unit: string;
}

const SEPARATORS = /[、,，;；\n・/／]|及び|および/;

/** The departments a cell names (a cell may list several). */
export function departmentsOf(cell: string): DepartmentName[] {
  return cell
    .split(SEPARATORS)
    .map((part) => normalizeForMatch(part).replace(/^[0-9]+[.)]/, ''))
    .filter((text) => [...text].length >= 2)
    .map((text) => {
      const m = /^.*[部局](.{2,})$/u.exec(text);
      return { text, unit: m ? m[1]! : text };
    });
}

/** Whether two department names can be the same department (or one a unit of the other). */
export function sameDepartment(a: DepartmentName, b: DepartmentName): boolean {
  return a.text.includes(b.unit) || b.text.includes(a.unit);
}

/** Whether any department of `a` agrees with any of `b`. */
export function departmentsOverlap(a: readonly DepartmentName[], b: readonly DepartmentName[]): boolean {
  return a.some((x) => b.some((y) => sameDepartment(x, y)));
}

/** Organisational units below 部/局 level in a name: `国保年金課資格賦課係` → `国保年金課`, …. */
const UNIT = /.+?(?:課|室|係|班|センター|事務所|出張所|支所)/gu;

/**
 * Whether a free-text cell (a 使用部署 list) mentions the department: its most specific unit, or one
 * of the units it belongs to below 部/局 level (a 使用部署 list names the 課 of a 事務担当部署 係).
 */
export function mentionsDepartment(cell: string, department: DepartmentName): boolean {
  const text = normalizeForMatch(cell);
  if (text.includes(department.unit)) return true;
  return [...department.unit.matchAll(UNIT)].some((m) => [...m[0]].length >= 3 && text.includes(m[0]));
}
