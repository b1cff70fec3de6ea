// The worker side of a debugged run: the interpreter's DebugHook, which decides before each state
// and on each error whether to pause (breakpoints, stepping, exception filters, "Run to State"), and
// while paused answers the main thread's evaluations. It runs in the run worker (see
// server/src/node/runWorker.ts); runtime.ts, in the adapter's main thread, drives it with the
// messages of workerProtocol.ts and stops it by terminating the worker.
import {
  type DebugError,
  type DebugHook,
  type DebugStateOutcome,
  type DebugStatePoint,
  evaluateCondition,
  evaluateExpression,
} from '../core/interpreter/index';
import { nodeHash } from '../node/interpreterPorts';
import { hitConditionHolds } from './hitCondition';
import { scopeContents } from './variables';
import {
  CONTROL,
  type DebugSetup,
  type ExceptionFilter,
  type FromWorker,
  MAX_EVENTS_IN_FLIGHT,
  type PauseSnapshot,
  type ResumeKind,
  type StopReason,
  type ToWorker,
  type WorkerBreakpoint,
  stateKeyOfLevels,
} from './workerProtocol';

/** How the controller talks to the main thread. */
export interface ControllerLink {
  send(message: FromWorker): void;
  /** Keeps the worker's event loop alive (while paused or waiting for a message) or lets it end. */
  hold(keepAlive: boolean): void;
}

/** Where the run is paused, with the live points (their scopes identify branches and iterations). */
interface Paused {
  reason: StopReason;
  /** The paused state's point, then the enclosing Parallel and Map states', innermost first. */
  points: DebugStatePoint[];
  error?: DebugError;
  /** The state that ran just before in the same branch or iteration, and what it computed. */
  previous?: { point: DebugStatePoint; outcome: DebugStateOutcome };
  description?: string;
}

type StepMode = { kind: 'run' } | { kind: 'any' } | { kind: 'leave'; scope: object };

interface ActiveBreakpoint extends WorkerBreakpoint {
  hits: number;
}

export class DebugController {
  private readonly control: Int32Array;
  private breakpoints: ActiveBreakpoint[];
  private filters: Set<ExceptionFilter>;
  private mode: StepMode = { kind: 'run' };
  private pauseRequested = false;
  private entryPending: boolean;
  private runToState: string | undefined;
  private paused: Paused | undefined;
  private resume: (() => void) | undefined;
  private messagesReceived = 0;
  private messageArrived: (() => void) | undefined;
  private readonly parentOf = new WeakMap<object, object | undefined>();
  private readonly runningIn = new WeakMap<object, DebugStatePoint>();
  private readonly lastOutcome = new WeakMap<object, { point: DebugStatePoint; outcome: DebugStateOutcome }>();

  constructor(
    private readonly setup: DebugSetup,
    private readonly link: ControllerLink,
  ) {
    this.control = new Int32Array(setup.control);
    this.breakpoints = setup.breakpoints.map((breakpoint) => ({ ...breakpoint, hits: 0 }));
    this.filters = new Set(setup.exceptionFilters);
    this.entryPending = setup.stopOnEntry;
    this.runToState = setup.runToState;
  }

  hook(): DebugHook {
    return {
      beforeState: (point) => this.beforeState(point),
      stateError: (point, error) => this.onStateError(point, error),
      afterState: (point, outcome) => {
        this.lastOutcome.set(point.scope, { point, outcome });
      },
    };
  }

  /** Posts an execution event, counted so the run can wait when the main thread falls behind. */
  postEvent(post: () => void): void {
    post();
    Atomics.add(this.control, CONTROL.eventsSent, 1);
  }

  /** A message of the main thread (the worker's port listener calls this). */
  handle(message: ToWorker): void {
    this.messagesReceived++;
    switch (message.kind) {
      case 'breakpoints':
        this.breakpoints = message.breakpoints.map((breakpoint) => ({ ...breakpoint, hits: 0 }));
        break;
      case 'exceptionFilters':
        this.filters = new Set(message.filters);
        break;
      case 'resume':
        if (this.paused) this.resumeWith(this.modeFor(message.how, this.paused));
        break;
      case 'pause':
        if (!this.paused) this.pauseRequested = true;
        break;
      case 'runTo':
        this.runToState = message.state;
        if (this.paused) this.resumeWith({ kind: 'run' });
        break;
      case 'evaluate':
        void this.evaluate(message.id, message.frame, message.expression);
        break;
    }
    const arrived = this.messageArrived;
    this.messageArrived = undefined;
    arrived?.();
  }

  private modeFor(how: ResumeKind, paused: Paused): StepMode {
    const point = paused.points[0]!;
    switch (how) {
      case 'continue':
        return { kind: 'run' };
      // To the next state entered in the same branch or iteration (or, once it ends, wherever).
      case 'next':
        return { kind: 'leave', scope: point.scope };
      // To the next state entered anywhere: into a Parallel branch or a Map iteration when paused on one.
      case 'stepIn':
        return { kind: 'any' };
      // To the state after the enclosing Parallel or Map (at the top level: run on).
      case 'stepOut':
        return point.parentScope ? { kind: 'leave', scope: point.parentScope } : { kind: 'run' };
    }
  }

  private resumeWith(mode: StepMode): void {
    this.mode = mode;
    this.paused = undefined;
    const resume = this.resume;
    this.resume = undefined;
    resume?.();
  }

  private async evaluate(id: number, frame: number, expression: string): Promise<void> {
    const point = this.paused?.points[frame] ?? this.paused?.points[0];
    if (!point) {
      this.link.send({ kind: 'evaluated', id, error: 'The execution is not paused: there is no state to evaluate against.' });
      return;
    }
    try {
      const value = await evaluateExpression(expression, {
        input: point.input,
        variables: point.variables(),
        context: point.context(),
        hash: nodeHash,
      });
      this.send({ kind: 'evaluated', id, value });
    } catch (error) {
      this.link.send({ kind: 'evaluated', id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  // -------------------------------------------------------------------------------------------
  // The hook

  private async beforeState(point: DebugStatePoint): Promise<void> {
    this.parentOf.set(point.scope, point.parentScope);
    this.runningIn.set(point.scope, point);
    await this.catchUp();
    const reason = this.setup.noDebug ? undefined : await this.stopReason(point);
    if (!reason) return;
    await this.pauseAt({
      reason: reason.reason,
      points: [point, ...this.enclosing(point)],
      ...this.previousOf(point),
      ...(reason.description ? { description: reason.description } : {}),
    });
  }

  /**
   * Lets in what the main thread has posted (a pause, new breakpoints), and waits while it is
   * behind with the execution events (a fast loop writes faster than the client reads).
   */
  private async catchUp(): Promise<void> {
    if (this.messagesReceived < Atomics.load(this.control, CONTROL.messagesPosted)) {
      this.link.hold(true);
      while (this.messagesReceived < Atomics.load(this.control, CONTROL.messagesPosted)) {
        await new Promise<void>((resolve) => (this.messageArrived = resolve));
      }
      this.link.hold(false);
    }
    while (
      Atomics.load(this.control, CONTROL.clientBehind) !== 0 ||
      Atomics.load(this.control, CONTROL.eventsSent) - Atomics.load(this.control, CONTROL.eventsHandled) > MAX_EVENTS_IN_FLIGHT
    ) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private async stopReason(point: DebugStatePoint): Promise<{ reason: StopReason; description?: string } | undefined> {
    if (this.entryPending) {
      this.entryPending = false;
      return { reason: 'entry' };
    }
    if (this.runToState === point.stateName) {
      this.runToState = undefined;
      return { reason: 'breakpoint', description: `Run to State: ${point.stateName}` };
    }
    if (await this.breakpointHit(point)) return { reason: 'breakpoint' };
    if (this.pauseRequested) {
      this.pauseRequested = false;
      return { reason: 'pause' };
    }
    if (this.mode.kind === 'any') return { reason: 'step' };
    if (this.mode.kind === 'leave' && !this.isStrictlyInside(point.scope, this.mode.scope)) return { reason: 'step' };
    return undefined;
  }

  private async breakpointHit(point: DebugStatePoint): Promise<boolean> {
    if (!this.breakpoints.length) return false;
    const key = stateKeyOfLevels(point.levels, point.stateName);
    let hit = false;
    for (const breakpoint of this.breakpoints) {
      if (breakpoint.stateKey !== key) continue;
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
          this.link.send({
            kind: 'output',
            text: `Breakpoint condition "${breakpoint.condition}" on ${point.stateName}: ${(error as Error).message}\n`,
            category: 'stderr',
          });
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
    const stop = !this.setup.noDebug && (this.filters.has('all') || (this.filters.has('uncaught') && !error.handled));
    if (!stop) return;
    const description = `${error.handled ? 'Error' : 'Uncaught error'} in ${point.stateName}: ${error.error}${error.cause ? `: ${error.cause}` : ''}`;
    await this.pauseAt({ reason: 'exception', points: [point, ...this.enclosing(point)], error, description });
  }

  private async pauseAt(paused: Paused): Promise<void> {
    // A pause asked for just before a stop for another reason is served by that stop.
    this.pauseRequested = false;
    this.paused = paused;
    const resumed = new Promise<void>((resolve) => (this.resume = resolve));
    this.send({ kind: 'stopped', paused: snapshot(paused) });
    this.link.hold(true);
    await resumed;
    this.link.hold(false);
  }

  /** Sends a message; data that cannot be cloned as it is goes as its JSON. */
  private send(message: FromWorker): void {
    try {
      this.link.send(message);
    } catch {
      this.link.send(JSON.parse(JSON.stringify(message)) as FromWorker);
    }
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
}

/** The paused run as plain data: each frame's name, nesting and the scopes the Variables view shows. */
function snapshot(paused: Paused): PauseSnapshot {
  const view: PauseSnapshot = {
    reason: paused.reason,
    frames: paused.points.map((point, index) => ({
      stateName: point.stateName,
      levels: point.levels,
      scopes: scopeContents(point, index === 0 ? paused : undefined),
    })),
  };
  if (paused.description !== undefined) view.description = paused.description;
  if (paused.error) {
    view.error = { error: paused.error.error, handled: paused.error.handled };
    if (paused.error.cause !== undefined) view.error.cause = paused.error.cause;
  }
  return view;
}
