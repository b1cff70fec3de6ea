// The run's path on the graph, from real interpreter runs of the examples with their mocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, toValue } from '../../server/src/core/index';
import { buildGraph } from '../../server/src/core/graph/index';
import { startExecution, type MockConfig } from '../../server/src/core/interpreter/index';
import { nodeRuntimePorts } from '../../server/src/node/runtimePorts';
import { describeRun } from '../../client/src/run/overlay';

const examples = join(__dirname, '..', '..', '..', 'examples');

async function runExample(name: string, testCase: string) {
  const text = readFileSync(join(examples, `${name}.asl.json`), 'utf8');
  const analyzed = analyzeDocument(text, 'json');
  const graph = buildGraph(analyzed.machine);
  const input = JSON.parse(readFileSync(join(examples, `${name}.input.json`), 'utf8'));
  const config = JSON.parse(readFileSync(join(examples, `${name}.mocks.json`), 'utf8')) as MockConfig;
  const result = await startExecution(toValue(analyzed.document.root), input, {
    ...nodeRuntimePorts,
    mocks: { config, stateMachine: name, testCase },
  });
  const picture = describeRun(graph, result.events, result.status);
  const status = (state: string) => picture.overlay.visited.find((visit) => visit.nodeId === state)?.status;
  return { result, picture, status };
}

test('the happy path of the pickup order is painted from start to end', async () => {
  const { result, picture, status } = await runExample('pickup-order', 'HappyPath');
  assert.equal(result.status, 'SUCCEEDED', JSON.stringify(result, null, 1).slice(0, 2000));
  assert.deepEqual(result.output, { bay: 'B2', confirmation: '9b1c2f0e-msg' });
  for (const state of ['ValidateOrder', 'IsOrderValid', 'ReserveItems', 'ChargeCard', 'PrepareOrder', 'NotifyReady', 'ReadyForPickup'])
    assert.equal(status(state), 'succeeded', state);
  assert.equal(status('ReserveItems/items/ReserveItem'), 'succeeded');
  assert.equal(picture.overlay.visited.find((visit) => visit.nodeId === 'ReserveItems/items/ReserveItem')?.count, 2);
  assert.equal(status('OrderRejected'), undefined);
  for (const edge of ['__start__->ValidateOrder', 'ValidateOrder->IsOrderValid', 'ChoosePayment->ChargeCard', 'ReadyForPickup->__end__'])
    assert.ok(picture.overlay.edgesTaken.includes(edge), edge);
  assert.ok(picture.events.some((event) => event.nodeId === 'ChargeCard' && event.type === 'TaskSucceeded'));
});

test('a declined card is caught and ends in the Fail state', async () => {
  const { result, status, picture } = await runExample('pickup-order', 'CardDeclined');
  assert.equal(result.status, 'FAILED');
  assert.equal(result.error, 'PaymentDeclined');
  assert.equal(status('ChargeCard'), 'caught');
  assert.equal(status('PaymentDeclined'), 'failed');
  assert.ok(picture.overlay.edgesTaken.includes('ChargeCard->PaymentDeclined'));
});

test('a retried task ends succeeded', async () => {
  const { result, status } = await runExample('pickup-order', 'ValidationRetried');
  assert.equal(result.status, 'SUCCEEDED');
  assert.equal(status('ValidateOrder'), 'succeeded');
});

test('the Map and Parallel events of a run link to the Map or Parallel state, not to a state inside', async () => {
  const { picture } = await runExample('pickup-order', 'HappyPath');
  const aggregate = picture.events.filter((event) => /^(Map|Parallel)(State|Iteration)/.test(event.type));
  assert.ok(aggregate.some((event) => event.type === 'MapStateSucceeded'));
  assert.ok(aggregate.some((event) => event.type === 'ParallelStateSucceeded'));
  for (const event of aggregate)
    assert.equal(event.nodeId, event.type.startsWith('Map') ? 'ReserveItems' : 'PrepareOrder', `${event.type} #${event.id}`);
});
