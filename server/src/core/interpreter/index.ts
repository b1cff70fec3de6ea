/**
 * The local Step Functions interpreter (pure: no Node I/O). Start an execution with
 * `startExecution(definition, input, options)`; the definition is the plain JSON value of an ASL
 * document (as JSON.parse gives it). Tasks, time, files, randomness and hashing come in through
 * the ports in `StartExecutionOptions` (Node's clock, random and UUIDs: server/src/node/runtimePorts.ts).
 *
 * ```ts
 * const result = await startExecution(definition, { n: 1 }, { ...nodeRuntimePorts, type: 'EXPRESS', recordEvents: false });
 * // result: { status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED', output?, error?, cause?, events }
 * ```
 */
import { runExecution } from './engine';
import type { ExecutionResult, StartExecutionOptions } from './types';

export * from './types';
export { StatesError } from './errors';

/**
 * Runs one execution to its end. Never rejects for problems of the state machine itself: those
 * end as a FAILED result (an unsupported or broken definition fails with States.Runtime).
 *
 * @param definition the state machine (parsed JSON object with StartAt and States)
 * @param input the execution input (any JSON value)
 * @param options ports and limits: clock, random, uuid (required), taskInvoker, mocks, realTime, signal (cancellation),
 *   type ('STANDARD' | 'EXPRESS'), maxEvents, recordEvents, onEvent, itemReader, resultWriter, hash
 */
export function startExecution(definition: unknown, input: unknown, options: StartExecutionOptions): Promise<ExecutionResult> {
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    return Promise.resolve({ status: 'FAILED', error: 'States.Runtime', cause: 'The definition must be a JSON object', events: [] });
  }
  return runExecution(definition as Record<string, unknown>, input, options);
}

// Expressions evaluated outside a run (a debugger's watch, hover, console, breakpoint conditions).
export {
  evaluateCondition,
  evaluateExpression,
  expressionLanguage,
  isTruthy,
  type ExpressionEnvironment,
  type ExpressionLanguage,
} from './evaluate';
