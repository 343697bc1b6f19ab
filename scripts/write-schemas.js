// Writes the assessment JSON Schemas generated from the form catalogue into dist/schemas/.
// Runs after `tsc` in `npm run build`: it reads the compiled catalogue from dist/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAssessmentSchema } from '../dist/src/schema/assessment-schema.js';

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'schemas');
mkdirSync(outDir, { recursive: true });

const files = [
  ['assessment.schema.json', undefined],
  ['kiso.schema.json', 'kiso'],
  ['juten.schema.json', 'juten'],
  ['zenko.schema.json', 'zenko'],
];

for (const [name, kind] of files) {
  const file = path.join(outDir, name);
  writeFileSync(file, JSON.stringify(buildAssessmentSchema(kind), null, 2) + '\n', 'utf8');
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
