// Paints test coverage on the graph preview: covered states as visited (green), uncovered states
// unpainted, and the covered edges as taken. Pure (no vscode), so it is unit-tested.
import type { GraphRunOverlay, MachineCoverage, StateMachineGraph } from '../../../server/src/core/index';

const graphEdgeKind = { Next: 'next', Choice: 'choice', Default: 'default', Catch: 'catch' } as const;

export function coverageOverlay(graph: StateMachineGraph, coverage: MachineCoverage): GraphRunOverlay {
  const nodeIdByName = new Map<string, string>();
  for (const node of graph.nodes) if (node.kind === 'state' && !nodeIdByName.has(node.label)) nodeIdByName.set(node.label, node.id);
  const visited: GraphRunOverlay['visited'] = [];
  const edgesTaken = new Set<string>();
  for (const state of coverage.states) {
    const id = nodeIdByName.get(state.state.name);
    if (!id) continue;
    if (state.covered) visited.push({ nodeId: id, status: 'succeeded', count: 1 });
    for (const edge of state.edges) {
      const target = nodeIdByName.get(edge.to);
      if (!edge.covered || !target) continue;
      // The graph has one edge per rule; two edges of the same kind between the same states paint together.
      if (graph.edges.some((e) => e.source === id && e.target === target && e.kind === graphEdgeKind[edge.kind]))
        edgesTaken.add(`${id}->${target}`);
    }
    if (
      state.covered &&
      state.state.scope.kind === 'machine' &&
      (state.state.end || state.state.type === 'Succeed' || state.state.type === 'Fail')
    )
      edgesTaken.add(`${id}->__end__`);
  }
  const start = coverage.states.find((s) => s.covered && s.state.scope.kind === 'machine' && s.state.scope.startAt?.target === s.state);
  if (start) edgesTaken.add(`__start__->${nodeIdByName.get(start.state.name)}`);
  return { status: 'SUCCEEDED', visited, edgesTaken: [...edgesTaken] };
}
