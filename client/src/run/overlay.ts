// Reads an execution's history (AWS GetExecutionHistory shape) into what the graph paints: the states
// visited and how each ended (succeeded, failed, failed but caught), and the transitions taken.
// Pure (no vscode), so it is unit-tested against real interpreter runs.
import type { GraphRunOverlay, GraphVisitStatus, StateMachineGraph } from '../../../server/src/core/index';
import type { HistoryEvent } from '../../../server/src/core/interpreter/index';
import type { RunEventView } from '../../webview/protocol';

type RunStatus = GraphRunOverlay['status'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The name in stateEnteredEventDetails / stateExitedEventDetails, if the event has one. */
function ownStateName(event: HistoryEvent): string | undefined {
  for (const key of ['stateEnteredEventDetails', 'stateExitedEventDetails']) {
    const details = event[key];
    if (isRecord(details) && typeof details.name === 'string') return details.name;
  }
  return undefined;
}

function isEnteredEvent(event: HistoryEvent): boolean {
  return event.type.endsWith('StateEntered');
}

function isExitedEvent(event: HistoryEvent): boolean {
  return event.type.endsWith('StateExited');
}

/** A state's own failure (not the execution's): TaskFailed, TaskTimedOut, MapStateFailed, ... */
function isStateFailureEvent(event: HistoryEvent): boolean {
  return !event.type.startsWith('Execution') && !event.type.startsWith('MapIteration') && /(Failed|TimedOut|Aborted)$/.test(event.type);
}

/** Event details with their JSON-in-a-string fields (input, output) unpacked, for reading. */
function readableDetails(event: HistoryEvent): string | undefined {
  const detailsKey = Object.keys(event).find((key) => key.endsWith('EventDetails'));
  const details = detailsKey ? event[detailsKey] : undefined;
  if (!isRecord(details)) return undefined;
  const readable: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (key.endsWith('Details') && isRecord(value) && value.truncated === false) continue;
    if ((key === 'input' || key === 'output' || key === 'parameters') && typeof value === 'string') {
      try {
        readable[key] = JSON.parse(value);
        continue;
      } catch {
        // Not JSON: show the text as it is.
      }
    }
    readable[key] = value;
  }
  return Object.keys(readable).length ? JSON.stringify(readable, null, 2) : undefined;
}

export interface RunPicture {
  overlay: GraphRunOverlay;
  events: RunEventView[];
}

export function describeRun(graph: StateMachineGraph | undefined, history: readonly HistoryEvent[], status: RunStatus): RunPicture {
  const nodeIdByName = new Map<string, string>();
  const edgeKeys = new Set<string>();
  const catchEdges = new Set<string>();
  for (const node of graph?.nodes ?? []) if (node.kind === 'state' && !nodeIdByName.has(node.label)) nodeIdByName.set(node.label, node.id);
  for (const edge of graph?.edges ?? []) {
    edgeKeys.add(`${edge.source}->${edge.target}`);
    if (edge.kind === 'catch') catchEdges.add(`${edge.source}->${edge.target}`);
  }

  const byId = new Map<number, HistoryEvent>();
  const ownerById = new Map<number, string | undefined>();
  /** The state an event belongs to: its own name, else that of the event it follows. */
  const ownerOf = (event: HistoryEvent | undefined): string | undefined => {
    if (!event) return undefined;
    if (ownerById.has(event.id)) return ownerById.get(event.id);
    const owner = ownStateName(event) ?? ownerOf(byId.get(event.previousEventId));
    ownerById.set(event.id, owner);
    return owner;
  };

  const visits = new Map<string, { status: GraphVisitStatus; count: number }>();
  const edgesTaken = new Set<string>();
  const views: RunEventView[] = [];
  const startTime = history.length ? Date.parse(history[0]!.timestamp) : 0;

  // MapStateSucceeded, ParallelStateFailed, MapIterationStarted, ... follow an inner state's events but
  // belong to the Map or Parallel around them: the innermost one entered and not yet exited.
  const containers: string[] = [];
  for (const event of history) {
    byId.set(event.id, event);
    const container = /^(Map|Parallel)State(Entered|Exited)$/.exec(event.type);
    if (container?.[2] === 'Exited') containers.pop();
    else if (!container && /^(Map|Parallel)(State|Iteration|Run)/.test(event.type) && containers.length)
      ownerById.set(event.id, containers[containers.length - 1]);
    if (container?.[2] === 'Entered') {
      const name = ownStateName(event);
      if (name) containers.push(name);
    }
    const stateName = event.type.startsWith('Execution') ? undefined : ownerOf(event);
    const nodeId = stateName ? nodeIdByName.get(stateName) : undefined;
    const view: RunEventView = { id: event.id, elapsedMillis: Math.max(0, Date.parse(event.timestamp) - startTime), type: event.type };
    if (stateName) view.stateName = stateName;
    if (nodeId) view.nodeId = nodeId;
    const detail = readableDetails(event);
    if (detail) view.detail = detail;
    views.push(view);

    if (isEnteredEvent(event) && nodeId) {
      const visit = visits.get(nodeId) ?? { status: 'running' as GraphVisitStatus, count: 0 };
      visit.count++;
      visit.status = 'running';
      visits.set(nodeId, visit);
      const previous = byId.get(event.previousEventId);
      if (previous?.type === 'ExecutionStarted') edgesTaken.add(`__start__->${nodeId}`);
      const fromName = ownerOf(previous);
      const fromId = fromName ? nodeIdByName.get(fromName) : undefined;
      if (fromId && fromId !== nodeId) {
        const key = `${fromId}->${nodeId}`;
        if (edgeKeys.has(key)) edgesTaken.add(key);
        // Entering a state straight after another one failed is its Catch at work.
        if (previous && isStateFailureEvent(previous) && catchEdges.has(key)) {
          const from = visits.get(fromId);
          if (from) from.status = 'caught';
        }
      }
    } else if (isExitedEvent(event) && nodeId) {
      // A state that exits after failing (and was not retried) had its error caught by a Catcher.
      const visit = visits.get(nodeId);
      if (visit) visit.status = visit.status === 'failed' || visit.status === 'caught' ? 'caught' : 'succeeded';
    } else if (isStateFailureEvent(event) && nodeId) {
      const visit = visits.get(nodeId);
      if (visit) visit.status = 'failed';
    } else if (event.type === 'TaskScheduled' && nodeId) {
      // A retry: the state is running again after a failure.
      const visit = visits.get(nodeId);
      if (visit && visit.status === 'failed') visit.status = 'running';
    } else if (event.type === 'ExecutionSucceeded') {
      const lastName = ownerOf(byId.get(event.previousEventId));
      const lastId = lastName ? nodeIdByName.get(lastName) : undefined;
      if (lastId && edgeKeys.has(`${lastId}->__end__`)) edgesTaken.add(`${lastId}->__end__`);
    }
  }
  // A Fail state (and whatever was running when the execution failed) never exits.
  if (status === 'FAILED' || status === 'TIMED_OUT') {
    for (const visit of visits.values()) if (visit.status === 'running') visit.status = 'failed';
  }
  return {
    overlay: {
      status,
      visited: [...visits].map(([nodeId, visit]) => ({ nodeId, status: visit.status, count: visit.count })),
      edgesTaken: [...edgesTaken],
    },
    events: views,
  };
}
