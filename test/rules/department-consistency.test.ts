import rule from '../../rules/department-consistency.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();

function doc(kind: 'juten' | 'zenko', orgDept: unknown, files: { dept?: unknown; userDept?: unknown }[]) {
  const out: Record<string, unknown> = { meta: { kind }, I: { '6': { dept: orgDept } } };
  files.forEach((f, i) => {
    out[`II[${i + 1}]`] = { '2': { dept: f.dept }, '3': { userDept: f.userDept } };
  });
  return out;
}

tester.run('department-consistency', rule, {
  valid: [
    doc('juten', '市民協働部 国保年金課', [{ dept: '市民協働部 国保年金課', userDept: '市民協働部市民課、市民協働部国保年金課、各支所' }]),
    // Without its 部, and a 係 inside the 課.
    doc('juten', '保健医療部国保年金課', [{ dept: '国保年金課', userDept: '国保年金課、市民課' }]),
    doc('zenko', '健康福祉局長寿社会部介護保険課', [{ dept: '介護保険課 認定係', userDept: '介護保険課\n各区保険年金課' }]),
    // The 担当部署 names several departments; the file's is one of them.
    doc('zenko', '総務部 市民課、税務部 課税課', [{ dept: '税務部課税課', userDept: '課税課' }]),
    // Nothing to compare: dashes, blanks, missing.
    doc('juten', '—', [{ dept: '健康福祉部 介護保険課', userDept: null }]),
    doc('juten', null, [{ dept: null, userDept: 'どこか' }]),
    // kiso has no Ⅱ.
    { meta: { kind: 'kiso' }, I: { '6': { dept: '総務部 市民課' } } },
  ],
  invalid: [
    {
      name: 'a 事務担当部署 that shares no unit with the 担当部署 (one file: the configured severity)',
      code: doc('juten', '市民生活部 保険年金課', [{ dept: '健康福祉部 介護保険課', userDept: '健康福祉部 介護保険課' }]),
      errors: [
        {
          messageId: 'deptMismatch',
          fieldId: 'II[1].2.dept',
          severity: 2,
          message: '「II 2. ⑥事務担当部署」の「健康福祉部 介護保険課」が「I 6. ①部署」の「市民生活部 保険年金課」と一致しません。組織改正などで一方だけを変更していないか確認してください。',
        },
      ],
    },
    {
      name: 'with several files the mismatch is info (a file may belong to another department)',
      code: doc('zenko', '市民部 市民課', [
        { dept: '市民部 市民課', userDept: '市民課' },
        { dept: '税務部 課税課', userDept: '課税課' },
      ]),
      errors: [{ messageId: 'deptMismatch', fieldId: 'II[2].2.dept', severity: 0 }],
    },
    {
      name: 'a 使用部署 list without the 事務担当部署 (info)',
      code: doc('zenko', '健康福祉部 介護保険課', [{ dept: '健康福祉部 介護保険課', userDept: '各支所 市民窓口係\n健康福祉部 地域包括ケア推進課' }]),
      errors: [{ messageId: 'userDeptMissing', fieldId: 'II[1].3.userDept', severity: 0, message: /「II 2. ⑥事務担当部署」の「健康福祉部 介護保険課」が含まれていません/ }],
    },
  ],
});
