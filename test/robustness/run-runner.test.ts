// The isolated runner (server/src/node/isolatedRun.ts): a run in a worker thread ends whatever the
// machine or a handler does: cancel within a second of a run that never ends, the wall-clock and
// memory limits, a crashing worker, a handler that never settles, an unusable handlers file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HistoryEvent, startExecution } from '../../server/src/core/interpreter';
import { startIsolatedRun } from '../../server/src/node/isolatedRun';
import { nodeRuntimePorts } from '../../server/src/node/runtimePorts';

const dir = mkdtempSync(join(tmpdir(), 'asl-runner-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** A Task bound to a handler module whose source is given. */
function handlerMachine(name: string, source: string): { definition: Record<string, unknown>; handlersFile: string } {
  file(`${name}.js`, source);
  return {
    definition: { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } },
    handlersFile: file(`${name}.handlers.json`, { handlers: { Work: `./${name}.js` } }),
  };
}

/** A Pass state that loops to itself: synchronous, never yields, never ends without a history limit. */
const endlessLoop = { StartAt: 'Spin', States: { Spin: { Type: 'Pass', Next: 'Spin' } } };

function firstEvent(): { onEvent: (event: HistoryEvent) => void; seen: Promise<void> } {
  let seen!: () => void;
  const promise = new Promise<void>((resolve) => (seen = resolve));
  return { onEvent: () => seen(), seen: promise };
}

test('a run in the worker gives the same result as the interpreter on this thread', { timeout: 20_000 }, async () => {
  const definition = {
    StartAt: 'Greet',
    States: { Greet: { Type: 'Pass', Parameters: { 'message.$': "States.Format('Hello, {}!', $.name)" }, End: true } },
  };
  const streamed: HistoryEvent[] = [];
  const isolated = await startIsolatedRun({ definition, input: { name: 'Ada' }, executionName: 'same' }, (event) => streamed.push(event))
    .result;
  const direct = await startExecution(definition, { name: 'Ada' }, { ...nodeRuntimePorts, executionName: 'same' });
  assert.equal(isolated.status, 'SUCCEEDED');
  assert.deepEqual(isolated.output, direct.output);
  assert.deepEqual(
    isolated.events.map((event) => event.type),
    direct.events.map((event) => event.type),
  );
  assert.equal(streamed.length, isolated.events.length, 'every event is streamed as it happens');
  assert.equal(isolated.stoppedBy, undefined);
});

test('cancel stops a run that never ends within 1 second, and keeps the history so far', { timeout: 20_000 }, async () => {
  const { onEvent, seen } = firstEvent();
  const run = startIsolatedRun({ definition: endlessLoop, input: {}, maxEvents: 0 }, onEvent);
  await seen;
  const cancelled = Date.now();
  run.cancel();
  const result = await run.result;
  const took = Date.now() - cancelled;
  assert.ok(took < 1000, `cancel took ${took} ms`);
  assert.equal(result.status, 'ABORTED');
  assert.equal(result.stoppedBy, 'cancel');
  assert.ok(result.events.length > 0, 'the events before the cancel are kept');
});

test('the wall-clock limit stops a run that never ends', { timeout: 20_000 }, async () => {
  const started = Date.now();
  const result = await startIsolatedRun({ definition: endlessLoop, input: {}, maxEvents: 0, recordEvents: false, timeoutMs: 500 }).result;
  const took = Date.now() - started;
  assert.equal(result.status, 'TIMED_OUT');
  assert.equal(result.stoppedBy, 'timeout');
  assert.match(result.cause ?? '', /time limit of 0\.5 seconds/);
  assert.ok(took < 3000, `the limit of 500 ms took ${took} ms`);
});

test('the memory limit stops a handler that allocates without end', { timeout: 30_000 }, async () => {
  const { definition, handlersFile } = handlerMachine(
    'hog',
    'exports.handler = () => { const keep = []; for (;;) keep.push(new Array(100000).fill(Math.random())); };',
  );
  const result = await startIsolatedRun({ definition, input: {}, handlersFile, memoryLimitMb: 64, timeoutMs: 20_000 }).result;
  assert.equal(result.stoppedBy, 'memory');
  assert.equal(result.status, 'FAILED');
  assert.match(result.cause ?? '', /memory limit of 64 MB/);
});

test('a worker that dies without a result is reported as a crash', { timeout: 20_000 }, async () => {
  const { definition, handlersFile } = handlerMachine('exit', 'exports.handler = () => process.exit(3);');
  const result = await startIsolatedRun({ definition, input: {}, handlersFile }).result;
  assert.equal(result.stoppedBy, 'crash');
  assert.equal(result.status, 'FAILED');
  assert.match(result.cause ?? '', /exit code 3/);
});

test('a handler that never settles: the Task is reported as still running, not a silent success', { timeout: 20_000 }, async () => {
  const { definition, handlersFile } = handlerMachine('never', 'exports.handler = () => new Promise(() => {});');
  const result = await startIsolatedRun({ definition, input: {}, handlersFile }).result;
  assert.equal(result.status, 'FAILED');
  assert.equal(result.stoppedBy, 'stalled');
  assert.match(result.cause ?? '', /Task 'Work' is still running/);
});

test('a handlers file that cannot be used is a setup error with its reason', { timeout: 20_000 }, async () => {
  const handlersFile = file('null.handlers.json', 'null');
  const result = await startIsolatedRun({ definition: endlessLoop, input: {}, handlersFile }).result;
  assert.equal(result.status, 'FAILED');
  assert.match(result.setupError ?? '', /must hold an object/);
});
