import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared data folder beside the repository (conformance cases, corpus); ASL_SHARED overrides. */
export const sharedDir = process.env.ASL_SHARED ? resolve(process.env.ASL_SHARED) : resolve(process.cwd(), '..', 'shared');

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
