/**
 * Compares a recorded execution with its local replay: the states entered in each thread, each
 * state's output, and the end (status, output or error). The divergence reported is the earliest
 * one in the recorded history's event order.
 */
import type { RecordedEnd, Recording, StateVisit } from './recording';

export interface Divergence {
  /** The recorded event where the runs part (or, for a state only the local run entered, the last recorded event of that thread). */
  eventId: number;
  state: string | null;
  recorded: unknown;
  local: unknown;
}

/** How a run ended, as replay prints it: `output` when it succeeded, `error`/`cause` otherwise. */
export interface RunEnd {
  status: string;
  output?: unknown;
  error?: string;
  cause?: string;
}

export function runEnd(end: RecordedEnd): RunEnd {
  const out: RunEnd = { status: end.status };
  if (end.status === 'SUCCEEDED') out.output = end.output;
  if (end.error !== undefined) out.error = end.error;
  if (end.cause !== undefined) out.cause = end.cause;
  return out;
}

/** JSON equality that ignores the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && sameJson(left[key], right[key]));
}

function byThread(visits: StateVisit[]): Map<string, StateVisit[]> {
  const threads = new Map<string, StateVisit[]>();
  for (const visit of visits) {
    const list = threads.get(visit.thread);
    if (list) list.push(visit);
    else threads.set(visit.thread, [visit]);
  }
  return threads;
}

function where(visit: StateVisit): Record<string, unknown> {
  const out: Record<string, unknown> = { entered: visit.state };
  if (visit.thread) out.thread = visit.thread;
  return out;
}

/**
 * The first divergence, or null when the runs match. `stoppedForRecord`: the local run was stopped
 * because the record has no result for a task it called (the recorded execution ended while that
 * task ran), so a recorded ABORTED/TIMED_OUT/RUNNING end matches it.
 */
export function findDivergence(recorded: Recording, local: Recording, stoppedForRecord = false): Divergence | null {
  const localThreads = byThread(local.visits);
  const recordedThreads = byThread(recorded.visits);
  let first = null as Divergence | null;
  const consider = (divergence: Divergence): void => {
    if (!first || divergence.eventId < first.eventId) first = divergence;
  };
  for (const visit of recorded.visits) {
    if (first && visit.enteredEventId >= first.eventId) break;
    const counterpart = localThreads.get(visit.thread)?.[visit.position];
    if (!counterpart) {
      consider({ eventId: visit.enteredEventId, state: visit.state, recorded: where(visit), local: null });
      continue;
    }
    if (counterpart.state !== visit.state) {
      consider({ eventId: visit.enteredEventId, state: visit.state, recorded: where(visit), local: where(counterpart) });
      continue;
    }
    if (visit.output && visit.exitedEventId !== undefined) {
      if (!counterpart.output) {
        // The local state failed (or stopped) where the recorded one exited.
        if (!(stoppedForRecord && counterpart.exitedEventId === undefined))
          consider({
            eventId: visit.exitedEventId,
            state: visit.state,
            recorded: { output: visit.output.value },
            local: { exited: false },
          });
      } else if (!sameJson(visit.output.value, counterpart.output.value)) {
        consider({
          eventId: visit.exitedEventId,
          state: visit.state,
          recorded: { output: visit.output.value },
          local: { output: counterpart.output.value },
        });
      }
    } else if (visit.exitedEventId === undefined && counterpart.output && recorded.end.status !== 'RUNNING' && !stoppedForRecord) {
      // The recorded state failed; the local one exited with an output.
      consider({
        eventId: recorded.end.eventId ?? visit.enteredEventId,
        state: visit.state,
        recorded: { exited: false },
        local: { output: counterpart.output.value },
      });
    }
  }
  if (first) return first;
  // States only the local run entered.
  const lastRecordedId = recorded.end.eventId ?? recorded.visits[recorded.visits.length - 1]?.enteredEventId ?? 1;
  for (const visit of local.visits) {
    const thread = recordedThreads.get(visit.thread);
    if (thread && visit.position < thread.length) continue;
    const before = thread?.[thread.length - 1];
    return {
      eventId: before?.exitedEventId ?? before?.enteredEventId ?? lastRecordedId,
      state: visit.state,
      recorded: null,
      local: where(visit),
    };
  }
  const recordedEnd = runEnd(recorded.end);
  const localEnd = runEnd(local.end);
  const stoppedAlike = stoppedForRecord && recorded.end.status !== 'SUCCEEDED' && recorded.end.status !== 'FAILED';
  if (!stoppedAlike && !sameJson(recordedEnd, localEnd)) {
    // The end differs: name the last state the record entered at the top level (a Fail state, say).
    const last = recordedThreads.get('')?.at(-1);
    return { eventId: lastRecordedId, state: last?.state ?? null, recorded: recordedEnd, local: localEnd };
  }
  return null;
}
