/**
 * Execution-wide state (split out of engine.ts): the event log (ids, the history limit, detail), the
 * ports, deadlines and cancellation of one execution, and one `Frame` per scope run (a branch, a
 * Map iteration). Every state and the run loop work through these.
 */
import type { JsonPathRoots } from '../expressions';
import type { CompiledState } from './compile';
import type { DebugFrameLevel } from './debug';
import { ERRORS, ExecutionStop } from './errors';
import { DEFAULT_JSONATA_LIMITS, extraFunctions } from './jsonataProcessing';
import type { Json } from './maybe';
import type { Clock, DebugHook, HistoryEvent, StartExecutionOptions, TransitionKind } from './types';

const EXPRESS_LIMIT_MS = 5 * 60 * 1000;
/**
 * Simulated time each state transition of an Express run costs. Without it a loop with no Wait
 * never advances simulated time, so it would never reach the 5-minute limit that ends it on AWS;
 * at 10 ms a loop ends TIMED_OUT after 30,000 transitions (a 10,000-iteration two-state loop, 20,002
 * transitions, still finishes). Standard runs are bounded by their 25,000-event history instead.
 */
const EXPRESS_TRANSITION_MS = 10;

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Events that end an execution: they may take the last id the history limit allows. */
const TERMINAL_EVENTS = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionAborted', 'ExecutionTimedOut']);
/** Events AWS does not chain later events to (their successor's previousEventId skips them). */
const UNCHAINED_EVENTS = new Set([
  'MapStateSucceeded',
  'ParallelStateSucceeded',
  'MapRunSucceeded',
  'MapIterationFailed',
  'TaskStateAborted',
]);

/**
 * One execution's history: the id counter, the limit, and where events go. A Distributed Map's
 * child executions get logs of their own: AWS neither shows their events in the parent's history
 * nor counts them against its limit.
 */
export class EventLog {
  count: number;
  constructor(
    readonly max: number,
    readonly detailed: boolean,
    readonly events: HistoryEvent[] | undefined,
    readonly onEvent: ((event: HistoryEvent) => void) | undefined,
    start = 0,
  ) {
    this.count = start;
  }
}

export class Execution {
  readonly clock: Clock;
  readonly realTime: boolean;
  readonly detailed: boolean;
  readonly recordEvents: boolean;
  readonly events: HistoryEvent[] = [];
  readonly log: EventLog;
  readonly maxEvents: number;
  readonly startTime: number;
  readonly deadline: number;
  readonly timeoutKind: 'express' | 'machine' | undefined;
  /** Simulated milliseconds each state entered costs (Express runs in simulated time). */
  readonly transitionCostMs: number;
  readonly executionArn: string;
  readonly executionName: string;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  readonly roleArn: string;
  readonly region: string;
  readonly account: string;
  readonly invocationCounts = new Map<string, number>();
  readonly intrinsicPorts: { hash?: (a: string, d: string) => string; random: () => number; uuid: () => string };
  readonly jsonataExtras: Record<string, unknown>;
  /** Aborts on the caller's signal and, in real time, at the execution deadline. */
  readonly signal: AbortSignal;
  private readonly stopController = new AbortController();
  private timedOut = false;
  mapRunCounter = 0;
  input: Json = null;
  /** The debugger's hook, if any (see debug.ts). */
  readonly debug: DebugHook | undefined;
  /** Debugging: errors already reported to the hook (an error passes up through enclosing states). */
  readonly reportedErrors = new WeakSet<object>();

  constructor(
    readonly options: StartExecutionOptions,
    machineTimeoutSeconds: number | undefined,
  ) {
    this.clock = options.clock;
    this.debug = options.debug;
    this.realTime = options.realTime ?? false;
    this.recordEvents = options.recordEvents ?? true;
    this.detailed = this.recordEvents || options.onEvent !== undefined;
    const type = options.type ?? 'STANDARD';
    this.maxEvents = options.maxEvents ?? (type === 'STANDARD' ? 25000 : Infinity);
    this.log = new EventLog(this.maxEvents, this.detailed, this.recordEvents ? this.events : undefined, options.onEvent);
    this.startTime = this.clock.now();
    const machineDeadline = machineTimeoutSeconds !== undefined ? this.startTime + machineTimeoutSeconds * 1000 : Infinity;
    const expressDeadline = type === 'EXPRESS' ? this.startTime + EXPRESS_LIMIT_MS : Infinity;
    this.deadline = Math.min(machineDeadline, expressDeadline);
    this.timeoutKind = this.deadline === Infinity ? undefined : expressDeadline <= machineDeadline ? 'express' : 'machine';
    this.transitionCostMs = type === 'EXPRESS' && !this.realTime ? EXPRESS_TRANSITION_MS : 0;
    this.region = options.region ?? 'us-east-1';
    this.account = options.accountId ?? '123456789012';
    this.stateMachineName = options.stateMachineName ?? 'LocalStateMachine';
    this.executionName = options.executionName ?? options.uuid();
    this.stateMachineArn = `arn:aws:states:${this.region}:${this.account}:stateMachine:${this.stateMachineName}`;
    this.executionArn = `arn:aws:states:${this.region}:${this.account}:${type === 'EXPRESS' ? 'express' : 'execution'}:${this.stateMachineName}:${this.executionName}`;
    this.roleArn = options.roleArn ?? `arn:aws:iam::${this.account}:role/StepFunctionsLocalRole`;
    this.intrinsicPorts = { random: options.random, uuid: options.uuid };
    if (options.hash) this.intrinsicPorts.hash = options.hash;
    this.jsonataExtras = extraFunctions(this.intrinsicPorts, { ...DEFAULT_JSONATA_LIMITS, ...options.jsonataLimits });
    this.signal = this.stopController.signal;
    const outer = options.signal;
    if (outer?.aborted) this.stopController.abort();
    else outer?.addEventListener('abort', () => this.stopController.abort(), { once: true });
  }

  /**
   * Records one history event in the frame's log; counts it even when history is off (ids appear
   * in causes). As on AWS the last id the limit allows is kept for the event that ends the run.
   */
  emit(frame: Frame, type: string, detailsKey?: string, details?: Record<string, unknown>): number {
    const log = frame.log;
    const id = log.count + 1;
    if (id >= log.max && !TERMINAL_EVENTS.has(type)) {
      throw new ExecutionStop('FAILED', ERRORS.Runtime, `The execution reached the maximum number of history events (${log.max}).`);
    }
    log.count = id;
    if (log.detailed) {
      const event: HistoryEvent = { id, previousEventId: frame.lastEventId, timestamp: isoTime(frame.time()), type };
      if (detailsKey) event[detailsKey] = details ?? {};
      log.events?.push(event);
      if (log.onEvent) {
        try {
          log.onEvent(event);
        } catch {
          // A failing observer (a UI, a logger) must not change the execution.
        }
      }
    }
    if (!UNCHAINED_EVENTS.has(type)) frame.lastEventId = id;
    return id;
  }

  /** Tells the transition observer which edge led to `to`: StartAt without `from`; else a Choice or Catch marks it on the frame, or Next. */
  transition(frame: Frame, from: CompiledState | undefined, to: CompiledState): void {
    const observer = this.options.onTransition;
    if (observer) {
      try {
        observer(
          from
            ? { from: from.name, to: to.name, kind: frame.edgeKind, index: frame.edgeIndex }
            : { to: to.name, kind: 'StartAt', index: 0 },
        );
      } catch {
        // A failing observer (coverage, a UI) must not change the execution.
      }
    }
    frame.edgeKind = 'Next';
    frame.edgeIndex = 0;
  }

  /** Checked at every transition: cancellation, timeouts. */
  checkpoint(frame: Frame): void {
    if (this.signal.aborted) throw this.stopError();
    if (frame.time() > this.deadline) throw this.timeoutError();
  }

  /** Why the signal fired: the deadline passed (real time) or the caller cancelled. */
  stopError(): ExecutionStop {
    return this.timedOut ? this.timeoutError() : new ExecutionStop('ABORTED');
  }

  private timeoutError(): ExecutionStop {
    return new ExecutionStop(
      'TIMED_OUT',
      ERRORS.Timeout,
      this.timeoutKind === 'express' ? 'Express executions may run for at most 5 minutes.' : 'The execution timed out (TimeoutSeconds).',
    );
  }

  /** In real time a running task or wait is interrupted at the deadline, not at the next transition. */
  armDeadline(): void {
    if (!this.realTime || this.deadline === Infinity) return;
    this.clock.sleep(Math.max(0, this.deadline - this.clock.now()), this.signal).then(
      () => {
        this.timedOut = true;
        this.stopController.abort();
      },
      () => undefined,
    );
  }

  /** Ends the deadline timer once the execution is over. */
  dispose(): void {
    if (!this.signal.aborted) this.stopController.abort();
  }
}

/** JSONPath roots backed by a frame: `$$` is built only when a path asks for it. */
class FrameRoots implements JsonPathRoots {
  input: unknown = undefined;
  constructor(private readonly frame: Frame) {}

  get context(): unknown {
    return this.frame.context();
  }

  variable(name: string): { value: unknown } | undefined {
    const variables = this.frame.variables;
    return name in variables ? { value: variables[name] } : undefined;
  }
}

/** Where a branch of states runs: its variables, virtual time and Map item. */
export class Frame {
  lastEventId = 0;
  next: CompiledState | null = null;
  /** Which edge `next` is, for the transition observer: set by Choice and Catch, reset after each transition. */
  edgeKind: Exclude<TransitionKind, 'StartAt'> = 'Next';
  edgeIndex = 0;
  now: number;
  stateName = '';
  enteredEventId = 0;
  enteredTime = 0;
  retryCount = 0;
  mapItem: { index: number; value: Json; key?: string; source?: string } | undefined;
  private rootsObject: FrameRoots | undefined;
  // Debugging only, and declared without an initializer so that frames made without a debugger cost
  // nothing more to create.
  /** Debugging only: the Parallel branch or Map iteration this frame runs, and the frame that runs it. */
  declare debugLevel: DebugFrameLevel | undefined;
  /** Debugging only: the Retry attempts of the state this frame is running (for DebugError.handled). */
  declare debugAttempts: number[] | undefined;
  /** Debugging only: what the current state computed so far (DebugStateOutcome.stages). */
  declare stages: Record<string, unknown> | undefined;

  constructor(
    readonly exec: Execution,
    readonly variables: Record<string, unknown>,
    now: number,
    /** The history this frame's events go to (a Distributed Map child has its own). */
    readonly log: EventLog = exec.log,
  ) {
    this.now = now;
  }

  time(): number {
    return this.exec.realTime ? this.exec.clock.now() : this.now;
  }

  /** The roots for JSONPath evaluation; one reusable object per frame (evaluation never nests). */
  roots(input: Json): JsonPathRoots {
    const roots = (this.rootsObject ??= new FrameRoots(this));
    roots.input = input;
    return roots;
  }

  child(variables: Record<string, unknown>, log: EventLog = this.log): Frame {
    const frame = new Frame(this.exec, variables, this.now, log);
    frame.lastEventId = log === this.log ? this.lastEventId : log.count;
    // Until the child enters a state of its own it acts for the parent's (Map/Parallel) state.
    frame.stateName = this.stateName;
    frame.enteredEventId = this.enteredEventId;
    frame.enteredTime = this.enteredTime;
    return frame;
  }

  /** The Context object (`$$` / `$states.context`). */
  context(): Record<string, unknown> {
    const exec = this.exec;
    const context: Record<string, unknown> = {
      Execution: {
        Id: exec.executionArn,
        Input: exec.input,
        Name: exec.executionName,
        RoleArn: exec.roleArn,
        StartTime: isoTime(exec.startTime),
        RedriveCount: 0,
      },
      State: { EnteredTime: isoTime(this.enteredTime), Name: this.stateName, RetryCount: this.retryCount },
      StateMachine: { Id: exec.stateMachineArn, Name: exec.stateMachineName },
    };
    if (this.mapItem) {
      const item: Record<string, unknown> = { Index: this.mapItem.index, Value: this.mapItem.value };
      if (this.mapItem.key !== undefined) item.Key = this.mapItem.key;
      if (this.mapItem.source !== undefined) item.Source = this.mapItem.source;
      context.Map = { Item: item };
    }
    if (this.taskToken) context.Task = { Token: this.taskToken };
    return context;
  }

  taskToken: string | undefined;
}
