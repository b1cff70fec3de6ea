// The run worker (bundled as run-worker.js by esbuild.mjs): runs one request from isolatedRun.ts on
// its own thread and posts its events and its result back. A debugged run also takes the debugger's
// requests (server/src/debug/controller.ts); otherwise it listens for nothing, and even a debugged
// run listens only while paused or receiving, so when a run can no longer progress its event loop
// empties and runInThisThread reports the Task still running. The caller stops it with Worker.terminate.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { HistoryEvent } from '../core/interpreter';
import { DebugController } from '../debug/controller';
import type { DebugSetup, FromWorker, ToWorker } from '../debug/workerProtocol';
import { type IsolatedRunRequest, type IsolatedRunResult, runInThisThread } from './runSession';

export interface WorkerData {
  request: IsolatedRunRequest;
  /** Post each history event as it happens. */
  streamEvents: boolean;
  /** Run under the debugger (see isolatedRun.ts DebugAttachment). */
  debug?: DebugSetup;
}

export type WorkerMessage =
  { kind: 'event'; event: HistoryEvent } | { kind: 'debug'; message: FromWorker } | { kind: 'result'; result: IsolatedRunResult };

function post(message: WorkerMessage): void {
  parentPort!.postMessage(message);
}

async function main(): Promise<void> {
  const { request, streamEvents, debug } = workerData as WorkerData;
  const controller = debug ? debugController(debug) : undefined;
  let onEvent: ((event: HistoryEvent) => void) | undefined;
  if (streamEvents)
    onEvent = controller
      ? (event) => controller.postEvent(() => post({ kind: 'event', event }))
      : (event) => post({ kind: 'event', event });
  let result: IsolatedRunResult;
  try {
    result = await runInThisThread(request, onEvent, undefined, controller?.hook());
  } catch (error) {
    result = {
      status: 'FAILED',
      error: 'States.Runtime',
      cause: `Internal error of the run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      events: [],
      stoppedBy: 'crash',
    };
  }
  try {
    post({ kind: 'result', result });
  } catch (error) {
    // An output that cannot be cloned (it should be JSON) still ends the run with a reason.
    const { output: _output, ...rest } = result;
    post({
      kind: 'result',
      result: { ...rest, status: 'FAILED', error: 'States.Runtime', cause: `The run's output could not be passed back: ${String(error)}` },
    });
  }
}

/** The debugger's hook, listening to the main thread's requests on the worker's port. */
function debugController(setup: DebugSetup): DebugController {
  const port = parentPort!;
  const controller = new DebugController(setup, {
    send: (message) => post({ kind: 'debug', message }),
    hold: (keepAlive) => (keepAlive ? port.ref() : port.unref()),
  });
  port.on('message', (message: ToWorker) => controller.handle(message));
  // Listening keeps the thread alive; the controller holds it only while it waits (see above).
  port.unref();
  return controller;
}

if (!isMainThread && parentPort) void main();
