/**
 * The execution engine: a definition is compiled once into linked state objects (names resolved,
 * paths/intrinsics/JSONata parsed), then run by a loop that stays synchronous until a state really
 * has to wait (a task port, real time, JSONata), so long Pass/Choice loops cost no promise per
 * transition and no stack per transition. History is kept only when asked for.
 */
import type { JsonPathRoots } from '../expressions';
import { type ChoicePredicate, compileChoiceRule, parseTimestamp } from './choice';
import { DATA_LIMIT_BYTES, exceedsDataLimit } from './dataLimit';
import { ERRORS, ExecutionStop, StateRuntimeError, StatesError } from './errors';
import {
  type JsonataEvaluator,
  type JsonataStates,
  DEFAULT_JSONATA_LIMITS,
  compileJsonataTemplate,
  extraFunctions,
  isJsonataExpression,
  jsonataSource,
  unexpectedType,
} from './jsonataProcessing';
import {
  type Evaluator,
  type ResultPathApplier,
  compileDynamicValue,
  compilePayload,
  compileResultPath,
  compileSelectPath,
  stringify,
} from './jsonpathProcessing';
import {
  type Clock,
  type DebugError,
  type DebugHook,
  type DebugScopeLevel,
  type DebugStatePoint,
  type ExecutionResult,
  type HistoryEvent,
  type MockedResponse,
  type StartExecutionOptions,
  type TransitionKind,
  NOT_HANDLED,
  TaskFailure,
} from './types';

type Json = unknown;
type Maybe<T> = T | Promise<T>;
type Definition = Record<string, unknown>;

const EXPRESS_LIMIT_MS = 5 * 60 * 1000;
/**
 * Simulated time each state transition of an Express run costs. Without it a loop with no Wait
 * never advances simulated time, so it would never reach the 5-minute limit that ends it on AWS;
 * at 10 ms a loop ends TIMED_OUT after 30,000 transitions (a 10,000-iteration two-state loop, 20,002
 * transitions, still finishes). Standard runs are bounded by their 25,000-event history instead.
 */
const EXPRESS_TRANSITION_MS = 10;

function isPromise<T>(value: Maybe<T>): value is Promise<T> {
  return value instanceof Promise;
}

/** Runs `fn`; errors (thrown or rejected) go to `onError`. Stays synchronous when `fn` is. */
function attempt<T>(fn: () => Maybe<T>, onError: (error: unknown) => Maybe<T>): Maybe<T> {
  let result: Maybe<T>;
  try {
    result = fn();
  } catch (error) {
    return onError(error);
  }
  return isPromise(result) ? result.catch(onError) : result;
}

function then<T, U>(value: Maybe<T>, fn: (value: T) => Maybe<U>): Maybe<U> {
  return isPromise(value) ? value.then(fn) : fn(value);
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

// ---------------------------------------------------------------------------------------------
// Execution-wide state

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
  /** The debugger's hook, if any (see the Debugging section at the end of this file). */
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

// ---------------------------------------------------------------------------------------------
// Compilation

interface CompileEnv {
  exec: Execution;
}

export interface CompiledMachine {
  start: CompiledState;
  states: Map<string, CompiledState>;
}

export function compileMachine(definition: Definition, exec: Execution, inheritedJsonata = false): CompiledMachine {
  const env: CompileEnv = { exec };
  const machineJsonata = definition.QueryLanguage === 'JSONata' ? true : definition.QueryLanguage === 'JSONPath' ? false : inheritedJsonata;
  const rawStates = (definition.States ?? {}) as Record<string, Definition>;
  const states = new Map<string, CompiledState>();
  for (const [name, raw] of Object.entries(rawStates)) {
    const jsonataMode = raw.QueryLanguage === 'JSONata' ? true : raw.QueryLanguage === 'JSONPath' ? false : machineJsonata;
    states.set(name, createState(name, raw, jsonataMode, env, machineJsonata));
  }
  const resolve = (name: unknown, from: string): CompiledState => {
    const target = states.get(String(name));
    if (!target) throw new StatesError(ERRORS.Runtime, `State '${from}' refers to a state '${String(name)}' that does not exist`);
    return target;
  };
  for (const state of states.values()) state.link(resolve);
  const start = states.get(String(definition.StartAt));
  if (!start) throw new StatesError(ERRORS.Runtime, `StartAt refers to a state '${String(definition.StartAt)}' that does not exist`);
  return { start, states };
}

function createState(name: string, raw: Definition, jsonataMode: boolean, env: CompileEnv, machineJsonata: boolean): CompiledState {
  switch (raw.Type) {
    case 'Pass':
      return new PassState(name, raw, jsonataMode, env);
    case 'Choice':
      return new ChoiceState(name, raw, jsonataMode, env);
    case 'Wait':
      return new WaitState(name, raw, jsonataMode, env);
    case 'Succeed':
      return new SucceedState(name, raw, jsonataMode, env);
    case 'Fail':
      return new FailState(name, raw, jsonataMode, env);
    case 'Task':
      return new TaskState(name, raw, jsonataMode, env);
    case 'Parallel':
      return new ParallelState(name, raw, jsonataMode, env, machineJsonata);
    case 'Map':
      return new MapState(name, raw, jsonataMode, env, machineJsonata);
    default:
      throw new StatesError(ERRORS.Runtime, `State '${name}' has an unknown Type '${String(raw.Type)}'`);
  }
}

/** Runs states from `state` until one ends the branch; synchronous until something must wait. */
export function runStates(frame: Frame, state: CompiledState, input: Json): Maybe<Json> {
  if (frame.exec.debug) return runStatesDebugged(frame, state, input);
  let current = state;
  let value = input;
  frame.exec.transition(frame, undefined, state);
  for (;;) {
    frame.exec.checkpoint(frame);
    const result = current.execute(frame, value);
    if (isPromise(result)) return continueAsync(frame, current, result);
    const next = frame.next;
    if (next === null) return result;
    frame.exec.transition(frame, current, next);
    current = next;
    value = result;
  }
}

async function continueAsync(frame: Frame, current: CompiledState, pending: Promise<Json>): Promise<Json> {
  let value = await pending;
  for (;;) {
    const next = frame.next;
    if (next === null) return value;
    frame.exec.transition(frame, current, next);
    current = next;
    frame.exec.checkpoint(frame);
    const result = next.execute(frame, value);
    value = isPromise(result) ? await result : result;
  }
}

interface Retrier {
  errorEquals: string[];
  intervalSeconds: number;
  maxAttempts: number;
  backoffRate: number;
  maxDelaySeconds: number | undefined;
  jitter: boolean;
}

interface Catcher {
  errorEquals: string[];
  next: string;
  target?: CompiledState;
  resultPath: ResultPathApplier;
  assignPath?: Evaluator;
  assignJsonata?: JsonataEvaluator;
  outputJsonata?: JsonataEvaluator;
}

/**
 * Whether an error matches an ErrorEquals list. Nothing catches States.Runtime; the wildcards
 * (States.ALL, States.TaskFailed) do not catch the terminal States.DataLimitExceeded of a state's
 * own input or output, but do catch a Task's failure of that name (its result was too large),
 * as AWS does.
 */
function errorMatches(errorEquals: string[], error: StatesError): boolean {
  const name = error.error;
  // AWS: "A States.Runtime error isn't retriable, and will always cause the execution to fail."
  if (name === ERRORS.Runtime) return false;
  const terminal = name === ERRORS.DataLimitExceeded && !error.taskFailure;
  for (const candidate of errorEquals) {
    if (candidate === name) return true;
    if (candidate === ERRORS.ALL) return !terminal;
    // A heartbeat timeout is a timeout: States.Timeout has matched both since before
    // States.HeartbeatTimeout existed.
    if (candidate === ERRORS.Timeout && name === ERRORS.HeartbeatTimeout) return true;
    // AWS: States.TaskFailed matches any known error name except States.Timeout.
    if (candidate === ERRORS.TaskFailed && name !== undefined && name !== ERRORS.Timeout && !terminal) return true;
  }
  return false;
}

abstract class CompiledState {
  next: CompiledState | null = null;
  readonly enteredType: string;
  readonly exitedType: string;
  protected readonly inputPath: Evaluator | undefined;
  protected readonly outputPath: Evaluator | undefined;
  protected readonly assignPath: Evaluator | undefined;
  protected readonly assignJsonata: JsonataEvaluator | undefined;
  protected readonly outputJsonata: JsonataEvaluator | undefined;
  protected readonly exec: Execution;

  constructor(
    readonly name: string,
    readonly raw: Definition,
    readonly jsonata: boolean,
    env: CompileEnv,
  ) {
    this.exec = env.exec;
    const type = String(raw.Type);
    this.enteredType = `${type}StateEntered`;
    this.exitedType = `${type}StateExited`;
    const ports = env.exec.intrinsicPorts;
    if (jsonata) {
      if (raw.Assign !== undefined) this.assignJsonata = compileJsonataTemplate(raw.Assign, 'Assign', env.exec.jsonataExtras);
      if (raw.Output !== undefined) this.outputJsonata = compileJsonataTemplate(raw.Output, 'Output', env.exec.jsonataExtras);
    } else {
      this.inputPath = compileSelectPath(raw.InputPath);
      this.outputPath = compileSelectPath(raw.OutputPath);
      if (raw.Assign !== undefined) this.assignPath = compilePayload(raw.Assign, ports);
    }
  }

  link(resolve: (name: unknown, from: string) => CompiledState): void {
    if (typeof this.raw.Next === 'string') this.next = resolve(this.raw.Next, this.name);
  }

  abstract execute(frame: Frame, input: Json): Maybe<Json>;

  protected enter(frame: Frame, input: Json): void {
    frame.stateName = this.name;
    frame.retryCount = 0;
    frame.taskToken = undefined;
    const exec = this.exec;
    frame.now += exec.transitionCostMs;
    frame.enteredTime = frame.time();
    frame.enteredEventId = exec.detailed
      ? exec.emit(frame, this.enteredType, 'stateEnteredEventDetails', {
          name: this.name,
          input: stringify(input),
          inputDetails: { truncated: false },
        })
      : exec.emit(frame, this.enteredType);
  }

  protected exit(frame: Frame, output: Json): void {
    const exec = this.exec;
    if (exec.detailed) {
      const text = stringify(output);
      if (textExceedsDataLimit(text)) throw outputTooLarge(this.name);
      exec.emit(frame, this.exitedType, 'stateExitedEventDetails', {
        name: this.name,
        output: text,
        outputDetails: { truncated: false },
      });
    } else {
      if (exceedsDataLimit(output)) throw outputTooLarge(this.name);
      exec.emit(frame, this.exitedType);
    }
  }

  /** Turns a field-processing problem into the state's failure, worded as AWS words it. */
  protected wrap(frame: Frame, error: unknown): unknown {
    if (error instanceof StateRuntimeError) {
      return new StatesError(
        error.error,
        `An error occurred while executing the state '${this.name}' (entered at the event id #${frame.enteredEventId}). ${error.message}`,
      );
    }
    return error;
  }

  protected jsonataStates(frame: Frame, input: Json): JsonataStates {
    const self = frame;
    const states = {
      input,
      get context() {
        return self.context();
      },
    } as JsonataStates;
    // Debugging: the same object later gets result and errorOutput, so the debugger sees them all.
    if (frame.stages) frame.stages.states = states;
    return states;
  }

  /** A payload field in this state's language: a JSONata template or a JSONPath `.$` template. */
  protected compileTemplate(template: unknown, field: string): (frame: Frame, input: Json) => Maybe<Json> {
    if (this.jsonata) {
      const evaluate = compileJsonataTemplate(template, field, this.exec.jsonataExtras);
      return (frame, input) => evaluate(this.jsonataStates(frame, input), frame.variables);
    }
    const evaluate = compilePayload(template, this.exec.intrinsicPorts);
    return (frame, input) => evaluate(frame.roots(input));
  }

  /** Assigns evaluated variables to the frame's own scope (all values computed before any is set). */
  protected applyAssignments(frame: Frame, values: unknown): void {
    if (values && typeof values === 'object') Object.assign(frame.variables, values);
  }
}

// ---------------------------------------------------------------------------------------------
// Pass, Succeed, Fail, Wait, Choice

class PassState extends CompiledState {
  private readonly result: Json;
  private readonly hasResult: boolean;
  private readonly parameters: Evaluator | undefined;
  private readonly resultPath: ResultPathApplier;
  private readonly resultTooLarge: boolean;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv) {
    super(name, raw, jsonata, env);
    this.hasResult = 'Result' in raw;
    this.result = raw.Result;
    this.resultTooLarge = this.hasResult && utf8Length(stringify(raw.Result)) > DATA_LIMIT_BYTES;
    this.parameters = !jsonata && raw.Parameters !== undefined ? compilePayload(raw.Parameters, env.exec.intrinsicPorts) : undefined;
    this.resultPath = compileResultPath(raw.ResultPath, 'ResultPath' in raw);
  }

  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    if (this.resultTooLarge)
      throw new StatesError(
        ERRORS.DataLimitExceeded,
        `The state/task '${this.name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
      );
    if (this.jsonata) return this.executeJsonata(frame, input);
    let output: Json;
    try {
      const effective = this.inputPath ? this.inputPath(frame.roots(input)) : input;
      const result = this.hasResult ? this.result : this.parameters ? this.parameters(frame.roots(effective)) : effective;
      const assigned = this.assignPath ? this.assignPath(frame.roots(result)) : undefined;
      output = this.resultPath(input, result);
      if (frame.stages)
        recordStages(frame, {
          afterInputPath: effective,
          [this.hasResult ? 'result' : 'afterParameters']: result,
          afterResultPath: output,
        });
      if (this.outputPath) output = this.outputPath(frame.roots(output));
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
    } catch (error) {
      throw this.wrap(frame, error);
    }
    frame.next = this.next;
    this.exit(frame, output);
    return output;
  }

  private async executeJsonata(frame: Frame, input: Json): Promise<Json> {
    try {
      const states = this.jsonataStates(frame, input);
      const base = this.hasResult ? this.result : input;
      if (this.hasResult) states.result = base;
      const assigned = this.assignJsonata ? await this.assignJsonata(states, frame.variables) : undefined;
      const output = this.outputJsonata ? await this.outputJsonata(states, frame.variables) : base;
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
      frame.next = this.next;
      this.exit(frame, output);
      return output;
    } catch (error) {
      throw this.wrap(frame, error);
    }
  }
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return bytes;
}

/** AWS fails a state whose output exceeds 256 KiB (checked as the state exits). */
function outputTooLarge(stateName: string): StatesError {
  return new StatesError(
    ERRORS.DataLimitExceeded,
    `The state/task '${stateName}' produced an output with a size exceeding the maximum number of bytes service limit (${DATA_LIMIT_BYTES} bytes).`,
  );
}

function textExceedsDataLimit(text: string): boolean {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: short texts need no count.
  return text.length * 3 > DATA_LIMIT_BYTES && utf8Length(text) > DATA_LIMIT_BYTES;
}

/** AWS fails a state whose result exceeds 256 KiB (checked where results are assembled). */
function checkResultSize(stateName: string, result: Json): void {
  if (utf8Length(stringify(result)) > DATA_LIMIT_BYTES) {
    throw new StatesError(
      ERRORS.DataLimitExceeded,
      `The state/task '${stateName}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    );
  }
}

class SucceedState extends CompiledState {
  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    if (this.jsonata) {
      return (async () => {
        try {
          const output = this.outputJsonata ? await this.outputJsonata(this.jsonataStates(frame, input), frame.variables) : input;
          frame.next = null;
          this.exit(frame, output);
          return output;
        } catch (error) {
          throw this.wrap(frame, error);
        }
      })();
    }
    let output: Json;
    try {
      output = this.inputPath ? this.inputPath(frame.roots(input)) : input;
      if (this.outputPath) output = this.outputPath(frame.roots(output));
    } catch (error) {
      throw this.wrap(frame, error);
    }
    frame.next = null;
    this.exit(frame, output);
    return output;
  }
}

class FailState extends CompiledState {
  private readonly errorValue: (frame: Frame, input: Json) => Maybe<string | undefined>;
  private readonly causeValue: (frame: Frame, input: Json) => Maybe<string | undefined>;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv) {
    super(name, raw, jsonata, env);
    this.errorValue = this.compileField(raw, 'Error', 'ErrorPath', env);
    this.causeValue = this.compileField(raw, 'Cause', 'CausePath', env);
  }

  private compileField(
    raw: Definition,
    field: string,
    pathField: string,
    env: CompileEnv,
  ): (frame: Frame, input: Json) => Maybe<string | undefined> {
    const value = raw[field];
    if (this.jsonata && isJsonataExpression(value)) {
      const evaluate = compileJsonataTemplate(value, field, env.exec.jsonataExtras);
      const source = jsonataSource(value);
      return async (frame, input) => {
        const result = await evaluate(this.jsonataStates(frame, input), frame.variables);
        if (typeof result !== 'string') throw unexpectedType(source, field, 'string', result);
        return result;
      };
    }
    if (typeof value === 'string') return () => value;
    const path = raw[pathField];
    if (typeof path === 'string') {
      const evaluate = compileDynamicValue(path, pathField, env.exec.intrinsicPorts);
      return (frame, input) => {
        const result = evaluate(frame.roots(input));
        if (typeof result !== 'string') {
          throw new StateRuntimeError(
            ERRORS.Runtime,
            `The ${pathField} field refers to value ${stringify(result)} which is not a valid string: ${path}`,
          );
        }
        return result;
      };
    }
    return () => undefined;
  }

  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    frame.next = null;
    const finish = (error: string | undefined, cause: string | undefined): never => {
      throw new StatesError(error, cause);
    };
    try {
      const error = this.errorValue(frame, input);
      const cause = this.causeValue(frame, input);
      if (isPromise(error) || isPromise(cause)) {
        return Promise.all([error, cause]).then(
          ([e, c]) => finish(e, c),
          (err: unknown) => {
            throw this.wrap(frame, err);
          },
        );
      }
      return finish(error, cause);
    } catch (error) {
      throw this.wrap(frame, error);
    }
  }
}

class WaitState extends CompiledState {
  private readonly waitUntil: (frame: Frame, input: Json) => Maybe<number>;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv) {
    super(name, raw, jsonata, env);
    this.waitUntil = this.compileWait(raw, env);
  }

  private compileWait(raw: Definition, env: CompileEnv): (frame: Frame, input: Json) => Maybe<number> {
    if (this.jsonata && isJsonataExpression(raw.Seconds)) {
      const source = jsonataSource(raw.Seconds);
      const evaluate = compileJsonataTemplate(raw.Seconds, 'Seconds', env.exec.jsonataExtras);
      return async (frame, input) => {
        const seconds = await evaluate(this.jsonataStates(frame, input), frame.variables);
        if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0)
          throw unexpectedType(source, 'Seconds', 'integer', seconds);
        return frame.time() + seconds * 1000;
      };
    }
    if (this.jsonata && isJsonataExpression(raw.Timestamp)) {
      const source = jsonataSource(raw.Timestamp);
      const evaluate = compileJsonataTemplate(raw.Timestamp, 'Timestamp', env.exec.jsonataExtras);
      return async (frame, input) => {
        const value = await evaluate(this.jsonataStates(frame, input), frame.variables);
        const ms = parseTimestamp(value);
        if (ms === undefined) throw unexpectedType(source, 'Timestamp', 'timestamp', value);
        return ms;
      };
    }
    if (typeof raw.Seconds === 'number') {
      const seconds = raw.Seconds;
      return (frame) => frame.time() + seconds * 1000;
    }
    if (typeof raw.Timestamp === 'string') {
      const ms = parseTimestamp(raw.Timestamp) ?? 0;
      return () => ms;
    }
    if (typeof raw.SecondsPath === 'string') {
      const path = raw.SecondsPath;
      const evaluate = compileDynamicValue(path, 'SecondsPath', env.exec.intrinsicPorts);
      return (frame, input) => {
        const seconds = evaluate(frame.roots(this.inputPath ? this.inputPath(frame.roots(input)) : input));
        if (typeof seconds !== 'number' || !Number.isInteger(seconds)) {
          throw new StateRuntimeError(
            ERRORS.Runtime,
            `The SecondsPath parameter cannot be parsed as a long value: ${path} == ${stringify(seconds)}`,
          );
        }
        if (seconds < 0)
          throw new StateRuntimeError(ERRORS.Runtime, `The SecondsPath parameter references a negative value: ${path} == ${seconds}`);
        return frame.time() + seconds * 1000;
      };
    }
    if (typeof raw.TimestampPath === 'string') {
      const path = raw.TimestampPath;
      const evaluate = compileDynamicValue(path, 'TimestampPath', env.exec.intrinsicPorts);
      return (frame, input) => {
        const value = evaluate(frame.roots(this.inputPath ? this.inputPath(frame.roots(input)) : input));
        const ms = parseTimestamp(value);
        if (ms === undefined)
          throw new StateRuntimeError(
            ERRORS.Runtime,
            `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${path} == ${stringify(value)}`,
          );
        return ms;
      };
    }
    return (frame) => frame.time();
  }

  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    return attempt(
      () =>
        then(this.waitUntil(frame, input), (until) => {
          const finish = (): Maybe<Json> => this.finish(frame, input);
          const delay = until - frame.time();
          if (delay <= 0) return finish();
          if (!this.exec.realTime) {
            frame.now += delay;
            return finish();
          }
          // Sleep no longer than the execution may live, so a timeout ends it on time.
          const allowed = Math.min(delay, Math.max(0, this.exec.deadline - frame.time() + 1));
          return this.exec.clock.sleep(allowed, this.exec.signal).then(
            () => {
              this.exec.checkpoint(frame);
              return finish();
            },
            () => {
              throw this.exec.stopError();
            },
          );
        }),
      (error) => {
        throw this.wrap(frame, error);
      },
    );
  }

  private finish(frame: Frame, input: Json): Maybe<Json> {
    if (this.jsonata) {
      return then(this.jsonataOutput(frame, input), (output) => {
        frame.next = this.next;
        this.exit(frame, output);
        return output;
      });
    }
    let output = this.inputPath ? this.inputPath(frame.roots(input)) : input;
    if (this.outputPath) output = this.outputPath(frame.roots(output));
    if (this.assignPath) this.applyAssignments(frame, this.assignPath(frame.roots(input)));
    frame.next = this.next;
    this.exit(frame, output);
    return output;
  }

  private async jsonataOutput(frame: Frame, input: Json): Promise<Json> {
    const states = this.jsonataStates(frame, input);
    const assigned = this.assignJsonata ? await this.assignJsonata(states, frame.variables) : undefined;
    const output = this.outputJsonata ? await this.outputJsonata(states, frame.variables) : input;
    if (assigned !== undefined) this.applyAssignments(frame, assigned);
    return output;
  }
}

interface CompiledChoice {
  predicate?: ChoicePredicate;
  condition?: JsonataEvaluator;
  conditionSource?: string;
  conditionField?: string;
  nextName: string;
  next?: CompiledState;
  assignPath?: Evaluator;
  assignJsonata?: JsonataEvaluator;
  outputJsonata?: JsonataEvaluator;
}

/** A matched rule (its index) or, with -1, the Default. */
function markChoiceEdge(frame: Frame, chosenIndex: number): void {
  frame.edgeKind = chosenIndex < 0 ? 'Default' : 'Choice';
  frame.edgeIndex = chosenIndex < 0 ? 0 : chosenIndex;
}

class ChoiceState extends CompiledState {
  private readonly choices: CompiledChoice[];
  private defaultState: CompiledState | undefined;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv) {
    super(name, raw, jsonata, env);
    const extras = env.exec.jsonataExtras;
    this.choices = ((raw.Choices ?? []) as Definition[]).map((rule, index) => {
      const choice: CompiledChoice = { nextName: String(rule.Next) };
      if (jsonata) {
        choice.condition = compileJsonataTemplate(rule.Condition, `Choices[${index}]/Condition`, extras);
        choice.conditionSource = isJsonataExpression(rule.Condition) ? jsonataSource(rule.Condition) : JSON.stringify(rule.Condition);
        choice.conditionField = `Choices[${index}]/Condition`;
        if (rule.Assign !== undefined) choice.assignJsonata = compileJsonataTemplate(rule.Assign, `Choices[${index}]/Assign`, extras);
        if (rule.Output !== undefined) choice.outputJsonata = compileJsonataTemplate(rule.Output, `Choices[${index}]/Output`, extras);
      } else {
        choice.predicate = compileChoiceRule(rule);
        if (rule.Assign !== undefined) choice.assignPath = compilePayload(rule.Assign, env.exec.intrinsicPorts);
      }
      return choice;
    });
  }

  override link(resolve: (name: unknown, from: string) => CompiledState): void {
    for (const choice of this.choices) choice.next = resolve(choice.nextName, this.name);
    if (typeof this.raw.Default === 'string') this.defaultState = resolve(this.raw.Default, this.name);
  }

  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    if (this.jsonata) return this.executeJsonata(frame, input);
    let output: Json;
    try {
      const effective = this.inputPath ? this.inputPath(frame.roots(input)) : input;
      const roots = frame.roots(effective);
      let chosen: CompiledChoice | undefined;
      let chosenIndex = -1;
      const choices = this.choices;
      for (let i = 0; i < choices.length; i++) {
        if (choices[i]!.predicate!(roots)) {
          chosen = choices[i];
          chosenIndex = i;
          break;
        }
      }
      let next: CompiledState;
      if (chosen) next = chosen.next!;
      else if (this.defaultState) next = this.defaultState;
      // The ASL specification: no matching rule and no Default fails with States.NoChoiceMatched.
      else
        throw new StatesError(
          ERRORS.NoChoiceMatched,
          `An error occurred while executing the state '${this.name}' (entered at the event id #${frame.enteredEventId}). No Choice Rules matched and no Default state was specified.`,
        );
      // A matched rule assigns its own variables; the state-level Assign goes with Default.
      const assign = chosen ? chosen.assignPath : this.assignPath;
      const assigned = assign ? assign(frame.roots(effective)) : undefined;
      output = this.outputPath ? this.outputPath(frame.roots(effective)) : effective;
      if (frame.stages) recordStages(frame, { afterInputPath: effective });
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
      frame.next = next;
      markChoiceEdge(frame, chosenIndex);
    } catch (error) {
      throw this.wrap(frame, error);
    }
    this.exit(frame, output);
    return output;
  }

  private async executeJsonata(frame: Frame, input: Json): Promise<Json> {
    try {
      const states = this.jsonataStates(frame, input);
      let chosen: CompiledChoice | undefined;
      let chosenIndex = -1;
      for (const [index, choice] of this.choices.entries()) {
        const value = await choice.condition!(states, frame.variables);
        if (typeof value !== 'boolean') throw unexpectedType(choice.conditionSource!, choice.conditionField!, 'boolean', value);
        if (value) {
          chosen = choice;
          chosenIndex = index;
          break;
        }
      }
      let next: CompiledState;
      if (chosen) next = chosen.next!;
      else if (this.defaultState) next = this.defaultState;
      // The ASL specification: no matching rule and no Default fails with States.NoChoiceMatched.
      else
        throw new StatesError(
          ERRORS.NoChoiceMatched,
          `An error occurred while executing the state '${this.name}' (entered at the event id #${frame.enteredEventId}). No Choice Rules matched and no Default state was specified.`,
        );
      const assign = chosen ? chosen.assignJsonata : this.assignJsonata;
      const outputEval = chosen?.outputJsonata ?? this.outputJsonata;
      const assigned = assign ? await assign(states, frame.variables) : undefined;
      const output = outputEval ? await outputEval(states, frame.variables) : input;
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
      frame.next = next;
      markChoiceEdge(frame, chosenIndex);
      this.exit(frame, output);
      return output;
    } catch (error) {
      throw this.wrap(frame, error);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// States with results: Task, Parallel, Map share Retry/Catch and result processing.

abstract class ResultState extends CompiledState {
  protected readonly parameters: Evaluator | undefined;
  protected readonly argumentsJsonata: JsonataEvaluator | undefined;
  protected readonly resultSelector: Evaluator | undefined;
  protected readonly resultPath: ResultPathApplier;
  protected readonly retriers: Retrier[];
  protected readonly catchers: Catcher[];

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv, parametersField = 'Parameters') {
    super(name, raw, jsonata, env);
    const ports = env.exec.intrinsicPorts;
    const extras = env.exec.jsonataExtras;
    if (jsonata) {
      if (raw.Arguments !== undefined) this.argumentsJsonata = compileJsonataTemplate(raw.Arguments, 'Arguments', extras);
    } else if (raw[parametersField] !== undefined) {
      this.parameters = compilePayload(raw[parametersField], ports);
    }
    this.resultSelector = !jsonata && raw.ResultSelector !== undefined ? compilePayload(raw.ResultSelector, ports) : undefined;
    this.resultPath = jsonata ? (_i, r) => r : compileResultPath(raw.ResultPath, 'ResultPath' in raw);
    this.retriers = ((raw.Retry ?? []) as Definition[]).map((r) => ({
      errorEquals: (r.ErrorEquals ?? []) as string[],
      intervalSeconds: typeof r.IntervalSeconds === 'number' ? r.IntervalSeconds : 1,
      maxAttempts: typeof r.MaxAttempts === 'number' ? r.MaxAttempts : 3,
      backoffRate: typeof r.BackoffRate === 'number' ? r.BackoffRate : 2,
      maxDelaySeconds: typeof r.MaxDelaySeconds === 'number' ? r.MaxDelaySeconds : undefined,
      jitter: r.JitterStrategy === 'FULL',
    }));
    this.catchers = ((raw.Catch ?? []) as Definition[]).map((c, index) => {
      const catcher: Catcher = {
        errorEquals: (c.ErrorEquals ?? []) as string[],
        next: String(c.Next),
        resultPath: jsonata ? (_i, r) => r : compileResultPath(c.ResultPath, 'ResultPath' in c),
      };
      if (jsonata) {
        if (c.Assign !== undefined) catcher.assignJsonata = compileJsonataTemplate(c.Assign, `Catch[${index}]/Assign`, extras);
        if (c.Output !== undefined) catcher.outputJsonata = compileJsonataTemplate(c.Output, `Catch[${index}]/Output`, extras);
      } else if (c.Assign !== undefined) {
        catcher.assignPath = compilePayload(c.Assign, ports);
      }
      return catcher;
    });
  }

  override link(resolve: (name: unknown, from: string) => CompiledState): void {
    super.link(resolve);
    for (const catcher of this.catchers) catcher.target = resolve(catcher.next, this.name);
  }

  /** The state's work on its effective input; returns the raw result. */
  protected abstract run(frame: Frame, effectiveInput: Json, rawInput: Json): Maybe<Json>;

  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    const attempts = new Array<number>(this.retriers.length).fill(0);
    if (this.exec.debug) frame.debugAttempts = attempts;
    // Retries loop here rather than recurse, so thousands of retries cost no stack.
    for (;;) {
      let outcome: Maybe<Json>;
      try {
        outcome = this.process(frame, input);
      } catch (error) {
        // Debugging: the async path tells the hook about the error (and may pause) before handling it.
        if (this.exec.debug) return this.settle(frame, input, attempts, Promise.reject(error));
        const decision = this.handleError(frame, input, attempts, this.wrap(frame, error));
        if (decision.kind === 'handled') return decision.output;
        if (this.exec.realTime) return this.retryLater(frame, input, attempts, decision.delayMs);
        frame.now += decision.delayMs;
        this.exec.checkpoint(frame);
        continue;
      }
      return isPromise(outcome) ? this.settle(frame, input, attempts, outcome) : outcome;
    }
  }

  private process(frame: Frame, input: Json): Maybe<Json> {
    return this.jsonata ? this.processJsonata(frame, input) : this.processJsonPath(frame, input);
  }

  /** The async counterpart of `execute`'s loop, once an attempt had to wait. */
  private async settle(frame: Frame, input: Json, attempts: number[], pending: Promise<Json>): Promise<Json> {
    for (;;) {
      try {
        return await pending;
      } catch (error) {
        const wrapped = this.wrap(frame, error);
        if (this.exec.debug) await reportError(frame, this, input, wrapped, attempts);
        const decision = this.handleError(frame, input, attempts, wrapped);
        if (decision.kind === 'handled') return decision.output;
        await this.pause(frame, decision.delayMs);
        try {
          pending = Promise.resolve(this.process(frame, input));
        } catch (processError) {
          pending = Promise.reject(processError);
        }
      }
    }
  }

  private async retryLater(frame: Frame, input: Json, attempts: number[], delayMs: number): Promise<Json> {
    await this.pause(frame, delayMs);
    let first: Promise<Json>;
    try {
      first = Promise.resolve(this.process(frame, input));
    } catch (error) {
      first = Promise.reject(error);
    }
    return this.settle(frame, input, attempts, first);
  }

  /** Waits out a retry interval: virtual time moves the clock, real time sleeps. */
  private async pause(frame: Frame, delayMs: number): Promise<void> {
    if (!this.exec.realTime) {
      frame.now += delayMs;
    } else {
      try {
        await this.exec.clock.sleep(delayMs, this.exec.signal);
      } catch {
        throw this.exec.stopError();
      }
    }
    this.exec.checkpoint(frame);
  }

  private processJsonPath(frame: Frame, input: Json): Maybe<Json> {
    const effective = this.inputPath ? this.inputPath(frame.roots(input)) : input;
    const parameters = this.parameters ? this.parameters(frame.roots(effective)) : effective;
    return then(this.run(frame, parameters, input), (result) => {
      const selected = this.resultSelector ? this.resultSelector(frame.roots(result)) : result;
      const assigned = this.assignPath ? this.assignPath(frame.roots(selected)) : undefined;
      let output = this.resultPath(input, selected);
      if (frame.stages)
        recordStages(frame, {
          afterInputPath: effective,
          afterParameters: parameters,
          result,
          afterResultSelector: selected,
          afterResultPath: output,
        });
      if (this.outputPath) output = this.outputPath(frame.roots(output));
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
      frame.next = this.next;
      this.exit(frame, output);
      return output;
    });
  }

  private async processJsonata(frame: Frame, input: Json): Promise<Json> {
    const states = this.jsonataStates(frame, input);
    const args = this.argumentsJsonata ? await this.argumentsJsonata(states, frame.variables) : input;
    const result = await this.run(frame, args, input);
    states.result = result;
    const assigned = this.assignJsonata ? await this.assignJsonata(states, frame.variables) : undefined;
    const output = this.outputJsonata ? await this.outputJsonata(states, frame.variables) : result;
    if (assigned !== undefined) this.applyAssignments(frame, assigned);
    frame.next = this.next;
    this.exit(frame, output);
    return output;
  }

  /** Debugging: whether handleError would retry or catch this error now (the same rules, nothing changed). */
  wouldHandle(error: StatesError, attempts: number[] | undefined): boolean {
    for (let i = 0; i < this.retriers.length; i++) {
      if (!errorMatches(this.retriers[i]!.errorEquals, error)) continue;
      if ((attempts?.[i] ?? 0) < this.retriers[i]!.maxAttempts) return true;
      break;
    }
    return this.catchers.some((catcher) => errorMatches(catcher.errorEquals, error));
  }

  /** Decides what an error leads to: a retry after a delay, a Catch (its output), or failure (throws). */
  private handleError(
    frame: Frame,
    input: Json,
    attempts: number[],
    error: unknown,
  ): { kind: 'retry'; delayMs: number } | { kind: 'handled'; output: Maybe<Json> } {
    if (!(error instanceof StatesError)) throw error;
    const name = error.error;
    for (let i = 0; i < this.retriers.length; i++) {
      const retrier = this.retriers[i]!;
      if (!errorMatches(retrier.errorEquals, error)) continue;
      if (attempts[i]! >= retrier.maxAttempts) break;
      let delaySeconds = retrier.intervalSeconds * Math.pow(retrier.backoffRate, attempts[i]!);
      if (retrier.maxDelaySeconds !== undefined) delaySeconds = Math.min(delaySeconds, retrier.maxDelaySeconds);
      if (retrier.jitter) delaySeconds *= this.exec.intrinsicPorts.random();
      attempts[i]!++;
      frame.retryCount++;
      return { kind: 'retry', delayMs: delaySeconds * 1000 };
    }
    for (const [catcherIndex, catcher] of this.catchers.entries()) {
      if (!errorMatches(catcher.errorEquals, error)) continue;
      frame.edgeKind = 'Catch';
      frame.edgeIndex = catcherIndex;
      const errorOutput: Record<string, unknown> = {};
      if (name !== undefined) errorOutput.Error = name;
      if (error.errorCause !== undefined) errorOutput.Cause = error.errorCause;
      if (this.jsonata) return { kind: 'handled', output: this.catchJsonata(frame, input, catcher, errorOutput) };
      try {
        const assigned = catcher.assignPath ? catcher.assignPath(frame.roots(errorOutput)) : undefined;
        const output = catcher.resultPath(input, errorOutput);
        if (frame.stages) recordStages(frame, { errorOutput, afterResultPath: output });
        if (assigned !== undefined) this.applyAssignments(frame, assigned);
        frame.next = catcher.target!;
        this.exit(frame, output);
        return { kind: 'handled', output };
      } catch (processingError) {
        throw this.wrap(frame, processingError);
      }
    }
    throw error;
  }

  private async catchJsonata(frame: Frame, input: Json, catcher: Catcher, errorOutput: Json): Promise<Json> {
    try {
      const states = this.jsonataStates(frame, input);
      states.errorOutput = errorOutput;
      const assigned = catcher.assignJsonata ? await catcher.assignJsonata(states, frame.variables) : undefined;
      const output = catcher.outputJsonata ? await catcher.outputJsonata(states, frame.variables) : errorOutput;
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
      frame.next = catcher.target!;
      this.exit(frame, output);
      return output;
    } catch (error) {
      throw this.wrap(frame, error);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Task

/** AWS names the service integration (`'lambda'`) or the Lambda function ARN in this cause. */
function resultTooLarge(resource: string, parts: { resourceType: string }): TaskFailure {
  const shown = /^arn:[^:]+:states:::/.test(resource) ? parts.resourceType : resource;
  return new TaskFailure(
    ERRORS.DataLimitExceeded,
    `The state/task '${shown}' returned a result with a size exceeding the maximum number of bytes service limit.`,
  );
}

function resourceParts(resource: string): { resourceType: string; resource: string } {
  const service = /^arn:[^:]+:states:[^:]*:[^:]*:([^:]+):(.+)$/.exec(resource);
  if (service) return { resourceType: service[1]!, resource: service[2]! };
  const lambda = /^arn:[^:]+:lambda:/.exec(resource);
  if (lambda) return { resourceType: 'lambda', resource };
  return { resourceType: 'unknown', resource };
}

/**
 * Whether a Task's Context object has `Task.Token` (AWS, SendTaskSuccess: tokens go to activity
 * workers, to the callback pattern (.waitForTaskToken) and, optionally used, to the job-run
 * pattern (.sync, .sync:2), e.g. a child execution started with states:startExecution.sync).
 * Request-response calls get none, so `$$.Task.Token` there is a States.Runtime path failure.
 */
function issuesTaskToken(resource: string): boolean {
  return /\.(waitForTaskToken|sync(:2)?)$/.test(resource) || /^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(resource);
}

class TaskState extends ResultState {
  private readonly resource: string;
  private readonly issuesTaskToken: boolean;
  private readonly timeoutSeconds: (frame: Frame, input: Json) => Maybe<number | undefined>;
  private readonly heartbeatSecondsOf: (frame: Frame, input: Json) => Maybe<number | undefined>;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv) {
    super(name, raw, jsonata, env);
    this.resource = String(raw.Resource ?? '');
    this.issuesTaskToken = issuesTaskToken(this.resource);
    this.timeoutSeconds = this.compileSeconds(raw, 'TimeoutSeconds', env);
    this.heartbeatSecondsOf = this.compileSeconds(raw, 'HeartbeatSeconds', env);
  }

  /** TimeoutSeconds / HeartbeatSeconds: a number, a JSONata expression or a *Path field. */
  private compileSeconds(raw: Definition, field: string, env: CompileEnv): (frame: Frame, input: Json) => Maybe<number | undefined> {
    const value = raw[field];
    const pathField = `${field}Path`;
    const check = (n: unknown, shown: string): number => {
      if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) {
        throw new StateRuntimeError(ERRORS.Runtime, `The ${shown} field must be a positive integer but was ${stringify(n)}`);
      }
      return n;
    };
    if (typeof value === 'number') return () => value;
    if (this.jsonata && isJsonataExpression(value)) {
      const evaluate = compileJsonataTemplate(value, field, env.exec.jsonataExtras);
      return async (frame, input) => check(await evaluate(this.jsonataStates(frame, input), frame.variables), field);
    }
    if (typeof raw[pathField] === 'string') {
      const evaluate = compileDynamicValue(raw[pathField] as string, pathField, env.exec.intrinsicPorts);
      return (frame, input) => check(evaluate(frame.roots(input)), pathField);
    }
    return () => undefined;
  }

  protected override enter(frame: Frame, input: Json): void {
    super.enter(frame, input);
    if (this.issuesTaskToken) {
      const count = this.exec.invocationCounts.get(this.name) ?? 0;
      frame.taskToken = `${this.exec.executionName}:${this.name}:${count}`;
    }
  }

  protected run(frame: Frame, parameters: Json, rawInput: Json): Maybe<Json> {
    const exec = this.exec;
    const parts = resourceParts(this.resource);
    return then(this.timeoutSeconds(frame, rawInput), (timeoutSeconds) =>
      then(this.heartbeatSecondsOf(frame, rawInput), (heartbeatSeconds) => {
        if (exec.detailed) {
          const details: Record<string, unknown> = {
            resourceType: parts.resourceType,
            resource: parts.resource,
            region: exec.region,
            parameters: stringify(parameters),
          };
          if (timeoutSeconds !== undefined) details.timeoutInSeconds = timeoutSeconds;
          if (heartbeatSeconds !== undefined) details.heartbeatInSeconds = heartbeatSeconds;
          exec.emit(frame, 'TaskScheduled', 'taskScheduledEventDetails', details);
          exec.emit(frame, 'TaskStarted', 'taskStartedEventDetails', { resourceType: parts.resourceType, resource: parts.resource });
        } else {
          exec.emit(frame, 'TaskScheduled');
          exec.emit(frame, 'TaskStarted');
        }
        const invocationIndex = exec.invocationCounts.get(this.name) ?? 0;
        exec.invocationCounts.set(this.name, invocationIndex + 1);
        return attempt(
          () =>
            then(this.invoke(frame, parameters, invocationIndex, timeoutSeconds, heartbeatSeconds), (result) => {
              // AWS fails the task itself (TaskFailed, catchable) when its result is over the quota.
              if (utf8Length(stringify(result)) > DATA_LIMIT_BYTES) throw resultTooLarge(this.resource, parts);
              if (exec.detailed) {
                exec.emit(frame, 'TaskSucceeded', 'taskSucceededEventDetails', {
                  resourceType: parts.resourceType,
                  resource: parts.resource,
                  output: stringify(result),
                  outputDetails: { truncated: false },
                });
              } else exec.emit(frame, 'TaskSucceeded');
              return result === undefined ? null : result;
            }),
          (error) => {
            if (error instanceof ExecutionStop || error instanceof StatesError) throw error;
            let name: string = ERRORS.TaskFailed;
            let cause: string | undefined;
            if (error instanceof TaskFailure) {
              name = error.error;
              cause = error.errorCause;
            } else if (error instanceof Error) {
              name = error.name && error.name !== 'Error' ? error.name : 'Error';
              cause = error.message;
            } else {
              cause = String(error);
            }
            const timedOut = name === ERRORS.Timeout || name === ERRORS.HeartbeatTimeout;
            if (exec.detailed) {
              const details: Record<string, unknown> = { resourceType: parts.resourceType, resource: parts.resource, error: name };
              if (cause !== undefined) details.cause = cause;
              exec.emit(
                frame,
                timedOut ? 'TaskTimedOut' : 'TaskFailed',
                timedOut ? 'taskTimedOutEventDetails' : 'taskFailedEventDetails',
                details,
              );
            } else exec.emit(frame, timedOut ? 'TaskTimedOut' : 'TaskFailed');
            throw new StatesError(name, cause, true);
          },
        );
      }),
    );
  }

  private invoke(
    frame: Frame,
    input: Json,
    invocationIndex: number,
    timeoutSeconds: number | undefined,
    heartbeatSeconds: number | undefined,
  ): Maybe<Json> {
    const exec = this.exec;
    const mocked = this.mockedResponse(invocationIndex);
    if (mocked) {
      if (mocked.Throw) throw new TaskFailure(mocked.Throw.Error ?? ERRORS.TaskFailed, mocked.Throw.Cause);
      return mocked.Return === undefined ? null : mocked.Return;
    }
    const invoker = exec.options.taskInvoker;
    if (!invoker) throw this.unmocked();
    const controller = new AbortController();
    const onAbort = (): void => controller.abort();
    exec.signal.addEventListener('abort', onAbort, { once: true });
    let lastBeat = exec.clock.now();
    const request = {
      stateName: this.name,
      resource: this.resource,
      input,
      invocationIndex,
      retryCount: frame.retryCount,
      context: frame.context(),
      signal: controller.signal,
      heartbeat: () => {
        lastBeat = exec.clock.now();
      },
      ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
      ...(heartbeatSeconds !== undefined ? { heartbeatSeconds } : {}),
    };
    const cleanup = (): void => {
      exec.signal.removeEventListener('abort', onAbort);
    };
    let result: unknown;
    try {
      result = invoker.invoke(request);
    } catch (error) {
      cleanup();
      throw error;
    }
    if (!isPromise(result)) {
      cleanup();
      if (result === NOT_HANDLED) throw this.unmocked();
      return result;
    }
    const limits: Promise<never>[] = [];
    const timers = new AbortController();
    if (timeoutSeconds !== undefined) {
      limits.push(
        exec.clock.sleep(timeoutSeconds * 1000, timers.signal).then(() => {
          controller.abort();
          throw new TaskFailure(ERRORS.Timeout, `Task '${this.name}' timed out after ${timeoutSeconds} seconds`);
        }),
      );
    }
    if (heartbeatSeconds !== undefined) {
      const heartbeatMs = heartbeatSeconds * 1000;
      const watch = async (): Promise<never> => {
        for (;;) {
          const wait = lastBeat + heartbeatMs - exec.clock.now();
          if (wait <= 0) {
            controller.abort();
            throw new TaskFailure(ERRORS.HeartbeatTimeout, `Task '${this.name}' sent no heartbeat for ${heartbeatSeconds} seconds`);
          }
          await exec.clock.sleep(wait, timers.signal);
        }
      };
      limits.push(watch());
    }
    const aborted = new Promise<never>((_resolve, reject) => {
      if (exec.signal.aborted) reject(exec.stopError());
      exec.signal.addEventListener('abort', () => reject(exec.stopError()), { once: true });
    });
    for (const limit of limits) limit.catch(() => undefined);
    aborted.catch(() => undefined);
    return Promise.race([result, ...limits, aborted]).then(
      (value) => {
        cleanup();
        timers.abort();
        if (value === NOT_HANDLED) throw this.unmocked();
        return value as Json;
      },
      (error: unknown) => {
        cleanup();
        timers.abort();
        throw error;
      },
    );
  }

  private unmocked(): ExecutionStop {
    return new ExecutionStop(
      'FAILED',
      ERRORS.Runtime,
      `Task state '${this.name}' (resource ${this.resource}) has no mocked response and no handler: add '${this.name}' to the test case in your mock file, or bind a handler to it.`,
    );
  }

  private mockedResponse(invocationIndex: number): MockedResponse | undefined {
    const mocks = this.exec.options.mocks;
    if (!mocks) return undefined;
    const machines = mocks.config.StateMachines ?? {};
    const machineName = mocks.stateMachine ?? Object.keys(machines)[0];
    const testCase = machineName ? machines[machineName]?.TestCases?.[mocks.testCase] : undefined;
    const responseName = testCase?.[this.name];
    if (!responseName) return undefined;
    const responses = mocks.config.MockedResponses?.[responseName];
    if (!responses)
      throw new ExecutionStop(
        'FAILED',
        ERRORS.Runtime,
        `The mock file has no MockedResponses entry '${responseName}' (used by state '${this.name}')`,
      );
    for (const [key, response] of Object.entries(responses)) {
      const m = /^(\d+)(?:-(\d+))?$/.exec(key.trim());
      if (!m) continue;
      const from = Number(m[1]);
      const to = m[2] !== undefined ? Number(m[2]) : from;
      if (invocationIndex >= from && invocationIndex <= to) return response;
    }
    throw new ExecutionStop(
      'FAILED',
      ERRORS.Runtime,
      `The mocked response '${responseName}' has no entry for invocation ${invocationIndex} of state '${this.name}'`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Parallel

class ParallelState extends ResultState {
  private readonly branches: CompiledMachine[];

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv, machineJsonata: boolean) {
    super(name, raw, jsonata, env);
    this.branches = ((raw.Branches ?? []) as Definition[]).map((branch) =>
      compileMachine(branch, env.exec, jsonata || machineJsonata ? jsonata : false),
    );
  }

  protected run(frame: Frame, input: Json): Maybe<Json> {
    const exec = this.exec;
    exec.emit(
      frame,
      'ParallelStateStarted',
      exec.detailed ? 'parallelStateStartedEventDetails' : undefined,
      exec.detailed ? {} : undefined,
    );
    const results: Json[] = new Array(this.branches.length);
    const frames: Frame[] = [];
    const pending: Promise<void>[] = [];
    let failure: unknown;
    if (exec.debug) return this.runBranchesInOrder(frame, input, results, frames);
    for (let i = 0; i < this.branches.length; i++) {
      const child = frame.child(Object.create(frame.variables) as Record<string, unknown>);
      frames.push(child);
      let outcome: Maybe<Json>;
      try {
        outcome = runStates(child, this.branches[i]!.start, input);
      } catch (error) {
        failure = error;
        break;
      }
      if (isPromise(outcome)) {
        pending.push(
          outcome.then(
            (value) => {
              results[i] = value;
            },
            (error: unknown) => {
              failure ??= error;
            },
          ),
        );
      } else results[i] = outcome;
    }
    const finish = (): Json => {
      for (const child of frames) {
        if (child.now > frame.now) frame.now = child.now;
        if (child.lastEventId > frame.lastEventId) frame.lastEventId = child.lastEventId;
      }
      if (failure !== undefined) {
        exec.emit(frame, 'ParallelStateFailed');
        throw failure;
      }
      checkResultSize(this.name, results);
      exec.emit(frame, 'ParallelStateSucceeded');
      return results;
    };
    if (pending.length) return Promise.all(pending).then(finish);
    return finish();
  }

  /** Debugging: one branch after another, in order, so a session is repeatable; ends as run() does. */
  private async runBranchesInOrder(frame: Frame, input: Json, results: Json[], frames: Frame[]): Promise<Json> {
    const exec = this.exec;
    let failure: unknown;
    for (let i = 0; i < this.branches.length && failure === undefined; i++) {
      const child = frame.child(Object.create(frame.variables) as Record<string, unknown>);
      child.debugLevel = { parent: frame, state: this, kind: 'Parallel', index: i, attempts: frame.debugAttempts };
      frames.push(child);
      try {
        results[i] = await runStates(child, this.branches[i]!.start, input);
      } catch (error) {
        failure = error;
      }
    }
    for (const child of frames) {
      if (child.now > frame.now) frame.now = child.now;
      if (child.lastEventId > frame.lastEventId) frame.lastEventId = child.lastEventId;
    }
    if (failure !== undefined) {
      exec.emit(frame, 'ParallelStateFailed');
      throw failure;
    }
    checkResultSize(this.name, results);
    exec.emit(frame, 'ParallelStateSucceeded');
    return results;
  }
}

// ---------------------------------------------------------------------------------------------
// Map (inline and distributed)

/** Groups items into batches for ItemBatcher: `{ Items: [...], BatchInput? }`. */
function batchItems(items: Json[], settings: { maxItems: number; maxBytes: number; batchInput: Json }): Json[] {
  const batches: Json[][] = [];
  let current: Json[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = utf8Length(stringify(item));
    if (current.length && (current.length >= settings.maxItems || bytes + size > settings.maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches.map((batch) => (settings.batchInput !== undefined ? { BatchInput: settings.batchInput, Items: batch } : { Items: batch }));
}

class MapState extends ResultState {
  private readonly processor: CompiledMachine;
  private readonly distributed: boolean;
  private readonly itemsPath: Evaluator | undefined;
  private readonly itemsJsonata: JsonataEvaluator | undefined;
  private readonly itemsSource: string | undefined;
  private readonly itemSelector: Evaluator | undefined;
  private readonly itemSelectorJsonata: JsonataEvaluator | undefined;
  private readonly maxConcurrency: (frame: Frame, input: Json) => Maybe<number>;
  private readonly toleratedCount: ((frame: Frame, input: Json) => Maybe<number>) | undefined;
  private readonly toleratedPercentage: ((frame: Frame, input: Json) => Maybe<number>) | undefined;
  private readonly label: string | undefined;
  /** History limit of each Distributed Map child execution (by its ExecutionType). */
  private readonly childMaxEvents: number;
  private readonly readerParameters: ((frame: Frame, input: Json) => Maybe<Json>) | undefined;
  private readonly batchSettings:
    ((frame: Frame, input: Json) => Maybe<{ maxItems: number; maxBytes: number; batchInput: Json }>) | undefined;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv, machineJsonata: boolean) {
    super(name, raw, jsonata, env, 'Parameters-not-used');
    const processorDefinition = (raw.ItemProcessor ?? raw.Iterator ?? {}) as Definition;
    const config = (processorDefinition.ProcessorConfig ?? {}) as Definition;
    this.distributed = config.Mode === 'DISTRIBUTED';
    this.childMaxEvents = config.ExecutionType === 'EXPRESS' ? Infinity : 25000;
    this.processor = compileMachine(processorDefinition, env.exec, jsonata || machineJsonata ? jsonata : false);
    this.label = typeof raw.Label === 'string' ? raw.Label : undefined;
    const ports = env.exec.intrinsicPorts;
    const extras = env.exec.jsonataExtras;
    if (jsonata) {
      if (raw.Items !== undefined) {
        this.itemsJsonata = compileJsonataTemplate(raw.Items, 'Items', extras);
        this.itemsSource = isJsonataExpression(raw.Items) ? jsonataSource(raw.Items) : JSON.stringify(raw.Items);
      }
      if (raw.ItemSelector !== undefined) this.itemSelectorJsonata = compileJsonataTemplate(raw.ItemSelector, 'ItemSelector', extras);
    } else {
      if (typeof raw.ItemsPath === 'string') this.itemsPath = compileDynamicValue(raw.ItemsPath, 'ItemsPath', ports);
      const selector = raw.ItemSelector ?? raw.Parameters;
      if (selector !== undefined) this.itemSelector = compilePayload(selector, ports);
    }
    this.maxConcurrency = this.compileNumberField(raw, 'MaxConcurrency', 'integer', env) ?? (() => 0);
    this.toleratedCount = this.compileNumberField(raw, 'ToleratedFailureCount', 'integer', env);
    this.toleratedPercentage = this.compileNumberField(raw, 'ToleratedFailurePercentage', 'float', env);
    const reader = raw.ItemReader as Definition | undefined;
    const readerTemplate = reader?.Parameters ?? reader?.Arguments;
    if (readerTemplate !== undefined) this.readerParameters = this.compileTemplate(readerTemplate, 'ItemReader/Arguments');
    const batcher = raw.ItemBatcher as Definition | undefined;
    if (batcher) {
      const maxItems = this.compileNumberField(batcher, 'MaxItemsPerBatch', 'integer', env);
      const maxBytes = this.compileNumberField(batcher, 'MaxInputBytesPerBatch', 'integer', env);
      const batchInput = batcher.BatchInput !== undefined ? this.compileTemplate(batcher.BatchInput, 'ItemBatcher/BatchInput') : undefined;
      this.batchSettings = (frame, input) =>
        then(maxItems ? maxItems(frame, input) : Infinity, (items) =>
          then(maxBytes ? maxBytes(frame, input) : Infinity, (bytes) =>
            then(batchInput ? batchInput(frame, input) : undefined, (extra) => ({ maxItems: items, maxBytes: bytes, batchInput: extra })),
          ),
        );
    }
  }

  private compileNumberField(
    raw: Definition,
    field: string,
    kind: 'integer' | 'float',
    env: CompileEnv,
  ): ((frame: Frame, input: Json) => Maybe<number>) | undefined {
    const value = raw[field];
    const check = (n: number): number => {
      if (field === 'ToleratedFailureCount' && n < 0)
        throw new StateRuntimeError(ERRORS.Runtime, 'ToleratedFailureCount cannot be negative.');
      if (field === 'ToleratedFailurePercentage' && (n < 0 || n > 100))
        throw new StateRuntimeError(ERRORS.Runtime, 'ToleratedFailurePercentage must be between 0 and 100.');
      if (field === 'MaxConcurrency' && n < 0) throw new StateRuntimeError(ERRORS.Runtime, 'MaxConcurrency cannot be negative.');
      return n;
    };
    if (typeof value === 'number') return () => check(value);
    if (this.jsonata && isJsonataExpression(value)) {
      const source = jsonataSource(value);
      const evaluate = compileJsonataTemplate(value, field, env.exec.jsonataExtras);
      return async (frame, input) => {
        const n = await evaluate(this.jsonataStates(frame, input), frame.variables);
        if (typeof n !== 'number' || (kind === 'integer' && !Number.isInteger(n)))
          throw unexpectedType(source, field, kind === 'integer' ? 'integer' : 'number', n);
        return check(n);
      };
    }
    const pathField = `${field}Path`;
    const path = raw[pathField];
    if (typeof path === 'string') {
      const evaluate = compileDynamicValue(path, pathField, env.exec.intrinsicPorts);
      return (frame, input) => {
        let n = evaluate(frame.roots(input));
        // AWS accepts numbers written as strings here ("1").
        if (typeof n === 'string' && n.trim() !== '' && !Number.isNaN(Number(n))) n = Number(n);
        const valid = typeof n === 'number' && (kind === 'float' || Number.isInteger(n));
        if (!valid) {
          const shown = typeof n === 'string' ? n : stringify(n);
          throw new StateRuntimeError(
            ERRORS.Runtime,
            `The ${pathField} field refers to value "${shown}" which is not a valid ${kind}: ${path}`,
          );
        }
        return check(n as number);
      };
    }
    return undefined;
  }

  protected run(frame: Frame, effective: Json): Maybe<Json> {
    const exec = this.exec;
    return then(this.readItems(frame, effective), (read) =>
      then(this.batchSettings ? then(this.batchSettings(frame, effective), (settings) => batchItems(read, settings)) : read, (items) =>
        then(this.maxConcurrency(frame, effective), (maxConcurrency) =>
          then(this.toleratedCount ? this.toleratedCount(frame, effective) : undefined, (toleratedCount) =>
            then(this.toleratedPercentage ? this.toleratedPercentage(frame, effective) : undefined, (toleratedPercentage) => {
              exec.emit(
                frame,
                'MapStateStarted',
                exec.detailed ? 'mapStateStartedEventDetails' : undefined,
                exec.detailed ? { length: items.length } : undefined,
              );
              if (this.distributed) {
                const mapRunArn = `${exec.stateMachineArn.replace(':stateMachine:', ':mapRun:')}/${this.label ?? this.name}:${++exec.mapRunCounter}`;
                exec.emit(
                  frame,
                  'MapRunStarted',
                  exec.detailed ? 'mapRunStartedEventDetails' : undefined,
                  exec.detailed ? { mapRunArn } : undefined,
                );
              }
              return this.iterate(frame, effective, items, maxConcurrency, toleratedCount, toleratedPercentage);
            }),
          ),
        ),
      ),
    );
  }

  private readItems(frame: Frame, effective: Json): Maybe<Json[]> {
    const reader = this.raw.ItemReader as Definition | undefined;
    if (reader) return this.readFromReader(frame, effective, reader);
    if (this.jsonata) {
      if (!this.itemsJsonata) {
        if (!Array.isArray(effective))
          throw new StateRuntimeError(ERRORS.QueryEvaluationError, `Map state input must be an array but was: ${stringify(effective)}`);
        return effective;
      }
      return this.itemsJsonata(this.jsonataStates(frame, effective), frame.variables).then((items) => {
        if (!Array.isArray(items)) throw unexpectedType(this.itemsSource!, 'Items', 'array', items);
        return items;
      });
    }
    const items = this.itemsPath ? this.itemsPath(frame.roots(effective)) : effective;
    if (!Array.isArray(items)) {
      throw new StateRuntimeError(ERRORS.Runtime, `Map state input must be an array but was: ${stringify(items)}`);
    }
    return items;
  }

  private readFromReader(frame: Frame, effective: Json, reader: Definition): Maybe<Json[]> {
    const port = this.exec.options.itemReader;
    if (!port)
      throw new StateRuntimeError(
        ERRORS.ItemReaderFailed,
        'This Map reads items with an ItemReader, but no item reader was supplied to the interpreter.',
      );
    return then(this.readerParameters ? this.readerParameters(frame, effective) : {}, (evaluated) => {
      const parameters = (evaluated ?? {}) as Record<string, unknown>;
      return attempt(
        () =>
          then(
            port.read({
              resource: String(reader.Resource ?? ''),
              parameters,
              readerConfig: (reader.ReaderConfig ?? {}) as Record<string, unknown>,
            }),
            (items) => {
              const config = (reader.ReaderConfig ?? {}) as Definition;
              const max = typeof config.MaxItems === 'number' ? config.MaxItems : undefined;
              return max !== undefined ? items.slice(0, max) : items;
            },
          ),
        (error) => {
          if (error instanceof StateRuntimeError || error instanceof StatesError) throw error;
          throw new StatesError(ERRORS.ItemReaderFailed, error instanceof Error ? error.message : String(error));
        },
      );
    });
  }

  private iterate(
    frame: Frame,
    effective: Json,
    items: Json[],
    maxConcurrency: number,
    toleratedCount: number | undefined,
    toleratedPercentage: number | undefined,
  ): Maybe<Json> {
    const exec = this.exec;
    const results: Json[] = new Array(items.length);
    // What each child received and how it ended, for ResultWriter.
    const childInputs: Json[] = this.raw.ResultWriter ? new Array(items.length) : [];
    const statuses: Array<'SUCCEEDED' | 'FAILED'> = this.raw.ResultWriter ? new Array(items.length).fill('SUCCEEDED') : [];
    // Debugging runs one iteration after another, in order, so a session is repeatable.
    const limit = exec.debug ? 1 : maxConcurrency > 0 ? maxConcurrency : Infinity;
    // Iterations fold their clock and last event into these as they finish, so none is retained.
    let latestNow = frame.now;
    let latestEventId = frame.lastEventId;
    const fold = (child: Frame): void => {
      if (child.now > latestNow) latestNow = child.now;
      if (child.log === frame.log && child.lastEventId > latestEventId) latestEventId = child.lastEventId;
    };
    const iterationName = this.name;
    let failures = 0;
    let fatal: unknown;
    const tolerant = this.distributed && (toleratedCount !== undefined || toleratedPercentage !== undefined);
    const tolerated = (): boolean => {
      if (!tolerant) return false;
      // With both thresholds set, exceeding either one fails the Map Run.
      if (toleratedCount !== undefined && failures > toleratedCount) return false;
      if (toleratedPercentage !== undefined && (failures / items.length) * 100 > toleratedPercentage) return false;
      return true;
    };

    const runOne = (index: number): Maybe<void> => {
      // Child workflows of a Distributed Map are separate executions: outer variables are not visible.
      const scope = this.distributed ? Object.create(null) : Object.create(frame.variables);
      // A Distributed Map's child is an execution of its own: own event ids, nothing in our history.
      const child = this.distributed
        ? frame.child(scope as Record<string, unknown>, new EventLog(this.childMaxEvents, false, undefined, undefined, 1))
        : frame.child(scope as Record<string, unknown>);
      const value = items[index];
      child.mapItem = { index, value };
      if (exec.debug) child.debugLevel = { parent: frame, state: this, kind: 'Map', index, attempts: frame.debugAttempts };
      // ItemSelector belongs to the Map state itself, so it always sees the outer variables.
      const selectorFrame = this.distributed ? frame.child(frame.variables) : child;
      selectorFrame.mapItem = child.mapItem;
      if (this.distributed) {
        // no iteration events in the parent's history
      } else if (exec.detailed) exec.emit(child, 'MapIterationStarted', 'mapIterationStartedEventDetails', { name: iterationName, index });
      else exec.emit(child, 'MapIterationStarted');
      const onDone = (output: Json): void => {
        results[index] = output;
        if (this.distributed) {
          // see MapIterationStarted
        } else if (exec.detailed)
          exec.emit(child, 'MapIterationSucceeded', 'mapIterationSucceededEventDetails', { name: iterationName, index });
        else exec.emit(child, 'MapIterationSucceeded');
        fold(child);
      };
      const onFail = (error: unknown): void => {
        if (error instanceof ExecutionStop) {
          fold(child);
          fatal ??= error;
          return;
        }
        if (this.distributed) {
          // see MapIterationStarted
        } else if (exec.detailed) exec.emit(child, 'MapIterationFailed', 'mapIterationFailedEventDetails', { name: iterationName, index });
        else exec.emit(child, 'MapIterationFailed');
        fold(child);
        failures++;
        if (tolerant) {
          const e = error as StatesError;
          const errorOutput: Record<string, unknown> = {};
          if (e.error !== undefined) errorOutput.Error = e.error;
          if (e.errorCause !== undefined) errorOutput.Cause = e.errorCause;
          results[index] = errorOutput;
          if (statuses.length) statuses[index] = 'FAILED';
          if (!tolerated())
            fatal ??= new StatesError(ERRORS.ExceedToleratedFailureThreshold, `The specified tolerated failure threshold was exceeded`);
          return;
        }
        fatal ??= error;
      };
      return attempt(
        () =>
          then(this.selectItem(selectorFrame, effective, value), (selected) => {
            if (childInputs.length) childInputs[index] = selected;
            return then(runStates(child, this.processor.start, selected), (output) => {
              onDone(output);
            });
          }),
        (error) => {
          onFail(error);
        },
      );
    };

    const finish = (): Json => {
      frame.now = latestNow;
      frame.lastEventId = latestEventId;
      if (fatal !== undefined) {
        if (this.distributed) exec.emit(frame, 'MapRunFailed');
        exec.emit(frame, 'MapStateFailed');
        throw fatal;
      }
      if (!this.raw.ResultWriter) checkResultSize(this.name, results);
      if (this.distributed) exec.emit(frame, 'MapRunSucceeded');
      exec.emit(frame, 'MapStateSucceeded');
      return this.writeResults(frame, effective, results, childInputs, statuses);
    };

    let index = 0;
    const inFlight = new Set<Promise<void>>();
    const pump = (): Maybe<Json> => {
      while (index < items.length && fatal === undefined) {
        if (inFlight.size >= limit) {
          return Promise.race(inFlight).then(pump);
        }
        const outcome = runOne(index++);
        if (isPromise(outcome)) {
          const tracked: Promise<void> = outcome.then(() => {
            inFlight.delete(tracked);
          });
          inFlight.add(tracked);
        }
      }
      if (inFlight.size) return Promise.all(inFlight).then(() => pump());
      return finish();
    };
    return pump();
  }

  private selectItem(child: Frame, effective: Json, value: Json): Maybe<Json> {
    if (this.itemSelector) {
      try {
        return this.itemSelector(child.roots(effective));
      } catch (error) {
        throw this.wrap(child, error);
      }
    }
    if (this.itemSelectorJsonata) {
      return this.itemSelectorJsonata(this.jsonataStates(child, effective), child.variables).catch((error: unknown) => {
        throw this.wrap(child, error);
      });
    }
    return value;
  }

  private writeResults(
    frame: Frame,
    effective: Json,
    results: Json[],
    inputs: Json[],
    statuses: Array<'SUCCEEDED' | 'FAILED'>,
  ): Maybe<Json> {
    const writer = this.raw.ResultWriter as Definition | undefined;
    if (!writer) return results;
    const port = this.exec.options.resultWriter;
    const mapRunArn = `${this.exec.stateMachineArn.replace(':stateMachine:', ':mapRun:')}/${this.label ?? this.name}:${this.exec.mapRunCounter}`;
    if (!port) return { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: 'local', Key: 'not-written' } };
    const template = writer.Parameters ?? writer.Arguments ?? {};
    const parameters: Maybe<unknown> = this.jsonata
      ? compileJsonataTemplate(
          template,
          'ResultWriter/Arguments',
          this.exec.jsonataExtras,
        )(this.jsonataStates(frame, effective), frame.variables)
      : compilePayload(template, this.exec.intrinsicPorts)(frame.roots(effective));
    return attempt(
      () =>
        then(parameters, (evaluated) =>
          then(
            port.write({
              parameters: evaluated as Record<string, unknown>,
              results,
              inputs,
              statuses,
              mapRunId: mapRunArn,
              stateName: this.name,
            }),
            (details) => ({
              MapRunArn: mapRunArn,
              ResultWriterDetails: details,
            }),
          ),
        ),
      (error) => {
        throw new StatesError(ERRORS.ResultWriterFailed, error instanceof Error ? error.message : String(error));
      },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Execution entry

/** Runs one execution of an already-parsed definition. */
export function runExecution(definition: Definition, input: Json, options: StartExecutionOptions): Promise<ExecutionResult> {
  const timeout = typeof definition.TimeoutSeconds === 'number' ? definition.TimeoutSeconds : undefined;
  if (exceedsDataLimit(input)) {
    const inputBytes = utf8Length(stringify(input));
    // AWS refuses such a StartExecution call: no execution, no history.
    return Promise.resolve({
      status: 'FAILED',
      error: ERRORS.DataLimitExceeded,
      cause: `The execution input is ${inputBytes} bytes; Step Functions accepts at most ${DATA_LIMIT_BYTES} bytes (256 KiB).`,
      events: [],
    });
  }
  const exec = new Execution(options, timeout);
  exec.input = input;
  const frame = new Frame(exec, Object.create(null) as Record<string, unknown>, exec.startTime);
  const done = (result: Omit<ExecutionResult, 'events'>): ExecutionResult => {
    exec.dispose();
    return { ...result, events: exec.events };
  };
  exec.armDeadline();

  const fail = (error: unknown): ExecutionResult => {
    if (error instanceof ExecutionStop) {
      const type = error.status === 'ABORTED' ? 'ExecutionAborted' : error.status === 'TIMED_OUT' ? 'ExecutionTimedOut' : 'ExecutionFailed';
      const details: Record<string, unknown> = {};
      if (error.error !== undefined) details.error = error.error;
      if (error.stopCause !== undefined) details.cause = error.stopCause;
      try {
        exec.emit(
          frame,
          type,
          type === 'ExecutionAborted'
            ? 'executionAbortedEventDetails'
            : type === 'ExecutionTimedOut'
              ? 'executionTimedOutEventDetails'
              : 'executionFailedEventDetails',
          details,
        );
      } catch {
        // The history limit itself may be what stopped us; the result still says why.
      }
      const result: Omit<ExecutionResult, 'events'> = { status: error.status };
      if (error.error !== undefined) result.error = error.error;
      if (error.stopCause !== undefined) result.cause = error.stopCause;
      return done(result);
    }
    if (error instanceof StatesError) {
      const details: Record<string, unknown> = {};
      if (error.error !== undefined) details.error = error.error;
      if (error.errorCause !== undefined) details.cause = error.errorCause;
      try {
        exec.emit(frame, 'ExecutionFailed', 'executionFailedEventDetails', details);
      } catch {
        // see above
      }
      const result: Omit<ExecutionResult, 'events'> = { status: 'FAILED' };
      if (error.error !== undefined) result.error = error.error;
      if (error.errorCause !== undefined) result.cause = error.errorCause;
      return done(result);
    }
    if (error instanceof StateRuntimeError) return fail(new StatesError(error.error, error.message));
    const message = error instanceof Error ? error.message : String(error);
    return fail(new StatesError(ERRORS.Runtime, `Internal interpreter error: ${message}`));
  };

  try {
    if (exec.detailed) {
      exec.emit(frame, 'ExecutionStarted', 'executionStartedEventDetails', {
        input: stringify(input),
        inputDetails: { truncated: false },
        roleArn: exec.roleArn,
      });
    } else exec.emit(frame, 'ExecutionStarted');
    const machine = compileMachine(definition, exec);
    const succeed = (output: Json): ExecutionResult => {
      try {
        exec.checkpoint(frame);
      } catch (error) {
        return fail(error);
      }
      if (exec.detailed)
        exec.emit(frame, 'ExecutionSucceeded', 'executionSucceededEventDetails', {
          output: stringify(output),
          outputDetails: { truncated: false },
        });
      else exec.emit(frame, 'ExecutionSucceeded');
      return done({ status: 'SUCCEEDED', output });
    };
    const outcome = runStates(frame, machine.start, input);
    if (isPromise(outcome)) return outcome.then(succeed, (error: unknown) => fail(error));
    return Promise.resolve(succeed(outcome));
  } catch (error) {
    return Promise.resolve(fail(error));
  }
}

// ---------------------------------------------------------------------------------------------
// Debugging (StartExecutionOptions.debug): the same compiled states run; a hook is called before
// each state, when a state raises an error, and after it ran, and may pause the run by returning a
// promise. Nothing here is reached without a hook, so the synchronous fast path above is unchanged.

/** The Parallel branch or Map iteration a frame runs, for stack frames and for DebugError.handled. */
interface DebugFrameLevel {
  /** The frame that runs the Parallel or Map state. */
  parent: Frame;
  state: ResultState;
  kind: 'Parallel' | 'Map';
  index: number;
  /** That state's Retry attempts so far (its retriers may still handle an error from inside). */
  attempts: number[] | undefined;
}

function recordStages(frame: Frame, values: Record<string, unknown>): void {
  Object.assign(frame.stages!, values);
}

/** runStates with the hook: one async loop, so the hook can pause between any two states. */
async function runStatesDebugged(frame: Frame, state: CompiledState, input: Json): Promise<Json> {
  const exec = frame.exec;
  const hook = exec.debug!;
  let current = state;
  let value = input;
  for (;;) {
    exec.checkpoint(frame);
    const point = debugPoint(frame, current, value);
    await hook.beforeState(point);
    // The session may have been stopped while it was paused.
    exec.checkpoint(frame);
    frame.stages = {};
    let output: Json;
    try {
      output = await current.execute(frame, value);
    } catch (error) {
      await reportError(frame, current, value, error, undefined);
      throw error;
    }
    const next = frame.next;
    if (hook.afterState) await hook.afterState(point, { output, next: next?.name, stages: frame.stages });
    if (next === null) return output;
    current = next;
    value = output;
  }
}

/** What the hook sees of a state about to run (or running) in a frame. */
function debugPoint(frame: Frame, state: CompiledState, input: Json): DebugStatePoint {
  const levels: DebugScopeLevel[] = [];
  for (let level = frame.debugLevel; level; level = level.parent.debugLevel) {
    levels.unshift({ stateName: level.state.name, kind: level.kind, index: level.index });
  }
  // Before the state is entered the frame still describes the previous state; show what this one will see.
  const enteredBefore = frame.enteredEventId;
  const entryTime = frame.time();
  return {
    stateName: state.name,
    stateType: String(state.raw.Type),
    queryLanguage: state.jsonata ? 'JSONata' : 'JSONPath',
    input,
    levels,
    scope: frame,
    parentScope: frame.debugLevel?.parent,
    variables: () => {
      const visible: Record<string, unknown> = {};
      // Scopes chain by prototype (a branch's variables inherit the enclosing ones): for-in sees them all.
      for (const name in frame.variables) visible[name] = frame.variables[name];
      return visible;
    },
    context: () => {
      const context = frame.context();
      if (frame.enteredEventId === enteredBefore) context.State = { EnteredTime: isoTime(entryTime), Name: state.name, RetryCount: 0 };
      return context;
    },
  };
}

/** Tells the hook about an error once, in the state that raised it, with whether anything will handle it. */
async function reportError(frame: Frame, state: CompiledState, input: Json, error: unknown, attempts: number[] | undefined): Promise<void> {
  const exec = frame.exec;
  const hook = exec.debug!;
  if (!hook.stateError || typeof error !== 'object' || error === null || exec.reportedErrors.has(error)) return;
  exec.reportedErrors.add(error);
  // A stop the user asked for is not an error of the machine.
  if (error instanceof ExecutionStop && error.status === 'ABORTED') return;
  let name: string | undefined;
  let cause: string | undefined;
  if (error instanceof StatesError) [name, cause] = [error.error, error.errorCause];
  else if (error instanceof ExecutionStop) [name, cause] = [error.error, error.stopCause];
  else if (error instanceof StateRuntimeError) [name, cause] = [error.error, error.message];
  else [name, cause] = [ERRORS.Runtime, error instanceof Error ? error.message : String(error)];
  // Only a StatesError can be retried or caught (ExecutionStop ends the run whatever the machine says).
  let handled = false;
  if (error instanceof StatesError) {
    handled = state instanceof ResultState && state.wouldHandle(error, attempts ?? frame.debugAttempts);
    for (let level = frame.debugLevel; !handled && level; level = level.parent.debugLevel) {
      handled = level.state.wouldHandle(error, level.attempts);
    }
  }
  const report: DebugError = { error: name ?? ERRORS.Runtime, handled };
  if (cause !== undefined) report.cause = cause;
  if (frame.stages) report.stages = frame.stages;
  await hook.stateError(debugPoint(frame, state, input), report);
}
