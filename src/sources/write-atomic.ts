import { randomBytes } from 'node:crypto';
import { renameSync, statSync, chmodSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that a reader never sees half of it: write a temp file beside the target, then
 * rename over it (atomic on one filesystem). The original's mode is kept. On failure the original
 * is untouched and the temp file removed.
 */
export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.pialint-tmp`);
  try {
    writeFileSync(temp, data);
    try {
      chmodSync(temp, statSync(file).mode);
    } catch {
      // A new file: keep the default mode.
    }
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing to clean up.
    }
    throw error;
  }
}
