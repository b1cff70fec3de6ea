// Runs the tests of test files (`*.asl.test.json|yaml|yml`): reads each file, its machine, mock
// config and inputs (paths relative to the test file), runs every test through the isolated runner
// (a worker thread each, with a time limit) and checks its expectations with the core. Used by
// `asl test`; the extension runs that command as a child process.
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  type Diagnostic,
  type StateMachine,
  type TestDefinition,
  type TestFailure,
  type TestFileModel,
  type CoverageRecord,
  LineIndex,
  buildTestMocks,
  checkTestFileAgainstMachine,
  emptyCoverage,
  evaluateExpectations,
  formatForFileName,
  isTestFileName,
  parseDocument,
  pathTaken,
  readTestFile,
  recordTransitions,
  selectMockStateMachine,
  toValue,
} from '../core';
import type { MockConfig, Transition } from '../core/interpreter';
import { type IsolatedRunResult, startIsolatedRun } from './isolatedRun';
import { loadMachine as loadMachineSource } from './machineSource';

/** Default time limit of one test's run (a machine in virtual time runs in milliseconds). */
export const DEFAULT_TEST_TIMEOUT_MS = 10_000;

/** A problem that stops a whole test file (exit code 2): unreadable, invalid, or a file it names is missing. */
export interface TestFileError {
  file: string;
  message: string;
  /** 1-based, when the problem has a place in the test file. */
  line?: number;
  column?: number;
  code?: string;
}

export interface TestResult {
  file: string;
  name: string;
  status: 'passed' | 'failed';
  failures: (TestFailure & { line?: number; column?: number })[];
  durationMs: number;
  /** The top-level states entered, in order. */
  path: string[];
}

export interface LoadedMachine {
  /** Absolute path of the machine file; `FILE#NAME` for a machine embedded in an infrastructure file. */
  path: string;
  machine: StateMachine;
  definition: Record<string, unknown>;
  /** The machine lives inside an infrastructure file (its model's offsets are the definition's, not the file's). */
  embedded: boolean;
  /** The execution type the template gives the machine, if any. */
  type?: 'STANDARD' | 'EXPRESS';
  /** The file the definition's text is in (the template, or the file it points at) and its text. */
  file: string;
  fileText: string;
  /** That file's offset of an offset in the machine's tree (coverage is shown in the file). */
  fileOffset(treeOffset: number): number;
}

export interface TestFileRun {
  file: string;
  results: TestResult[];
  errors: TestFileError[];
  machine?: LoadedMachine;
  coverage: CoverageRecord;
}

export interface RunTestFileOptions {
  timeoutMs?: number;
  /** Only tests whose name contains this text (case-insensitive). */
  filter?: string;
  /** At most this many runs at once (default: the number of CPUs). */
  concurrency?: number;
}

/** Every test file under the given files and folders (folders recursively, skipping node_modules and dot folders). */
export function findTestFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      let stats;
      try {
        stats = statSync(path);
      } catch {
        continue;
      }
      if (stats.isDirectory()) walk(path);
      else if (isTestFileName(name)) files.push(path);
    }
  };
  for (const path of paths) {
    if (!existsSync(path)) missing.push(path);
    else if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}

class FileProblem extends Error {
  constructor(
    message: string,
    readonly place?: { line: number; column: number; code: string },
  ) {
    super(message);
  }
}

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new FileProblem(`${what} ${path} does not exist`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new FileProblem(`cannot read ${what} ${path}: ${(error as Error).message}`);
  }
}

/** A JSON or YAML data file (input, mock config) as a value; problems name the file and the place. */
function readDataFile(path: string, what: string): unknown {
  const text = readText(path, what);
  const document = parseDocument(text, formatForFileName(path));
  const problem = document.problems[0];
  if (problem) {
    const position = new LineIndex(text).positionAt(problem.offset);
    throw new FileProblem(`${what} ${path}:${position.line + 1}:${position.character + 1} is not valid: ${problem.message}`);
  }
  return toValue(document.root);
}

/**
 * Loads the machine a test file names (relative to the test file): a machine file, or `FILE#NAME`
 * for a machine embedded in a SAM, CloudFormation, CDK, Terraform or Serverless file (through the
 * shared loader, server/src/node/machineSource.ts). An invalid machine is a file problem.
 */
export async function loadMachine(reference: string, testFileDir: string): Promise<LoadedMachine> {
  const loaded = await loadMachineSource(reference, testFileDir);
  if (!loaded.ok) throw new FileProblem(`state machine ${reference}: ${loaded.message}`);
  const model = loaded.embedded.machine;
  const embedded = reference.includes('#') || loaded.file !== resolve(testFileDir, reference);
  const path = embedded ? `${loaded.hostFile}#${loaded.name}` : loaded.hostFile;
  if (!model?.root) throw new FileProblem(`state machine ${path} is not a state machine (no StartAt and States)`);
  const fileOffset = (treeOffset: number): number => loaded.embedded.toHostSpan(treeOffset, 0).offset;
  const errors = loaded.embedded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    const first = errors[0]!;
    // In the coordinates of the file the definition is written in (the template for an embedded one).
    const position = new LineIndex(loaded.fileText).positionAt(fileOffset(first.offset));
    throw new FileProblem(
      `state machine ${path} is not valid (${errors.length} error${errors.length === 1 ? '' : 's'}; first at ${embedded ? `${basename(loaded.file)}:` : ''}${position.line + 1}:${position.character + 1}: ${first.code} ${first.message})`,
    );
  }
  const machine: LoadedMachine = {
    path,
    machine: model,
    definition: loaded.definition as Record<string, unknown>,
    embedded,
    file: loaded.file,
    fileText: loaded.fileText,
    fileOffset,
  };
  if (loaded.type) machine.type = loaded.type;
  return machine;
}

function problemToError(file: string, text: string, problem: Diagnostic): TestFileError {
  const position = new LineIndex(text).positionAt(problem.offset);
  return { file, message: problem.message, line: position.line + 1, column: position.character + 1, code: problem.code };
}

interface PreparedTest {
  test: TestDefinition;
  input: unknown;
  mocks?: NonNullable<ReturnType<typeof buildTestMocks>['mocks']>;
}

/** Reads a test file and everything it names; runs its tests (those the filter keeps). Never rejects. */
export async function runTestFile(file: string, options: RunTestFileOptions = {}): Promise<TestFileRun> {
  const run: TestFileRun = { file, results: [], errors: [], coverage: emptyCoverage() };
  let text: string;
  let model: TestFileModel;
  const prepared: PreparedTest[] = [];
  try {
    text = readText(file, 'test file');
    const read = readTestFile(text, formatForFileName(file));
    if (read.problems.length) {
      run.errors.push(...read.problems.map((problem) => problemToError(file, text, problem)));
      return run;
    }
    model = read.model;
    const dir = dirname(file);
    run.machine = await loadMachine(model.stateMachine!.value, dir);
    let config: MockConfig | undefined;
    let mockMachine: string | undefined;
    if (model.mocks) {
      config = readDataFile(resolve(dir, model.mocks.value), 'mock config') as MockConfig;
      if (typeof config !== 'object' || config === null || Array.isArray(config))
        throw new FileProblem(`mock config ${resolve(dir, model.mocks.value)} must be an object with StateMachines and MockedResponses`);
      // An embedded machine's default StateMachines entry is its name in the template.
      const machineName = run.machine.embedded ? run.machine.path.slice(run.machine.path.lastIndexOf('#') + 1) : run.machine.path;
      const selected = selectMockStateMachine(config, model.stateMachineName?.value, machineName);
      // Only a test that uses a test case needs the StateMachines entry.
      if ('name' in selected) mockMachine = selected.name;
      else if (model.tests.some((test) => test.testCase)) throw new FileProblem(selected.problem);
    }
    const testCases = config && mockMachine ? Object.keys(config.StateMachines?.[mockMachine]?.TestCases ?? {}) : undefined;
    const facts = testCases ? { machine: run.machine.machine, testCases } : { machine: run.machine.machine };
    const checked = checkTestFileAgainstMachine(model, facts);
    if (checked.length) {
      run.errors.push(...checked.map((problem) => problemToError(file, text, problem)));
      return run;
    }
    const filter = options.filter?.toLowerCase();
    for (const test of model.tests) {
      if (filter && !test.name.toLowerCase().includes(filter)) continue;
      const input = test.inputFile ? readDataFile(resolve(dir, test.inputFile.value), 'input file') : test.input ? test.input.value : {};
      const built = buildTestMocks({ config, stateMachine: mockMachine, testCase: test.testCase?.value, stateMocks: test.mocks?.value });
      if (built.problem) throw new FileProblem(`test "${test.name}": ${built.problem}`);
      prepared.push(built.mocks ? { test, input, mocks: built.mocks } : { test, input });
    }
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    run.errors.push({ file, message: error.message });
    return run;
  }
  const machine = run.machine!;
  const topLevelStates = new Set(machine.machine.root?.states.keys() ?? []);
  const lines = new LineIndex(text);
  const record = recordTransitions(run.coverage);
  const runOne = async (item: PreparedTest): Promise<TestResult> => {
    const started = performance.now();
    const outcome = await startIsolatedRun({
      definition: machine.definition,
      input: item.input,
      type: item.test.type ?? machine.type ?? 'STANDARD',
      ...(item.mocks ? { mocks: item.mocks } : {}),
      stateMachineName: machine.embedded
        ? machine.path.slice(machine.path.lastIndexOf('#') + 1)
        : basename(machine.path).replace(/\.asl\.(json|ya?ml)$/i, ''),
      recordTransitions: true,
      recordEvents: true,
      timeoutMs: options.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS,
    }).result;
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const entered: Transition[] = outcome.transitions ?? [];
    for (const transition of entered) record(transition);
    const failures: TestFailure[] = runnerFailures(outcome);
    if (failures.length === 0) failures.push(...evaluateExpectations(item.test.expect, { result: outcome, entered, topLevelStates }));
    const located = failures.map((failure) => {
      const at = failure.at ?? { offset: item.test.property.offset, length: 0 };
      const position = lines.positionAt(at.offset);
      return { ...failure, line: position.line + 1, column: position.character + 1 };
    });
    return {
      file,
      name: item.test.name,
      status: located.length ? 'failed' : 'passed',
      failures: located,
      durationMs,
      path: pathTaken({ entered, topLevelStates }),
    };
  };
  run.results = await mapConcurrently(prepared, options.concurrency ?? Math.max(1, availableParallelism()), runOne);
  return run;
}

/** A run the runner itself ended (time limit, memory, crash, setup) fails its test whatever it expected. */
function runnerFailures(outcome: IsolatedRunResult): TestFailure[] {
  if (outcome.setupError) return [{ kind: 'run', message: `the run could not start: ${outcome.setupError}` }];
  if (outcome.stoppedBy && outcome.stoppedBy !== 'cancel')
    return [{ kind: 'run', message: `the run was stopped: ${outcome.cause ?? outcome.stoppedBy}` }];
  return [];
}

/** Maps with at most `limit` promises pending; results keep the input order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
