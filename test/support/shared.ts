import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared data folder beside the repository (conformance cases, corpus); ASL_SHARED overrides. */
export const sharedDir = process.env.ASL_SHARED ? resolve(process.env.ASL_SHARED) : resolve(process.cwd(), '..', 'shared');

/**
 * A folder of the shared data that a suite needs. When it is missing or empty this throws while the
 * test file loads, so the file fails at once and loudly, the same way for every suite: a missing
 * corpus must never pass as skipped tests.
 */
export function requireShared(...parts: string[]): string {
  const dir = join(sharedDir, ...parts);
  if (!existsSync(dir) || !statSync(dir).isDirectory() || readdirSync(dir).length === 0)
    throw new Error(
      `The shared test data ${dir} is missing or empty. The tests need the shared folder beside the repository (../shared, ` +
        'with corpus/ and conformance/); set ASL_SHARED to use another place.',
    );
  return dir;
}

/** Every file under the shared folder `parts` whose name passes `accept`, sorted; throws like requireShared when there is none. */
export function listSharedFiles(parts: string, accept: (name: string) => boolean): string[] {
  const dir = requireShared(...parts.split('/'));
  const files = listFiles(dir, accept);
  if (files.length === 0) throw new Error(`The shared test data ${dir} has no files the tests can use.`);
  return files;
}

/** Every file under `dir` whose name passes `accept`, sorted, as absolute paths. */
export function listFiles(dir: string, accept: (name: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    if (!existsSync(current)) return;
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (accept(name)) found.push(path);
    }
  };
  walk(dir);
  return found;
}

export const isAslFile = (name: string): boolean => /\.asl\.(json|ya?ml)$/.test(name);
