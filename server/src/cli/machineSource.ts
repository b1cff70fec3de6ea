// Loads a state machine for `asl replay` and `asl run --on aws` through the shared loader
// (server/src/node/machineSource.ts), so a path and a machine inside an infrastructure file
// (`template.yaml#OrderFlow`, `main.tf#aws_sfn_state_machine.orders`) are found as everywhere else.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { LineIndex, type ExecutionType } from '../core';
import { UsageError } from '../node/usageError';
import { loadMachine as loadMachineSource, parseMachineReference } from '../node/machineSource';

export interface LoadedMachine {
  /** The file the definition's text is in (the template for an embedded machine). */
  path: string;
  /** The definition's JSON text as AWS takes it (YAML is converted, placeholders kept as strings). */
  json: string;
  definition: unknown;
  /** The execution type the template gives the machine, if any. */
  type?: ExecutionType;
  /** `path:line:col error CODE message` for each error found by local validation, in the file's coordinates. */
  errors: string[];
}

export async function loadMachine(reference: string): Promise<LoadedMachine> {
  const { file } = parseMachineReference(reference);
  if (!existsSync(file)) throw new UsageError(`state machine ${file} does not exist`);
  const loaded = await loadMachineSource(reference, process.cwd());
  if (!loaded.ok) throw new UsageError(`cannot read state machine ${reference}: ${loaded.message}`);
  const shown = loaded.file === loaded.hostFile ? file : relative(process.cwd(), loaded.file);
  const lines = new LineIndex(loaded.fileText);
  const errors = loaded.embedded.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => {
      const position = lines.positionAt(loaded.embedded.toHostSpan(d.offset, d.length).offset);
      return `${shown}:${position.line + 1}:${position.character + 1} ${d.severity} ${d.code} ${d.message}`;
    });
  // A plain JSON file goes to AWS as written (its formatting kept); anything else as its JSON value.
  const whole = loaded.embedded.definition;
  const verbatim =
    loaded.format === 'json' &&
    whole.offset === 0 &&
    whole.length === loaded.fileText.length &&
    loaded.text === loaded.fileText &&
    !errors.length;
  return {
    path: loaded.file,
    json: verbatim ? loaded.text : JSON.stringify(loaded.definition, null, 2),
    definition: loaded.definition,
    ...(loaded.type ? { type: loaded.type } : {}),
    errors,
  };
}
