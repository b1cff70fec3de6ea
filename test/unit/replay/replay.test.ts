// Replay fixtures (test/fixtures/replay/<case>/): each history must match the machine it was
// recorded with, and each tampered machine (case.json: file -> state) must diverge at that state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readHistory, replayExecution, testCaseOf } from '../../../server/src/core/replay';
import { nodeRuntimePorts } from '../../../server/src/node/runtimePorts';

const casesDir = join(process.cwd(), 'test', 'fixtures', 'replay');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

async function replay(dir: string, machine: string) {
  const reading = await replayExecution(readJson(join(dir, machine)), readJson(join(dir, 'history.json')), nodeRuntimePorts);
  assert.ok('result' in reading, 'problem' in reading ? reading.problem : '');
  return reading.result;
}

for (const name of readdirSync(casesDir).sort()) {
  const dir = join(casesDir, name);
  const spec = readJson(join(dir, 'case.json')) as { description: string; tampered: Record<string, string> };
  test(`replay: ${name} matches its record — ${spec.description}`, async () => {
    const result = await replay(dir, 'machine.asl.json');
    assert.equal(result.divergence, null, JSON.stringify(result.divergence));
    assert.equal(result.verdict, 'match');
    assert.deepEqual(result.local, result.recorded);
  });
  for (const [machine, state] of Object.entries(spec.tampered)) {
    test(`replay: ${name} with ${machine} diverges at ${state}`, async () => {
      const result = await replay(dir, machine);
      assert.equal(result.verdict, 'diverged');
      assert.equal(result.divergence?.state, state, JSON.stringify(result.divergence));
      const recordedEvent = result.recordedEvents.find((event) => event.id === result.divergence!.eventId);
      assert.ok(recordedEvent, 'the divergence names a recorded event');
    });
  }
}

test('replay: the history forms that are not histories get a message, not a crash', () => {
  for (const bad of [
    null,
    42,
    {},
    { events: 'x' },
    [],
    [{ nope: 1 }],
    { events: [{ type: 'TaskStateEntered', id: 1, previousEventId: 0 }] },
    { events: [] },
  ]) {
    const reading = readHistory(bad);
    assert.ok('problem' in reading, JSON.stringify(bad));
  }
});

test('replay: a bare array of events, reversed and with parsed payloads, reads like the CLI output', async () => {
  const dir = join(casesDir, 'task-failed-uncaught');
  const { events } = readJson(join(dir, 'history.json')) as { events: Array<Record<string, unknown>> };
  const parsed = events
    .map((event) => {
      const copy = JSON.parse(JSON.stringify(event)) as Record<string, Record<string, unknown>>;
      for (const value of Object.values(copy))
        if (typeof value === 'object' && value !== null)
          for (const field of ['input', 'output']) if (typeof value[field] === 'string') value[field] = JSON.parse(value[field] as string);
      return copy;
    })
    .reverse();
  const reading = await replayExecution(readJson(join(dir, 'machine.asl.json')), parsed, nodeRuntimePorts);
  assert.ok('result' in reading);
  assert.equal(reading.result.verdict, 'match');
});

test('replay: a history wrapped with the execution details (an export) reads too', async () => {
  const dir = join(casesDir, 'poll-loop');
  const history = readJson(join(dir, 'history.json'));
  const reading = await replayExecution(
    readJson(join(dir, 'machine.asl.json')),
    { execution: { status: 'SUCCEEDED' }, history },
    nodeRuntimePorts,
  );
  assert.ok('result' in reading);
  assert.equal(reading.result.verdict, 'match');
});

test('replay: a recording becomes a test case with mocks by invocation index, the top-level path and the end', async () => {
  const result = await replay(join(casesDir, 'map-interleaved'), 'machine.asl.json');
  const testCase = testCaseOf(result.recording);
  assert.deepEqual(testCase.input, { skus: ['MUG', 'TEA'] });
  assert.deepEqual(Object.keys(testCase.mocks), ['Price']);
  // Iteration 0's two attempts come before iteration 1's, the order a local run asks for them.
  assert.deepEqual(testCase.mocks.Price!['0'], { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'Rate exceeded' } });
  assert.deepEqual(testCase.mocks.Price!['1'], { Return: { StatusCode: 200, Payload: { sku: 'MUG', price: 9 } } });
  assert.deepEqual(testCase.mocks.Price!['2'], { Return: { StatusCode: 200, Payload: { sku: 'TEA', price: 4 } } });
  assert.deepEqual(testCase.expect, {
    status: 'SUCCEEDED',
    path: ['PriceAll'],
    output: [
      { sku: 'MUG', price: 9 },
      { sku: 'TEA', price: 4 },
    ],
  });
});
