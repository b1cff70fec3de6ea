// `asl run <machine> --on aws ...`: the same command, run by AWS Step Functions (or LocalStack,
// Step Functions Local through --endpoint-url) instead of the local interpreter. The SDK calls live
// in server/src/node/aws; this module is argv and printing around them.
import { existsSync, readFileSync } from 'node:fs';
import {
  AwsError,
  createClient,
  deployStateMachine,
  machineNameForFile,
  runExecution,
  stateMachineType,
  testState,
} from '../node/aws/stepFunctions';
import { UsageError } from '../node/usageError';
import { loadMachine } from './machineSource';
import { type Flag, type ParsedArguments, describeFlags, readCommandLine, textFlag, usageError, wordFlag } from './args';
import { TraceWriter } from './run';

const flags: Flag[] = [
  { name: '--on', value: 'aws', description: 'run on AWS Step Functions (leave it out to run locally)' },
  { name: '--region', value: 'R', description: "AWS region (default: the SDK's, e.g. AWS_REGION)" },
  { name: '--profile', value: 'P', description: 'profile of the shared AWS config and credentials files' },
  { name: '--endpoint-url', value: 'URL', description: 'another Step Functions API (LocalStack, Step Functions Local)' },
  { name: '--role-arn', value: 'ARN', description: 'execution role, needed to create the state machine' },
  { name: '--state-machine-arn', value: 'ARN', description: 'start this existing machine (the file is not deployed)' },
  { name: '--name', value: 'NAME', description: 'machine to create or update (default: named after the file)' },
  { name: '--type', value: 'standard|express', description: 'type of a machine created here (default standard)' },
  { name: '--input', value: 'JSON|@file', description: 'execution input (default {})' },
  { name: '--test-state', value: 'STATE', description: 'run only this state with the TestState API (inspection level DEBUG)' },
  { name: '--no-events', description: 'leave the history out of the JSON output' },
  { name: '--format', value: 'text|json', description: 'output format (default text)' },
];

export const runOnAwsUsage = `Usage: asl run <definition> --on aws [options]

Runs the state machine on AWS Step Functions (credentials: the AWS SDK's standard chain).

Options:
${describeFlags(flags)}

Without --state-machine-arn the definition is validated locally first, then the machine of that
name is updated (or created). Standard machines: StartExecution, then DescribeExecution until it
ends and every page of GetExecutionHistory; Ctrl+C stops the execution. Express machines:
StartSyncExecution.

Exit status: 0 succeeded, 1 failed/timed out/aborted or invalid definition, 2 usage, file or AWS error.`;

interface AwsArguments {
  definitionPath: string;
  input: string;
  region?: string;
  profile?: string;
  endpointUrl?: string;
  roleArn?: string;
  stateMachineArn?: string;
  name?: string;
  type: 'STANDARD' | 'EXPRESS';
  testState?: string;
  events: boolean;
  format: 'text' | 'json';
}

/** The AWS run's settings from the parsed command line; a UsageError for values the table cannot check. */
function readArguments({ flags: given, positional }: ParsedArguments): AwsArguments {
  const target = textFlag(given, '--on');
  if (target !== 'aws') throw new UsageError(`--on must be aws (or leave it out to run locally), not ${target}.`);
  if (positional.length !== 1) throw new UsageError(positional.length ? 'give exactly one definition file.' : 'name the definition file.');
  const args: AwsArguments = {
    definitionPath: positional[0]!,
    input: textFlag(given, '--input') ?? '{}',
    type: wordFlag(given, '--type', ['standard', 'express'], 'standard').toUpperCase() as AwsArguments['type'],
    events: !given.has('--no-events'),
    format: wordFlag(given, '--format', ['text', 'json'], 'text'),
  };
  const optional = {
    region: '--region',
    profile: '--profile',
    endpointUrl: '--endpoint-url',
    roleArn: '--role-arn',
    stateMachineArn: '--state-machine-arn',
    name: '--name',
    testState: '--test-state',
  } as const;
  for (const [key, name] of Object.entries(optional) as [keyof typeof optional, string][]) {
    const value = textFlag(given, name);
    if (value !== undefined) args[key] = value;
  }
  if (args.endpointUrl && !/^https?:\/\//.test(args.endpointUrl))
    throw new UsageError('--endpoint-url must be an http:// or https:// URL.');
  return args;
}

function inputText(spec: string): string {
  let text = spec;
  if (spec.startsWith('@')) {
    const path = spec.slice(1);
    if (!existsSync(path)) throw new UsageError(`input file ${path} does not exist`);
    text = readFileSync(path, 'utf8');
  }
  try {
    JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${spec.startsWith('@') ? `input file ${spec.slice(1)}` : 'the --input value'} is not valid JSON: ${(error as Error).message}`,
    );
  }
  return text;
}

export async function runOnAws(argv: string[]): Promise<number> {
  const say = (line: string): boolean => process.stderr.write(`${line}\n`);
  const parsed = readCommandLine('run', argv, flags, runOnAwsUsage, 'run --on aws');
  if (typeof parsed === 'number') return parsed;
  try {
    const args = readArguments(parsed);
    const input = inputText(args.input);
    const machine = await loadMachine(args.definitionPath);
    const deploying = !args.stateMachineArn;
    if ((deploying || args.testState) && machine.errors.length) {
      process.stderr.write(machine.errors.join('\n') + '\n');
      say(
        `asl run: ${args.definitionPath} is not a valid state machine (${machine.errors.length} error${machine.errors.length === 1 ? '' : 's'}); nothing was sent to AWS`,
      );
      return 1;
    }
    const client = createClient({
      ...(args.region ? { region: args.region } : {}),
      ...(args.profile ? { profile: args.profile } : {}),
      ...(args.endpointUrl ? { endpointUrl: args.endpointUrl } : {}),
    });
    try {
      if (args.testState) {
        const result = await testState(client, {
          definition: machine.json,
          stateName: args.testState,
          input,
          ...(args.roleArn ? { roleArn: args.roleArn } : {}),
        });
        if (args.format === 'json') process.stdout.write(JSON.stringify(result) + '\n');
        else {
          const lines = [`State:  ${args.testState}`, `Status: ${result.status}`];
          if (result.output !== undefined) lines.push(`Output: ${JSON.stringify(result.output, null, 2)}`);
          if (result.nextState) lines.push(`Next:   ${result.nextState}`);
          if (result.error !== undefined) lines.push(`Error:  ${result.error}`);
          if (result.cause !== undefined) lines.push(`Cause:  ${result.cause}`);
          if (result.inspectionData !== undefined) lines.push(`Inspection data: ${JSON.stringify(result.inspectionData, null, 2)}`);
          process.stdout.write(lines.join('\n') + '\n');
        }
        return result.status === 'SUCCEEDED' ? 0 : 1;
      }
      const progress = (line: string): void => {
        if (args.format === 'text') say(line);
      };
      let stateMachineArn = args.stateMachineArn;
      let type = args.type;
      if (stateMachineArn) type = await stateMachineType(client, stateMachineArn);
      else {
        const deployed = await deployStateMachine(
          client,
          {
            name: args.name ?? machineNameForFile(args.definitionPath),
            definition: machine.json,
            type: args.type,
            ...(args.roleArn ? { roleArn: args.roleArn } : {}),
          },
          progress,
        );
        stateMachineArn = deployed.stateMachineArn;
        type = deployed.type;
      }
      const controller = new AbortController();
      const onSignal = (): void => controller.abort();
      process.once('SIGINT', onSignal);
      let result;
      try {
        result = await runExecution(client, { stateMachineArn, type, input, signal: controller.signal }, progress);
      } finally {
        process.removeListener('SIGINT', onSignal);
      }
      if (args.format === 'json') {
        const out: Record<string, unknown> = { status: result.status };
        if (result.status === 'SUCCEEDED') out.output = result.output;
        if (result.error !== undefined) out.error = result.error;
        if (result.cause !== undefined) out.cause = result.cause;
        out.events = args.events ? result.events : [];
        out.executionArn = result.executionArn;
        process.stdout.write(JSON.stringify(out) + '\n');
      } else {
        const trace = new TraceWriter((text) => process.stdout.write(text));
        if (args.events) for (const event of result.events) trace.event(event);
        trace.summary(result);
        process.stdout.write(`Execution: ${result.executionArn}\n`);
      }
      return result.status === 'SUCCEEDED' ? 0 : 1;
    } finally {
      client.destroy();
    }
  } catch (error) {
    if (error instanceof UsageError) return usageError('run', error.message, 'run --on aws');
    if (error instanceof AwsError) {
      say(`asl run: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
