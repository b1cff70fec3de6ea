// The one runner every local run goes through (the run command, the test runner, the debugger):
// the interpreter runs in a worker thread, never on the caller's event loop, so a machine or a task
// handler that loops, recurses or hangs cannot freeze the caller, and cancel() ends it at once
// (Worker.terminate stops even a synchronous loop). Each run has a wall-clock and a heap limit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { HistoryEvent } from '../core/interpreter';
import type { DebugSetup, FromWorker, ToWorker } from '../debug/workerProtocol';
import type { IsolatedRunRequest, IsolatedRunResult } from './runSession';
import type { WorkerData, WorkerMessage } from './runWorker';

export type { IsolatedRunRequest, IsolatedRunResult } from './runSession';
export { runInThisThread } from './runSession';

export interface IsolatedRun {
  /** Never rejects: every way a run can end is a result. */
  readonly result: Promise<IsolatedRunResult>;
  /** Terminates the worker at once; the result is ABORTED with stoppedBy 'cancel'. */
  cancel(): void;
  /** Sends a debugger's request to the worker (a run started with a DebugAttachment); ignored once the run has ended. */
  post(message: ToWorker): void;
}

/**
 * A debugger attached to the run (server/src/debug/runtime.ts): the worker runs the interpreter with
 * the debug hook of server/src/debug/controller.ts, set up from `setup`, and the hook's messages
 * (stops, evaluations, output) come back to `onMessage`. Stopping is still cancel().
 */
export interface DebugAttachment {
  setup: DebugSetup;
  onMessage(message: FromWorker): void;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MEMORY_LIMIT_MB = 512;

/**
 * The bundled worker script: beside this bundle in dist/, one or two folders up in out/test, or the
 * repository's dist/ for bundles elsewhere under out/ (the extension-host tests).
 */
export function runWorkerFile(): string | undefined {
  const candidates = [
    join(__dirname, 'run-worker.js'),
    join(__dirname, '..', 'run-worker.js'),
    join(__dirname, '..', '..', 'run-worker.js'),
    join(__dirname, '..', '..', 'dist', 'run-worker.js'),
  ];
  return candidates.find((candidate) => existsSync(candidate));
}

export function startIsolatedRun(
  request: IsolatedRunRequest,
  onEvent?: (event: HistoryEvent) => void,
  debug?: DebugAttachment,
): IsolatedRun {
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const memoryLimitMb = request.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
  const recordEvents = request.recordEvents ?? true;
  // The worker streams the events and the history is kept here, so a run that is stopped still shows
  // what it did up to then.
  const events: HistoryEvent[] = [];
  let settle!: (result: IsolatedRunResult) => void;
  const result = new Promise<IsolatedRunResult>((resolve) => (settle = resolve));
  let done = false;
  let worker: Worker | undefined;
  let timer: NodeJS.Timeout | undefined;

  const finish = (outcome: Omit<IsolatedRunResult, 'events'> & { events?: HistoryEvent[] }, waitForStop = false): void => {
    if (done) return;
    done = true;
    if (timer) clearTimeout(timer);
    const final = { ...outcome, events: recordEvents ? events : [] } as IsolatedRunResult;
    if (!worker) return settle(final);
    const terminated = worker.terminate();
    if (!waitForStop) return settle(final);
    // A stopped run is reported once its thread has really ended, so ABORTED means nothing of it still
    // runs. Bounded: a thread that has not ended after two seconds is reported stopped anyway.
    const bound = setTimeout(() => settle(final), 2000);
    void terminated.finally(() => {
      clearTimeout(bound);
      settle(final);
    });
  };
  const stop = (stoppedBy: 'cancel' | 'timeout' | 'memory' | 'crash', cause?: string): void => {
    if (stoppedBy === 'cancel') finish({ status: 'ABORTED', stoppedBy }, true);
    else if (stoppedBy === 'timeout') finish({ status: 'TIMED_OUT', error: 'States.Timeout', cause: cause!, stoppedBy }, true);
    else finish({ status: 'FAILED', error: 'States.Runtime', cause: cause!, stoppedBy }, stoppedBy === 'memory');
  };

  const file = runWorkerFile();
  if (!file) {
    stop('crash', `The run worker (run-worker.js) is missing beside ${__dirname}: the installation is incomplete.`);
    return { result, cancel: () => undefined, post: () => undefined };
  }
  const streamEvents = recordEvents || onEvent !== undefined;
  const data: WorkerData = { request: { ...request, recordEvents: false }, streamEvents };
  if (debug) data.debug = debug.setup;
  try {
    worker = new Worker(file, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb } });
  } catch (error) {
    stop('crash', `The run worker could not start: ${error instanceof Error ? error.message : String(error)}`);
    return { result, cancel: () => undefined, post: () => undefined };
  }
  worker.on('message', (message: WorkerMessage) => {
    if (done) return;
    if (message.kind === 'event') {
      if (recordEvents) events.push(message.event);
      if (onEvent) {
        try {
          onEvent(message.event);
        } catch {
          // A failing observer (a UI) must not change the run.
        }
      }
    } else if (message.kind === 'debug') debug?.onMessage(message.message);
    else finish(message.result);
  });
  worker.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
      stop('memory', `The run used more than its memory limit of ${memoryLimitMb} MB and was stopped.`);
    else stop('crash', `The run stopped unexpectedly: ${error.stack ?? error.message}`);
  });
  worker.on('exit', (code) => {
    stop('crash', `The run worker ended (exit code ${code}) without a result.`);
  });
  if (Number.isFinite(timeoutMs) && timeoutMs > 0) {
    timer = setTimeout(
      () => stop('timeout', `The run did not finish within its time limit of ${formatSeconds(timeoutMs)} and was stopped.`),
      timeoutMs,
    );
  }
  return {
    result,
    cancel: () => stop('cancel'),
    post: (message) => {
      if (!done) worker!.postMessage(message);
    },
  };
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} second${seconds === 1 ? '' : 's'}`;
}
