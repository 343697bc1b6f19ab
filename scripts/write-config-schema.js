#!/usr/bin/env node
// Writes the config file's JSON Schema (src/config/schema.ts, compiled to dist/) to
// dist/schemas/config.schema.json, the file `"$schema": "./node_modules/pialint/dist/schemas/config.schema.json"` names.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { configSchema } = await import(pathToFileURL(path.join(root, 'dist', 'src', 'config', 'schema.js')).href);
const target = path.join(root, 'dist', 'schemas', 'config.schema.json');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(configSchema, null, 2)}\n`);
