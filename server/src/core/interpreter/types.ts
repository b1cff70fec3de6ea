/**
 * Public types of the interpreter: options, ports and results. Everything the interpreter needs
 * from the outside world (time, tasks, files, randomness, hashing) comes in through these ports.
 */

export type ExecutionType = 'STANDARD' | 'EXPRESS';
export type ExecutionStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** One event in the shape of AWS GetExecutionHistory (timestamps as ISO-8601 strings). */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  timestamp: string;
  type: string;
  [details: string]: unknown;
}

export interface ExecutionResult {
  status: ExecutionStatus;
  output?: unknown;
  error?: string;
  cause?: string;
  /** The history (empty when `recordEvents` is false). */
  events: HistoryEvent[];
}

/** What a task port receives for one invocation of a Task state. */
export interface TaskRequest {
  stateName: string;
  resource: string;
  /** The effective input after InputPath/Parameters or Arguments. */
  input: unknown;
  /** 0 for the first invocation of this state in the execution, counting retries. */
  invocationIndex: number;
  /** Retry attempt number of this state entry (0 on the first try). */
  retryCount: number;
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
  /** The Context object as the task would see it (`$$`). */
  context: unknown;
  /** Fires when the execution is cancelled or the task timed out. */
  signal: AbortSignal;
  /** Call to report a heartbeat (HeartbeatSeconds). */
  heartbeat(): void;
}

/** A task failure: the task port throws (or rejects with) this to fail the Task state. */
export class TaskFailure extends Error {
  constructor(
    public readonly error: string,
    public readonly errorCause?: string,
  ) {
    super(errorCause ? `${error}: ${errorCause}` : error);
  }
}

/**
 * Runs Task states. Return the result (or a promise of it); throw TaskFailure to fail the task.
 * Return `NOT_HANDLED` when this invoker has nothing for that state, so the next one is tried.
 */
export interface TaskInvoker {
  invoke(request: TaskRequest): unknown | Promise<unknown>;
}

export const NOT_HANDLED: unique symbol = Symbol('asl.notHandled');

/** Step Functions Local mock configuration (the MockConfigFile.json format). */
export interface MockConfig {
  StateMachines?: Record<string, { TestCases?: Record<string, Record<string, string>> }>;
  MockedResponses?: Record<string, Record<string, MockedResponse>>;
}

export interface MockedResponse {
  Return?: unknown;
  Throw?: { Error?: string; Cause?: string };
}

/** Time: the interpreter asks for the current time and for sleeps (timers) through this port. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Reads items for a Distributed Map's ItemReader (JSON, JSONL, CSV files, or S3 stand-ins). */
export interface ItemReaderPort {
  /** `resource` is the ItemReader Resource; `parameters` its evaluated Parameters/Arguments. */
  read(request: {
    resource: string;
    parameters: Record<string, unknown>;
    readerConfig: Record<string, unknown>;
  }): unknown[] | Promise<unknown[]>;
}

/** Writes a Distributed Map's results for ResultWriter. Returns the ResultWriterDetails object. */
export interface ResultWriterPort {
  write(request: {
    parameters: Record<string, unknown>;
    /** Output of each child execution (its error output when it failed within tolerance). */
    results: unknown[];
    /** Input each child execution received. */
    inputs: unknown[];
    /** Whether each child execution succeeded. */
    statuses: Array<'SUCCEEDED' | 'FAILED'>;
    mapRunId: string;
    stateName: string;
  }): unknown | Promise<unknown>;
}

/**
 * What the interpreter would otherwise take from the host's globals: the clock and its timers,
 * randomness and UUIDs. Every caller supplies them (Node's set is server/src/node/runtimePorts.ts),
 * so the core runs unchanged under a test clock, a seeded random or another host.
 */
export interface RuntimePorts {
  /** The current time and sleeps (real-time Wait states, retry intervals, the execution timeout). */
  clock: Clock;
  /** A random float in [0, 1): retry jitter, States.MathRandom and $random. */
  random: () => number;
  /** Execution names, States.UUID and $uuid. */
  uuid: () => string;
}

export interface StartExecutionOptions extends RuntimePorts {
  /** STANDARD (default) or EXPRESS (stops at 5 minutes). */
  type?: ExecutionType;
  /** Runs Task states; tried after `mocks`. */
  taskInvoker?: TaskInvoker;
  /** Mocked task responses from a Step Functions Local mock file. */
  mocks?: { config: MockConfig; stateMachine?: string; testCase: string };
  /** Wait for real (true) or advance virtual time (false, default). */
  realTime?: boolean;
  /** Cancels the execution: it ends ABORTED. */
  signal?: AbortSignal;
  /** History event limit; default 25,000 for STANDARD, unlimited for EXPRESS. */
  maxEvents?: number;
  /** Keep the history in the result (default true). Off = flat memory and faster. */
  recordEvents?: boolean;
  /** Called for each history event as it happens (even when recordEvents is false). */
  onEvent?: (event: HistoryEvent) => void;
  itemReader?: ItemReaderPort;
  resultWriter?: ResultWriterPort;
  /** Hex digest for States.Hash / $hash: supply e.g. node:crypto. */
  hash?: (algorithm: string, data: string) => string;
  executionName?: string;
  stateMachineName?: string;
  region?: string;
  accountId?: string;
  roleArn?: string;
  /** Log lines for the text trace (optional). */
  log?: (message: string) => void;
}
