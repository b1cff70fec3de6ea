// Turns the graph into positions with elkjs (layered, top to bottom, Parallel branches and Map item
// processors as nested compound nodes). Pure apart from elkjs: text widths come from a measuring
// function the caller supplies, so this also runs under node for the tests and the benchmark.
import type { ELK as ElkApi, ElkExtendedEdge, ElkNode, ElkLabel, LayoutOptions } from 'elkjs/lib/elk-api';
import type { GraphNode, StateMachineGraph } from '../../server/src/core/graph/types';
import { fastLayout } from './fastLayout';
import type { GraphLayout, MeasureText, PlacedEdge, PlacedNode, Point } from './layoutTypes';

export type { GraphLayout, MeasureText, PlacedEdge, PlacedNode, Point } from './layoutTypes';

/** Above this many states the linear-time layout (fastLayout.ts) replaces elkjs, which needs seconds there. */
export const largeGraphThreshold = 200;

const stateHeight = 46;
const stateHeightWithDetail = 54;
const markerSize = { width: 64, height: 28 };
const containerHeader = { state: 34, scope: 22 };
const padding = 14;
const edgeLabelHeight = 16;
const maxEdgeLabelChars = 36;

function shorten(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** The second line of a state: its type and what it does, e.g. "TASK · lambda:invoke · charge-card". */
export function detailText(node: GraphNode): string {
  const type = (node.stateType ?? 'Unknown').toUpperCase();
  return shorten(node.detail ? `${type} · ${node.detail}` : type, 44);
}

export function isContainerNode(node: GraphNode): boolean {
  return (
    node.kind === 'branch' ||
    node.kind === 'itemProcessor' ||
    (node.kind === 'state' && (node.stateType === 'Parallel' || node.stateType === 'Map'))
  );
}

export function nodeSize(node: GraphNode, measure: MeasureText): { width: number; height: number } {
  if (node.kind === 'start' || node.kind === 'end') return markerSize;
  const labelWidth = measure(node.label, 'label');
  const detailWidth = measure(detailText(node), 'detail');
  // Room for the type glyph on the left and badges (retry, problems) on the right.
  const extra = node.stateType === 'Choice' ? 64 : 56;
  const width = Math.max(150, Math.ceil(Math.max(labelWidth, detailWidth) + extra));
  return { width, height: node.detail ? stateHeightWithDetail : stateHeight };
}

/** DOWN: states top to bottom (tall panels); RIGHT: left to right (wide panels, a panel above a run). */
export type LayoutDirection = 'DOWN' | 'RIGHT';

function layoutOptions(direction: LayoutDirection): LayoutOptions {
  const options: LayoutOptions = {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.spacing.nodeNode': '28',
    'elk.layered.spacing.nodeNodeBetweenLayers': '44',
    'elk.layered.spacing.edgeNodeBetweenLayers': '18',
    'elk.spacing.edgeLabel': '3',
    'elk.spacing.edgeEdge': '12',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
    'elk.edgeLabels.inline': 'false',
    'elk.layered.mergeEdges': 'false',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  };
  return options;
}

interface ElkNodeWithGraph extends ElkNode {
  graphNode?: GraphNode;
}

/** Builds the ELK input: nodes nested by parentId, each edge placed in its source's scope. */
export function toElkGraph(graph: StateMachineGraph, measure: MeasureText, direction: LayoutDirection = 'DOWN'): ElkNode {
  const root: ElkNode = { id: '__root__', layoutOptions: layoutOptions(direction), children: [], edges: [] };
  const elkById = new Map<string, ElkNodeWithGraph>();
  for (const node of graph.nodes) {
    const elk: ElkNodeWithGraph = { id: node.id, graphNode: node };
    if (isContainerNode(node)) {
      const header = node.kind === 'state' ? containerHeader.state : containerHeader.scope;
      const minWidth = node.kind === 'state' ? Math.ceil(measure(node.label, 'label') + 90) : 120;
      elk.children = [];
      elk.edges = [];
      elk.layoutOptions = {
        'elk.padding': `[top=${header + padding},left=${padding},bottom=${padding},right=${padding}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${minWidth},${header + 30})`,
        // Branches of a Parallel sit side by side in one row, in document order.
        'elk.separateConnectedComponents': 'false',
      };
    } else {
      Object.assign(elk, nodeSize(node, measure));
    }
    elkById.set(node.id, elk);
  }
  for (const node of graph.nodes) {
    const parent = node.parentId ? elkById.get(node.parentId) : root;
    (parent ?? root).children!.push(elkById.get(node.id)!);
  }
  const parentOf = new Map(graph.nodes.map((node) => [node.id, node.parentId]));
  for (const edge of graph.edges) {
    if (!elkById.has(edge.source) || !elkById.has(edge.target)) continue;
    const labels: ElkLabel[] = [];
    if (edge.label) {
      const text = shorten(edge.label, maxEdgeLabelChars);
      labels.push({ text, width: Math.ceil(measure(text, 'edge') + 10), height: edgeLabelHeight });
    }
    const elkEdge: ElkExtendedEdge = { id: edge.id, sources: [edge.source], targets: [edge.target], labels };
    const scopeId = parentOf.get(edge.source);
    const scope = scopeId ? elkById.get(scopeId) : root;
    (scope?.edges ?? root.edges!).push(elkEdge);
  }
  return root;
}

/** Reads ELK's result into absolute coordinates (ELK gives children relative to their parent). */
export function fromElkLayout(graph: StateMachineGraph, result: ElkNode): GraphLayout {
  const graphNodeById = new Map(graph.nodes.map((node) => [node.id, node]));
  const graphEdgeById = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const nodes: PlacedNode[] = [];
  const edges: PlacedEdge[] = [];
  const absolute = new Map<string, Point>([[result.id, { x: 0, y: 0 }]]);

  const visit = (elk: ElkNode, offset: Point, depth: number): void => {
    for (const child of elk.children ?? []) {
      const x = offset.x + (child.x ?? 0);
      const y = offset.y + (child.y ?? 0);
      absolute.set(child.id, { x, y });
      const node = graphNodeById.get(child.id);
      if (node) {
        nodes.push({ node, x, y, width: child.width ?? 0, height: child.height ?? 0, isContainer: isContainerNode(node), depth });
      }
      visit(child, { x, y }, depth + 1);
    }
  };
  visit(result, { x: 0, y: 0 }, 0);

  const visitEdges = (elk: ElkNode): void => {
    for (const elkEdge of (elk.edges ?? []) as (ElkExtendedEdge & { container?: string })[]) {
      const edge = graphEdgeById.get(elkEdge.id);
      if (!edge) continue;
      // elkjs reports edge coordinates relative to the edge's container.
      const origin = absolute.get(elkEdge.container ?? elk.id) ?? { x: 0, y: 0 };
      const points: Point[] = [];
      for (const section of elkEdge.sections ?? []) {
        points.push({ x: origin.x + section.startPoint.x, y: origin.y + section.startPoint.y });
        for (const bend of section.bendPoints ?? []) points.push({ x: origin.x + bend.x, y: origin.y + bend.y });
        points.push({ x: origin.x + section.endPoint.x, y: origin.y + section.endPoint.y });
      }
      const elkLabel = elkEdge.labels?.[0];
      const placed: PlacedEdge = { edge, points };
      if (elkLabel && elkLabel.text) {
        placed.label = {
          text: elkLabel.text,
          x: origin.x + (elkLabel.x ?? 0),
          y: origin.y + (elkLabel.y ?? 0),
          width: elkLabel.width ?? 0,
          height: elkLabel.height ?? 0,
        };
      }
      edges.push(placed);
    }
    for (const child of elk.children ?? []) visitEdges(child);
  };
  visitEdges(result);
  // Containers first so their children draw on top.
  nodes.sort((a, b) => a.depth - b.depth);
  return { nodes, edges, width: result.width ?? 0, height: result.height ?? 0 };
}

/** The linear-time layout (top to bottom only), for big graphs and as the first picture while elkjs works. */
export function quickLayout(graph: StateMachineGraph, measure: MeasureText): GraphLayout {
  return fastLayout(
    graph,
    {
      size: (node) => nodeSize(node, measure),
      headerHeight: (node) => (node.kind === 'state' ? containerHeader.state : containerHeader.scope),
      minimumContainerWidth: (node) => (node.kind === 'state' ? Math.ceil(measure(node.label, 'label') + 90) : 120),
    },
    isContainerNode,
    measure,
  );
}

export async function layoutGraph(
  elk: Pick<ElkApi, 'layout'>,
  graph: StateMachineGraph,
  measure: MeasureText,
  direction: LayoutDirection = 'DOWN',
): Promise<GraphLayout> {
  if (graph.stateCount > largeGraphThreshold) return quickLayout(graph, measure);
  const result = await elk.layout(toElkGraph(graph, measure, direction));
  return fromElkLayout(graph, result);
}
