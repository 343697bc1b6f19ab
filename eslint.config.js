// ESLint 10 reads only flat config; .eslintrc.json stays the source of truth and is loaded through FlatCompat.
import { FlatCompat } from '@eslint/eslintrc';
import js from '@eslint/js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const compat = new FlatCompat({ baseDirectory: dir, recommendedConfig: js.configs.recommended });
const legacy = JSON.parse(readFileSync(path.join(dir, '.eslintrc.json'), 'utf8'));

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'fixtures/**', 'bench-results/**', 'editors/**/out/**', '**/*.lua', '**/*.json', '**/*.md'] },
  ...compat.config(legacy),
];
