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

/**
 * How a state was reached: its scope's StartAt (the machine's, a Parallel branch's, a Map
 * iteration's), or from the previous state by its Next, a Choice rule (index in Choices), its
 * Default, or a Catcher (index in Catch).
 */
export type TransitionKind = 'StartAt' | 'Next' | 'Default' | 'Choice' | 'Catch';

/**
 * One state entered and the edge that led there; `from` is absent for StartAt; `index` is the rule's
 * or catcher's index (0 otherwise). Reported in every scope, Distributed Map children included.
 */
export interface Transition {
  from?: string;
  to: string;
  kind: TransitionKind;
  index: number;
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
 * Bounds on one JSONata evaluation, passed to the jsonata library (its `timeout` and `stack` options),
 * so an expression that recurses forever (tail calls run as a loop, others nest) fails with
 * States.QueryEvaluationError instead of spinning or growing without end.
 */
export interface JsonataLimits {
  /** Milliseconds one expression may evaluate (jsonata error D1012); default 10,000. */
  timeoutMs: number;
  /** Nesting depth of one evaluation (jsonata error D1011); a recursion of n levels uses a few per level; default 10,000. */
  maxDepth: number;
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
  /** Called each time a state is entered, in every scope, with the edge that led there (coverage, test expectations). */
  onTransition?: (transition: Transition) => void;
  itemReader?: ItemReaderPort;
  resultWriter?: ResultWriterPort;
  /** Hex digest for States.Hash / $hash: supply e.g. node:crypto. */
  hash?: (algorithm: string, data: string) => string;
  executionName?: string;
  stateMachineName?: string;
  region?: string;
  accountId?: string;
  roleArn?: string;
  /** Time and depth limits of each JSONata evaluation (defaults: 10 s, depth 10,000). */
  jsonataLimits?: Partial<JsonataLimits>;
  /** Log lines for the text trace (optional). */
  log?: (message: string) => void;
  /** A debugger: called around every state (see DebugHook). Unset, the engine keeps its synchronous fast path. */
  debug?: DebugHook;
}

/**
 * Where a debugger sees a state: called before the state is entered, when it raises an error, and
 * after it ran. Any call may return a promise, and the execution waits for it (that is how a
 * debugger pauses). With a hook set, the engine runs every state through one async loop and runs
 * Parallel branches and Map iterations one after another, in order, so a session is repeatable.
 */
export interface DebugHook {
  beforeState(point: DebugStatePoint): void | Promise<void>;
  /**
   * A state raised an error (once per error, in the state that raised it). `handled` says whether
   * a Retry or Catch of that state or of an enclosing Parallel/Map will deal with it; false means
   * the error fails the execution.
   */
  stateError?(point: DebugStatePoint, error: DebugError): void | Promise<void>;
  afterState?(point: DebugStatePoint, outcome: DebugStateOutcome): void | Promise<void>;
}

/** One nesting level around a state: the Parallel branch or Map iteration it runs in. */
export interface DebugScopeLevel {
  /** The Parallel or Map state. */
  stateName: string;
  kind: 'Parallel' | 'Map';
  /** Branch number or iteration index (0-based). */
  index: number;
}

export interface DebugStatePoint {
  stateName: string;
  stateType: string;
  queryLanguage: 'JSONPath' | 'JSONata';
  /** The state's raw input. */
  input: unknown;
  /** Enclosing levels, outermost first; empty at the top level. */
  levels: DebugScopeLevel[];
  /**
   * Identifies the branch or iteration the state runs in (same object for every state of it), and
   * its parent's: a stepping debugger compares them. Opaque.
   */
  scope: object;
  parentScope: object | undefined;
  /** The variables visible to the state (its own scope and the enclosing ones, flattened). */
  variables(): Record<string, unknown>;
  /** The Context object as the state sees it. */
  context(): Record<string, unknown>;
}

export interface DebugError {
  error: string;
  cause?: string;
  handled: boolean;
  /** What the state computed before the error (see DebugStateOutcome.stages). */
  stages?: Record<string, unknown>;
}

export interface DebugStateOutcome {
  output: unknown;
  /** The next state in the same scope; undefined when the branch, iteration or execution ends here. */
  next: string | undefined;
  /**
   * What the state computed on the way: JSONPath stages (`afterInputPath`, `afterParameters`,
   * `result`, `afterResultSelector`, `afterResultPath`, `afterOutputPath`, `errorOutput`) or, for
   * JSONata, `states` ($states: input, result, errorOutput, context).
   */
  stages: Record<string, unknown>;
}
