/**
 * `pialint import FILE [-o out.json] [--format json|fields]`: a published rendering → assessment JSON
 * (with `"$schema"` of its kind), or one line per recovered field. Import notes go to stderr; the
 * output is written atomically. Exit 0, or 2 when the file cannot be read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeBuffer } from '../../sources/encoding.js';
import { lineIndexFor } from '../../sources/line-index.js';
import { formatFields, importRendering, looksLikeRendering } from '../../sources/rendering/index.js';
import { writeFileAtomic } from '../../sources/write-atomic.js';
import { EXIT, type CliIO } from '../io.js';

export interface ImportArgs {
  file: string;
  output?: string;
  format: 'json' | 'fields';
}

export function schemaUrlFor(kind: string): string {
  return `./node_modules/pialint/dist/schemas/${kind}.schema.json`;
}

export async function runImport(args: ImportArgs, io: CliIO): Promise<number> {
  const file = path.resolve(io.cwd, args.file);
  let text: string;
  try {
    text = decodeBuffer(await readFile(file)).text;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`pialint import: ファイルを読めません / cannot read ${args.file}: ${reason}\n`);
    return EXIT.fatal;
  }
  if (!looksLikeRendering(text)) {
    io.stderr(
      `pialint import: ${args.file} は評価書の表示形式ではありません（様式の表題や見出しが見つかりません）。評価書の PDF から抽出したテキストか markdown を指定してください。\n` +
        `pialint import: ${args.file} is not an assessment rendering (no form title or headings found). Give the text extracted from an assessment PDF, or its markdown rendering.\n`,
    );
    return EXIT.problems;
  }
  const result = importRendering(text, { fileName: file });
  const { $schema: _ignored, ...rest } = result.assessment;
  const document = { $schema: schemaUrlFor(result.assessment.meta.kind), ...rest };
  const output = args.format === 'fields' ? formatFields(result.assessment) : JSON.stringify(document, null, 2) + '\n';

  const index = lineIndexFor(result, text);
  for (const note of result.notes) {
    const at = note.range ? index.offsetToPosition(note.range.start) : undefined;
    const where = at ? `${args.file}:${at.line}:${at.column}` : args.file;
    const field = note.fieldId ? ` [${note.fieldId}]` : '';
    io.stderr(`${where}: ${note.severity}: ${note.message.ja}${field} (${note.messageId})\n`);
  }

  if (args.output) {
    try {
      writeFileAtomic(path.resolve(io.cwd, args.output), output);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`pialint import: 書き込めません / cannot write ${args.output}: ${reason}\n`);
      return EXIT.fatal;
    }
  } else {
    io.stdout(output);
  }
  return EXIT.ok;
}
