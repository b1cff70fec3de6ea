/**
 * Replays a recorded execution locally: the recorded input, each Task attempt answered with its
 * recorded result or failure (per thread and state, in order, so retries and Map/Parallel children
 * get theirs), then the two runs compared. Pure: the caller supplies the definition and the
 * history's parsed JSON.
 */
import { startExecution } from '../interpreter';
import { type ExecutionResult, type HistoryEvent, type RuntimePorts, type StartExecutionOptions, TaskFailure } from '../interpreter/types';
import { type Divergence, type RunEnd, findDivergence, runEnd } from './compare';
import { type RecordedEvent, readHistory } from './history';
import { type Recording, RecordingBuilder, attemptKey, attemptsByKey, recordingOf } from './recording';

/** The local run's randomness and UUIDs come from the caller (Node's nodeRuntimePorts); its clock is the record's. */
export interface ReplayOptions extends Pick<RuntimePorts, 'random' | 'uuid'> {
  /** STANDARD (default) or EXPRESS. */
  type?: 'STANDARD' | 'EXPRESS';
  /** The recorded execution's ARN, so `$$.Execution.Id`, names, region and account match. */
  executionArn?: string;
  hash?: StartExecutionOptions['hash'];
  /** Stops the local run (it ends ABORTED). */
  signal?: AbortSignal;
  maxEvents?: number;
}

export interface ReplayResult {
  verdict: 'match' | 'diverged';
  recorded: RunEnd;
  local: RunEnd;
  divergence: Divergence | null;
  /** The recorded events (the graph paints their path) and the local run's. */
  recordedEvents: RecordedEvent[];
  localEvents: HistoryEvent[];
  recording: Recording;
}

export type ReplayReading = { result: ReplayResult } | { problem: string };

export async function replayExecution(definition: unknown, history: unknown, options: ReplayOptions): Promise<ReplayReading> {
  const reading = readHistory(history);
  if ('problem' in reading) return reading;
  const recording = recordingOf(reading.events);
  const outcomes = attemptsByKey(recording);
  const used = new Map<string, number>();
  const local = new RecordingBuilder();
  /** The thread of each state's latest TaskScheduled, so the invocation that follows finds its record. */
  const scheduledIn = new Map<string, string>();
  const stop = new AbortController();
  let stoppedForRecord = false;
  const onAbort = (): void => stop.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const runOptions: StartExecutionOptions = {
    type: options.type ?? 'STANDARD',
    signal: stop.signal,
    recordEvents: true,
    clock: fixedClock(Date.parse(recording.startTime)),
    random: options.random,
    uuid: options.uuid,
    onEvent: (event) => {
      const place = local.add(event);
      if (event.type === 'TaskScheduled' && place.state !== undefined) scheduledIn.set(place.state, place.thread);
    },
    taskInvoker: {
      invoke(request) {
        const thread = scheduledIn.get(request.stateName) ?? '';
        const key = attemptKey(thread, request.stateName);
        const index = used.get(key) ?? 0;
        used.set(key, index + 1);
        const outcome = outcomes.get(key)?.[index];
        if (!outcome) {
          // The recorded execution ended while this task ran: stop here, as it did.
          // The task stays pending and the run is stopped: it ends ABORTED (the interpreter's own
          // abort handling settles the task), like the recorded execution that ended here.
          stoppedForRecord = true;
          void Promise.resolve().then(() => stop.abort());
          return new Promise<never>(() => undefined);
        }
        if ('Throw' in outcome) throw new TaskFailure(outcome.Throw.Error, outcome.Throw.Cause);
        return outcome.Return;
      },
    },
  };
  if (options.hash) runOptions.hash = options.hash;
  if (options.maxEvents !== undefined) runOptions.maxEvents = options.maxEvents;
  if (recording.roleArn) runOptions.roleArn = recording.roleArn;
  Object.assign(runOptions, executionIdentity(options.executionArn));

  let result: ExecutionResult;
  try {
    result = await startExecution(definition, recording.input, runOptions);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  const divergence = findDivergence(recording, local.recording, stoppedForRecord);
  return {
    result: {
      verdict: divergence ? 'diverged' : 'match',
      recorded: runEnd(recording.end),
      local: runEnd({
        status: result.status,
        output: result.output,
        ...(result.error !== undefined ? { error: result.error } : {}),
        ...(result.cause !== undefined ? { cause: result.cause } : {}),
      }),
      divergence,
      recordedEvents: reading.events,
      localEvents: result.events,
      recording,
    },
  };
}

/** Time stands at the recorded start, so `$$.Execution.StartTime` and Wait timestamps match. */
function fixedClock(start: number): NonNullable<StartExecutionOptions['clock']> {
  const now = Number.isNaN(start) ? Date.now() : start;
  return {
    now: () => now,
    sleep: (_ms, signal) => (signal?.aborted ? Promise.reject(new Error('aborted')) : Promise.resolve()),
  };
}

/** Region, account, machine and execution names from an execution ARN. */
function executionIdentity(arn: string | undefined): Partial<StartExecutionOptions> {
  const match = arn ? /^arn:[^:]+:states:([^:]+):([^:]+):(?:execution|express):([^:]+):([^:]+)/.exec(arn) : null;
  if (!match) return {};
  return { region: match[1]!, accountId: match[2]!, stateMachineName: match[3]!, executionName: match[4]! };
}
