/**
 * Where each history event happened: its thread (the top level, a Map iteration, a Parallel
 * branch, nested as deep as the machine) and the state it belongs to. Events of parallel work
 * interleave in an AWS history; each event's previousEventId links it to the one before it in its
 * own thread, which is what this follows. A Parallel branch is named by the state it starts with
 * (state names are unique in a machine); a Map iteration by its index.
 */
import type { HistoryEvent } from '../interpreter/types';

interface Scope {
  kind: 'iteration' | 'branch';
  /** The Map or Parallel state. */
  owner: string;
  label: string;
}

export interface EventPlace {
  /** The thread as text: '' at the top level, e.g. 'Fan{Left}/Each[2]' inside. */
  thread: string;
  /** The state whose event this is (undefined before the first state). */
  state: string | undefined;
}

interface Placed {
  scopes: Scope[];
  state: string | undefined;
}

const ITERATION_ENDS = new Set(['MapIterationSucceeded', 'MapIterationFailed', 'MapIterationAborted']);
const PARALLEL_ENDS = new Set(['ParallelStateSucceeded', 'ParallelStateFailed', 'ParallelStateAborted']);

function detailsOf(event: HistoryEvent): Record<string, unknown> {
  const key = Object.keys(event).find((name) => name.endsWith('EventDetails'));
  const value = key ? event[key] : undefined;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Places events one at a time, in id order (a live run's events as they come, or a whole history). */
export class EventPlacer {
  private readonly placed = new Map<number, Placed>();

  place(event: HistoryEvent): EventPlace {
    const previous = this.placed.get(event.previousEventId) ?? { scopes: [], state: undefined };
    const previousEvent = this.types.get(event.previousEventId);
    let scopes = previous.scopes;
    let state = previous.state;
    const details = detailsOf(event);
    if (ITERATION_ENDS.has(event.type)) {
      scopes = cutAfterLast(scopes, 'iteration');
      state = typeof details.name === 'string' ? details.name : state;
    } else if (PARALLEL_ENDS.has(event.type)) {
      const cut = lastIndex(scopes, 'branch');
      if (cut >= 0) state = scopes[cut]!.owner;
      scopes = cut >= 0 ? scopes.slice(0, cut) : scopes;
    } else if ((event.type === 'ParallelStateExited' || event.type === 'MapStateExited') && typeof details.name === 'string') {
      // The exit may link to the last event of a branch or iteration: it belongs to the state's own thread.
      const owned = scopes.findIndex((scope) => scope.owner === details.name);
      if (owned >= 0) scopes = scopes.slice(0, owned);
    } else if (previousEvent?.type === 'MapIterationStarted' && !event.type.startsWith('MapIteration')) {
      scopes = [...scopes, { kind: 'iteration', owner: previousEvent.owner, label: `${previousEvent.owner}[${previousEvent.index}]` }];
    } else if (previousEvent?.type === 'ParallelStateStarted' && event.type.endsWith('StateEntered')) {
      scopes = [...scopes, { kind: 'branch', owner: previousEvent.owner, label: `${previousEvent.owner}{${String(details.name)}}` }];
    }
    if (event.type.endsWith('StateEntered') && typeof details.name === 'string') state = details.name;
    this.placed.set(event.id, { scopes, state });
    if (event.type === 'MapIterationStarted' || event.type === 'ParallelStateStarted') {
      this.types.set(event.id, {
        type: event.type,
        owner: event.type === 'MapIterationStarted' && typeof details.name === 'string' ? details.name : (state ?? '?'),
        index: Number(details.index ?? 0),
      });
    }
    return { thread: scopes.map((scope) => scope.label).join('/'), state };
  }

  private readonly types = new Map<number, { type: string; owner: string; index: number }>();
}

function lastIndex(scopes: Scope[], kind: Scope['kind']): number {
  for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i]!.kind === kind) return i;
  return -1;
}

function cutAfterLast(scopes: Scope[], kind: Scope['kind']): Scope[] {
  const cut = lastIndex(scopes, kind);
  return cut >= 0 ? scopes.slice(0, cut) : scopes;
}
