// The preview's layouts: elkjs for ordinary machines, the linear-time layout for big ones. Checked
// on the examples and on a 1,000-state machine: every state placed, children inside their
// containers, no two sibling states on top of each other, and the big one fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ELK from 'elkjs/lib/elk.bundled.js';
import { analyzeDocument, formatForFileName } from '../../server/src/core/index';
import { buildGraph, type StateMachineGraph } from '../../server/src/core/graph/index';
import { layoutGraph, largeGraphThreshold, type GraphLayout, type PlacedNode } from '../../client/webview/layout';
import { bigMachine } from '../e2e/harness/fixtures';

const examples = join(__dirname, '..', '..', '..', 'examples');
const measure = (text: string): number => text.length * 7;

function graphOf(text: string, format: 'json' | 'yaml'): StateMachineGraph {
  return buildGraph(analyzeDocument(text, format).machine);
}

function inside(child: PlacedNode, parent: PlacedNode): boolean {
  return (
    child.x >= parent.x - 0.5 &&
    child.y >= parent.y - 0.5 &&
    child.x + child.width <= parent.x + parent.width + 0.5 &&
    child.y + child.height <= parent.y + parent.height + 0.5
  );
}

function overlaps(a: PlacedNode, b: PlacedNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function checkLayout(graph: StateMachineGraph, layout: GraphLayout): void {
  const byId = new Map(layout.nodes.map((placed) => [placed.node.id, placed]));
  for (const node of graph.nodes) assert.ok(byId.has(node.id), `${node.id} is placed`);
  const siblings = new Map<string | undefined, PlacedNode[]>();
  for (const placed of layout.nodes) {
    if (placed.node.parentId)
      assert.ok(inside(placed, byId.get(placed.node.parentId)!), `${placed.node.id} lies inside ${placed.node.parentId}`);
    siblings.set(placed.node.parentId, [...(siblings.get(placed.node.parentId) ?? []), placed]);
  }
  for (const group of siblings.values()) {
    const sorted = [...group].sort((a, b) => a.y - b.y);
    for (let index = 0; index < sorted.length; index++) {
      for (let other = index + 1; other < sorted.length && sorted[other]!.y < sorted[index]!.y + sorted[index]!.height; other++) {
        assert.ok(!overlaps(sorted[index]!, sorted[other]!), `${sorted[index]!.node.id} and ${sorted[other]!.node.id} do not overlap`);
      }
    }
  }
  for (const edge of layout.edges) assert.ok(edge.points.length >= 2, `${edge.edge.id} has a route`);
}

test('every example lays out with elkjs: all states placed, nested, apart', async () => {
  const elk = new ELK();
  for (const file of ['pickup-order.asl.json', 'loyalty-points.asl.json', 'return-request.asl.yaml', 'hello-world.asl.json']) {
    const graph = graphOf(readFileSync(join(examples, file), 'utf8'), formatForFileName(file));
    checkLayout(graph, await layoutGraph(elk, graph, measure));
  }
});

test('a 1,000-state machine lays out in well under a second', async () => {
  const graph = graphOf(JSON.stringify(bigMachine(1000)), 'json');
  assert.ok(graph.stateCount > largeGraphThreshold);
  const started = performance.now();
  const layout = await layoutGraph(new ELK(), graph, measure);
  const millis = performance.now() - started;
  assert.ok(millis < 500, `took ${millis.toFixed(0)} ms`);
  checkLayout(graph, layout);
});

test('big machines with Parallel and Map nest their scopes too', async () => {
  const big = bigMachine(300) as { States: Record<string, unknown> };
  big.States.Step0100 = {
    Type: 'Parallel',
    Branches: [
      { StartAt: 'A1', States: { A1: { Type: 'Pass', Next: 'A2' }, A2: { Type: 'Pass', End: true } } },
      {
        StartAt: 'B1',
        States: { B1: { Type: 'Map', ItemProcessor: { StartAt: 'C1', States: { C1: { Type: 'Pass', End: true } } }, End: true } },
      },
    ],
    Next: 'Step0101',
  };
  const graph = graphOf(JSON.stringify(big), 'json');
  checkLayout(graph, await layoutGraph(new ELK(), graph, measure));
});
