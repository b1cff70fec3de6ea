// `asl run`: executes a state machine locally with the core interpreter. This module owns the
// file and argv side: reading the definition, input, mocks and handlers, and printing the result.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineIndex, formatForFileName, hostKindOf, parseDocument, toValue, validateDocument } from '../core';
import { type ExecutionResult, type HistoryEvent, type MockConfig } from '../core/interpreter';
import { checkMockFile, findCompanionFiles, machineBaseName } from '../node/companionFiles';
import { UsageError } from '../node/usageError';
import { type IsolatedRunRequest, type IsolatedRunResult, runInThisThread, startIsolatedRun } from '../node/isolatedRun';
import { loadMachine, parseMachineReference } from '../node/machineSource';
import { type Flag, type ParsedArguments, describeFlags, readCommandLine, textFlag, usageError, wordFlag } from './args';

const flags: Flag[] = [
  { name: '--input', value: 'JSON|@file', description: 'execution input (default: <name>.input.json beside the definition, else {})' },
  { name: '--mocks', value: 'FILE', description: 'Step Functions Local mock file (default: <name>.mocks.json beside the definition)' },
  { name: '--no-mocks', description: 'do not use the mock file beside the definition' },
  {
    name: '--state-machine',
    value: 'NAME',
    description: 'state machine in the mock file (default: the one named like the file, or the only one)',
  },
  { name: '--test-case', value: 'NAME', description: 'test case in the mock file (optional when it has one)' },
  { name: '--handlers', value: 'FILE', description: 'JSON file binding Lambda function or state names to JS modules' },
  { name: '--type', value: 'standard|express', description: "execution type (default: the infrastructure file's, else standard)" },
  { name: '--real-time', description: 'wait for real in Wait states and retries (default: virtual time)' },
  { name: '--no-events', description: 'do not keep the history (faster, flat memory)' },
  { name: '--max-events', value: 'N', description: 'history event limit (default 25000 for standard; 0 = no limit)' },
  { name: '--items-dir', value: 'DIR', description: "where ItemReader finds files (default: the definition's folder)" },
  { name: '--results-dir', value: 'DIR', description: 'where ResultWriter writes (default: ./asl-results)' },
  { name: '--format', value: 'text|json', description: 'output format (default text)' },
  {
    name: '--timeout',
    value: 'SECONDS',
    description: 'stop the run after this many seconds of wall-clock time (it then runs in a worker thread, as runs with --handlers do)',
  },
  { name: '--on', value: 'aws', description: 'run on AWS Step Functions instead ("asl run --on aws --help" lists its options)' },
];

/** `--on aws` (or `--on=aws`) before any `--`: the run is AWS's, with the options of runOnAws.ts. */
function runsOnAws(argv: readonly string[]): boolean {
  for (const argument of argv) {
    if (argument === '--') return false;
    if (argument === '--on' || argument.startsWith('--on=')) return true;
  }
  return false;
}

export const runUsage = `Usage: asl run <definition> [options]

Runs the state machine locally, as AWS Step Functions would. <definition> is a definition file, or
FILE#NAME for a machine inside an infrastructure file (template.yaml#OrderFlow,
main.tf#aws_sfn_state_machine.orders, serverless.yml#orderFlow); a file with one machine needs no #NAME.
Like the editor, it takes the input from <name>.input.json and the mocks from <name>.mocks.json
beside a definition file when they exist, and says so on stderr.

Options:
${describeFlags(flags)}

Exit status: 0 succeeded, 1 failed/timed out/aborted or invalid definition, 2 usage or file error.`;

interface RunArguments {
  definitionPath: string;
  /** A JSON text or @file; undefined: the input file beside the definition, else {}. */
  input?: string;
  mocks?: string;
  useMocksBeside: boolean;
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
  /** --type was given: it wins over an infrastructure file's type. */
  typeGiven: boolean;
  timeoutSeconds?: number;
}

/** The run's settings from the parsed command line; a UsageError for values the table cannot check. */
function readArguments({ flags: given, positional }: ParsedArguments): RunArguments {
  const text = (name: string): string | undefined => textFlag(given, name);
  const type = wordFlag(given, '--type', ['standard', 'express'], 'standard').toUpperCase() as RunArguments['type'];
  const format = wordFlag(given, '--format', ['text', 'json'], 'text');
  let maxEvents: number | undefined;
  if (given.has('--max-events')) {
    const n = Number(text('--max-events'));
    if (!Number.isInteger(n) || n < 0) throw new UsageError('--max-events takes a whole number (0 = no limit).');
    maxEvents = n === 0 ? Infinity : n;
  }
  if (positional.length !== 1) throw new UsageError(positional.length ? 'give exactly one definition file.' : 'name the definition file.');
  if (given.has('--mocks') && given.has('--no-mocks')) throw new UsageError('--mocks and --no-mocks contradict each other.');
  if (given.has('--no-mocks') && (given.has('--test-case') || given.has('--state-machine')))
    throw new UsageError('--test-case and --state-machine need a mock file, and --no-mocks turns it off.');
  const args: RunArguments = {
    definitionPath: positional[0]!,
    useMocksBeside: !given.has('--no-mocks'),
    type,
    realTime: given.has('--real-time'),
    events: !given.has('--no-events'),
    format,
    typeGiven: given.has('--type'),
  };
  if (given.has('--timeout')) {
    const seconds = Number(text('--timeout'));
    if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError('--timeout takes a number of seconds above 0.');
    args.timeoutSeconds = seconds;
  }
  const optional = {
    input: '--input',
    mocks: '--mocks',
    stateMachine: '--state-machine',
    testCase: '--test-case',
    handlers: '--handlers',
    itemsDir: '--items-dir',
    resultsDir: '--results-dir',
  } as const;
  for (const [key, name] of Object.entries(optional) as [keyof typeof optional, string][]) {
    const value = text(name);
    if (value !== undefined) args[key] = value;
  }
  if (maxEvents !== undefined) args.maxEvents = maxEvents;
  return args;
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

/**
 * The mock file named by --mocks, else the one beside the definition; its machine entry is the one
 * named by --state-machine, else (as in the editor) the one named like the file, or the only one.
 */
function loadMocks(args: RunArguments, beside: string | undefined, note: (text: string) => void): IsolatedRunRequest['mocks'] {
  const path = args.mocks ?? (args.useMocksBeside ? beside : undefined);
  if (!path) {
    if (args.testCase || args.stateMachine) throw new UsageError('--test-case and --state-machine need a mock file (--mocks FILE).');
    return undefined;
  }
  const value = parseJson(readText(path, 'mock file'), `mock file ${path}`);
  if (args.stateMachine) {
    // Named explicitly, it must exist: the check below would fall back to a file's only machine.
    const machines = Object.keys((value as Partial<MockConfig> | null)?.StateMachines ?? {});
    if (!machines.includes(args.stateMachine))
      throw new UsageError(`the mock file has no state machine "${args.stateMachine}" (it has ${machines.join(', ') || 'none'})`);
  }
  const checked = checkMockFile(value, args.stateMachine ?? machineBaseName(args.definitionPath), path);
  if (!checked.ok) throw new UsageError(checked.message);
  const { stateMachine, testCases } = checked.catalog;
  let testCase = args.testCase;
  if (!testCase) {
    if (testCases.length !== 1) {
      const how = args.mocks ? '' : ', or --no-mocks to run without it';
      throw new UsageError(`${path} has the test cases ${testCases.join(', ')}: choose one with --test-case NAME${how}.`);
    }
    testCase = testCases[0]!;
  }
  if (!testCases.includes(testCase))
    throw new UsageError(`state machine "${stateMachine}" has no test case "${testCase}" (it has ${testCases.join(', ') || 'none'})`);
  note(`mocks from ${path} (state machine ${stateMachine}, test case ${testCase})`);
  return { config: checked.catalog.config, stateMachine, testCase };
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
  if (runsOnAws(argv)) return (await import('./runOnAws')).runOnAws(argv);
  const parsed = readCommandLine('run', argv, flags, runUsage);
  if (typeof parsed === 'number') return parsed;
  try {
    const args = readArguments(parsed);
    const embedded = await loadEmbeddedDefinition(args.definitionPath);
    if (embedded && !args.typeGiven && embedded.type) args.type = embedded.type;
    const definition = embedded ? embedded.definition : loadDefinition(args.definitionPath);
    if (definition === undefined) return 1;
    // Which companion files were used goes to stderr, so stdout stays the trace or the JSON result.
    const note = (text: string): void => void process.stderr.write(`asl run: ${text}\n`);
    // Beside a definition file only: a template's machines have no files of their own.
    const beside: { input?: string; mocks?: string } = embedded ? {} : findCompanionFiles(args.definitionPath);
    let input: unknown = {};
    if (args.input === undefined) {
      if (beside.input) {
        input = parseJson(readText(beside.input, 'input file'), `input file ${beside.input}`);
        note(`input from ${beside.input}`);
      }
    } else if (args.input.startsWith('@'))
      input = parseJson(readText(args.input.slice(1), 'input file'), `input file ${args.input.slice(1)}`);
    else input = parseJson(args.input, 'the --input value');
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
    const mocks = loadMocks(args, beside.mocks, note);
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
    if (error instanceof UsageError) return usageError('run', error.message);
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
  /** The summary is set apart from the trace by a blank line, and starts the output when there was no trace (--no-events). */
  private traced = false;
  constructor(private readonly write: (text: string) => void) {}

  event(event: HistoryEvent): void {
    this.traced = true;
    this.write(
      traceLine(
        event,
        () => this.depth,
        (d) => (this.depth = d),
      ) + '\n',
    );
  }

  summary(result: ExecutionResult): void {
    const lines = [...(this.traced ? [''] : []), `Status: ${result.status}`];
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
