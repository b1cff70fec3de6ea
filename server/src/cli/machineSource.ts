// Loads a state machine for `asl replay` and `asl run --on aws`: the one place a machine path is
// turned into its text and value, so machines embedded in templates (`FILE#NAME`, from the infra
// readers) can be routed here later without touching the commands.
import { existsSync, readFileSync } from 'node:fs';
import { LineIndex, formatForFileName, parseDocument, toValue, validateDocument } from '../core';
import { UsageError } from '../node/interpreterPorts';

export interface LoadedMachine {
  path: string;
  /** The definition's JSON text as AWS takes it (YAML is converted). */
  json: string;
  definition: unknown;
  /** `path:line:col error CODE message` for each error found by local validation. */
  errors: string[];
}

export function loadMachine(path: string): LoadedMachine {
  if (!existsSync(path)) throw new UsageError(`state machine ${path} does not exist`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read state machine ${path}: ${(error as Error).message}`);
  }
  const format = formatForFileName(path);
  const lines = new LineIndex(text);
  const errors = validateDocument(text, format)
    .filter((d) => d.severity === 'error')
    .map((d) => {
      const position = lines.positionAt(d.offset);
      return `${path}:${position.line + 1}:${position.character + 1} ${d.severity} ${d.code} ${d.message}`;
    });
  let definition: unknown;
  if (format === 'json') {
    try {
      definition = JSON.parse(text);
    } catch {
      definition = toValue(parseDocument(text, format).root);
    }
  } else definition = toValue(parseDocument(text, format).root);
  return { path, json: format === 'json' && !errors.length ? text : JSON.stringify(definition, null, 2), definition, errors };
}
