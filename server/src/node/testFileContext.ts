// What the language server needs to check a test file against its machine: the machine's model and
// the mock config's test cases, read from disk (or from the editor, when the file is open there).
// The machine may be `FILE#NAME`, a machine inside an infrastructure file (read as every surface
// reads it, through machineSource.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  buildStateMachine,
  formatForFileName,
  hostKindOf,
  parseDocument,
  selectMockStateMachine,
  toValue,
  type HclParser,
  type MachineFacts,
  type StateMachine,
  type TestFileModel,
} from '../core';
import { chooseMachine, parseMachineReference, readFileMachines } from './machineSource';
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
  hcl?: HclParser,
): MachineFacts | undefined {
  const reference = model.stateMachine?.value;
  if (!reference) return undefined;
  const dir = dirname(testFilePath);
  const { file, name } = parseMachineReference(reference);
  const machinePath = resolve(dir, file);
  const machineText = textOf(machinePath, openText);
  if (machineText === undefined) return undefined;
  let machine: StateMachine | undefined;
  // The name the mock config's StateMachines entry goes by by default: the file's, or the embedded machine's.
  let mockName = machinePath;
  const kind = hostKindOf(machinePath, machineText);
  if (name === undefined && (kind === undefined || kind === 'definition')) {
    machine = buildStateMachine(parseDocument(machineText, formatForFileName(machinePath)));
  } else {
    const found = chooseMachine(readFileMachines(machinePath, machineText, hcl), file, name);
    if ('message' in found) return undefined;
    machine = found.machine.machine.machine;
    mockName = found.machine.name;
  }
  if (!machine?.root) return undefined;
  if (!model.mocks) return { machine };
  const mockText = textOf(resolve(dir, model.mocks.value), openText);
  const config =
    mockText === undefined
      ? undefined
      : (toValue(parseDocument(mockText, formatForFileName(model.mocks.value)).root) as MockConfig | undefined);
  if (!config || typeof config !== 'object') return { machine };
  const selected = selectMockStateMachine(config, model.stateMachineName?.value, mockName);
  if (!('name' in selected)) return { machine };
  return { machine, testCases: Object.keys(config.StateMachines?.[selected.name]?.TestCases ?? {}) };
}
