// A layered layout in linear time for big machines, where elkjs needs seconds (every long edge costs
// a dummy node per layer it crosses). Same picture grammar as the ELK layout: top to bottom, scopes
// nested in their Parallel or Map, branches side by side; it gives up ELK's crossing minimisation
// and edge routing, which matter less when the view shows hundreds of states at once.
import type { GraphEdge, GraphNode, StateMachineGraph } from '../../server/src/core/graph/types';
import type { GraphLayout, MeasureText, PlacedEdge, PlacedNode, Point } from './layoutTypes';

export interface FastLayoutSizes {
  size(node: GraphNode): { width: number; height: number };
  /** Space above a container's children for its header. */
  headerHeight(node: GraphNode): number;
  minimumContainerWidth(node: GraphNode): number;
}

const layerGap = 44;
const nodeGap = 28;
const padding = 14;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function fastLayout(
  graph: StateMachineGraph,
  sizes: FastLayoutSizes,
  isContainer: (node: GraphNode) => boolean,
  measure: MeasureText,
): GraphLayout {
  const childrenOf = new Map<string | undefined, GraphNode[]>();
  for (const node of graph.nodes) {
    const siblings = childrenOf.get(node.parentId) ?? [];
    siblings.push(node);
    childrenOf.set(node.parentId, siblings);
  }
  const parentOf = new Map(graph.nodes.map((node) => [node.id, node.parentId]));
  const edgesByScope = new Map<string | undefined, GraphEdge[]>();
  for (const edge of graph.edges) {
    const scope = parentOf.get(edge.source);
    if (scope !== parentOf.get(edge.target)) continue;
    const list = edgesByScope.get(scope) ?? [];
    list.push(edge);
    edgesByScope.set(scope, list);
  }
  /** Position relative to the parent's content origin. */
  const relative = new Map<string, Box>();

  const layoutScope = (scopeId: string | undefined): { width: number; height: number } => {
    const nodes = childrenOf.get(scopeId) ?? [];
    for (const node of nodes) {
      if (isContainer(node)) {
        const inner = layoutScope(node.id);
        const width = Math.max(sizes.minimumContainerWidth(node), inner.width + 2 * padding);
        relative.set(node.id, { x: 0, y: 0, width, height: inner.height + sizes.headerHeight(node) + 2 * padding });
      } else {
        relative.set(node.id, { x: 0, y: 0, ...sizes.size(node) });
      }
    }
    // Catch edges take part in the layering (a shared Fail state then sits below the states that
    // reach it, not above the start) but are drawn along the side.
    return placeLayers(nodes, edgesByScope.get(scopeId) ?? [], relative);
  };
  const total = layoutScope(undefined);

  const placed: PlacedNode[] = [];
  const absolute = new Map<string, PlacedNode>();
  const place = (scopeId: string | undefined, originX: number, originY: number, depth: number): void => {
    for (const node of childrenOf.get(scopeId) ?? []) {
      const box = relative.get(node.id)!;
      const entry: PlacedNode = {
        node,
        x: originX + box.x,
        y: originY + box.y,
        width: box.width,
        height: box.height,
        isContainer: isContainer(node),
        depth,
      };
      placed.push(entry);
      absolute.set(node.id, entry);
      if (entry.isContainer) {
        const inner = layoutBounds(childrenOf.get(node.id) ?? [], relative);
        // Centre the children under the header.
        const offsetX = entry.x + (entry.width - inner.width) / 2;
        place(node.id, offsetX, entry.y + sizes.headerHeight(node) + padding, depth + 1);
      }
    }
  };
  place(undefined, 0, 0, 0);

  const edges: PlacedEdge[] = [];
  for (const edge of graph.edges) {
    const source = absolute.get(edge.source);
    const target = absolute.get(edge.target);
    if (!source || !target) continue;
    const points = edge.kind !== 'catch' && target.y > source.y + source.height - 1 ? downRoute(source, target) : sideRoute(source, target);
    const placedEdge: PlacedEdge = { edge, points };
    if (edge.label) {
      const text = edge.label.length > 36 ? edge.label.slice(0, 35) + '…' : edge.label;
      const width = Math.ceil(measure(text, 'edge') + 10);
      const middle = points[Math.floor(points.length / 2) - 1] ?? points[0]!;
      const next = points[Math.floor(points.length / 2)] ?? middle;
      placedEdge.label = { text, x: (middle.x + next.x) / 2 - width / 2, y: (middle.y + next.y) / 2 - 8, width, height: 16 };
    }
    edges.push(placedEdge);
  }
  placed.sort((a, b) => a.depth - b.depth);
  return { nodes: placed, edges, width: total.width, height: total.height };
}

function layoutBounds(nodes: GraphNode[], relative: Map<string, Box>): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const node of nodes) {
    const box = relative.get(node.id)!;
    width = Math.max(width, box.x + box.width);
    height = Math.max(height, box.y + box.height);
  }
  return { width, height };
}

/** Longest-path layering over the edges (back edges found by DFS are ignored), then packing. */
function placeLayers(nodes: GraphNode[], edges: GraphEdge[], relative: Map<string, Box>): { width: number; height: number } {
  const index = new Map(nodes.map((node, position) => [node.id, position]));
  const outgoing: number[][] = nodes.map(() => []);
  for (const edge of edges) {
    const from = index.get(edge.source);
    const to = index.get(edge.target);
    if (from !== undefined && to !== undefined && from !== to) outgoing[from]!.push(to);
  }
  // Iterative DFS in document order: marks back edges and gives a discovery order for ordering.
  const state = new Uint8Array(nodes.length); // 0 new, 1 on stack, 2 done
  const forward: number[][] = nodes.map(() => []);
  const order: number[] = [];
  for (let root = 0; root < nodes.length; root++) {
    if (state[root]) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    order.push(root);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [node, next] = top;
      if (next < outgoing[node]!.length) {
        top[1]++;
        const target = outgoing[node]![next]!;
        if (state[target] === 1) continue; // back edge: a loop, left out of the layering
        forward[node]!.push(target);
        if (state[target] === 0) {
          state[target] = 1;
          order.push(target);
          stack.push([target, 0]);
        }
      } else {
        state[node] = 2;
        stack.pop();
      }
    }
  }
  // Longest path from the sources, in topological order (Kahn).
  const incoming = new Int32Array(nodes.length);
  for (const targets of forward) for (const target of targets) incoming[target]!++;
  const layer = new Int32Array(nodes.length);
  const queue: number[] = [];
  for (const node of order) if (incoming[node] === 0) queue.push(node);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const target of forward[node]!) {
      layer[target] = Math.max(layer[target]!, layer[node]! + 1);
      if (--incoming[target]! === 0) queue.push(target);
    }
  }
  const layers: number[][] = [];
  for (const node of order) (layers[layer[node]!] ??= []).push(node);

  // Each node wants to sit under the average of its predecessors; a sweep keeps the gaps.
  const predecessors: number[][] = nodes.map(() => []);
  forward.forEach((targets, source) => targets.forEach((target) => predecessors[target]!.push(source)));
  const centreX = new Float64Array(nodes.length);
  let y = 0;
  let width = 0;
  for (const members of layers) {
    if (!members) continue;
    const wanted = members.map((node) => {
      const from = predecessors[node]!;
      return from.length ? from.reduce((sum, source) => sum + centreX[source]!, 0) / from.length : 0;
    });
    const sorted = members.map((node, position) => ({ node, wanted: wanted[position]! })).sort((a, b) => a.wanted - b.wanted);
    let cursor = -Infinity;
    let layerHeight = 0;
    for (const { node, wanted: want } of sorted) {
      const box = relative.get(nodes[node]!.id)!;
      const left = Math.max(want - box.width / 2, cursor);
      box.x = left;
      box.y = y;
      centreX[node] = left + box.width / 2;
      cursor = left + box.width + nodeGap;
      layerHeight = Math.max(layerHeight, box.height);
    }
    y += layerHeight + layerGap;
  }
  // Shift everything right of zero.
  let minX = Infinity;
  for (const node of nodes) minX = Math.min(minX, relative.get(node.id)!.x);
  if (!Number.isFinite(minX)) minX = 0;
  for (const node of nodes) {
    const box = relative.get(node.id)!;
    box.x -= minX;
    width = Math.max(width, box.x + box.width);
  }
  return { width, height: Math.max(0, y - layerGap) };
}

function downRoute(source: Box, target: Box): Point[] {
  const start = { x: source.x + source.width / 2, y: source.y + source.height };
  const end = { x: target.x + target.width / 2, y: target.y };
  if (Math.abs(start.x - end.x) < 1) return [start, end];
  const middleY = start.y + Math.min(layerGap / 2, (end.y - start.y) / 2);
  return [start, { x: start.x, y: middleY }, { x: end.x, y: middleY }, end];
}

function sideRoute(source: Box, target: Box): Point[] {
  const start = { x: source.x + source.width, y: source.y + source.height / 2 };
  const end = { x: target.x + target.width, y: target.y + target.height / 2 };
  const lane = Math.max(start.x, end.x) + 24;
  return [start, { x: lane, y: start.y }, { x: lane, y: end.y }, end];
}
