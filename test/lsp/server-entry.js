// Starts the language server from the build (dist/), exactly as `pialint lsp --stdio` does, so the
// LSP tests exercise the server even where the CLI command is not wired yet. `npm test` builds
// dist/ before Jest; when running test/lsp alone, run `npx tsc -p tsconfig.build.json` first.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'src', 'cli', 'commands', 'lsp.js');
if (!existsSync(entry)) {
  process.stderr.write(`pialint LSP tests: ${entry} is missing: run \`npm run build\` first\n`);
  process.exit(2);
}
const { runLsp } = await import(pathToFileURL(entry).href);
process.exitCode = await runLsp({ stdio: true });
