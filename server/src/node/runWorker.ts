// The run worker (bundled as run-worker.js by esbuild.mjs): runs one request from isolatedRun.ts on
// its own thread and posts its events and its result back. It listens for nothing, so when a run can
// no longer progress its event loop empties and runInThisThread reports the Task still running;
// the caller stops it with Worker.terminate.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { HistoryEvent } from '../core/interpreter';
import { type IsolatedRunRequest, type IsolatedRunResult, runInThisThread } from './runSession';

export interface WorkerData {
  request: IsolatedRunRequest;
  /** Post each history event as it happens. */
  streamEvents: boolean;
}

export type WorkerMessage = { kind: 'event'; event: HistoryEvent } | { kind: 'result'; result: IsolatedRunResult };

function post(message: WorkerMessage): void {
  parentPort!.postMessage(message);
}

async function main(): Promise<void> {
  const { request, streamEvents } = workerData as WorkerData;
  let result: IsolatedRunResult;
  try {
    result = await runInThisThread(request, streamEvents ? (event) => post({ kind: 'event', event }) : undefined);
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

if (!isMainThread && parentPort) void main();
