// What crosses the worker boundary of a debugged run: the debugger (runtime.ts, in the adapter's
// main thread) and the execution (controller.ts, in the run worker of server/src/node/isolatedRun.ts)
// exchange these messages, and share a few counters in a SharedArrayBuffer. The main thread can
// therefore stop the run at once (Worker.terminate) whatever the machine is doing, while the worker
// decides, before each state, whether to pause.
import type { Scope, State } from '../core/index';
import type { DebugScopeLevel } from '../core/interpreter/index';
import type { ScopeContent } from './variables';

export type StopReason = 'entry' | 'breakpoint' | 'step' | 'exception' | 'pause';
export type ExceptionFilter = 'all' | 'uncaught';
export type ResumeKind = 'continue' | 'next' | 'stepIn' | 'stepOut';

/** A verified breakpoint as the worker checks it: the state it is bound to, by key (see stateKey). */
export interface WorkerBreakpoint {
  id: number;
  stateKey: string;
  condition?: string;
  hitCondition?: string;
}

/** What the worker needs to debug a run (plain data; `control` is shared, not copied). */
export interface DebugSetup {
  control: SharedArrayBuffer;
  stopOnEntry: boolean;
  runToState?: string;
  /** Run Without Debugging: never pause. */
  noDebug: boolean;
  breakpoints: WorkerBreakpoint[];
  exceptionFilters: ExceptionFilter[];
}

/** Slots of the shared Int32Array `control`. */
export const CONTROL = {
  /**
   * Messages the main thread has posted (it counts after posting): before each state the worker
   * waits until it has received that many, so a pause or a new breakpoint applies at once even to a
   * run that never leaves its microtasks.
   */
  messagesPosted: 0,
  /** Execution events the worker has posted. */
  eventsSent: 1,
  /** Execution events the main thread has handled. */
  eventsHandled: 2,
  /** Set while the client reads slower than the run writes: the worker waits before the next state. */
  clientBehind: 3,
} as const;
export const CONTROL_SLOTS = 4;

/** How many posted events the main thread may be behind before the worker waits for it. */
export const MAX_EVENTS_IN_FLIGHT = 2000;

/** The main thread's requests (an evaluation is answered with its id). */
export type ToWorker =
  | { kind: 'breakpoints'; breakpoints: WorkerBreakpoint[] }
  | { kind: 'exceptionFilters'; filters: ExceptionFilter[] }
  | { kind: 'resume'; how: ResumeKind }
  | { kind: 'pause' }
  | { kind: 'runTo'; state: string }
  | { kind: 'evaluate'; id: number; frame: number; expression: string };

/** One frame of the paused execution: the paused state (first) or an enclosing Parallel/Map. */
export interface FrameSnapshot {
  stateName: string;
  levels: DebugScopeLevel[];
  /** What the Variables view shows for this frame, as plain data. */
  scopes: ScopeContent[];
}

/** Where the run paused, as plain data. */
export interface PauseSnapshot {
  reason: StopReason;
  description?: string;
  /** Set when paused on an error (reason exception). */
  error?: { error: string; cause?: string; handled: boolean };
  /** Innermost first. */
  frames: FrameSnapshot[];
}

/** The worker's messages besides execution events and the result (see runWorker.ts). */
export type FromWorker =
  | { kind: 'stopped'; paused: PauseSnapshot }
  | { kind: 'output'; text: string; category: 'stdout' | 'stderr' | 'console' }
  | { kind: 'evaluated'; id: number; value?: unknown; error?: string };

/**
 * A state's identity in the definition, the same on both sides of the boundary: the Parallel
 * branches (by number) and Map item processors around it, then its name. The worker computes it
 * from the levels of a running state, the main thread from the model's state.
 */
export function stateKeyOfLevels(levels: readonly DebugScopeLevel[], stateName: string): string {
  return JSON.stringify([
    ...levels.map((level) => (level.kind === 'Parallel' ? [level.stateName, level.index] : [level.stateName])),
    stateName,
  ]);
}

export function stateKeyOfState(state: State): string {
  const path: Array<[string] | [string, number]> = [];
  for (let scope: Scope | undefined = state.scope; scope?.owner; scope = scope.parent) {
    path.unshift(scope.kind === 'branch' ? [scope.owner.name, scope.branchIndex ?? 0] : [scope.owner.name]);
  }
  return JSON.stringify([...path, state.name]);
}
