// How the preview picks positions for each new graph: an edit that keeps the shape keeps the
// positions without elkjs, a rename moves nothing until elkjs answers, a shape seen before comes
// from the cache, big graphs take the linear layout, and a newer graph cancels an older layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { analyzeDocument } from '../../server/src/core/index';
import { buildGraph, type StateMachineGraph } from '../../server/src/core/graph/index';
import { LayoutScheduler, type ElkRunner, type ScheduledLayout } from '../../client/webview/layoutScheduler';
import { bigMachine } from '../e2e/harness/fixtures';

const examples = join(__dirname, '..', '..', '..', 'examples');
const measure = (text: string): number => text.length * 7;
const pickup = readFileSync(join(examples, 'pickup-order.asl.json'), 'utf8');
const graphOf = (text: string): StateMachineGraph => buildGraph(analyzeDocument(text, 'json').machine);

class CountingElk implements ElkRunner {
  calls = 0;
  cancels = 0;
  private readonly elk = new ELK();
  private rejects: ((error: Error) => void)[] = [];
  layout(graph: ElkNode): Promise<ElkNode> {
    this.calls++;
    return new Promise((resolve, reject) => {
      this.rejects.push(reject);
      this.elk.layout(graph).then(resolve, reject);
    });
  }
  cancel(): void {
    this.cancels++;
    for (const reject of this.rejects.splice(0)) reject(new Error('cancelled'));
  }
}

async function run(scheduler: LayoutScheduler, graph: StateMachineGraph, direction: 'DOWN' | 'RIGHT' = 'DOWN'): Promise<ScheduledLayout[]> {
  const shown: ScheduledLayout[] = [];
  await scheduler.layout(graph, direction, (result) => shown.push(result));
  return shown;
}

test('an edit that keeps the shape keeps the positions, without elkjs', async () => {
  const elk = new CountingElk();
  const scheduler = new LayoutScheduler(elk, measure);
  const first = await run(scheduler, graphOf(pickup));
  assert.deepEqual(
    first.map((result) => result.kind),
    ['elk'],
  );
  const edited = graphOf(pickup.replace('"Comment": "', '"Comment": "Edited: '));
  const kept = await run(scheduler, edited);
  assert.deepEqual(
    kept.map((result) => result.kind),
    ['kept'],
  );
  assert.equal(elk.calls, 1);
  assert.deepEqual(
    kept[0]!.layout.nodes.map((placed) => [placed.node.id, placed.x, placed.y]),
    first[0]!.layout.nodes.map((placed) => [placed.node.id, placed.x, placed.y]),
  );
  // The drawing gets the new graph's nodes (their markers, details and ranges), not the old ones.
  assert.ok(kept[0]!.layout.nodes.every((placed) => edited.nodes.includes(placed.node)));
});

test('a rename keeps the old positions at once, then elkjs lays the new names out; a shape seen before is cached', async () => {
  const elk = new CountingElk();
  const scheduler = new LayoutScheduler(elk, measure);
  const original = await run(scheduler, graphOf(pickup));
  const renamedText = pickup.replaceAll('"ChargeCard"', '"ChargeTheCard"');
  const renamed = await run(scheduler, graphOf(renamedText));
  assert.deepEqual(
    renamed.map((result) => [result.kind, result.provisional]),
    [
      ['renamed', true],
      ['elk', false],
    ],
  );
  const before = original[0]!.layout.nodes.find((placed) => placed.node.id === 'ChargeCard')!;
  const provisional = renamed[0]!.layout.nodes.find((placed) => placed.node.id === 'ChargeTheCard')!;
  assert.equal(provisional.y, before.y);
  assert.equal(provisional.x + provisional.width / 2, before.x + before.width / 2);
  const back = await run(scheduler, graphOf(pickup));
  assert.deepEqual(
    back.map((result) => result.kind),
    ['cached'],
  );
  assert.equal(elk.calls, 2);
});

test('the direction is part of the shape', async () => {
  const elk = new CountingElk();
  const scheduler = new LayoutScheduler(elk, measure);
  const down = await run(scheduler, graphOf(pickup), 'DOWN');
  const right = await run(scheduler, graphOf(pickup), 'RIGHT');
  assert.equal(right.at(-1)!.kind, 'elk');
  assert.ok(right.at(-1)!.layout.width > right.at(-1)!.layout.height, 'left to right is wider than tall');
  assert.ok(down.at(-1)!.layout.height > down.at(-1)!.layout.width, 'top to bottom is taller than wide');
});

test('a newer graph cancels the layout of an older one, which then shows nothing', async () => {
  const elk = new CountingElk();
  const scheduler = new LayoutScheduler(elk, measure);
  await run(scheduler, graphOf(pickup));
  const olderShown: ScheduledLayout[] = [];
  const older = scheduler.layout(graphOf(pickup.replaceAll('"ChargeCard"', '"Charge1"')), 'DOWN', (result) => olderShown.push(result));
  const newer = await run(scheduler, graphOf(pickup.replaceAll('"ChargeCard"', '"Charge2"')));
  await older;
  assert.equal(elk.cancels, 1);
  assert.ok(
    olderShown.every((result) => result.provisional),
    'the older graph never got a final layout',
  );
  assert.equal(newer.at(-1)!.kind, 'elk');
});

test('big graphs take the linear layout, and keep it while the shape stays', async () => {
  const elk = new CountingElk();
  const scheduler = new LayoutScheduler(elk, measure);
  const big = JSON.stringify(bigMachine(300), null, 2);
  const graph = graphOf(big);
  assert.ok(graph.stateCount > 200);
  assert.deepEqual(
    (await run(scheduler, graph, 'RIGHT')).map((result) => result.kind),
    ['quick'],
  );
  assert.deepEqual(
    (await run(scheduler, graphOf(big.replace('"StartAt"', '"StartAt" ')))).map((result) => result.kind),
    ['kept'],
  );
  assert.equal(elk.calls, 0);
});
