// The graph of a state machine, as the preview draws it. Plain data (no classes, no functions), so it
// crosses postMessage to the webview unchanged and the webview can import these types without code.

/** The state types of the Amazon States Language, plus the placeholder for a state whose Type is bad. */
export type GraphStateType = 'Task' | 'Pass' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map' | 'Unknown';

/**
 * What a node is: a state; the start and end markers of the machine; or a container inside a
 * Parallel (one per branch) or a Map (its item processor), which holds that scope's states.
 */
export type GraphNodeKind = 'state' | 'start' | 'end' | 'branch' | 'itemProcessor';

export type GraphSeverity = 'error' | 'warning' | 'info';

export interface GraphMarker {
  severity: GraphSeverity;
  message: string;
}

/** A half-open range of UTF-16 offsets into the document text. */
export interface GraphRange {
  start: number;
  end: number;
}

export interface GraphRetry {
  /** Number of Retriers. */
  retriers: number;
  /** Total of MaxAttempts over all retriers (3 when a retrier leaves it out, as AWS does). */
  maxAttempts: number;
  /** ErrorEquals of all retriers, in order, without duplicates. */
  errors: string[];
}

export interface GraphNode {
  /** Unique in the graph; stable across edits when names do not change (a path of state names). */
  id: string;
  kind: GraphNodeKind;
  /** The state's name, or the container's label ("Branch 1", "Item processor"), or "Start"/"End". */
  label: string;
  /** The enclosing container (branch or item processor), absent at the top level. */
  parentId?: string;
  /** Only for kind 'state'. */
  stateType?: GraphStateType;
  /** One line about what the state does: the Task's resource, the Wait's time, the Fail's error. */
  detail?: string;
  comment?: string;
  /** The state is its scope's StartAt. */
  isStart?: boolean;
  /** The state ends its scope (End: true, Succeed or Fail). */
  isEnd?: boolean;
  retry?: GraphRetry;
  /** Diagnostics whose start lies inside this state (not inside a nested state). */
  markers?: GraphMarker[];
  /** The whole state (name and value) and the name alone, for selection in the editor. */
  range?: GraphRange;
  nameRange?: GraphRange;
}

/**
 * next: Next; choice: a Choice rule (label = the rule in short); default: a Choice's Default;
 * catch: a Catcher (label = its error names); start/end: from the start marker / to the end marker.
 */
export type GraphEdgeKind = 'next' | 'choice' | 'default' | 'catch' | 'start' | 'end';

export interface GraphEdge {
  id: string;
  kind: GraphEdgeKind;
  source: string;
  target: string;
  label?: string;
}

export interface StateMachineGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** 'JSONPath' or 'JSONata', from the top-level QueryLanguage. */
  queryLanguage: 'JSONPath' | 'JSONata';
  /** Top-level Comment of the machine. */
  comment?: string;
  /** Number of states, all scopes together. */
  stateCount: number;
}

/** Where a run went, painted on the graph: ids are node ids of the graph. */
export type GraphVisitStatus = 'succeeded' | 'failed' | 'caught' | 'running';

export interface GraphRunOverlay {
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  visited: { nodeId: string; status: GraphVisitStatus; count: number }[];
  /** Edges taken, as "sourceId->targetId". */
  edgesTaken: string[];
}
