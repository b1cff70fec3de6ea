// Data-driven interpreter tests: each file in ./cases holds a definition, an input, options and the
// expected outcome, for behaviour the AWS conformance corpus cannot cover (tasks, time, limits).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type StartExecutionOptions, type TaskInvoker, startExecution } from '../../../server/src/core/interpreter';
import { nodeRuntimePorts } from '../../../server/src/node/runtimePorts';

const casesDir = join(process.cwd(), 'test', 'unit', 'interpreter', 'cases');

interface InterpreterCase {
  description: string;
  definition: unknown;
  input: unknown;
  options?: Partial<StartExecutionOptions>;
  mocks?: StartExecutionOptions['mocks'];
  items?: unknown[];
  bigResult?: number;
  expected: { status: string; output?: unknown; error?: string; causeIncludes?: string };
  expectedEventTypes?: string[];
  expectedElapsedMs?: number;
  expectedScheduledGapsMs?: number[];
}

const hash = (algorithm: string, data: string): string => createHash(algorithm.replace('-', '').toLowerCase()).update(data).digest('hex');

for (const file of readdirSync(casesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const spec = JSON.parse(readFileSync(join(casesDir, file), 'utf8')) as InterpreterCase;
  test(`interpreter: ${file.replace(/\.json$/, '')} — ${spec.description}`, async () => {
    const options: StartExecutionOptions = { ...nodeRuntimePorts, hash, ...(spec.options ?? {}) };
    if (spec.mocks) options.mocks = spec.mocks;
    if (spec.items) {
      const items = spec.items;
      options.itemReader = { read: () => items };
    }
    if (spec.bigResult) {
      const size = spec.bigResult;
      const invoker: TaskInvoker = { invoke: () => ({ blob: 'x'.repeat(size) }) };
      options.taskInvoker = invoker;
    }
    const started = Date.now();
    const result = await startExecution(spec.definition, spec.input, options);
    assert.ok(Date.now() - started < 5000, 'virtual time: no real waiting');
    assert.equal(result.status, spec.expected.status, `status (error ${result.error}: ${result.cause})`);
    if ('output' in spec.expected) assert.deepEqual(result.output, spec.expected.output);
    if (spec.expected.error) assert.equal(result.error, spec.expected.error);
    if (spec.expected.causeIncludes)
      assert.ok(
        result.cause?.includes(spec.expected.causeIncludes),
        `cause "${result.cause}" should mention ${spec.expected.causeIncludes}`,
      );
    if (spec.expectedEventTypes)
      assert.deepEqual(
        result.events.map((event) => event.type),
        spec.expectedEventTypes,
      );
    if (spec.expectedElapsedMs !== undefined) {
      const first = Date.parse(result.events[0]!.timestamp);
      const last = Date.parse(result.events[result.events.length - 1]!.timestamp);
      assert.ok(last - first >= spec.expectedElapsedMs, `history spans ${last - first} ms`);
    }
    if (spec.expectedScheduledGapsMs) {
      const times = result.events.filter((event) => event.type === 'TaskScheduled').map((event) => Date.parse(event.timestamp));
      assert.deepEqual(
        times.slice(1).map((time, i) => time - times[i]!),
        spec.expectedScheduledGapsMs,
      );
    }
    for (let i = 0; i < result.events.length; i++) assert.equal(result.events[i]!.id, i + 1, 'event ids are consecutive');
  });
}

test('interpreter: cancellation through AbortSignal ends the execution ABORTED', async () => {
  const controller = new AbortController();
  const definition = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, End: true } } };
  const pending = startExecution(definition, {}, { ...nodeRuntimePorts, realTime: true, signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  const result = await pending;
  assert.equal(result.status, 'ABORTED');
  assert.equal(result.events.at(-1)?.type, 'ExecutionAborted');
});

test('interpreter: a 1,000,000-transition loop runs with history off in flat memory', async () => {
  const definition = {
    StartAt: 'Init',
    States: {
      Init: { Type: 'Pass', Result: { i: 0 }, Next: 'Inc' },
      Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: 500000, Next: 'Inc' }], Default: 'Done' },
      Done: { Type: 'Succeed' },
    },
  };
  const before = process.memoryUsage().heapUsed;
  const result = await startExecution(definition, {}, { ...nodeRuntimePorts, recordEvents: false, maxEvents: Infinity });
  assert.equal(result.status, 'SUCCEEDED');
  assert.deepEqual(result.output, { i: 500000 });
  assert.ok(process.memoryUsage().heapUsed - before < 64 * 1024 * 1024, 'heap stays flat');
});

test('interpreter: handlers run through the task port with retries and heartbeats', async () => {
  let calls = 0;
  const invoker: TaskInvoker = {
    invoke: async (request) => {
      calls++;
      request.heartbeat();
      if (request.retryCount === 0) throw Object.assign(new Error('first try fails'), { name: 'Flaky' });
      return { echoed: request.input };
    },
  };
  const definition = {
    StartAt: 'T',
    States: {
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        HeartbeatSeconds: 5,
        Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 1 }],
        End: true,
      },
    },
  };
  const result = await startExecution(definition, { n: 1 }, { ...nodeRuntimePorts, taskInvoker: invoker });
  assert.equal(result.status, 'SUCCEEDED');
  assert.deepEqual(result.output, { echoed: { n: 1 } });
  assert.equal(calls, 2);
});

/** A clock whose sleeps finish at once and move time forward: timeouts fire without waiting. */
function fastClock(): { now(): number; sleep(ms: number): Promise<void> } {
  let now = Date.UTC(2026, 0, 1);
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

test('interpreter: a task that stops sending heartbeats fails with States.HeartbeatTimeout', async () => {
  const definition = {
    StartAt: 'T',
    States: {
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        HeartbeatSeconds: 10,
        TimeoutSeconds: 600,
        Catch: [{ ErrorEquals: ['States.HeartbeatTimeout'], Next: 'Late' }],
        End: true,
      },
      Late: { Type: 'Pass', End: true },
    },
  };
  const never: TaskInvoker = { invoke: () => new Promise(() => undefined) };
  const result = await startExecution(definition, {}, { ...nodeRuntimePorts, taskInvoker: never, clock: fastClock() });
  assert.equal(result.status, 'SUCCEEDED');
  assert.deepEqual(result.output, { Error: 'States.HeartbeatTimeout', Cause: "Task 'T' sent no heartbeat for 10 seconds" });
  assert.ok(result.events.some((event) => event.type === 'TaskTimedOut'));
});

test('interpreter: TimeoutSecondsPath ends a slow task with States.Timeout', async () => {
  const definition = {
    StartAt: 'T',
    States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSecondsPath: '$.limit', End: true } },
  };
  const never: TaskInvoker = { invoke: () => new Promise(() => undefined) };
  const result = await startExecution(definition, { limit: 5 }, { ...nodeRuntimePorts, taskInvoker: never, clock: fastClock() });
  assert.equal(result.status, 'FAILED');
  assert.equal(result.error, 'States.Timeout');
});

test('interpreter: in real time the machine TimeoutSeconds interrupts a running task', async () => {
  const definition = {
    TimeoutSeconds: 1,
    StartAt: 'T',
    States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
  };
  const never: TaskInvoker = { invoke: () => new Promise(() => undefined) };
  const result = await startExecution(definition, {}, { ...nodeRuntimePorts, taskInvoker: never, realTime: true, clock: fastClock() });
  assert.equal(result.status, 'TIMED_OUT');
  assert.equal(result.error, 'States.Timeout');
  assert.equal(result.events.at(-1)?.type, 'ExecutionTimedOut');
});

test('interpreter: the history limit ends the run with event 25,000 being ExecutionFailed, as on AWS', async () => {
  const definition = {
    StartAt: 'Loop',
    States: {
      Loop: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'Loop' },
      Done: { Type: 'Succeed' },
    },
  };
  const result = await startExecution(definition, { spin: true }, nodeRuntimePorts);
  assert.equal(result.status, 'FAILED');
  assert.equal(result.cause, 'The execution reached the maximum number of history events (25000).');
  const last = result.events.at(-1)!;
  assert.equal(last.id, 25000);
  assert.equal(last.type, 'ExecutionFailed');
  assert.equal(last.previousEventId, 24999);
});

test('interpreter: Distributed Map children are separate executions (no iteration events in the parent history)', async () => {
  const definition = {
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'P',
          States: { P: { Type: 'Pass', End: true } },
        },
        End: true,
      },
    },
  };
  const result = await startExecution(definition, [1, 2, 3], nodeRuntimePorts);
  assert.equal(result.status, 'SUCCEEDED');
  assert.deepEqual(
    result.events.map((event) => event.type),
    [
      'ExecutionStarted',
      'MapStateEntered',
      'MapStateStarted',
      'MapRunStarted',
      'MapRunSucceeded',
      'MapStateSucceeded',
      'MapStateExited',
      'ExecutionSucceeded',
    ],
  );
  // MapRunSucceeded and MapStateSucceeded do not advance the previousEventId chain.
  assert.equal(result.events.find((event) => event.type === 'MapStateExited')!.previousEventId, 4);
});
