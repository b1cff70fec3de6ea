// `asl replay`: runs a recorded execution (a GetExecutionHistory document) again locally, with
// the recorded task results as mocks, and says whether the local run matches the record.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { type ReplayResult, replayExecution, testFileOf } from '../core/replay';
import { UsageError } from '../node/usageError';
import { type Flag, type ParsedArguments, describeFlags, readCommandLine, textFlag, usageError, wordFlag } from './args';
import { loadMachine } from './machineSource';
import { nodeRuntimePorts } from '../node/runtimePorts';

const flags: Flag[] = [
  { name: '--definition', value: 'FILE', description: 'the state machine (.asl.json, .asl.yaml, or FILE#NAME in a template)' },
  { name: '--format', value: 'text|json', description: 'output format (default text)' },
  { name: '--save-test', value: 'FILE', description: 'write an .asl.test.json pinning the recorded input, mocks, path and output' },
  { name: '--execution-arn', value: 'ARN', description: "the recorded execution's ARN (so $$.Execution.Id and names match)" },
  { name: '--type', value: 'standard|express', description: "execution type (default: the template's, else standard)" },
];

export const replayUsage = `Usage: asl replay <history.json> --definition <machine> [options]

Replays a recorded execution locally and compares it with the record, event by event.
The history is what "aws stepfunctions get-execution-history --output json" prints
(several pages in an array are accepted too).

Options:
${describeFlags(flags)}

Exit status: 0 the runs match, 1 they diverge, 2 usage or file error.`;

interface ReplayArguments {
  historyPath: string;
  definitionPath: string;
  format: 'text' | 'json';
  saveTest?: string;
  executionArn?: string;
  type?: 'STANDARD' | 'EXPRESS';
}

/** The replay's settings from the parsed command line; a UsageError for what the table cannot check. */
function readArguments({ flags: given, positional }: ParsedArguments): ReplayArguments {
  if (positional.length !== 1) throw new UsageError(positional.length ? 'give exactly one history file.' : 'missing the history file.');
  const definitionPath = textFlag(given, '--definition');
  if (definitionPath === undefined) throw new UsageError('missing --definition <machine>.');
  const args: ReplayArguments = {
    historyPath: positional[0]!,
    definitionPath,
    format: wordFlag(given, '--format', ['text', 'json'], 'text'),
  };
  // Without --type the machine's own type is used (a template's Type), else STANDARD.
  if (textFlag(given, '--type') !== undefined)
    args.type = wordFlag(given, '--type', ['standard', 'express'], 'standard').toUpperCase() as 'STANDARD' | 'EXPRESS';
  const saveTest = textFlag(given, '--save-test');
  if (saveTest !== undefined) args.saveTest = saveTest;
  const executionArn = textFlag(given, '--execution-arn');
  if (executionArn !== undefined) args.executionArn = executionArn;
  return args;
}

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new UsageError(`${what} ${path} does not exist`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

const nodeHash = (algorithm: string, data: string): string =>
  createHash(algorithm.replace('-', '').toLowerCase()).update(data).digest('hex');

export async function run(argv: string[]): Promise<number> {
  const parsed = readCommandLine('replay', argv, flags, replayUsage);
  if (typeof parsed === 'number') return parsed;
  try {
    const args = readArguments(parsed);
    const history = readJson(args.historyPath, 'history file');
    const machine = await loadMachine(args.definitionPath);
    if (machine.errors.length) {
      process.stderr.write(machine.errors.join('\n') + '\n');
      throw new UsageError(
        `${args.definitionPath} is not a valid state machine (${machine.errors.length} error${machine.errors.length === 1 ? '' : 's'})`,
      );
    }
    const controller = new AbortController();
    const onSignal = (): void => controller.abort();
    process.once('SIGINT', onSignal);
    const reading = await replayExecution(machine.definition, history, {
      ...nodeRuntimePorts,
      type: args.type ?? machine.type ?? 'STANDARD',
      hash: nodeHash,
      signal: controller.signal,
      ...(args.executionArn ? { executionArn: args.executionArn } : {}),
    });
    process.removeListener('SIGINT', onSignal);
    if ('problem' in reading) throw new UsageError(`${args.historyPath}: ${reading.problem}`);
    const result = reading.result;
    if (args.saveTest) saveTest(args, result);
    if (args.format === 'json') {
      const { verdict, recorded, local, divergence } = result;
      process.stdout.write(JSON.stringify({ verdict, recorded, local, divergence }) + '\n');
    } else process.stdout.write(textReport(args, result));
    return result.verdict === 'match' ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) return usageError('replay', error.message);
    throw error;
  }
}

function saveTest(args: ReplayArguments, result: ReplayResult): void {
  const file = resolve(args.saveTest!);
  const machine = relative(dirname(file), resolve(args.definitionPath)).split('\\').join('/');
  const name = `replay of ${basename(args.historyPath).replace(/\.json$/i, '')}`;
  try {
    writeFileSync(file, JSON.stringify(testFileOf(result.recording, machine, name), null, 2) + '\n');
  } catch (error) {
    throw new UsageError(`cannot write ${args.saveTest}: ${(error as Error).message}`);
  }
}

function short(value: unknown, max = 200): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function endLine(end: ReplayResult['recorded']): string {
  if (end.status === 'SUCCEEDED') return `${end.status}  output ${short(end.output)}`;
  return [end.status, end.error, end.cause ? short(end.cause) : undefined].filter(Boolean).join('  ');
}

function textReport(args: ReplayArguments, result: ReplayResult): string {
  const lines = [
    `Replay of ${args.historyPath} with ${args.definitionPath}: ${result.verdict === 'match' ? 'the runs match' : 'the runs diverge'}`,
  ];
  lines.push(`Recorded: ${endLine(result.recorded)}`, `Local:    ${endLine(result.local)}`);
  const divergence = result.divergence;
  if (divergence) {
    lines.push(
      `Diverged at recorded event ${divergence.eventId}${divergence.state ? `, state "${divergence.state}"` : ''}:`,
      `  recorded ${short(divergence.recorded)}`,
      `  local    ${short(divergence.local)}`,
    );
  }
  if (args.saveTest) lines.push(`Test written to ${args.saveTest}`);
  return lines.join('\n') + '\n';
}
