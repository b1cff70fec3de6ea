// What the language server needs to check a test file against its machine: the machine's model and
// the mock config's test cases, read from disk (or from the editor, when the file is open there).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  buildStateMachine,
  formatForFileName,
  parseDocument,
  selectMockStateMachine,
  toValue,
  type MachineFacts,
  type TestFileModel,
} from '../core';
import type { MockConfig } from '../core/interpreter';

/** The text of a file: from `openText` (the editor's unsaved text) when it has it, else from disk. */
function textOf(path: string, openText: (path: string) => string | undefined): string | undefined {
  const open = openText(path);
  if (open !== undefined) return open;
  if (!existsSync(path)) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The facts to check a test file with; undefined when its machine cannot be read (then nothing is checked against it). */
export function testFileFacts(
  testFilePath: string,
  model: TestFileModel,
  openText: (path: string) => string | undefined = () => undefined,
): MachineFacts | undefined {
  const reference = model.stateMachine?.value;
  if (!reference || reference.includes('#')) return undefined;
  const dir = dirname(testFilePath);
  const machinePath = resolve(dir, reference);
  const machineText = textOf(machinePath, openText);
  if (machineText === undefined) return undefined;
  const machine = buildStateMachine(parseDocument(machineText, formatForFileName(machinePath)));
  if (!machine.root) return undefined;
  if (!model.mocks) return { machine };
  const mockText = textOf(resolve(dir, model.mocks.value), openText);
  const config =
    mockText === undefined
      ? undefined
      : (toValue(parseDocument(mockText, formatForFileName(model.mocks.value)).root) as MockConfig | undefined);
  if (!config || typeof config !== 'object') return { machine };
  const selected = selectMockStateMachine(config, model.stateMachineName?.value, machinePath);
  if (!('name' in selected)) return { machine };
  return { machine, testCases: Object.keys(config.StateMachines?.[selected.name]?.TestCases ?? {}) };
}
