/** Paths and loaders shared by the plugin tests. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PialintPlugin } from '../../src/plugins/types.js';
import { repoRoot } from '../helpers/paths.js';

export const pluginsFixtures = path.join(repoRoot, 'fixtures', 'plugins');
export const kakushiDir = path.join(pluginsFixtures, 'pialint-plugin-kakushi');
export const projectDir = path.join(pluginsFixtures, 'project');

/** The example plugin, imported as the loader imports it (an ES module of plain JavaScript). */
export async function loadKakushi(): Promise<PialintPlugin> {
  const module = (await import(pathToFileURL(path.join(kakushiDir, 'index.js')).href)) as { default: PialintPlugin };
  return module.default;
}
