/**
 * The execution entry: starts one execution and turns its end into an `ExecutionResult`, and fills
 * the table of state constructors that compile.ts uses (so compile.ts imports no state file).
 *
 * The engine as a whole: a definition is compiled once into linked state objects (names resolved,
 * paths/intrinsics/JSONata parsed), then run by a loop that stays synchronous until a state really
 * has to wait (a task port, real time, JSONata), so long Pass/Choice loops cost no promise per
 * transition and no stack per transition. History is kept only when asked for. The parts:
 * maybe.ts (sync-until-it-must-wait helpers), execution.ts (event log, ports, frames), compile.ts
 * (compile and run loop, the state base class), states/ (one file per state family), limits.ts
 * (data-limit checks), debug.ts (the debugger hook's run loop).
 */
import { type StateConstructor, type StateTypes, compileMachine, runStates } from './compile';
import { DATA_LIMIT_BYTES, exceedsDataLimit } from './dataLimit';
import { ERRORS, ExecutionStop, StateRuntimeError, StatesError } from './errors';
import { Execution, Frame } from './execution';
import { stringify } from './jsonpathProcessing';
import { utf8Length } from './limits';
import { type Definition, type Json, isPromise } from './maybe';
import { ChoiceState, FailState, PassState, SucceedState, WaitState } from './states/flow';
import { MapState } from './states/map';
import { ParallelState } from './states/parallel';
import { TaskState } from './states/task';
import type { ExecutionResult, StartExecutionOptions } from './types';

// ---------------------------------------------------------------------------------------------
// Execution entry

/** The state constructors `createState` uses (compile.ts imports no state file, so it gets them here). */
const STATE_TYPES: StateTypes = new Map<string, StateConstructor>([
  ['Pass', PassState],
  ['Choice', ChoiceState],
  ['Wait', WaitState],
  ['Succeed', SucceedState],
  ['Fail', FailState],
  ['Task', TaskState],
  ['Parallel', ParallelState],
  ['Map', MapState],
]);

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
    const machine = compileMachine(definition, exec, STATE_TYPES);
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
