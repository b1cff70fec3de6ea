// The shapes of a laid-out graph, shared by both layouts (layout.ts with elkjs, fastLayout.ts for large
// graphs) and by what draws them: a module of its own so the two layouts do not import each other.
import type { GraphEdge, GraphNode } from '../../server/src/core/graph/types';

export type MeasureText = (text: string, font: 'label' | 'detail' | 'edge') => number;

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  node: GraphNode;
  /** Absolute position of the top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Compound nodes (Parallel, Map, their branches) draw their children inside. */
  isContainer: boolean;
  depth: number;
}

export interface PlacedEdge {
  edge: GraphEdge;
  points: Point[];
  label?: { text: string; x: number; y: number; width: number; height: number };
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}
