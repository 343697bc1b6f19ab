import { createRule } from '../src/engine/create-rule.js';
import { departmentsOf, departmentsOverlap, mentionsDepartment } from './util/departments.js';
import { readText, valueState } from './util/read.js';
import { fileIndexes } from './util/slots.js';

/**
 * The departments a document names should agree (issue 4, cross-field):
 *
 * - Ⅱ 2 ⑥事務担当部署 of each file against Ⅰ 6 (zenko Ⅰ 7) 評価実施機関における担当部署 ①部署. The
 *   事務担当部署 may legitimately be a unit inside the 担当部署 (`介護保険課 認定係`) or be written
 *   without its 部 (`国保年金課`), so only names that share no unit at all are reported: a warning in a
 *   one-file document (the one file's department contradicts the document's), info when there are
 *   several files (a file may belong to another department).
 * - Ⅱ 3 使用部署 should include the 事務担当部署 (the department in charge uses its own file): info,
 *   since a 使用部署 may be described in words (`国保担当職員`).
 *
 * Dashes, blanks and fields a rendering could not read are never compared.
 */
export default createRule({
  meta: {
    id: 'department-consistency',
    category: 'cross-field',
    defaultSeverity: 'warn',
    kinds: ['juten', 'zenko'],
    description: {
      ja: 'Ⅱ 2 の事務担当部署は、Ⅰ の担当部署（またはその中の組織）と一致させ、Ⅱ 3 の使用部署に含める。',
      en: 'The 事務担当部署 of Ⅱ 2 is the 担当部署 of Ⅰ (or a unit of it), and is among the 使用部署 of Ⅱ 3.',
    },
    messages: {
      deptMismatch: {
        ja: '「{{label}}」の「{{value}}」が「{{otherLabel}}」の「{{other}}」と一致しません。組織改正などで一方だけを変更していないか確認してください。',
        en: '{{label}} "{{value}}" does not match {{otherLabel}} "{{other}}": check that a reorganisation did not update only one of them.',
      },
      userDeptMissing: {
        ja: '「{{label}}」に「{{otherLabel}}」の「{{other}}」が含まれていません。事務担当部署も使用部署に記載してください。',
        en: '{{label}} does not include {{otherLabel}} "{{other}}": list the department in charge among the users.',
      },
      otherDept: { ja: '比較した部署', en: 'the department compared' },
    },
  },
  check(context) {
    const filled = (id: string) => {
      const text = readText(context, id);
      return text !== undefined && valueState(text) === 'filled' ? text : undefined;
    };
    const orgDept = filled('I.6.dept');
    const files = fileIndexes(context.assessment);
    for (const f of files) {
      const deptId = `II[${f}].2.dept`;
      const dept = filled(deptId);
      if (dept === undefined) continue;
      const deptNames = departmentsOf(dept);
      if (orgDept !== undefined) {
        const orgNames = departmentsOf(orgDept);
        if (deptNames.length > 0 && orgNames.length > 0 && !departmentsOverlap(deptNames, orgNames)) {
          context.report({
            target: deptId,
            messageId: 'deptMismatch',
            data: { value: dept.trim(), other: orgDept.trim(), otherLabel: context.label('I.6.dept') },
            related: [{ target: 'I.6.dept', messageId: 'otherDept' }],
            ...(files.length > 1 ? { severity: 0 as const } : {}),
          });
        }
      }
      const userId = `II[${f}].3.userDept`;
      const users = filled(userId);
      if (users === undefined || deptNames.length === 0) continue;
      if (!deptNames.some((d) => mentionsDepartment(users, d))) {
        context.report({
          target: userId,
          messageId: 'userDeptMissing',
          data: { other: dept.trim(), otherLabel: context.label(deptId) },
          related: [{ target: deptId, messageId: 'otherDept' }],
          severity: 0,
        });
      }
    }
  },
});
