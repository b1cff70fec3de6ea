// What a debug session runs: the state machine (its value for the interpreter and its model for
// binding breakpoints to states), its input, its mocks and its handlers, read from the launch arguments.
// The machine is read through the shared loader (server/src/node/machineSource.ts), so `program`
// may be a definition file or `FILE#NAME`, a machine inside an infrastructure file. Lines are
// those of the file the definition's text is in (the template for an embedded machine): the
// machine's tree offsets are mapped to that file's offsets here, once, for every caller.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { type StateMachine, type ExecutionType, LineIndex } from '../core/index';
import type { MockConfig, StartExecutionOptions } from '../core/interpreter/index';
import { loadMachine, parseMachineReference } from '../node/machineSource';

/** The launch configuration of a `type: "asl"` debug session (the DAP contract of issue 13). */
export interface AslLaunchArguments {
  program: string;
  input?: unknown;
  inputFile?: string;
  mocks?: string;
  /**
   * Extension: a handlers file, as `asl run --handlers` takes (JSON binding Lambda function or state
   * names to JS modules), so Task states call the user's code while debugging.
   */
  handlers?: string;
  stateMachineName?: string;
  testCase?: string;
  executionType?: 'standard' | 'express';
  stopOnEntry?: boolean;
  /** Extension: stop when this state is first entered ("Run to State" before a session exists). */
  runToState?: string;
  /** Set by VS Code for Run Without Debugging. */
  noDebug?: boolean;
}

/** A problem with the launch arguments or the files they name, worded for the user. */
export class LaunchError extends Error {}

export interface LoadedProgram {
  /** Absolute path of the file that holds the machine's text (the template for `FILE#NAME`). */
  path: string;
  /** That file's text, whose lines breakpoints and stack frames use. */
  text: string;
  lines: LineIndex;
  machine: StateMachine;
  /** The definition as the interpreter takes it. */
  definition: unknown;
  /** The file's offset of an offset in the machine's tree (the identity for a standalone definition file). */
  fileOffset(treeOffset: number): number;
  /** The execution type the template gives the machine, if any. */
  type?: ExecutionType;
}

/** Reads and checks the machine; an invalid one is refused with its first errors and their lines. */
export async function loadProgram(program: string): Promise<LoadedProgram> {
  if (typeof program !== 'string' || program === '')
    throw new LaunchError('The launch configuration needs "program": the state machine file.');
  const { file } = parseMachineReference(program);
  if (!existsSync(resolve(file))) throw new LaunchError(`The state machine file ${resolve(file)} does not exist.`);
  const loaded = await loadMachine(program, process.cwd());
  if (!loaded.ok) throw new LaunchError(loaded.message);
  const { embedded, file: path, fileText: text } = loaded;
  const machine = embedded.machine!;
  const lines = new LineIndex(text);
  const fileOffset = (treeOffset: number): number => embedded.toHostSpan(treeOffset, 0).offset;
  const errors = embedded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    const shown = errors.slice(0, 5).map((d) => {
      const at = lines.positionAt(fileOffset(d.offset));
      return `  ${path}:${at.line + 1}:${at.character + 1} ${d.code} ${d.message}`;
    });
    const more = errors.length > shown.length ? `\n  ... and ${errors.length - shown.length} more` : '';
    const what = parseMachineReference(program).name === undefined ? path : `${loaded.hostFile}#${loaded.name}`;
    throw new LaunchError(`${what} is not a valid state machine:\n${shown.join('\n')}${more}`);
  }
  return { path, text, lines, machine, definition: loaded.definition, fileOffset, ...(loaded.type ? { type: loaded.type } : {}) };
}

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new LaunchError(`The ${what} ${path} does not exist.`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new LaunchError(`The ${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Relative inputFile, mocks and handlers paths are relative to the program's folder. */
function besideProgram(program: LoadedProgram, path: string): string {
  return isAbsolute(path) ? path : resolve(dirname(program.path), path);
}

/** The execution input: `input`, else the JSON of `inputFile`, else `{}`. */
export function launchInput(program: LoadedProgram, args: AslLaunchArguments): unknown {
  if (args.input !== undefined) return args.input;
  if (args.inputFile) return readJson(besideProgram(program, args.inputFile), 'input file');
  return {};
}

/**
 * The handlers file's absolute path, checked to exist and to be JSON; its modules are loaded in the
 * run's worker when the execution starts (as `asl run --handlers` loads them), and a module that
 * cannot be loaded ends the run with the reason.
 */
export function launchHandlers(program: LoadedProgram, args: AslLaunchArguments): string | undefined {
  if (args.handlers === undefined) return undefined;
  if (typeof args.handlers !== 'string' || args.handlers === '')
    throw new LaunchError('"handlers" must be the path of a handlers file (JSON binding function or state names to JS modules).');
  const path = besideProgram(program, args.handlers);
  readJson(path, 'handlers file');
  return path;
}

/** The mock configuration for the interpreter, with the machine and test case checked. */
export function launchMocks(program: LoadedProgram, args: AslLaunchArguments): StartExecutionOptions['mocks'] {
  if (!args.mocks) {
    if (args.testCase) throw new LaunchError('"testCase" needs "mocks": the mock file that defines it.');
    return undefined;
  }
  const path = besideProgram(program, args.mocks);
  const config = readJson(path, 'mock file') as MockConfig;
  const machines = Object.keys(config?.StateMachines ?? {});
  const stateMachine = args.stateMachineName ?? (machines.length === 1 ? machines[0] : undefined);
  if (!stateMachine)
    throw new LaunchError(
      `The mock file ${path} has ${machines.length} state machines (${machines.join(', ')}): choose one with "stateMachineName".`,
    );
  const testCases = Object.keys(config.StateMachines?.[stateMachine]?.TestCases ?? {});
  if (!config.StateMachines?.[stateMachine])
    throw new LaunchError(`The mock file ${path} has no state machine "${stateMachine}" (it has ${machines.join(', ') || 'none'}).`);
  const testCase = args.testCase ?? (testCases.length === 1 ? testCases[0] : undefined);
  if (!testCase || !testCases.includes(testCase)) {
    throw new LaunchError(
      `${args.testCase ? `"${stateMachine}" has no test case "${args.testCase}"` : `Choose a test case with "testCase"`} (the mock file has ${testCases.join(', ') || 'none'}).`,
    );
  }
  return { config, stateMachine, testCase };
}
