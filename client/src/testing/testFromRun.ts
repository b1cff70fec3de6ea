// "Create test from this run": turns a finished run into a test that pins its input, mocks (the test
// case), the top-level path and the output (or error and cause), and adds it to the machine's test
// file text, creating the file when there is none. Pure (no vscode), so it is unit-tested.
import type { ExecutionStatus, HistoryEvent } from '../../../server/src/core/interpreter/index';

export interface FinishedRun {
  /** The machine's file name, e.g. order.asl.json (the test file sits beside it). */
  machineFileName: string;
  /** The mock file's name beside the machine, when the run used one of its test cases. */
  mockFileName?: string;
  testCase?: string;
  input: unknown;
  status: ExecutionStatus;
  output?: unknown;
  error?: string;
  cause?: string;
  events: readonly HistoryEvent[];
  /** Names of the machine's top-level states (the scope of `path`). */
  topLevelStates: ReadonlySet<string>;
}

/** `<name>.asl.test.json` for `<name>.asl.json|yaml|yml`. */
export function testFileNameFor(machineFileName: string): string {
  return machineFileName.replace(/\.asl\.(json|ya?ml)$/i, '') + '.asl.test.json';
}

export function testOfRun(run: FinishedRun): Record<string, unknown> {
  const path: string[] = [];
  for (const event of run.events) {
    if (!event.type.endsWith('StateEntered')) continue;
    const name = (event.stateEnteredEventDetails as { name?: string } | undefined)?.name;
    if (name !== undefined && run.topLevelStates.has(name)) path.push(name);
  }
  const expect: Record<string, unknown> = { status: run.status };
  if (run.status === 'SUCCEEDED') expect.output = run.output;
  if (run.error !== undefined) expect.error = run.error;
  if (run.cause !== undefined) expect.cause = run.cause;
  expect.path = path;
  const test: Record<string, unknown> = { input: run.input };
  if (run.testCase) test.testCase = run.testCase;
  test.expect = expect;
  return test;
}

export type TestFileEdit = { ok: true; text: string; testName: string } | { ok: false; message: string };

/**
 * The test file's new text with the run's test added under a fresh name. `existing` is the current
 * JSON text (undefined: a new file). A file that is not a JSON object, or that names another machine
 * or mock file, is not changed.
 */
export function addTestOfRun(existing: string | undefined, run: FinishedRun, wantedName: string): TestFileEdit {
  let file: Record<string, unknown>;
  if (existing === undefined || existing.trim() === '') {
    file = { stateMachine: `./${run.machineFileName}` };
    if (run.mockFileName && run.testCase) file.mocks = `./${run.mockFileName}`;
    file.tests = {};
  } else {
    try {
      file = JSON.parse(existing) as Record<string, unknown>;
    } catch (error) {
      return { ok: false, message: `the test file is not valid JSON (${(error as Error).message}); fix it first` };
    }
    if (typeof file !== 'object' || file === null || Array.isArray(file))
      return { ok: false, message: 'the test file is not a JSON object' };
    if (run.testCase && run.mockFileName) {
      if (file.mocks === undefined) file.mocks = `./${run.mockFileName}`;
      else if (typeof file.mocks === 'string' && file.mocks.replace(/^\.\//, '') !== run.mockFileName)
        return { ok: false, message: `the test file uses the mock config ${file.mocks}, the run used ${run.mockFileName}` };
    }
    if (typeof file.tests !== 'object' || file.tests === null || Array.isArray(file.tests)) file.tests = {};
  }
  const tests = file.tests as Record<string, unknown>;
  let name = wantedName;
  for (let copy = 2; Object.prototype.hasOwnProperty.call(tests, name); copy++) name = `${wantedName} (${copy})`;
  tests[name] = testOfRun(run);
  return { ok: true, text: JSON.stringify(file, null, 2) + '\n', testName: name };
}
