/**
 * What an execution history says happened, in the terms replay compares: the input, each state
 * visit (thread, state, input and output), each task attempt's outcome, and how it ended. Built
 * the same way from an AWS history and from a local run's events, so both sides compare alike.
 */
import type { HistoryEvent } from '../interpreter/types';
import { type RecordedEvent, payload } from './history';
import { EventPlacer } from './threads';

export type FinalStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'RUNNING';

export interface StateVisit {
  state: string;
  thread: string;
  /** Position of this visit in its thread (0 for the thread's first state). */
  position: number;
  enteredEventId: number;
  input?: unknown;
  exitedEventId?: number;
  /** Present when the state exited and its output was recorded (not truncated). */
  output?: { value: unknown };
}

/** One attempt of a Task: its result, or its failure. */
export type TaskOutcome = { Return: unknown } | { Throw: { Error: string; Cause?: string } };

export interface TaskAttempt {
  state: string;
  thread: string;
  eventId: number;
  outcome: TaskOutcome;
}

export interface RecordedEnd {
  status: FinalStatus;
  output?: unknown;
  error?: string;
  cause?: string;
  /** The ExecutionSucceeded/Failed/... event (undefined while RUNNING). */
  eventId?: number;
}

export interface Recording {
  input: unknown;
  roleArn?: string;
  startTime: string;
  visits: StateVisit[];
  attempts: TaskAttempt[];
  end: RecordedEnd;
}

const TASK_SUCCESS = new Set(['TaskSucceeded', 'LambdaFunctionSucceeded', 'ActivitySucceeded']);
const TASK_FAILURE = new Set([
  'TaskFailed',
  'TaskTimedOut',
  'TaskStartFailed',
  'TaskSubmitFailed',
  'LambdaFunctionFailed',
  'LambdaFunctionTimedOut',
  'LambdaFunctionScheduleFailed',
  'LambdaFunctionStartFailed',
  'ActivityFailed',
  'ActivityTimedOut',
  'ActivityScheduleFailed',
]);
const ENDS: Record<string, FinalStatus> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
};

function detailsOf(event: HistoryEvent): Record<string, unknown> {
  if ('details' in event && typeof event.details === 'object' && event.details !== null) return event.details as Record<string, unknown>;
  const key = Object.keys(event).find((name) => name.endsWith('EventDetails'));
  const value = key ? event[key] : undefined;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Builds incrementally, event by event (a live run), or at once with `recordingOf`. */
export class RecordingBuilder {
  private readonly placer = new EventPlacer();
  private readonly open = new Map<string, StateVisit>();
  private readonly threadLengths = new Map<string, number>();
  readonly recording: Recording = { input: undefined, startTime: '', visits: [], attempts: [], end: { status: 'RUNNING' } };

  /** Adds one event; returns where it happened (thread and state). */
  add(event: HistoryEvent): { thread: string; state: string | undefined } {
    const place = this.placer.place(event);
    const details = detailsOf(event);
    const recording = this.recording;
    const type = event.type;
    if (type === 'ExecutionStarted') {
      recording.input = payload(details, 'input')?.value ?? {};
      recording.startTime = event.timestamp;
      if (typeof details.roleArn === 'string') recording.roleArn = details.roleArn;
    } else if (type.endsWith('StateEntered') && place.state !== undefined) {
      const position = this.threadLengths.get(place.thread) ?? 0;
      this.threadLengths.set(place.thread, position + 1);
      const visit: StateVisit = { state: place.state, thread: place.thread, position, enteredEventId: event.id };
      const input = payload(details, 'input');
      if (input) visit.input = input.value;
      recording.visits.push(visit);
      this.open.set(`${place.thread}\u0000${place.state}`, visit);
    } else if (type.endsWith('StateExited')) {
      const name = typeof details.name === 'string' ? details.name : place.state;
      const visit = this.open.get(`${place.thread}\u0000${name}`);
      if (visit) {
        visit.exitedEventId = event.id;
        const output = payload(details, 'output');
        if (output) visit.output = output;
        this.open.delete(`${place.thread}\u0000${name}`);
      }
    } else if (TASK_SUCCESS.has(type) && place.state !== undefined) {
      recording.attempts.push({
        state: place.state,
        thread: place.thread,
        eventId: event.id,
        outcome: { Return: payload(details, 'output')?.value ?? null },
      });
    } else if (TASK_FAILURE.has(type) && place.state !== undefined) {
      const error = typeof details.error === 'string' ? details.error : type.endsWith('TimedOut') ? 'States.Timeout' : 'States.TaskFailed';
      const failure: { Error: string; Cause?: string } = { Error: error };
      if (typeof details.cause === 'string') failure.Cause = details.cause;
      recording.attempts.push({ state: place.state, thread: place.thread, eventId: event.id, outcome: { Throw: failure } });
    } else if (type in ENDS) {
      const end: RecordedEnd = { status: ENDS[type]!, eventId: event.id };
      if (end.status === 'SUCCEEDED') end.output = payload(details, 'output')?.value ?? null;
      if (typeof details.error === 'string') end.error = details.error;
      if (typeof details.cause === 'string') end.cause = details.cause;
      recording.end = end;
    }
    return place;
  }
}

export function recordingOf(events: readonly (HistoryEvent | RecordedEvent)[]): Recording {
  const builder = new RecordingBuilder();
  for (const event of events) builder.add(event);
  return builder.recording;
}

/** The key of a task's attempts: its thread and state. */
export function attemptKey(thread: string, state: string): string {
  return `${thread}\u0000${state}`;
}

/** The recorded attempts per thread and state, each list in the order they happened. */
export function attemptsByKey(recording: Recording): Map<string, TaskOutcome[]> {
  const table = new Map<string, TaskOutcome[]>();
  for (const attempt of recording.attempts) {
    const key = attemptKey(attempt.thread, attempt.state);
    const list = table.get(key);
    if (list) list.push(attempt.outcome);
    else table.set(key, [attempt.outcome]);
  }
  return table;
}
