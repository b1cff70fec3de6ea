// One local run, in whatever thread runs it: turns a run request (plain data, so it can cross into a
// worker) into the interpreter's options with the Node ports, and runs it. Used inside the run worker
// (server/src/node/runWorker.ts) and by `asl run`'s in-process fast path, so both behave the same.
import { resolve } from 'node:path';
import {
  type DebugHook,
  type ExecutionResult,
  type HistoryEvent,
  type MockConfig,
  type StartExecutionOptions,
  type TaskInvoker,
  type Transition,
  startExecution,
} from '../core/interpreter';
import { loadHandlers, localItemReader, localResultWriter, nodeHash } from './interpreterPorts';
import { UsageError } from './usageError';
import { nodeRuntimePorts } from './runtimePorts';

/** What a run needs, as plain data (it is structured-cloned into the worker). */
export interface IsolatedRunRequest {
  definition: Record<string, unknown>;
  input: unknown;
  type?: 'STANDARD' | 'EXPRESS';
  mocks?: { config: MockConfig; stateMachine?: string; testCase: string };
  /** Absolute path; loaded inside the worker, never in the caller. */
  handlersFile?: string;
  realTime?: boolean;
  maxEvents?: number;
  recordEvents?: boolean;
  executionName?: string;
  stateMachineName?: string;
  /** Where ItemReader finds its files (the local stand-in for S3); no ItemReader without it. */
  itemsDir?: string;
  /** Where ResultWriter writes; no ResultWriter without it. */
  resultsDir?: string;
  /** Wall-clock limit in milliseconds (default 60,000; 0 or Infinity: none). */
  timeoutMs?: number;
  /** Worker heap limit in MB (default 512). */
  memoryLimitMb?: number;
  /** Keep every state entered with the edge that led there (the test runner's expectations and coverage). */
  recordTransitions?: boolean;
}

export interface IsolatedRunResult extends ExecutionResult {
  /**
   * Why the runner, not the state machine, ended the run: cancelled, over its wall-clock or memory
   * limit, the worker crashed, or the run stalled (a Task's handler never settled and nothing else
   * was pending, so it could never go on).
   */
  stoppedBy?: 'cancel' | 'timeout' | 'memory' | 'crash' | 'stalled';
  /** The run could not start (e.g. the handlers file is unusable); the message says why. */
  setupError?: string;
  /** With `recordTransitions`: every state entered, in order, in every scope. */
  transitions?: Transition[];
}

/**
 * Runs the request on this thread. Never rejects: a setup problem comes back as `setupError`, and a
 * run that can no longer progress (a handler whose promise never settles, with nothing else pending)
 * is reported when the event loop empties, naming the Task that is still running.
 */
export async function runInThisThread(
  request: IsolatedRunRequest,
  onEvent?: (event: HistoryEvent) => void,
  signal?: AbortSignal,
  debug?: DebugHook,
): Promise<IsolatedRunResult> {
  let options: StartExecutionOptions;
  const running = new Map<number, string>();
  try {
    options = await executionOptions(request, running);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof UsageError)) throw error;
    return { status: 'FAILED', error: 'States.Runtime', cause: message, events: [], setupError: message };
  }
  if (onEvent) options.onEvent = onEvent;
  if (signal) options.signal = signal;
  if (debug) options.debug = debug;
  const transitions: Transition[] | undefined = request.recordTransitions ? [] : undefined;
  if (transitions) options.onTransition = (transition) => void transitions.push(transition);
  let stalled: ((result: IsolatedRunResult) => void) | undefined;
  const whenStalled = new Promise<IsolatedRunResult>((settle) => (stalled = settle));
  // 'beforeExit' fires only when nothing at all is pending: a running Task's promise can then never settle.
  const onEmptyLoop = (): void => {
    const names = [...new Set(running.values())];
    stalled!({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: `${names.length === 1 ? `Task '${names[0]}' is` : `Tasks ${names.map((n) => `'${n}'`).join(', ')} are`} still running: the handler returned a promise that never settled and nothing else is pending, so the run cannot go on. Make the handler resolve or reject, or give the Task TimeoutSeconds or HeartbeatSeconds.`,
      events: [],
      stoppedBy: 'stalled',
    });
  };
  process.on('beforeExit', onEmptyLoop);
  try {
    const result: IsolatedRunResult = await Promise.race([startExecution(request.definition, request.input, options), whenStalled]);
    return transitions ? { ...result, transitions } : result;
  } finally {
    process.removeListener('beforeExit', onEmptyLoop);
  }
}

/** The interpreter's options for a request; `running` tracks the Task invocations not yet settled. */
async function executionOptions(request: IsolatedRunRequest, running: Map<number, string>): Promise<StartExecutionOptions> {
  const options: StartExecutionOptions = {
    type: request.type ?? 'STANDARD',
    realTime: request.realTime ?? false,
    recordEvents: request.recordEvents ?? true,
    hash: nodeHash,
    ...nodeRuntimePorts,
  };
  if (request.mocks) options.mocks = request.mocks;
  if (request.maxEvents !== undefined) options.maxEvents = request.maxEvents === 0 ? Infinity : request.maxEvents;
  if (request.executionName !== undefined) options.executionName = request.executionName;
  if (request.stateMachineName !== undefined) options.stateMachineName = request.stateMachineName;
  if (request.itemsDir !== undefined) options.itemReader = localItemReader(resolve(request.itemsDir));
  if (request.resultsDir !== undefined) options.resultWriter = localResultWriter(resolve(request.resultsDir));
  if (request.handlersFile !== undefined) options.taskInvoker = tracked(await loadHandlers(request.handlersFile), running);
  return options;
}

function tracked(invoker: TaskInvoker, running: Map<number, string>): TaskInvoker {
  let next = 0;
  return {
    invoke(request) {
      const result = invoker.invoke(request);
      if (result instanceof Promise) {
        const id = next++;
        running.set(id, request.stateName);
        const settled = (): void => void running.delete(id);
        result.then(settled, settled);
      }
      return result;
    },
  };
}
