// `asl run`: executes a state machine locally with the core interpreter. This module owns the
// file and argv side: reading the definition, input, mocks and handlers, and printing the result.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineIndex, formatForFileName, parseDocument, toValue, validateDocument } from '../core';
import { type ExecutionResult, type HistoryEvent, type MockConfig, type StartExecutionOptions, startExecution } from '../core/interpreter';
import { UsageError, loadHandlers, localItemReader, localResultWriter, nodeHash } from '../node/interpreterPorts';
import { nodeRuntimePorts } from '../node/runtimePorts';

export const runUsage = `Usage: asl run <definition> [options]

Runs the state machine locally, as AWS Step Functions would.

Options:
  --input JSON|@file        execution input (default {})
  --mocks FILE              Step Functions Local mock file (MockConfigFile.json format)
  --state-machine NAME      state machine in the mock file (optional when it has one)
  --test-case NAME          test case in the mock file (required with --mocks)
  --handlers FILE           JSON file binding Lambda function or state names to JS modules
  --type standard|express   execution type (default standard)
  --real-time               wait for real in Wait states and retries (default: virtual time)
  --no-events               do not keep the history (faster, flat memory)
  --max-events N            history event limit (default 25000 for standard; 0 = no limit)
  --items-dir DIR           where ItemReader finds files (default: the definition's folder)
  --results-dir DIR         where ResultWriter writes (default: ./asl-results)
  --format text|json        output format (default text)

Exit status: 0 succeeded, 1 failed/timed out/aborted or invalid definition, 2 usage or file error.`;

interface RunArguments {
  definitionPath: string;
  input: string;
  mocks?: string;
  stateMachine?: string;
  testCase?: string;
  handlers?: string;
  type: 'STANDARD' | 'EXPRESS';
  realTime: boolean;
  events: boolean;
  maxEvents?: number;
  itemsDir?: string;
  resultsDir?: string;
  format: 'text' | 'json';
}

function parseArguments(argv: string[]): RunArguments | 'help' {
  const args: Partial<RunArguments> = { input: '{}', type: 'STANDARD', realTime: false, events: true, format: 'text' };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--help':
      case '-h':
        return 'help';
      case '--input':
        args.input = value();
        break;
      case '--mocks':
        args.mocks = value();
        break;
      case '--state-machine':
        args.stateMachine = value();
        break;
      case '--test-case':
        args.testCase = value();
        break;
      case '--handlers':
        args.handlers = value();
        break;
      case '--type': {
        const type = value().toUpperCase();
        if (type !== 'STANDARD' && type !== 'EXPRESS')
          throw new UsageError(`--type must be standard or express, not ${type.toLowerCase()}`);
        args.type = type;
        break;
      }
      case '--real-time':
        args.realTime = true;
        break;
      case '--no-events':
        args.events = false;
        break;
      case '--max-events': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0) throw new UsageError('--max-events must be a whole number (0 = no limit)');
        args.maxEvents = n === 0 ? Infinity : n;
        break;
      }
      case '--items-dir':
        args.itemsDir = value();
        break;
      case '--results-dir':
        args.resultsDir = value();
        break;
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
        args.format = format;
        break;
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        positional.push(arg);
    }
  }
  if (positional.length !== 1) throw new UsageError(positional.length ? 'give exactly one definition file' : 'missing the definition file');
  args.definitionPath = positional[0]!;
  if (args.mocks && !args.testCase) throw new UsageError('--mocks needs --test-case NAME');
  if (!args.mocks && (args.testCase || args.stateMachine)) throw new UsageError('--test-case and --state-machine need --mocks FILE');
  return args as RunArguments;
}

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new UsageError(`${what} ${path} does not exist`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as Error).message}`);
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads and validates the definition; returns its value, or prints diagnostics and returns undefined. */
function loadDefinition(path: string): unknown {
  const text = readText(path, 'definition file');
  const format = formatForFileName(path);
  const diagnostics = validateDocument(text, format).filter((d) => d.severity === 'error');
  if (diagnostics.length) {
    const lines = new LineIndex(text);
    for (const d of diagnostics) {
      const position = lines.positionAt(d.offset);
      process.stderr.write(`${path}:${position.line + 1}:${position.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
    }
    process.stderr.write(
      `asl run: ${path} is not a valid state machine (${diagnostics.length} error${diagnostics.length === 1 ? '' : 's'})\n`,
    );
    return undefined;
  }
  if (format === 'json') {
    try {
      return JSON.parse(text);
    } catch {
      // Anything the validator let through but JSON.parse refuses is read from the syntax tree.
    }
  }
  return toValue(parseDocument(text, format).root);
}

function loadMocks(args: RunArguments): StartExecutionOptions['mocks'] {
  if (!args.mocks) return undefined;
  const config = parseJson(readText(args.mocks, 'mock file'), `mock file ${args.mocks}`) as MockConfig;
  const machines = Object.keys(config.StateMachines ?? {});
  let stateMachine = args.stateMachine;
  if (!stateMachine) {
    if (machines.length !== 1)
      throw new UsageError(`the mock file has ${machines.length} state machines (${machines.join(', ')}); choose one with --state-machine`);
    stateMachine = machines[0]!;
  }
  const machine = config.StateMachines?.[stateMachine];
  if (!machine) throw new UsageError(`the mock file has no state machine "${stateMachine}" (it has ${machines.join(', ') || 'none'})`);
  if (!machine.TestCases?.[args.testCase!]) {
    throw new UsageError(
      `state machine "${stateMachine}" has no test case "${args.testCase}" (it has ${Object.keys(machine.TestCases ?? {}).join(', ') || 'none'})`,
    );
  }
  return { config, stateMachine, testCase: args.testCase! };
}

export async function run(argv: string[]): Promise<number> {
  try {
    const args = parseArguments(argv);
    if (args === 'help') {
      process.stdout.write(runUsage + '\n');
      return 0;
    }
    const definition = loadDefinition(args.definitionPath);
    if (definition === undefined) return 1;
    const inputText = args.input.startsWith('@') ? readText(args.input.slice(1), 'input file') : args.input;
    const input = parseJson(inputText, args.input.startsWith('@') ? `input file ${args.input.slice(1)}` : 'the --input value');
    const controller = new AbortController();
    const onSignal = (): void => controller.abort();
    process.once('SIGINT', onSignal);
    const options: StartExecutionOptions = {
      type: args.type,
      realTime: args.realTime,
      // JSON output carries the history; the text trace streams it instead of keeping it.
      recordEvents: args.events && args.format === 'json',
      signal: controller.signal,
      hash: nodeHash,
      ...nodeRuntimePorts,
      itemReader: localItemReader(resolve(args.itemsDir ?? dirname(args.definitionPath))),
      resultWriter: localResultWriter(resolve(args.resultsDir ?? 'asl-results')),
    };
    const mocks = loadMocks(args);
    if (mocks) options.mocks = mocks;
    if (args.handlers) options.taskInvoker = await loadHandlers(args.handlers);
    if (args.maxEvents !== undefined) options.maxEvents = args.maxEvents;
    const trace = args.format === 'text' ? new TraceWriter((text) => process.stdout.write(text)) : undefined;
    if (trace && args.events) options.onEvent = (event) => trace.event(event);
    const result = await startExecution(definition, input, options);
    process.removeListener('SIGINT', onSignal);
    if (args.format === 'json') process.stdout.write(JSON.stringify(resultJson(result)) + '\n');
    else trace!.summary(result);
    return result.status === 'SUCCEEDED' ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`asl run: ${error.message}\nRun "asl run --help" for the options.\n`);
      return 2;
    }
    throw error;
  }
}

function resultJson(result: ExecutionResult): Record<string, unknown> {
  const out: Record<string, unknown> = { status: result.status };
  if (result.status === 'SUCCEEDED') out.output = result.output;
  if (result.error !== undefined) out.error = result.error;
  if (result.cause !== undefined) out.cause = result.cause;
  out.events = result.events;
  return out;
}

function abbreviate(text: unknown, max = 120): string {
  const s = typeof text === 'string' ? text : JSON.stringify(text);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A readable trace, written as the execution goes: one line per state entered/exited and per task or iteration event. */
export class TraceWriter {
  private depth = 0;
  constructor(private readonly write: (text: string) => void) {}

  event(event: HistoryEvent): void {
    this.write(
      traceLine(
        event,
        () => this.depth,
        (d) => (this.depth = d),
      ) + '\n',
    );
  }

  summary(result: ExecutionResult): void {
    const lines = ['', `Status: ${result.status}`];
    if (result.status === 'SUCCEEDED') lines.push(`Output: ${JSON.stringify(result.output, null, 2)}`);
    if (result.error !== undefined) lines.push(`Error:  ${result.error}`);
    if (result.cause !== undefined) lines.push(`Cause:  ${result.cause}`);
    this.write(lines.join('\n') + '\n');
  }
}

function traceLine(event: HistoryEvent, depth: () => number, setDepth: (d: number) => void): string {
  const type = event.type;
  const details = Object.entries(event).find(([key]) => key.endsWith('EventDetails'))?.[1] as Record<string, unknown> | undefined;
  const time = event.timestamp.slice(11, 23);
  if (type.endsWith('StateEntered')) {
    const line = `${time} ${'  '.repeat(depth())}→ ${details?.name} (${type.replace('StateEntered', '')})  input ${abbreviate(details?.input)}`;
    setDepth(depth() + 1);
    return line;
  }
  if (type.endsWith('StateExited')) {
    setDepth(Math.max(0, depth() - 1));
    return `${time} ${'  '.repeat(depth())}← ${details?.name}  output ${abbreviate(details?.output)}`;
  }
  if (type === 'ExecutionFailed' || type === 'ExecutionTimedOut' || type === 'ExecutionAborted') {
    return `${time} ■ ${type.replace('Execution', 'execution ').toLowerCase()} ${details?.error ?? ''} ${abbreviate(details?.cause ?? '', 200)}`.trimEnd();
  }
  if (type === 'TaskFailed' || type === 'TaskTimedOut') {
    return `${time} ${'  '.repeat(depth())}✗ ${type} ${details?.error ?? ''} ${abbreviate(details?.cause ?? '', 200)}`.trimEnd();
  }
  if (type === 'MapIterationStarted') return `${time} ${'  '.repeat(depth())}· iteration ${details?.index}`;
  if (type === 'TaskSucceeded') return `${time} ${'  '.repeat(depth())}✓ task result ${abbreviate(details?.output)}`;
  if (type === 'ExecutionStarted') return `${time} ▶ execution started  input ${abbreviate(details?.input)}`;
  if (type === 'ExecutionSucceeded') return `${time} ■ execution succeeded`;
  return `${time} ${'  '.repeat(depth())}· ${type}`;
}
