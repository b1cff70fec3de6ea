// The extension's pure testing helpers: the coverage picture for the graph preview, and the test
// "Create test from this run" writes (a real run of an example, then `asl test`'s own checks on it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildGraph,
  buildStateMachine,
  computeCoverage,
  emptyCoverage,
  evaluateExpectations,
  parseDocument,
  readTestFile,
  recordTransitions,
  buildTestMocks,
} from '../../../server/src/core';
import { startExecution, type HistoryEvent, type MockConfig, type Transition } from '../../../server/src/core/interpreter';
import { coverageOverlay } from '../../../client/src/testing/coverageOverlay';
import { addTestOfRun, testFileNameFor } from '../../../client/src/testing/testFromRun';
import { nodeRuntimePorts } from '../../../server/src/node/runtimePorts';

const examples = join(process.cwd(), 'examples');
const read = (name: string): string => readFileSync(join(examples, name), 'utf8');
const machineText = read('pickup-order.asl.json');
const machine = buildStateMachine(parseDocument(machineText, 'json'));
const mockConfig = JSON.parse(read('pickup-order.mocks.json')) as MockConfig;
const input = JSON.parse(read('pickup-order.input.json')) as unknown;

async function run(
  testCase: string,
): Promise<{ events: HistoryEvent[]; entered: Transition[]; result: Awaited<ReturnType<typeof startExecution>> }> {
  const entered: Transition[] = [];
  const result = await startExecution(JSON.parse(machineText), input, {
    ...nodeRuntimePorts,
    mocks: { config: mockConfig, stateMachine: 'pickup-order', testCase },
    onTransition: (t) => entered.push(t),
  });
  return { events: result.events, entered, result };
}

test('coverage on the graph: covered states visited, covered edges taken, uncovered ones left alone', async () => {
  const record = emptyCoverage();
  const observe = recordTransitions(record);
  for (const t of (await run('CardDeclined')).entered) observe(t);
  const graph = buildGraph(machine);
  const overlay = coverageOverlay(graph, computeCoverage(machine, record));
  const idOf = (name: string): string => graph.nodes.find((n) => n.label === name)!.id;
  const visited = new Set(overlay.visited.map((v) => v.nodeId));
  for (const name of ['ValidateOrder', 'ReserveItem', 'ChargeCard', 'PaymentDeclined']) assert.ok(visited.has(idOf(name)), name);
  for (const name of ['PayAtPickup', 'PrepareOrder', 'OrderRejected']) assert.ok(!visited.has(idOf(name)), name);
  assert.ok(overlay.edgesTaken.includes(`${idOf('ChargeCard')}->${idOf('PaymentDeclined')}`), 'the Catch edge');
  assert.ok(overlay.edgesTaken.includes(`__start__->${idOf('ValidateOrder')}`));
  assert.ok(!overlay.edgesTaken.includes(`${idOf('ChargeCard')}->${idOf('PrepareOrder')}`));
  assert.ok(overlay.edgesTaken.every((key) => key.endsWith('__end__') || graph.edges.some((e) => `${e.source}->${e.target}` === key)));
});

test('a test created from a run pins input, test case, path and output, and passes when run again', async () => {
  const happy = await run('HappyPath');
  const finished = {
    machineFileName: 'pickup-order.asl.json',
    mockFileName: 'pickup-order.mocks.json',
    testCase: 'HappyPath',
    input,
    status: happy.result.status,
    output: happy.result.output,
    events: happy.events,
    topLevelStates: new Set(machine.root!.states.keys()),
  };
  assert.equal(testFileNameFor('return-request.asl.yaml'), 'return-request.asl.test.json');
  const created = addTestOfRun(undefined, finished, 'happy');
  assert.ok(created.ok);
  const again = addTestOfRun(created.text, finished, 'happy');
  assert.ok(again.ok);
  assert.equal(again.testName, 'happy (2)');
  const { model, problems } = readTestFile(again.text, 'json');
  assert.deepEqual(problems, []);
  assert.equal(model.stateMachine!.value, './pickup-order.asl.json');
  assert.equal(model.mocks!.value, './pickup-order.mocks.json');
  const pinned = model.tests[1]!;
  assert.deepEqual(pinned.expect.path!.value.slice(0, 3), ['ValidateOrder', 'IsOrderValid', 'ReserveItems']);
  // Run the pinned test the way the runner does, and it passes; a changed output would not.
  const { mocks } = buildTestMocks({ config: mockConfig, stateMachine: 'pickup-order', testCase: pinned.testCase!.value });
  const entered: Transition[] = [];
  const rerun = await startExecution(JSON.parse(machineText), pinned.input!.value, {
    ...nodeRuntimePorts,
    mocks: mocks!,
    onTransition: (t) => entered.push(t),
  });
  const topLevelStates = new Set(machine.root!.states.keys());
  assert.deepEqual(evaluateExpectations(pinned.expect, { result: rerun, entered, topLevelStates }), []);
  const changed = evaluateExpectations(pinned.expect, { result: { ...rerun, output: { bay: 'B9' } }, entered, topLevelStates });
  assert.equal(changed[0]!.jsonPath, '$.bay');
  assert.equal(addTestOfRun('{ not json', finished, 'x').ok, false);
  assert.equal(
    addTestOfRun(JSON.stringify({ stateMachine: './pickup-order.asl.json', mocks: './other.json', tests: {} }), finished, 'x').ok,
    false,
  );
});
