import { accessSync, chmodSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * The reference SARIF tooling, from the `@microsoft/sarif-multitool` devDependency: its platform
 * package ships the Multitool as a self-contained binary (no .NET needed) and, beside it, the
 * official SARIF 2.1.0 JSON schema (`sarif-2.1.0.json`, in JSON Schema 2020-12 form).
 */
const require = createRequire(import.meta.url);

/** The Multitool binary for this platform, or undefined where none is installed. */
export function multitoolPath(): string | undefined {
  try {
    const binary = require('@microsoft/sarif-multitool') as string;
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The package's postinstall only does `chmod u+x`, and npm may skip install scripts; doing the same
 * here keeps the test independent of how the tree was installed.
 */
export function ensureExecutable(binary: string): void {
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
}

export function sarifSchemaPath(): string {
  const binary = multitoolPath();
  if (!binary) throw new Error('@microsoft/sarif-multitool is not installed for this platform');
  return path.join(path.dirname(binary), 'sarif-2.1.0.json');
}

export function sarifSchemaValidator(): { validate(log: unknown): boolean; errors(): string } {
  const schema = JSON.parse(readFileSync(sarifSchemaPath(), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  const check = ajv.compile(schema);
  return {
    validate: (log) => check(log) as boolean,
    errors: () => ajv.errorsText(check.errors, { separator: '\n' }),
  };
}
