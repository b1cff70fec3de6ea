/**
 * The other `.tf` files of a Terraform file's folder (its module), whose `variable` defaults and
 * `locals` the file's definitions may use. Read with the same guard as every definition file, at
 * most MAX_MODULE_FILES of them, and cached by modification time so an editor asking on each
 * change reads each file once until it changes.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ModuleFile } from '../core/index';
import { readTextFile } from './textFile';

const MAX_MODULE_FILES = 50;
const cache = new Map<string, { mtimeMs: number; size: number; text: string | undefined }>();

/** The module folder's other `.tf` files (unreadable ones left out); none for a path that is not a file on disk. */
export function terraformModuleTexts(path: string): ModuleFile[] {
  const folder = dirname(path);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /\.tf$/i.test(name) && name !== basename(path));
  } catch {
    return [];
  }
  const texts: ModuleFile[] = [];
  for (const name of names.sort().slice(0, MAX_MODULE_FILES)) {
    const file = join(folder, name);
    try {
      const stats = statSync(file);
      let entry = cache.get(file);
      if (!entry || entry.mtimeMs !== stats.mtimeMs || entry.size !== stats.size) {
        let text: string | undefined;
        try {
          text = readTextFile(file).text;
        } catch {
          text = undefined;
        }
        entry = { mtimeMs: stats.mtimeMs, size: stats.size, text };
        cache.set(file, entry);
      }
      if (entry.text !== undefined) texts.push({ name, text: entry.text });
    } catch {
      // Gone since the folder was listed.
    }
  }
  return texts;
}
