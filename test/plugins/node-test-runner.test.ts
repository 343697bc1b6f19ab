/**
 * RuleTester under node:test: runs test/plugins/kakushi.node-test.mjs with `node --test`, as a plugin
 * author without Jest would, importing `pialint/testing` through the package's "exports" (dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/paths.js';

test('the node:test example passes, every case reported by node’s own runner', () => {
  const entry = path.join(repoRoot, 'dist', 'src', 'testing', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npx tsc -p tsconfig.build.json\` first`);
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', path.join('test', 'plugins', 'kakushi.node-test.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  // Two rules, each with its valid and invalid suites, four cases in all.
  expect(run.stdout).toMatch(/^# tests 4$/m);
  expect(run.stdout).toMatch(/^# pass 4$/m);
  expect(run.stdout).toMatch(/^# fail 0$/m);
  expect(run.stdout).toContain('ok 1 - kakushi/subcontract-in-writing');
  expect(run.stdout).toContain('ok 2 - kakushi/approved-contractor');
});
