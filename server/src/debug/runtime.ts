// One debugged execution: runs the interpreter with a DebugHook and decides, before each state and
// on each error, whether to pause (breakpoints, stepping, exception filters, "Run to State"). It
// knows nothing of DAP: the session (session.ts) turns its events and paused state into messages.
import { EventEmitter, once } from 'node:events';
import type { State } from '../core/index';
import {
  type DebugError,
  type DebugHook,
  type DebugStateOutcome,
  type DebugStatePoint,
  type ExecutionResult,
  type HistoryEvent,
  type StartExecutionOptions,
  evaluateCondition,
  startExecution,
} from '../core/interpreter/index';
import { nodeHash, localItemReader } from '../node/interpreterPorts';
import { nodeRuntimePorts } from '../node/runtimePorts';
import { dirname } from 'node:path';
import type { LoadedProgram } from './program';
import { StateLocations } from './stateLocations';

export type StopReason = 'entry' | 'breakpoint' | 'step' | 'exception' | 'pause';
export type ExceptionFilter = 'all' | 'uncaught';

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

interface ActiveBreakpoint extends BoundBreakpoint {
  condition?: string;
  hitCondition?: string;
  hits: number;
}

/** The state of the run where it is paused, and what the debugger shows about it. */
export interface PausedAt {
  reason: StopReason;
  point: DebugStatePoint;
  /** The model's state (for its source line), when it is found. */
  state: State | undefined;
  /** Set when paused on an error (reason exception). */
  error?: DebugError;
  /** The state that ran just before in the same branch or iteration, and what it computed. */
  previous?: { point: DebugStatePoint; outcome: DebugStateOutcome };
  /** The Parallel and Map states around the paused one, innermost first. */
  enclosing: DebugStatePoint[];
  description?: string;
}

type StepMode = { kind: 'run' } | { kind: 'any' } | { kind: 'leave'; scope: object };

export interface RuntimeOptions {
  input: unknown;
  mocks?: StartExecutionOptions['mocks'];
  type: 'STANDARD' | 'EXPRESS';
  stopOnEntry: boolean;
  runToState?: string;
  /** Run Without Debugging: never pause (breakpoints, exceptions and stopOnEntry are ignored). */
  noDebug?: boolean;
  /** Resolves when the client has caught up with the output (called now and then while running). */
  backpressure?: () => Promise<void> | undefined;
}

/** How long the run may keep the event loop before it lets requests (pause, disconnect) in. */
const YIELD_EVERY_MS = 10;

/**
 * Events: `stopped` (PausedAt), `output` (text, category), `ended` (ExecutionResult).
 */
export class DebugRuntime extends EventEmitter {
  readonly locations: StateLocations;
  private breakpoints: ActiveBreakpoint[] = [];
  private nextBreakpointId = 1;
  private filters = new Set<ExceptionFilter>();
  private mode: StepMode = { kind: 'run' };
  private pauseRequested = false;
  private entryPending = false;
  private runToState: string | undefined;
  private resume: (() => void) | undefined;
  private readonly controller = new AbortController();
  private readonly parentOf = new WeakMap<object, object | undefined>();
  private readonly runningIn = new WeakMap<object, DebugStatePoint>();
  private readonly lastOutcome = new WeakMap<object, { point: DebugStatePoint; outcome: DebugStateOutcome }>();
  private lastYield = performance.now();
  private finished: Promise<ExecutionResult> | undefined;
  /** Where the run is paused, if it is. */
  paused: PausedAt | undefined;
  /** The states entered so far, for the graph. */
  readonly history: HistoryEvent[] = [];

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
    this.breakpoints = requests.map((request) => {
      const state = this.locations.stateAtLine(request.line);
      const bound: ActiveBreakpoint = state
        ? { id: this.nextBreakpointId++, verified: true, line: this.locations.keyLine(state), state, hits: 0 }
        : { id: this.nextBreakpointId++, verified: false, line: request.line, message: 'No state is defined on this line.', hits: 0 };
      if (request.condition) bound.condition = request.condition;
      if (request.hitCondition) bound.hitCondition = request.hitCondition;
      if (request.hitCondition && !parseHitCondition(request.hitCondition)) {
        bound.verified = false;
        bound.message = `Hit count "${request.hitCondition}" is not a number (or >N, >=N, <N, <=N, ==N, %N).`;
      }
      return bound;
    });
    return this.breakpoints.map(({ id, verified, line, message, state }) => ({
      id,
      verified,
      line,
      ...(message ? { message } : {}),
      state,
    }));
  }

  setExceptionFilters(filters: readonly string[]): void {
    this.filters = new Set(filters.filter((f): f is ExceptionFilter => f === 'all' || f === 'uncaught'));
  }

  // -------------------------------------------------------------------------------------------
  // Control

  /** Starts the execution; resolves with its result when it ends (never rejects). */
  start(): Promise<ExecutionResult> {
    this.entryPending = this.options.stopOnEntry;
    const options: StartExecutionOptions = {
      type: this.options.type,
      signal: this.controller.signal,
      hash: nodeHash,
      ...nodeRuntimePorts,
      recordEvents: false,
      itemReader: localItemReader(dirname(this.program.path)),
      onEvent: (event) => this.onEvent(event),
      debug: this.hook(),
    };
    if (this.options.mocks) options.mocks = this.options.mocks;
    this.finished = startExecution(this.program.definition, this.options.input, options).then((result) => {
      this.paused = undefined;
      this.emit('ended', result);
      return result;
    });
    return this.finished;
  }

  continue(): void {
    this.resumeWith({ kind: 'run' });
  }

  /** To the next state entered in the same branch or iteration (or, once it ends, wherever). */
  next(): void {
    this.resumeWith(this.paused ? { kind: 'leave', scope: this.paused.point.scope } : { kind: 'run' });
  }

  /** To the next state entered anywhere: into a Parallel branch or a Map iteration when paused on one. */
  stepIn(): void {
    this.resumeWith({ kind: 'any' });
  }

  /** To the state after the enclosing Parallel or Map (at the top level: run on). */
  stepOut(): void {
    const parent = this.paused?.point.parentScope;
    this.resumeWith(parent ? { kind: 'leave', scope: parent } : { kind: 'run' });
  }

  pause(): void {
    if (!this.paused) this.pauseRequested = true;
  }

  /** Runs until a state with this name is entered; false when the machine has none. */
  runTo(stateName: string): boolean {
    if (!this.locations.named(stateName).length) return false;
    this.runToState = stateName;
    if (this.paused) this.resumeWith({ kind: 'run' });
    return true;
  }

  /** Ends the execution at once (it ends ABORTED), paused or not; resolves when it has ended. */
  async stop(): Promise<void> {
    this.controller.abort();
    const resume = this.resume;
    this.resume = undefined;
    resume?.();
    if (this.finished) await this.finished;
  }

  private resumeWith(mode: StepMode): void {
    this.mode = mode;
    const resume = this.resume;
    this.resume = undefined;
    this.paused = undefined;
    resume?.();
  }

  // -------------------------------------------------------------------------------------------
  // The hook

  private hook(): DebugHook {
    return {
      beforeState: (point) => this.beforeState(point),
      stateError: (point, error) => this.onStateError(point, error),
      afterState: (point, outcome) => {
        this.lastOutcome.set(point.scope, { point, outcome });
      },
    };
  }

  private async beforeState(point: DebugStatePoint): Promise<void> {
    this.parentOf.set(point.scope, point.parentScope);
    this.runningIn.set(point.scope, point);
    const state = this.locations.resolve(point.levels, point.stateName);
    const reason = this.options.noDebug ? undefined : await this.stopReason(point, state);
    if (reason) {
      await this.pauseAt({
        reason: reason.reason,
        point,
        state,
        enclosing: this.enclosing(point),
        ...this.previousOf(point),
        ...reason.extra,
      });
      return;
    }
    // Let requests in now and then: a long run without a pause must still hear "stop" and "pause".
    if (performance.now() - this.lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      // And wait while the client has not read what we sent (a fast loop writes faster than it reads).
      const behind = this.options.backpressure?.();
      if (behind) await Promise.race([behind, once(this.controller.signal, 'abort')]);
      this.lastYield = performance.now();
    }
  }

  private async stopReason(
    point: DebugStatePoint,
    state: State | undefined,
  ): Promise<{ reason: StopReason; extra?: { description: string } } | undefined> {
    if (this.entryPending) {
      this.entryPending = false;
      return { reason: 'entry' };
    }
    if (this.runToState === point.stateName) {
      this.runToState = undefined;
      return { reason: 'breakpoint', extra: { description: `Run to State: ${point.stateName}` } };
    }
    if (state && (await this.breakpointHit(point, state))) return { reason: 'breakpoint' };
    if (this.pauseRequested) {
      this.pauseRequested = false;
      return { reason: 'pause' };
    }
    if (this.mode.kind === 'any') return { reason: 'step' };
    if (this.mode.kind === 'leave' && !this.isStrictlyInside(point.scope, this.mode.scope)) return { reason: 'step' };
    return undefined;
  }

  private async breakpointHit(point: DebugStatePoint, state: State): Promise<boolean> {
    let hit = false;
    for (const breakpoint of this.breakpoints) {
      if (breakpoint.state !== state || !breakpoint.verified) continue;
      if (breakpoint.condition) {
        try {
          const holds = await evaluateCondition(breakpoint.condition, {
            input: point.input,
            variables: point.variables(),
            context: point.context(),
            hash: nodeHash,
          });
          if (!holds) continue;
        } catch (error) {
          // A condition that cannot be evaluated stops, and says why, rather than being silently false.
          this.emit('output', `Breakpoint condition "${breakpoint.condition}" on ${state.name}: ${(error as Error).message}\n`, 'stderr');
          hit = true;
          continue;
        }
      }
      breakpoint.hits++;
      if (breakpoint.hitCondition && !hitConditionHolds(breakpoint.hitCondition, breakpoint.hits)) continue;
      hit = true;
    }
    return hit;
  }

  private async onStateError(point: DebugStatePoint, error: DebugError): Promise<void> {
    const stop = !this.options.noDebug && (this.filters.has('all') || (this.filters.has('uncaught') && !error.handled));
    if (!stop) return;
    const state = this.locations.resolve(point.levels, point.stateName);
    const description = `${error.handled ? 'Error' : 'Uncaught error'} in ${point.stateName}: ${error.error}${error.cause ? `: ${error.cause}` : ''}`;
    await this.pauseAt({ reason: 'exception', point, state, error, enclosing: this.enclosing(point), description });
  }

  private pauseAt(paused: PausedAt): Promise<void> {
    if (this.controller.signal.aborted) return Promise.resolve();
    this.paused = paused;
    const resumed = new Promise<void>((resolve) => (this.resume = resolve));
    this.emit('stopped', paused);
    return resumed.then(() => {
      this.lastYield = performance.now();
    });
  }

  /** True when `scope` is a branch or iteration nested (at any depth) inside `outer`, not `outer` itself. */
  private isStrictlyInside(scope: object, outer: object): boolean {
    for (let s = this.parentOf.get(scope); s; s = this.parentOf.get(s)) if (s === outer) return true;
    return false;
  }

  private enclosing(point: DebugStatePoint): DebugStatePoint[] {
    const around: DebugStatePoint[] = [];
    for (let scope = point.parentScope; scope; scope = this.parentOf.get(scope)) {
      const owner = this.runningIn.get(scope);
      if (owner) around.push(owner);
    }
    return around;
  }

  private previousOf(point: DebugStatePoint): { previous?: { point: DebugStatePoint; outcome: DebugStateOutcome } } {
    const previous = this.lastOutcome.get(point.scope);
    // Only the state that handed this one its input (the one just before it in this scope).
    return previous && previous.outcome.next === point.stateName ? { previous } : {};
  }

  private onEvent(event: HistoryEvent): void {
    this.history.push(event);
    this.emit('event', event);
  }
}

/** Parses `N`, `>N`, `>=N`, `<N`, `<=N`, `==N`, `=N` or `%N` (a plain N means from the Nth hit on). */
function parseHitCondition(text: string): { op: string; n: number } | undefined {
  const match = /^\s*(>=|<=|==|=|>|<|%)?\s*(\d+)\s*$/.exec(text);
  return match ? { op: match[1] ?? '>=', n: Number(match[2]) } : undefined;
}

function hitConditionHolds(text: string, hits: number): boolean {
  const parsed = parseHitCondition(text);
  if (!parsed) return true;
  const { op, n } = parsed;
  switch (op) {
    case '>':
      return hits > n;
    case '<':
      return hits < n;
    case '<=':
      return hits <= n;
    case '==':
    case '=':
      return hits === n;
    case '%':
      return n > 0 && hits % n === 0;
    default:
      return hits >= n;
  }
}
