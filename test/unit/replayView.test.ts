// The replay as the graph shows it (client/src/aws/replayView.ts, pure): the recorded path painted
// and the divergent state marked, with a report saying where the runs part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, buildGraph } from '../../server/src/core/index';
import { replayExecution } from '../../server/src/core/replay/index';
import { replayPicture } from '../../client/src/aws/replayView';
import { nodeRuntimePorts } from '../../server/src/node/runtimePorts';

const dir = join(process.cwd(), 'test', 'fixtures', 'replay', 'pickup-order-retried');

async function picture(machineFile: string) {
  const text = readFileSync(join(dir, machineFile), 'utf8');
  const analyzed = analyzeDocument(text, 'json');
  const graph = buildGraph(analyzed.machine);
  const reading = await replayExecution(JSON.parse(text), JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')), nodeRuntimePorts);
  assert.ok('result' in reading);
  return { graph, view: replayPicture(graph, reading.result, 'pickup-order.asl.json', 'history.json') };
}

const statusOf = (graph: ReturnType<typeof buildGraph>, overlay: { visited: { nodeId: string; status: string }[] }, name: string) => {
  const node = graph.nodes.find((candidate) => candidate.kind === 'state' && candidate.label === name);
  return overlay.visited.find((visit) => visit.nodeId === node?.id)?.status;
};

test('replay view: a matching replay paints the recorded path and says it matches', async () => {
  const { graph, view } = await picture('machine.asl.json');
  assert.equal(view.report.status, 'SUCCEEDED');
  assert.match(view.report.title, /replay: matches the record/);
  assert.equal(view.report.error, undefined);
  for (const name of ['ValidateOrder', 'ReserveItem', 'ChargeCard', 'PrepareOrder', 'NotifyReady'])
    assert.equal(statusOf(graph, view.overlay, name), 'succeeded', name);
  assert.equal(statusOf(graph, view.overlay, 'OrderRejected'), undefined, 'not on the recorded path');
  assert.equal(view.events.length, JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')).events.length);
});

test('replay view: a divergent replay marks the state where the runs part and explains it', async () => {
  const { graph, view } = await picture('tampered-charge-selector.asl.json');
  assert.match(view.report.title, /replay: diverges at ChargeCard/);
  assert.match(view.report.error ?? '', /Diverged at recorded event 36 \(state ChargeCard\)/);
  assert.match(view.report.cause ?? '', /^recorded .*chargeId.*\nlocal {4}.*"id"/s);
  assert.equal(statusOf(graph, view.overlay, 'ChargeCard'), 'failed');
  assert.equal(statusOf(graph, view.overlay, 'ValidateOrder'), 'succeeded');
});
