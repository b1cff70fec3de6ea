// `asl run`: executes a state machine locally with the core interpreter. This module owns the
// file and argv side: reading the definition, input, mocks and handlers, and printing the result.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineIndex, formatForFileName, hostKindOf, parseDocument, toValue, validateDocument } from '../core';
import { type ExecutionResult, type HistoryEvent, type MockConfig } from '../core/interpreter';
import { loadMachine, parseMachineReference } from '../node/machineSource';
import { UsageError } from '../node/interpreterPorts';
import { type IsolatedRunRequest, type IsolatedRunResult, runInThisThread, startIsolatedRun } from '../node/isolatedRun';

export const runUsage = `Usage: asl run <definition> [options]

Runs the state machine locally, as AWS Step Functions would. <definition> is a definition file, or
FILE#NAME for a machine inside an infrastructure file (template.yaml#OrderFlow,
main.tf#aws_sfn_state_machine.orders, serverless.yml#orderFlow); a file with one machine needs no #NAME.

Options:
  --input JSON|@file        execution input (default {})
  --mocks FILE              Step Functions Local mock file (MockConfigFile.json format)
  --state-machine NAME      state machine in the mock file (optional when it has one)
  --test-case NAME          test case in the mock file (required with --mocks)
  --handlers FILE           JSON file binding Lambda function or state names to JS modules
  --type standard|express   execution type (default: the infrastructure file's, else standard)
  --real-time               wait for real in Wait states and retries (default: virtual time)
  --no-events               do not keep the history (faster, flat memory)
  --max-events N            history event limit (default 25000 for standard; 0 = no limit)
  --items-dir DIR           where ItemReader finds files (default: the definition's folder)
  --results-dir DIR         where ResultWriter writes (default: ./asl-results)
  --format text|json        output format (default text)
  --timeout SECONDS         stop the run after this many seconds of wall-clock time (the run goes in
                            a worker thread, as runs with --handlers do, so the limit always holds)

Exit status: 0 succeeded, 1 failed/timed out/aborted or invalid definition, 2 usage or file error.`;

interface RunArguments {
  definitionPath: string;
  input: string;
  mocks?: string;
  stateMachine?: string;
  testCase?: string;
  handlers?: string;
  type: 'STANDARD' | 'EXPRESS';
  /** True when --type was given (it then wins over the infrastructure file's type). */
  typeGiven?: boolean;
  realTime: boolean;
  events: boolean;
  maxEvents?: number;
  itemsDir?: string;
  resultsDir?: string;
  format: 'text' | 'json';
  timeoutSeconds?: number;
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
        args.typeGiven = true;
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
      case '--timeout': {
        const seconds = Number(value());
        if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError('--timeout must be a number of seconds above 0');
        args.timeoutSeconds = seconds;
        break;
      }
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

/**
 * A machine inside an infrastructure file (FILE#NAME, or a host file with one machine), through the
 * shared loader; undefined for a plain definition file (read by loadDefinition). Prints the machine's
 * errors in its file's coordinates and gives `definition: undefined` when it has some.
 */
async function loadEmbeddedDefinition(
  reference: string,
): Promise<{ definition: unknown; type?: 'STANDARD' | 'EXPRESS'; file: string } | undefined> {
  const { file, name } = parseMachineReference(reference);
  if (name === undefined) {
    if (!existsSync(file)) return undefined;
    const kind = hostKindOf(file, readText(file, 'definition file'));
    if (kind === undefined || kind === 'definition') return undefined;
  }
  const loaded = await loadMachine(reference, process.cwd());
  if (!loaded.ok) throw new UsageError(loaded.message);
  const errors = loaded.embedded.hostDiagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    const lines = new LineIndex(readFileSync(loaded.file, 'utf8'));
    for (const d of errors) {
      const position = lines.positionAt(d.offset);
      process.stderr.write(`${loaded.file}:${position.line + 1}:${position.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
    }
    process.stderr.write(`asl run: ${reference} is not a valid state machine (${errors.length} error${errors.length === 1 ? '' : 's'})\n`);
    return { definition: undefined, file: loaded.file };
  }
  return { definition: loaded.definition, type: loaded.type, file: loaded.file };
}

function loadMocks(args: RunArguments): IsolatedRunRequest['mocks'] {
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

/**
 * A run of the interpreter alone stays on this thread: the interpreter's own limits end it (history,
 * Express time, JSONata limits) and a worker would only add its start-up. A run with user code
 * (--handlers), without a history limit (--max-events 0) or with --timeout goes through the isolated
 * runner: then a handler stuck in a loop can still be stopped, by the limit or by Ctrl+C (which a
 * busy main thread could not even receive).
 */
async function execute(
  request: IsolatedRunRequest,
  timeoutSeconds: number | undefined,
  onEvent: ((event: HistoryEvent) => void) | undefined,
): Promise<IsolatedRunResult> {
  const isolate = timeoutSeconds !== undefined || request.handlersFile !== undefined || request.maxEvents === 0;
  if (!isolate) {
    const controller = new AbortController();
    const onSignal = (): void => controller.abort();
    process.once('SIGINT', onSignal);
    try {
      return await runInThisThread(request, onEvent, controller.signal);
    } finally {
      process.removeListener('SIGINT', onSignal);
    }
  }
  const run = startIsolatedRun({ ...request, timeoutMs: timeoutSeconds === undefined ? Infinity : timeoutSeconds * 1000 }, onEvent);
  const onSignal = (): void => run.cancel();
  process.once('SIGINT', onSignal);
  try {
    return await run.result;
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--on')) return (await import('./runOnAws')).runOnAws(argv);
  try {
    const args = parseArguments(argv);
    if (args === 'help') {
      process.stdout.write(runUsage + '\n');
      return 0;
    }
    const embedded = await loadEmbeddedDefinition(args.definitionPath);
    if (embedded && !args.typeGiven && embedded.type) args.type = embedded.type;
    const definition = embedded ? embedded.definition : loadDefinition(args.definitionPath);
    if (definition === undefined) return 1;
    const inputText = args.input.startsWith('@') ? readText(args.input.slice(1), 'input file') : args.input;
    const input = parseJson(inputText, args.input.startsWith('@') ? `input file ${args.input.slice(1)}` : 'the --input value');
    const request: IsolatedRunRequest = {
      definition: definition as Record<string, unknown>,
      input,
      type: args.type,
      realTime: args.realTime,
      // JSON output carries the history; the text trace streams it instead of keeping it.
      recordEvents: args.events && args.format === 'json',
      itemsDir: resolve(args.itemsDir ?? dirname(embedded?.file ?? args.definitionPath)),
      resultsDir: resolve(args.resultsDir ?? 'asl-results'),
    };
    const mocks = loadMocks(args);
    if (mocks) request.mocks = mocks;
    if (args.handlers) request.handlersFile = resolve(args.handlers);
    if (args.maxEvents !== undefined) request.maxEvents = args.maxEvents === Infinity ? 0 : args.maxEvents;
    const trace = args.format === 'text' ? new TraceWriter((text) => process.stdout.write(text)) : undefined;
    const onEvent = trace && args.events ? (event: HistoryEvent) => trace.event(event) : undefined;
    const result = await execute(request, args.timeoutSeconds, onEvent);
    if (result.setupError !== undefined) throw new UsageError(result.setupError);
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
