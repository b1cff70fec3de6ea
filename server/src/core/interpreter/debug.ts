/**
 * The debugger hook (split out of engine.ts): the async run loop `runStatesDebugged` that calls
 * `StartExecutionOptions.debug` before and after each state and on errors. Only reached with a hook.
 */
import type { CompiledState } from './compile';
import { ERRORS, ExecutionStop, StateRuntimeError, StatesError } from './errors';
import { type Frame, isoTime } from './execution';
import type { Json } from './maybe';
import type { ResultState } from './states/result';
import type { DebugError, DebugScopeLevel, DebugStatePoint } from './types';

// Debugging (StartExecutionOptions.debug): the same compiled states run; a hook is called before
// each state, when a state raises an error, and after it ran, and may pause the run by returning a
// promise. Nothing here is reached without a hook, so the synchronous fast path (compile.ts) is unchanged.

/** The Parallel branch or Map iteration a frame runs, for stack frames and for DebugError.handled. */
export interface DebugFrameLevel {
  /** The frame that runs the Parallel or Map state. */
  parent: Frame;
  state: ResultState;
  kind: 'Parallel' | 'Map';
  index: number;
  /** That state's Retry attempts so far (its retriers may still handle an error from inside). */
  attempts: number[] | undefined;
}

export function recordStages(frame: Frame, values: Record<string, unknown>): void {
  Object.assign(frame.stages!, values);
}

/** runStates with the hook: one async loop, so the hook can pause between any two states. */
export async function runStatesDebugged(frame: Frame, state: CompiledState, input: Json): Promise<Json> {
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
export async function reportError(
  frame: Frame,
  state: CompiledState,
  input: Json,
  error: unknown,
  attempts: number[] | undefined,
): Promise<void> {
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
    // Only Task, Parallel and Map (a ResultState) have Retry and Catch; checked by their method, not
    // by `instanceof`, so this file needs ResultState's type only (importing it would be a cycle).
    const wouldHandle = (state as Partial<ResultState>).wouldHandle;
    handled = wouldHandle !== undefined && wouldHandle.call(state, error, attempts ?? frame.debugAttempts);
    for (let level = frame.debugLevel; !handled && level; level = level.parent.debugLevel) {
      handled = level.state.wouldHandle(error, level.attempts);
    }
  }
  const report: DebugError = { error: name ?? ERRORS.Runtime, handled };
  if (cause !== undefined) report.cause = cause;
  if (frame.stages) report.stages = frame.stages;
  await hook.stateError(debugPoint(frame, state, input), report);
}
