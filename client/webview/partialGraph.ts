// What the page draws of a document whose text is broken and that has no good graph to keep (the
// preview opened on it, or switched to it). Pure, for the unit tests.
import type { StateMachineGraph } from '../../server/src/core/graph/types';

/**
 * The graph of broken text without its lone Start markers: where StartAt could not be read (a
 * missing quote, a name still being typed) the Start marker has no edge, and drawn apart from the
 * states it reads as a machine that starts nowhere. The states that could be read stay.
 */
export function drawablePartialGraph(graph: StateMachineGraph): StateMachineGraph {
  const sources = new Set(graph.edges.map((edge) => edge.source));
  const nodes = graph.nodes.filter((node) => node.kind !== 'start' || sources.has(node.id));
  return nodes.length === graph.nodes.length ? graph : { ...graph, nodes };
}
