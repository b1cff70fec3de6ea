// Decides how each new graph gets its positions, so that typing never waits for elkjs:
// - the same shape as the last layout (the same states, nesting, edges and box sizes: most
//   keystrokes, which change a Comment, a path, a problem marker) keeps the last positions;
// - a shape seen recently (undo, typing a name back) takes its layout from a small cache;
// - a rename that keeps the topology moves nothing: the old positions, the new names and widths;
// - otherwise elkjs lays the graph out (in a worker in the webview, so the page stays responsive),
//   and when that is expected to take long, the linear-time layout is drawn first.
// A newer graph cancels the elkjs run of an older one. Pure apart from the runner, so node tests it.
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { StateMachineGraph } from '../../server/src/core/graph/types';
import {
  fromElkLayout,
  largeGraphThreshold,
  nodeSize,
  quickLayout,
  toElkGraph,
  type GraphLayout,
  type LayoutDirection,
  type MeasureText,
} from './layout';

/** Runs elkjs somewhere (a worker, or in the thread); `cancel` abandons the run in progress. */
export interface ElkRunner {
  layout(graph: ElkNode): Promise<ElkNode>;
  cancel(): void;
}

export type LayoutKind = 'kept' | 'cached' | 'renamed' | 'quick' | 'elk';

export interface ScheduledLayout {
  layout: GraphLayout;
  kind: LayoutKind;
  /** More is coming: elkjs is still working on this graph. */
  provisional: boolean;
}

/** When elkjs is expected to take longer than this, the quick layout is drawn first. */
const quickFirstMillis = 150;
const cacheSize = 8;

/** What the positions depend on: ids, nesting, kinds, box sizes, edges with their labels, the direction. */
export function shapeKey(graph: StateMachineGraph, measure: MeasureText, direction: LayoutDirection): string {
  const parts: string[] = [direction];
  for (const node of graph.nodes) {
    const size = node.kind === 'state' && !isContainer(node) ? nodeSize(node, measure) : { width: 0, height: 0 };
    parts.push(`${node.id}\u0001${node.parentId ?? ''}\u0001${node.kind}\u0001${size.width}x${size.height}\u0001${node.label.length}`);
  }
  for (const edge of graph.edges) parts.push(`${edge.source}\u0002${edge.target}\u0002${edge.kind}\u0002${edge.label ?? ''}`);
  return parts.join('\u0003');
}

/** The shape with names left out (nodes and edges by position): equal for a rename, nothing else. */
function topologyKey(graph: StateMachineGraph, direction: LayoutDirection): string {
  const index = new Map(graph.nodes.map((node, position) => [node.id, position]));
  const parts: string[] = [direction];
  for (const node of graph.nodes) parts.push(`${node.parentId ? index.get(node.parentId) : ''}:${node.kind}:${node.stateType ?? ''}`);
  for (const edge of graph.edges) parts.push(`${index.get(edge.source)}>${index.get(edge.target)}:${edge.kind}:${edge.label ?? ''}`);
  return parts.join('|');
}

function isContainer(node: StateMachineGraph['nodes'][number]): boolean {
  return node.stateType === 'Parallel' || node.stateType === 'Map';
}

/** The same positions for a graph of the same shape: the new graph's nodes and edges (markers, details, ranges). */
export function rebind(layout: GraphLayout, graph: StateMachineGraph): GraphLayout {
  const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
  return {
    width: layout.width,
    height: layout.height,
    nodes: layout.nodes.map((placed) => ({ ...placed, node: nodeById.get(placed.node.id) ?? placed.node })),
    edges: layout.edges.map((placed, index) => ({ ...placed, edge: graph.edges[index] ?? placed.edge })),
  };
}

/** A renamed graph in the old positions: nodes matched by position, each box as wide as its new name needs, centred where it was. */
function renamed(layout: GraphLayout, previous: StateMachineGraph, graph: StateMachineGraph, measure: MeasureText): GraphLayout {
  const position = new Map(previous.nodes.map((node, index) => [node.id, index]));
  return {
    width: layout.width,
    height: layout.height,
    nodes: layout.nodes.map((placed) => {
      const node = graph.nodes[position.get(placed.node.id)!]!;
      if (placed.isContainer || node.kind !== 'state') return { ...placed, node };
      const width = nodeSize(node, measure).width;
      return { ...placed, node, x: placed.x + (placed.width - width) / 2, width };
    }),
    edges: layout.edges.map((placed, index) => ({ ...placed, edge: graph.edges[index] ?? placed.edge })),
  };
}

export class LayoutScheduler {
  private last: { graph: StateMachineGraph; shape: string; topology: string; layout: GraphLayout } | undefined;
  private readonly cache = new Map<string, GraphLayout>();
  private generation = 0;
  private running = false;
  /** elkjs milliseconds per state of the last run, to guess how long the next one takes. */
  private elkMillisPerState = 2;

  constructor(
    private readonly elk: ElkRunner,
    private readonly measure: MeasureText,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Lays out `graph` and calls `show` with each picture: once when the layout is kept, cached,
   * renamed or quick and final, twice when a provisional picture comes before elkjs's. Nothing is
   * shown for a graph a newer call has replaced.
   */
  async layout(graph: StateMachineGraph, direction: LayoutDirection, show: (result: ScheduledLayout) => void): Promise<void> {
    const generation = ++this.generation;
    // Big graphs only ever get the linear-time layout, which runs top to bottom.
    const big = graph.stateCount > largeGraphThreshold;
    const effective: LayoutDirection = big ? 'DOWN' : direction;
    const shape = shapeKey(graph, this.measure, effective);
    const topology = topologyKey(graph, effective);
    const previous = this.last;
    const settle = (layout: GraphLayout, kind: LayoutKind): void => {
      this.last = { graph, shape, topology, layout };
      this.remember(shape, layout);
      show({ layout, kind, provisional: false });
    };
    if (previous && previous.shape === shape) {
      this.stopElk();
      settle(rebind(previous.layout, graph), 'kept');
      return;
    }
    const cached = this.cache.get(shape);
    if (cached) {
      this.stopElk();
      settle(rebind(cached, graph), 'cached');
      return;
    }
    if (big) {
      this.stopElk();
      settle(quickLayout(graph, this.measure), 'quick');
      return;
    }
    if (previous && previous.topology === topology) {
      show({ layout: renamed(previous.layout, previous.graph, graph, this.measure), kind: 'renamed', provisional: true });
    } else if (this.elkMillisPerState * graph.stateCount > quickFirstMillis && effective === 'DOWN') {
      show({ layout: quickLayout(graph, this.measure), kind: 'quick', provisional: true });
    }
    this.stopElk();
    this.running = true;
    const started = this.now();
    let result: ElkNode;
    try {
      result = await this.elk.layout(toElkGraph(graph, this.measure, effective));
    } catch (error) {
      // Cancelled for a newer graph (or failed): a newer call owns the picture now.
      if (generation !== this.generation) return;
      throw error;
    } finally {
      if (generation === this.generation) this.running = false;
    }
    if (generation !== this.generation) return;
    this.elkMillisPerState = (this.now() - started) / Math.max(1, graph.stateCount);
    settle(fromElkLayout(graph, result), 'elk');
  }

  /** Forget the positions (another document is shown). */
  reset(): void {
    this.stopElk();
    this.generation++;
    this.last = undefined;
    this.cache.clear();
  }

  private stopElk(): void {
    if (this.running) this.elk.cancel();
    this.running = false;
  }

  private remember(shape: string, layout: GraphLayout): void {
    this.cache.delete(shape);
    this.cache.set(shape, layout);
    if (this.cache.size > cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }
}
