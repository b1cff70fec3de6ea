// Builds the preview's graph from the typed model. Linear in the number of states and references;
// never throws, whatever the model holds (a state with a bad Type becomes an 'Unknown' node, a
// reference to a missing state simply has no edge and its diagnostic marks the state).
import { asObject, asString, getPropertyValue, toValue, type ObjectNode } from '../syntax/tree';
import type { Scope, State, StateMachine } from '../model/types';
import type { GraphEdge, GraphEdgeKind, GraphMarker, GraphNode, GraphRetry, GraphSeverity, StateMachineGraph } from './types';
import { summarizeChoiceRule } from './choiceSummary';
import { isJsonataExpression, jsonataSource } from '../expressions/jsonataExpression';

/** A diagnostic as the graph needs it: where it starts and what it says. */
export interface GraphDiagnosticInput {
  offset: number;
  severity: GraphSeverity | 'information' | 'hint';
  message: string;
}

export const startNodeId = '__start__';
export const endNodeId = '__end__';

/** Default MaxAttempts of a retrier that leaves it out. */
const defaultMaxAttempts = 3;

export function buildGraph(machine: StateMachine, diagnostics: readonly GraphDiagnosticInput[] = []): StateMachineGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const idOfState = new Map<State, string>();
  const usedIds = new Set<string>();
  const uniqueId = (wanted: string): string => {
    let id = wanted;
    for (let copy = 2; usedIds.has(id); copy++) id = `${wanted}#${copy}`;
    usedIds.add(id);
    return id;
  };

  const root = machine.root;
  const comment = asString(getPropertyValue(machine.node, 'Comment'))?.value;
  const startNode: GraphNode = { id: startNodeId, kind: 'start', label: 'Start' };
  const endNode: GraphNode = { id: endNodeId, kind: 'end', label: 'End' };
  usedIds.add(startNodeId);
  usedIds.add(endNodeId);
  nodes.push(startNode);

  // Pass 1: nodes, scope by scope, so every state has an id before edges refer to it.
  const addScope = (scope: Scope, idPrefix: string, parentId: string | undefined): void => {
    for (const state of scope.stateList) {
      const id = uniqueId(idPrefix + state.name);
      idOfState.set(state, id);
      const node = stateNode(state, id, parentId);
      node.isStart = scope.startAt?.target === state;
      node.isEnd = state.end || state.type === 'Succeed' || state.type === 'Fail';
      nodes.push(node);
      state.branches.forEach((branch, index) => {
        const branchId = uniqueId(`${id}/branch${index + 1}`);
        nodes.push({ id: branchId, kind: 'branch', label: `Branch ${index + 1}`, parentId: id, range: rangeOf(branch.node) });
        addScope(branch, `${branchId}/`, branchId);
      });
      if (state.itemProcessor) {
        const processorId = uniqueId(`${id}/items`);
        nodes.push({
          id: processorId,
          kind: 'itemProcessor',
          label: 'Item processor',
          parentId: id,
          range: rangeOf(state.itemProcessor.node),
        });
        addScope(state.itemProcessor, `${processorId}/`, processorId);
      }
    }
  };
  if (root) addScope(root, '', undefined);
  nodes.push(endNode);

  // Pass 2: edges.
  let edgeCount = 0;
  const addEdge = (kind: GraphEdgeKind, source: string, target: string | undefined, label?: string): void => {
    if (!target) return;
    const edge: GraphEdge = { id: `e${edgeCount++}`, kind, source, target };
    if (label) edge.label = label;
    edges.push(edge);
  };
  const target = (state: State | undefined): string | undefined => (state ? idOfState.get(state) : undefined);

  addEdge('start', startNodeId, target(root?.startAt?.target));
  for (const state of machine.states) {
    const id = idOfState.get(state);
    if (!id) continue;
    addEdge('next', id, target(state.next?.target));
    for (const rule of state.choices) {
      addEdge('choice', id, target(rule.next?.target), summarizeChoiceRule(toValue(rule.node), state.queryLanguage));
    }
    addEdge('default', id, target(state.defaultRef?.target), 'Default');
    for (const catcher of state.catchers) {
      const errors = catcher.errorEquals.map((error) => error.name).join(', ');
      addEdge('catch', id, target(catcher.next?.target), errors ? `Catch ${errors}` : 'Catch');
    }
    const nodeIsTopLevelEnd = state.scope === root && (state.end || state.type === 'Succeed' || state.type === 'Fail');
    if (nodeIsTopLevelEnd) addEdge('end', id, endNodeId);
  }

  attachDiagnostics(machine, idOfState, nodes, startNode, diagnostics);
  return {
    nodes,
    edges,
    queryLanguage: machine.queryLanguage,
    comment,
    stateCount: machine.states.length,
  };
}

function rangeOf(node: { offset: number; length: number }): { start: number; end: number } {
  return { start: node.offset, end: node.offset + node.length };
}

function stateNode(state: State, id: string, parentId: string | undefined): GraphNode {
  const node: GraphNode = {
    id,
    kind: 'state',
    label: state.name,
    stateType: state.type ?? 'Unknown',
    range: rangeOf(state.property),
    nameRange: rangeOf(state.property.key),
  };
  if (parentId) node.parentId = parentId;
  const detail = describeState(state);
  if (detail) node.detail = detail;
  const comment = asString(getPropertyValue(state.node, 'Comment'))?.value;
  if (comment) node.comment = comment;
  const retry = retryOf(state);
  if (retry) node.retry = retry;
  return node;
}

function retryOf(state: State): GraphRetry | undefined {
  if (state.retriers.length === 0) return undefined;
  const errors: string[] = [];
  let maxAttempts = 0;
  for (const retrier of state.retriers) {
    for (const error of retrier.errorEquals) if (!errors.includes(error.name)) errors.push(error.name);
    const attempts = getPropertyValue(retrier.node, 'MaxAttempts');
    maxAttempts += attempts?.type === 'number' ? attempts.value : defaultMaxAttempts;
  }
  return { retriers: state.retriers.length, maxAttempts, errors };
}

function stringProperty(node: ObjectNode | undefined, name: string): string | undefined {
  return asString(getPropertyValue(node, name))?.value;
}

function numberProperty(node: ObjectNode | undefined, name: string): number | undefined {
  const value = getPropertyValue(node, name);
  return value?.type === 'number' ? value.value : undefined;
}

/** One line about what a state does, as an author scanning the graph would want it. */
export function describeState(state: State): string | undefined {
  const node = state.node;
  switch (state.type) {
    case 'Task':
      return describeResource(node);
    case 'Wait': {
      const seconds = numberProperty(node, 'Seconds') ?? stringProperty(node, 'Seconds');
      if (seconds !== undefined) return `wait ${typeof seconds === 'number' ? formatSeconds(seconds) : stripJsonata(seconds)}`;
      const timestamp = stringProperty(node, 'Timestamp');
      if (timestamp) return `until ${stripJsonata(timestamp)}`;
      const secondsPath = stringProperty(node, 'SecondsPath');
      if (secondsPath) return `wait ${secondsPath} s`;
      const timestampPath = stringProperty(node, 'TimestampPath');
      return timestampPath ? `until ${timestampPath}` : undefined;
    }
    case 'Fail': {
      const error = stringProperty(node, 'Error') ?? stringProperty(node, 'ErrorPath');
      return error ? stripJsonata(error) : undefined;
    }
    case 'Choice':
      return `${state.choices.length} rule${state.choices.length === 1 ? '' : 's'}${state.defaultRef ? ' + default' : ''}`;
    case 'Map': {
      const items = stringProperty(node, 'ItemsPath') ?? stringProperty(node, 'Items');
      const concurrency = numberProperty(node, 'MaxConcurrency');
      const parts = [items ? `for each ${stripJsonata(items)}` : 'for each item'];
      if (concurrency) parts.push(`max ${concurrency} at once`);
      return parts.join(', ');
    }
    case 'Parallel':
      return `${state.branches.length} branch${state.branches.length === 1 ? '' : 'es'}`;
    case undefined: {
      const written = state.typeNode ? toValue(state.typeNode) : undefined;
      return written === undefined ? 'no Type' : `Type ${JSON.stringify(written)}?`;
    }
    default:
      return undefined;
  }
}

function formatSeconds(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

function stripJsonata(text: string): string {
  return isJsonataExpression(text) ? jsonataSource(text) : text;
}

/** "lambda:invoke · ChargeCard" from a Task's Resource and its FunctionName argument. */
export function describeResource(node: ObjectNode | undefined): string | undefined {
  const resource = stringProperty(node, 'Resource');
  if (!resource) return undefined;
  let service = resource;
  const integration = /^arn:aws[\w-]*:states:[^:]*:[^:]*:(.+)$/.exec(resource);
  const lambda = /^arn:aws[\w-]*:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(resource);
  const activity = /^arn:aws[\w-]*:states:[^:]*:[^:]*:activity:(.+)$/.exec(resource);
  if (activity) service = `activity ${activity[1]}`;
  else if (lambda) service = `lambda ${lambda[1]}`;
  else if (integration) service = integration[1]!.replace(/^::?/, '');
  const parameters = asObject(getPropertyValue(node, 'Arguments')) ?? asObject(getPropertyValue(node, 'Parameters'));
  const functionName = stringProperty(parameters, 'FunctionName') ?? stringProperty(parameters, 'FunctionName.$');
  if (functionName && !lambda) {
    const shortName =
      functionName
        .split(':')
        .filter((part) => part && !/^\$LATEST$|^\d+$/.test(part))
        .pop() ?? functionName;
    return `${service} · ${stripJsonata(shortName)}`;
  }
  return service;
}

/** Gives each diagnostic to the innermost state whose text contains its start. */
function attachDiagnostics(
  machine: StateMachine,
  idOfState: Map<State, string>,
  nodes: GraphNode[],
  machineLevel: GraphNode,
  diagnostics: readonly GraphDiagnosticInput[],
): void {
  if (diagnostics.length === 0) return;
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  // machine.states is in document order, so state starts ascend; nested states lie inside their owner.
  const states = machine.states.filter((state) => idOfState.has(state));
  const starts = states.map((state) => state.property.offset);
  for (const diagnostic of diagnostics) {
    const marker: GraphMarker = {
      severity: diagnostic.severity === 'error' || diagnostic.severity === 'warning' ? diagnostic.severity : 'info',
      message: diagnostic.message,
    };
    let holder: GraphNode = machineLevel;
    for (let index = lastAtOrBefore(starts, diagnostic.offset); index >= 0; index--) {
      const property = states[index]!.property;
      if (diagnostic.offset < property.offset + property.length) {
        holder = nodeById.get(idOfState.get(states[index]!)!) ?? machineLevel;
        break;
      }
    }
    (holder.markers ??= []).push(marker);
  }
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The innermost state node whose range contains `offset` (for "cursor moved, highlight its state"). */
export function findStateNodeAtOffset(graph: StateMachineGraph, offset: number): GraphNode | undefined {
  let best: GraphNode | undefined;
  for (const node of graph.nodes) {
    if (node.kind !== 'state' || !node.range) continue;
    if (offset >= node.range.start && offset <= node.range.end) {
      if (!best || node.range.end - node.range.start < best.range!.end - best.range!.start) best = node;
    }
  }
  return best;
}
