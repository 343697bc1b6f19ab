import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeBuffer } from './encoding.js';
import { JsonSource } from './json-source.js';
import type { DecodedText, SourceDocument } from './types.js';
import type * as RenderingSourceModule from './rendering-source.js';

export type SourceFormat = 'json' | 'rendering';

/** Which reader a file goes to, by its extension (`.json`/`.jsonc` vs `.md`/`.markdown`/`.txt`). */
export function sourceFormatFor(filePath: string): SourceFormat | undefined {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.json' || ext === '.jsonc') return 'json';
  if (ext === '.md' || ext === '.markdown' || ext === '.txt') return 'rendering';
  return undefined;
}

type RenderingReader = typeof RenderingSourceModule;
let renderingReader: RenderingReader | undefined;

/** Loads the rendering reader (unified/remark cost ~50 ms: only when a rendering is linted). */
export async function loadRenderingReader(): Promise<RenderingReader> {
  renderingReader ??= await import('./rendering-source.js');
  return renderingReader;
}

/** Synchronous variant for re-reading fixed text; the rendering reader must have been loaded. */
export function createSourceSync(filePath: string, decoded: DecodedText, locale: 'ja' | 'en' = 'ja'): SourceDocument & { isAssessment?: boolean } {
  if (sourceFormatFor(filePath) === 'rendering') {
    if (!renderingReader) throw new Error('rendering reader not loaded: call loadRenderingReader() first');
    return renderingReader.createRenderingSource(filePath, decoded);
  }
  return new JsonSource(filePath, decoded, { jsonc: filePath.toLowerCase().endsWith('.jsonc'), locale });
}

/** Builds the document for already-decoded text. The rendering reader (remark) is loaded only when needed. */
export async function createSource(filePath: string, decoded: DecodedText, locale: 'ja' | 'en' = 'ja'): Promise<SourceDocument & { isAssessment?: boolean }> {
  if (sourceFormatFor(filePath) === 'rendering') await loadRenderingReader();
  return createSourceSync(filePath, decoded, locale);
}

export async function readSource(filePath: string, locale: 'ja' | 'en' = 'ja'): Promise<SourceDocument & { isAssessment?: boolean }> {
  const bytes = await readFile(filePath);
  return createSource(filePath, decodeBuffer(bytes), locale);
}
