// `asl replay`: runs a recorded execution (a GetExecutionHistory document) again locally, with
// the recorded task results as mocks, and says whether the local run matches the record.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { type ReplayResult, replayExecution, testFileOf } from '../core/replay';
import { UsageError } from '../node/interpreterPorts';
import { loadMachine } from './machineSource';
import { nodeRuntimePorts } from '../node/runtimePorts';

export const replayUsage = `Usage: asl replay <history.json> --definition <machine> [options]

Replays a recorded execution locally and compares it with the record, event by event.
The history is what "aws stepfunctions get-execution-history --output json" prints
(several pages in an array are accepted too).

Options:
  --definition FILE        the state machine (.asl.json, .asl.yaml, or FILE#NAME in a template)
  --format text|json       output format (default text)
  --save-test FILE         write an .asl.test.json pinning the recorded input, mocks, path and output
  --execution-arn ARN      the recorded execution's ARN (so $$.Execution.Id and names match)
  --type standard|express  execution type (default: the template's, else standard)

Exit status: 0 the runs match, 1 they diverge, 2 usage or file error.`;

interface ReplayArguments {
  historyPath: string;
  definitionPath: string;
  format: 'text' | 'json';
  saveTest?: string;
  executionArn?: string;
  type?: 'STANDARD' | 'EXPRESS';
}

function parseArguments(argv: string[]): ReplayArguments | 'help' {
  const args: Partial<ReplayArguments> = { format: 'text' };
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
      case '--definition':
        args.definitionPath = value();
        break;
      case '--save-test':
        args.saveTest = value();
        break;
      case '--execution-arn':
        args.executionArn = value();
        break;
      case '--type': {
        const type = value().toUpperCase();
        if (type !== 'STANDARD' && type !== 'EXPRESS') throw new UsageError('--type must be standard or express');
        args.type = type;
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
  if (positional.length !== 1) throw new UsageError(positional.length ? 'give exactly one history file' : 'missing the history file');
  if (!args.definitionPath) throw new UsageError('missing --definition <machine>');
  args.historyPath = positional[0]!;
  return args as ReplayArguments;
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
  try {
    const args = parseArguments(argv);
    if (args === 'help') {
      process.stdout.write(replayUsage + '\n');
      return 0;
    }
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
    if (error instanceof UsageError) {
      process.stderr.write(`asl replay: ${error.message}\nRun "asl replay --help" for the options.\n`);
      return 2;
    }
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
