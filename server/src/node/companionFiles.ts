// The files a state machine keeps beside it, as the editor and `asl run` both find them:
// `<name>.input.json` (the execution input) and `<name>.mocks.json` (Step Functions Local mock file),
// and the check that picks this machine's entry in a mock file. Names work on paths with either
// separator and on URI paths, so the extension (vscode.Uri paths) and the CLI (file paths) share them.
import { existsSync } from 'node:fs';
import type { MockConfig } from '../core/interpreter/index';

export const INPUT_SUFFIX = '.input.json';
export const MOCKS_SUFFIX = '.mocks.json';

/** `examples/pickup-order.asl.json` -> `pickup-order`. */
export function machineBaseName(path: string): string {
  const file = path.split(/[\\/]/).pop() || 'state-machine';
  return file.replace(/\.asl\.(json|ya?ml)$/i, '').replace(/\.(json|ya?ml)$/i, '');
}

/** `examples/pickup-order.asl.json`, `.input.json` -> `examples/pickup-order.input.json` (same separator). */
export function companionPath(path: string, suffix: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return `${path.slice(0, cut + 1)}${machineBaseName(path)}${suffix}`;
}

/** The companion files that exist beside a definition on disk. */
export function findCompanionFiles(definitionPath: string): { input?: string; mocks?: string } {
  const found: { input?: string; mocks?: string } = {};
  const input = companionPath(definitionPath, INPUT_SUFFIX);
  const mocks = companionPath(definitionPath, MOCKS_SUFFIX);
  if (existsSync(input)) found.input = input;
  if (existsSync(mocks)) found.mocks = mocks;
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface MockCatalog {
  config: MockConfig;
  /** The key under StateMachines that this machine uses. */
  stateMachine: string;
  testCases: string[];
}

export type CheckedMocks = { ok: true; catalog: MockCatalog } | { ok: false; message: string };

/**
 * Checks the shape of a parsed mock file and picks this machine's entry: the one named like the file,
 * or the only one. Every test case must name only responses that exist.
 */
export function checkMockFile(value: unknown, machineName: string, fileName: string): CheckedMocks {
  if (!isRecord(value)) return { ok: false, message: `${fileName} must hold a JSON object with "StateMachines" and "MockedResponses".` };
  const machines = value.StateMachines;
  const responses = value.MockedResponses;
  if (!isRecord(machines)) return { ok: false, message: `${fileName} has no "StateMachines" object.` };
  if (responses !== undefined && !isRecord(responses)) return { ok: false, message: `"MockedResponses" in ${fileName} must be an object.` };
  const names = Object.keys(machines);
  const stateMachine = names.includes(machineName) ? machineName : names.length === 1 ? names[0]! : undefined;
  if (!stateMachine) {
    return {
      ok: false,
      message: `${fileName} has no entry for "${machineName}" under "StateMachines" (it has ${names.map((name) => `"${name}"`).join(', ') || 'none'}).`,
    };
  }
  const entry = machines[stateMachine];
  const testCases = isRecord(entry) && isRecord(entry.TestCases) ? entry.TestCases : undefined;
  if (!testCases || Object.keys(testCases).length === 0)
    return { ok: false, message: `"${stateMachine}" in ${fileName} has no "TestCases".` };
  for (const [testCase, mapping] of Object.entries(testCases)) {
    if (!isRecord(mapping)) return { ok: false, message: `Test case "${testCase}" in ${fileName} must map state names to response names.` };
    for (const [state, response] of Object.entries(mapping)) {
      if (typeof response !== 'string')
        return { ok: false, message: `In test case "${testCase}", state "${state}" must name a response (a string).` };
      if (!isRecord(responses) || !(response in responses)) {
        return {
          ok: false,
          message: `Test case "${testCase}" gives state "${state}" the response "${response}", which is not in "MockedResponses" of ${fileName}.`,
        };
      }
    }
  }
  for (const [name, response] of Object.entries(isRecord(responses) ? responses : {})) {
    if (!isRecord(response))
      return { ok: false, message: `Mocked response "${name}" in ${fileName} must be an object of invocations ("0", "1-2", ...).` };
    for (const [invocation, outcome] of Object.entries(response)) {
      if (!/^\d+(-\d+)?$/.test(invocation))
        return {
          ok: false,
          message: `Mocked response "${name}" has the key "${invocation}"; keys are invocation numbers like "0" or ranges like "1-3".`,
        };
      if (!isRecord(outcome) || (!('Return' in outcome) && !('Throw' in outcome))) {
        return { ok: false, message: `Mocked response "${name}", invocation "${invocation}", needs "Return" or "Throw".` };
      }
    }
  }
  return { ok: true, catalog: { config: value as MockConfig, stateMachine, testCases: Object.keys(testCases) } };
}
