// The one adapter to AWS Step Functions (and anything speaking its API: LocalStack, Step Functions
// Local), on @aws-sdk/client-sfn and its standard credential chain. It deploys a machine (create or
// update by name), runs it (Standard: StartExecution, DescribeExecution polls, every history page;
// Express: StartSyncExecution), stops it when cancelled, and tests one state (TestState). Results
// come back in the shape of a local run, so the run pane, the graph and replay take either.
// Credentials stay inside the SDK: nothing here reads, prints or stores them.
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  GetExecutionHistoryCommand,
  type HistoryEvent as SdkHistoryEvent,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
  TestStateCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import type { ExecutionResult, HistoryEvent } from '../../core/interpreter/types';

export interface AwsConnection {
  region?: string;
  /** A profile of the shared config/credentials files (otherwise the standard chain: env, SSO, IMDS, ...). */
  profile?: string;
  /** Any Step Functions API endpoint: LocalStack, Step Functions Local. */
  endpointUrl?: string;
}

export type StateMachineType = 'STANDARD' | 'EXPRESS';

export interface AwsRunResult extends ExecutionResult {
  status: ExecutionResult['status'];
  executionArn: string;
  stateMachineArn: string;
}

export interface AwsProgress {
  (message: string): void;
}

/** An error of the AWS side (API, credentials, network), with the API's error name. */
export class AwsError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export function createClient(connection: AwsConnection): SFNClient {
  return new SFNClient({
    ...(connection.region ? { region: connection.region } : {}),
    ...(connection.profile ? { profile: connection.profile } : {}),
    // A custom endpoint (LocalStack, Step Functions Local) serves every call on its own host: no
    // "sync-" host prefix for StartSyncExecution and TestState.
    ...(connection.endpointUrl ? { endpoint: connection.endpointUrl, disableHostPrefix: true } : {}),
    // Standard retry mode: throttling and transient errors are retried with backoff.
    maxAttempts: 5,
  });
}

async function call<T>(what: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof AwsError) throw error;
    const name = (error as { name?: string }).name ?? 'Error';
    const message = (error as { message?: string }).message ?? String(error);
    if (name === 'AbortError') throw error;
    const hint = /Region is missing/.test(message)
      ? ' (give --region, set AWS_REGION or asl.aws.region, or a region in your AWS profile)'
      : name === 'CredentialsProviderError'
        ? ' (sign in with "aws configure" or "aws sso login", or choose a profile)'
        : '';
    throw new AwsError(`${what} failed: ${name}: ${message}${hint}`, name);
  }
}

/** Creates the machine named `name`, or updates it when one of that name exists. Returns its ARN and type. */
export async function deployStateMachine(
  client: SFNClient,
  request: { name: string; definition: string; roleArn?: string; type: StateMachineType },
  progress: AwsProgress = () => undefined,
): Promise<{ stateMachineArn: string; type: StateMachineType; created: boolean }> {
  const existing = await findStateMachine(client, request.name);
  if (existing) {
    await call('UpdateStateMachine', () =>
      client.send(
        new UpdateStateMachineCommand({
          stateMachineArn: existing.stateMachineArn,
          definition: request.definition,
          ...(request.roleArn ? { roleArn: request.roleArn } : {}),
        }),
      ),
    );
    progress(`Updated state machine ${existing.stateMachineArn}`);
    return { stateMachineArn: existing.stateMachineArn, type: existing.type, created: false };
  }
  if (!request.roleArn)
    throw new AwsError(`no state machine named "${request.name}" exists; creating one needs --role-arn`, 'MissingRoleArn');
  const created = await call('CreateStateMachine', () =>
    client.send(
      new CreateStateMachineCommand({ name: request.name, definition: request.definition, roleArn: request.roleArn, type: request.type }),
    ),
  );
  if (!created.stateMachineArn) throw new AwsError('CreateStateMachine returned no stateMachineArn', 'InvalidResponse');
  progress(`Created state machine ${created.stateMachineArn}`);
  return { stateMachineArn: created.stateMachineArn, type: request.type, created: true };
}

async function findStateMachine(client: SFNClient, name: string): Promise<{ stateMachineArn: string; type: StateMachineType } | undefined> {
  let nextToken: string | undefined;
  do {
    const page = await call('ListStateMachines', () =>
      client.send(new ListStateMachinesCommand({ maxResults: 1000, ...(nextToken ? { nextToken } : {}) })),
    );
    const found = page.stateMachines?.find((machine) => machine.name === name);
    if (found?.stateMachineArn) return { stateMachineArn: found.stateMachineArn, type: found.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD' };
    nextToken = page.nextToken;
  } while (nextToken);
  return undefined;
}

export async function stateMachineType(client: SFNClient, stateMachineArn: string): Promise<StateMachineType> {
  const described = await call('DescribeStateMachine', () => client.send(new DescribeStateMachineCommand({ stateMachineArn })));
  return described.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const FINAL = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts an execution and waits for its end. Standard: polls DescribeExecution (with a growing
 * interval) and then reads every page of the history; `signal` stops the execution (StopExecution)
 * and waits for its end. Express: one StartSyncExecution (AWS keeps no history for it).
 */
export async function runExecution(
  client: SFNClient,
  request: { stateMachineArn: string; type: StateMachineType; input: string; name?: string; signal?: AbortSignal },
  progress: AwsProgress = () => undefined,
): Promise<AwsRunResult> {
  const { stateMachineArn } = request;
  if (request.type === 'EXPRESS') {
    const done = await call('StartSyncExecution', () =>
      client.send(
        new StartSyncExecutionCommand({ stateMachineArn, input: request.input, ...(request.name ? { name: request.name } : {}) }),
        request.signal ? { abortSignal: request.signal } : {},
      ),
    );
    return {
      status: done.status === 'SUCCEEDED' ? 'SUCCEEDED' : done.status === 'TIMED_OUT' ? 'TIMED_OUT' : 'FAILED',
      ...(done.status === 'SUCCEEDED' ? { output: parseJson(done.output) } : {}),
      ...(done.error !== undefined ? { error: done.error } : {}),
      ...(done.cause !== undefined ? { cause: done.cause } : {}),
      events: [],
      executionArn: done.executionArn ?? '',
      stateMachineArn,
    };
  }
  const started = await call('StartExecution', () =>
    client.send(new StartExecutionCommand({ stateMachineArn, input: request.input, ...(request.name ? { name: request.name } : {}) })),
  );
  const executionArn = started.executionArn;
  if (!executionArn) throw new AwsError('StartExecution returned no executionArn', 'InvalidResponse');
  progress(`Started execution ${executionArn}`);
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    progress('Stopping the execution');
    void call('StopExecution', () => client.send(new StopExecutionCommand({ executionArn, cause: 'Cancelled from ASL Studio' }))).catch(
      (error: Error) => progress(error.message),
    );
  };
  if (request.signal?.aborted) stop();
  request.signal?.addEventListener('abort', stop, { once: true });
  try {
    let interval = 250;
    for (;;) {
      const described = await call('DescribeExecution', () => client.send(new DescribeExecutionCommand({ executionArn })));
      if (described.status && FINAL.has(described.status)) {
        const events = await executionHistory(client, executionArn);
        return {
          status: described.status as AwsRunResult['status'],
          ...(described.status === 'SUCCEEDED' ? { output: parseJson(described.output) } : {}),
          ...(described.error !== undefined ? { error: described.error } : {}),
          ...(described.cause !== undefined ? { cause: described.cause } : {}),
          events,
          executionArn,
          stateMachineArn,
        };
      }
      await sleep(interval);
      interval = Math.min(interval * 1.5, 3000);
    }
  } finally {
    request.signal?.removeEventListener('abort', stop);
  }
}

/** Every event of an execution's history (all pages), in the JSON shape of the CLI and of local runs. */
export async function executionHistory(client: SFNClient, executionArn: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await call('GetExecutionHistory', () =>
      client.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, ...(nextToken ? { nextToken } : {}) })),
    );
    for (const event of page.events ?? []) events.push(toHistoryEvent(event));
    nextToken = page.nextToken;
  } while (nextToken);
  return events;
}

function toHistoryEvent(event: SdkHistoryEvent): HistoryEvent {
  const out: HistoryEvent = {
    id: Number(event.id ?? 0),
    previousEventId: Number(event.previousEventId ?? 0),
    timestamp: event.timestamp instanceof Date ? event.timestamp.toISOString() : String(event.timestamp ?? ''),
    type: String(event.type ?? ''),
  };
  for (const [key, value] of Object.entries(event)) if (key.endsWith('EventDetails') && value !== undefined) out[key] = value;
  return out;
}

export interface TestStateResult {
  status: string;
  output?: unknown;
  error?: string;
  cause?: string;
  nextState?: string;
  inspectionData?: unknown;
}

/** Runs one state of the machine on AWS with TestState (inspection level DEBUG). */
export async function testState(
  client: SFNClient,
  request: { definition: string; stateName: string; input: string; roleArn?: string },
): Promise<TestStateResult> {
  const result = await call('TestState', () =>
    client.send(
      new TestStateCommand({
        definition: request.definition,
        stateName: request.stateName,
        input: request.input,
        inspectionLevel: 'DEBUG',
        ...(request.roleArn ? { roleArn: request.roleArn } : {}),
      }),
    ),
  );
  const out: TestStateResult = { status: result.status ?? 'FAILED' };
  if (result.output !== undefined) out.output = parseJson(result.output);
  if (result.error !== undefined) out.error = result.error;
  if (result.cause !== undefined) out.cause = result.cause;
  if (result.nextState !== undefined) out.nextState = result.nextState;
  if (result.inspectionData !== undefined) out.inspectionData = result.inspectionData;
  return out;
}

/** A machine name from its file name (`orders.asl.json` -> `orders`), as AWS allows names. */
export function machineNameForFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(asl\.)?(json|ya?ml)$/i, '');
  return base.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 80) || 'state-machine';
}
