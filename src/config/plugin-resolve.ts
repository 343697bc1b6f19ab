/**
 * Finds the entry file of a `plugins` entry, from the config file that names it: a path relative to
 * that file, or an npm package found the way Node finds one (`node_modules` folders from the config
 * file's directory upward), entered through its package.json `exports` (conditions import, node,
 * default) or `main`, else `index.js`. Plugins are ES modules or CommonJS; both load through import().
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isPathSpecifier, pluginPackageName } from '../plugins/namespace.js';

/** The plugin could not be found; `reason` says where pialint looked. */
export class PluginNotFoundError extends Error {}

const CONDITIONS = new Set(['import', 'node', 'default']);

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** An `exports` value resolved with the import conditions: a `./…` target, or undefined. */
function exportTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const target = exportTarget(item);
      if (target) return target;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (!CONDITIONS.has(key)) continue;
      const target = exportTarget(inner);
      if (target) return target;
    }
  }
  return undefined;
}

/** The entry file of a package directory. */
function packageEntry(dir: string, label: string): string {
  const manifest = path.join(dir, 'package.json');
  let pkg: { exports?: unknown; main?: unknown } = {};
  if (existsSync(manifest)) {
    try {
      pkg = JSON.parse(readFileSync(manifest, 'utf8')) as typeof pkg;
    } catch (error) {
      throw new PluginNotFoundError(`${label} の package.json を読めません / cannot read ${label}'s package.json (${(error as Error).message})`);
    }
  }
  if (pkg.exports !== undefined) {
    const root =
      typeof pkg.exports === 'object' && pkg.exports !== null && !Array.isArray(pkg.exports) && Object.keys(pkg.exports).some((k) => k.startsWith('.'))
        ? (pkg.exports as Record<string, unknown>)['.']
        : pkg.exports;
    const target = exportTarget(root);
    if (!target || !target.startsWith('./')) {
      throw new PluginNotFoundError(`${label} の package.json の exports に import 用の入口がありません / ${label}'s package.json "exports" has no entry for import`);
    }
    const file = path.resolve(dir, target);
    if (!isFile(file)) throw new PluginNotFoundError(`${label} の入口 ${target} がありません / ${label}'s entry ${target} does not exist`);
    return file;
  }
  const main = typeof pkg.main === 'string' && pkg.main !== '' ? pkg.main : undefined;
  const candidates = main ? [main, `${main}.js`, path.join(main, 'index.js')] : ['index.js'];
  for (const candidate of candidates) {
    const file = path.resolve(dir, candidate);
    if (isFile(file)) return file;
  }
  throw new PluginNotFoundError(`${label} の入口 (${main ?? 'index.js'}) がありません / ${label} has no entry file (${main ?? 'index.js'})`);
}

/** The entry file a `plugins` entry names, seen from `configFile`; PluginNotFoundError when there is none. */
export function resolvePluginEntry(specifier: string, configFile: string): string {
  const from = path.dirname(configFile);
  if (isPathSpecifier(specifier)) {
    const target = path.resolve(from, specifier);
    if (isFile(target)) return target;
    if (isDirectory(target)) return packageEntry(target, specifier);
    throw new PluginNotFoundError(`${target} がありません / ${target} does not exist`);
  }
  const name = pluginPackageName(specifier);
  const searched: string[] = [];
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', ...name.split('/'));
    searched.push(path.join(dir, 'node_modules'));
    if (isDirectory(candidate)) return packageEntry(candidate, name);
    if (path.dirname(dir) === dir) break;
  }
  const shown = searched.length > 3 ? [...searched.slice(0, 3), '…'] : searched;
  throw new PluginNotFoundError(
    `パッケージ「${name}」が見つかりません。npm install --save-dev ${name} でインストールしてください / package "${name}" not found (install it with npm install --save-dev ${name}); looked in ${shown.join(', ')}`,
  );
}
