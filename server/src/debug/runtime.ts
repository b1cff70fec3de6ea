// One debugged execution, seen from the adapter's main thread. The execution runs in the run worker
// of server/src/node/isolatedRun.ts with the debug hook of controller.ts, which decides where to
// pause; this side binds breakpoints to states, relays the requests (resume, step, pause, Run to
// State, evaluate) and keeps where the run is paused. Stop terminates the worker: it ends at once,
// whatever the machine is doing (a long JSONata evaluation, a handler stuck in a loop), and the
// adapter stays up for a restart. It knows nothing of DAP: session.ts maps it to messages.
import { EventEmitter } from 'node:events';
import { dirname } from 'node:path';
import type { State } from '../core/index';
import type { ExecutionResult, HistoryEvent, StartExecutionOptions } from '../core/interpreter/index';
import { type IsolatedRun, type IsolatedRunRequest, type IsolatedRunResult, startIsolatedRun } from '../node/isolatedRun';
import { parseHitCondition } from './hitCondition';
import type { LoadedProgram } from './program';
import { StateLocations } from './stateLocations';
import {
  CONTROL,
  CONTROL_SLOTS,
  type DebugSetup,
  type ExceptionFilter,
  type FromWorker,
  type PauseSnapshot,
  type ResumeKind,
  type ToWorker,
  type WorkerBreakpoint,
  stateKeyOfState,
} from './workerProtocol';

export type { ExceptionFilter, StopReason } from './workerProtocol';

export interface BreakpointRequest {
  /** 0-based line. */
  line: number;
  condition?: string;
  hitCondition?: string;
}

export interface BoundBreakpoint {
  id: number;
  verified: boolean;
  /** 0-based line of the state's key when verified, else the requested line. */
  line: number;
  message?: string;
  state?: State;
}

/** Where the run is paused: the worker's snapshot, with the model's state of each frame (for its line). */
export interface PausedAt extends PauseSnapshot {
  states: Array<State | undefined>;
}

export interface RuntimeOptions {
  input: unknown;
  mocks?: StartExecutionOptions['mocks'];
  type: 'STANDARD' | 'EXPRESS';
  stopOnEntry: boolean;
  runToState?: string;
  /** Run Without Debugging: never pause (breakpoints, exceptions and stopOnEntry are ignored). */
  noDebug?: boolean;
  /** Absolute path of a handlers file (as `asl run --handlers`): Task states call the user's code. */
  handlersFile?: string;
  /** Resolves when the client has caught up with the output (checked after each execution event). */
  backpressure?: () => Promise<void> | undefined;
}

/**
 * Events: `stopped` (PausedAt), `output` (text, category), `event` (HistoryEvent), `ended`
 * (ExecutionResult).
 */
export class DebugRuntime extends EventEmitter {
  readonly locations: StateLocations;
  private breakpoints: WorkerBreakpoint[] = [];
  private nextBreakpointId = 1;
  private filters: ExceptionFilter[] = [];
  private runToState: string | undefined;
  private run: IsolatedRun | undefined;
  private finished: Promise<ExecutionResult> | undefined;
  private readonly control = new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * Int32Array.BYTES_PER_ELEMENT));
  private clientBehind = false;
  private nextEvaluation = 1;
  private readonly evaluations = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  /** Where the run is paused, if it is. */
  paused: PausedAt | undefined;

  constructor(
    readonly program: LoadedProgram,
    private readonly options: RuntimeOptions,
  ) {
    super();
    this.locations = new StateLocations(program);
    this.runToState = options.runToState;
  }

  // -------------------------------------------------------------------------------------------
  // Configuration (before and during the run)

  /** Replaces the breakpoints: each binds to the state whose definition covers its line. */
  setBreakpoints(requests: readonly BreakpointRequest[]): BoundBreakpoint[] {
    const bound: BoundBreakpoint[] = [];
    const active: WorkerBreakpoint[] = [];
    for (const request of requests) {
      const id = this.nextBreakpointId++;
      const state = this.locations.stateAtLine(request.line);
      if (!state) {
        bound.push({ id, verified: false, line: request.line, message: 'No state is defined on this line.' });
        continue;
      }
      const line = this.locations.keyLine(state);
      if (request.hitCondition && !parseHitCondition(request.hitCondition)) {
        const message = `Hit count "${request.hitCondition}" is not a number (or >N, >=N, <N, <=N, ==N, %N).`;
        bound.push({ id, verified: false, line, message, state });
        continue;
      }
      bound.push({ id, verified: true, line, state });
      const breakpoint: WorkerBreakpoint = { id, stateKey: stateKeyOfState(state) };
      if (request.condition) breakpoint.condition = request.condition;
      if (request.hitCondition) breakpoint.hitCondition = request.hitCondition;
      active.push(breakpoint);
    }
    this.breakpoints = active;
    this.post({ kind: 'breakpoints', breakpoints: active });
    return bound;
  }

  setExceptionFilters(filters: readonly string[]): void {
    this.filters = filters.filter((f): f is ExceptionFilter => f === 'all' || f === 'uncaught');
    this.post({ kind: 'exceptionFilters', filters: this.filters });
  }

  // -------------------------------------------------------------------------------------------
  // Control

  /** Starts the execution in a worker; resolves with its result when it ends (never rejects). */
  start(): Promise<ExecutionResult> {
    const request: IsolatedRunRequest = {
      definition: this.program.definition as Record<string, unknown>,
      input: this.options.input,
      type: this.options.type,
      recordEvents: false,
      itemsDir: dirname(this.program.path),
      // A session may stay paused for as long as the user likes.
      timeoutMs: Infinity,
    };
    if (this.options.mocks) request.mocks = this.options.mocks;
    if (this.options.handlersFile) request.handlersFile = this.options.handlersFile;
    const setup: DebugSetup = {
      control: this.control.buffer as SharedArrayBuffer,
      stopOnEntry: this.options.stopOnEntry,
      noDebug: this.options.noDebug === true,
      breakpoints: this.breakpoints,
      exceptionFilters: this.filters,
    };
    if (this.runToState !== undefined) setup.runToState = this.runToState;
    this.run = startIsolatedRun(request, (event) => this.onEvent(event), { setup, onMessage: (message) => this.onMessage(message) });
    this.finished = this.run.result.then((result) => this.onEnd(result));
    return this.finished;
  }

  continue(): void {
    this.resume('continue');
  }

  /** To the next state entered in the same branch or iteration (or, once it ends, wherever). */
  next(): void {
    this.resume('next');
  }

  /** To the next state entered anywhere: into a Parallel branch or a Map iteration when paused on one. */
  stepIn(): void {
    this.resume('stepIn');
  }

  /** To the state after the enclosing Parallel or Map (at the top level: run on). */
  stepOut(): void {
    this.resume('stepOut');
  }

  pause(): void {
    if (!this.paused) this.post({ kind: 'pause' });
  }

  /** Runs until a state with this name is entered; false when the machine has none. */
  runTo(stateName: string): boolean {
    if (!this.locations.named(stateName).length) return false;
    if (!this.run) this.runToState = stateName;
    this.paused = undefined;
    this.post({ kind: 'runTo', state: stateName });
    return true;
  }

  /** Evaluates a JSONPath or JSONata expression against a frame (0: the paused state) of the paused run. */
  evaluate(frame: number, expression: string): Promise<unknown> {
    if (!this.paused || !this.run) return Promise.reject(new Error('The execution is not paused: there is no state to evaluate against.'));
    const id = this.nextEvaluation++;
    const answer = new Promise<unknown>((resolve, reject) => this.evaluations.set(id, { resolve, reject }));
    this.post({ kind: 'evaluate', id, frame, expression });
    return answer;
  }

  /** Ends the execution at once (it ends ABORTED), paused or not; resolves when it has ended. */
  async stop(): Promise<void> {
    this.run?.cancel();
    if (this.finished) await this.finished;
  }

  private resume(how: ResumeKind): void {
    if (!this.paused) return;
    this.paused = undefined;
    this.post({ kind: 'resume', how });
  }

  /** Sends a request to the worker and counts it, so the worker lets it in before the next state. */
  private post(message: ToWorker): void {
    if (!this.run) return;
    this.run.post(message);
    Atomics.add(this.control, CONTROL.messagesPosted, 1);
  }

  // -------------------------------------------------------------------------------------------
  // From the worker

  private onEvent(event: HistoryEvent): void {
    this.emit('event', event);
    Atomics.add(this.control, CONTROL.eventsHandled, 1);
    if (this.clientBehind) return;
    const behind = this.options.backpressure?.();
    if (!behind) return;
    this.clientBehind = true;
    Atomics.store(this.control, CONTROL.clientBehind, 1);
    void behind.then(() => {
      this.clientBehind = false;
      Atomics.store(this.control, CONTROL.clientBehind, 0);
    });
  }

  private onMessage(message: FromWorker): void {
    switch (message.kind) {
      case 'stopped': {
        const snapshot = message.paused;
        this.paused = { ...snapshot, states: snapshot.frames.map((frame) => this.locations.resolve(frame.levels, frame.stateName)) };
        this.emit('stopped', this.paused);
        break;
      }
      case 'output':
        this.emit('output', message.text, message.category);
        break;
      case 'evaluated': {
        const pending = this.evaluations.get(message.id);
        this.evaluations.delete(message.id);
        if (message.error !== undefined) pending?.reject(new Error(message.error));
        else pending?.resolve(message.value);
        break;
      }
    }
  }

  private onEnd(result: IsolatedRunResult): ExecutionResult {
    this.paused = undefined;
    for (const pending of this.evaluations.values()) pending.reject(new Error('The execution has ended.'));
    this.evaluations.clear();
    // The handlers file could not be loaded (the worker loads it): say so before the status line.
    if (result.setupError !== undefined) this.emit('output', `${result.setupError}\n`, 'stderr');
    this.emit('ended', result);
    return result;
  }
}
