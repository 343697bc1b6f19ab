/**
 * Loads code plugins named in a config's `plugins`: resolve the entry (plugin-resolve.ts), import it
 * (ES module or CommonJS), validate its shape and every rule's meta (src/plugins/validate-plugin.ts).
 * Any failure is a ConfigError that names the plugin, the config entry and the reason, which the CLI
 * prints with exit code 2. Loading runs the plugin's module code: callers decide whether a config
 * may do that (the CLI: the config the user chose; the editor server: only when allowed).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { pluginNamespace } from '../plugins/namespace.js';
import type { PialintPlugin, PluginRef } from '../plugins/types.js';
import { validatePlugin } from '../plugins/validate-plugin.js';
import { PluginNotFoundError, resolvePluginEntry } from './plugin-resolve.js';
import { ConfigError, type ConfigLocation } from './types.js';

export interface LoadedPlugin {
  ref: PluginRef;
  plugin: PialintPlugin;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The plugin object of a module: its default export (ESM, or CommonJS `module.exports`), else its named exports. */
function pluginOf(namespace: Record<string, unknown>): unknown {
  if (isRecord(namespace.default) && 'meta' in namespace.default) return namespace.default;
  if ('meta' in namespace) return { meta: namespace.meta, rules: namespace.rules, presets: namespace.presets };
  return namespace.default;
}

/** Imported and validated plugins by entry file: a plugin named by several configs loads once. */
const imported = new Map<string, Promise<PialintPlugin>>();

class InvalidPluginError extends Error {}

async function importOnce(file: string): Promise<PialintPlugin> {
  let pending = imported.get(file);
  if (!pending) {
    pending = (async () => {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const { plugin, problems } = validatePlugin(pluginOf(module));
      if (!plugin) throw new InvalidPluginError(problems.join('; '));
      return plugin;
    })();
    imported.set(file, pending);
    // A failed import is not remembered: fixing the file and trying again (the editor) must work.
    pending.catch(() => imported.delete(file));
  }
  return pending;
}

/**
 * The line of a syntax error in a plugin file: Node's import() does not say where the error is, but
 * its syntax check does (as an ES module, then as CommonJS). Only run after an import failed.
 */
function syntaxErrorLine(file: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  for (const type of ['module', 'commonjs']) {
    const check = spawnSync(process.execPath, [`--input-type=${type}`, '--check'], { input: text, encoding: 'utf8', timeout: 10_000 });
    const line = /^\[stdin\]:(\d+)/m.exec(check.stderr ?? '')?.[1];
    if (check.status !== 0 && line) return Number(line);
  }
  return undefined;
}

function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Loads one `plugins` entry of `configFile` (`location` is the entry in that file). Throws a
 * ConfigError naming the plugin and the reason: not found, failed to load (a syntax error, a throw
 * at load time), or invalid (shape or rule meta).
 */
export async function loadPlugin(specifier: string, configFile: string, location?: ConfigLocation): Promise<LoadedPlugin> {
  const fail = (ja: string, en: string, reason: string): never => {
    throw new ConfigError(`プラグイン「${specifier}」${ja} / plugin "${specifier}" ${en}: ${reason}`, configFile, location);
  };
  let file: string;
  try {
    file = resolvePluginEntry(specifier, configFile);
  } catch (error) {
    if (error instanceof PluginNotFoundError) return fail('が見つかりません', 'not found', error.message);
    throw error;
  }
  let plugin: PialintPlugin;
  try {
    plugin = await importOnce(file);
  } catch (error) {
    if (error instanceof InvalidPluginError) return fail('は不正です', 'is invalid', error.message);
    const e = error instanceof Error ? error : new Error(String(error));
    const line = e.name === 'SyntaxError' ? syntaxErrorLine(file) : undefined;
    return fail('を読み込めません', 'failed to load', `${e.name === 'Error' ? '' : `${e.name}: `}${e.message} (${file}${line !== undefined ? `:${line}` : ''})`);
  }
  return {
    plugin,
    ref: {
      namespace: pluginNamespace(plugin.meta.name),
      name: plugin.meta.name,
      version: plugin.meta.version,
      specifier,
      file,
      configFile,
      hash: fileHash(file),
    },
  };
}

/** Imports a plugin again from a ref (a worker thread repeating the main thread's load). */
export async function loadPluginRef(ref: PluginRef): Promise<LoadedPlugin> {
  return { ref, plugin: await importOnce(ref.file) };
}
