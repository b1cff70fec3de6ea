// The interpreter's debug hook: called before each state (with its nesting levels), on an error
// (with whether a Retry/Catch here or around will handle it) and after each state (output and
// stages); branches and iterations run in order; the run waits while the hook's promise is pending.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  type DebugError,
  type DebugStatePoint,
  evaluateCondition,
  evaluateExpression,
  startExecution,
} from '../../../server/src/core/interpreter/index';
import { nodeRuntimePorts } from '../../../server/src/node/runtimePorts';

function recorder(): { entered: string[]; errors: Array<DebugError & { state: string }>; hook: Parameters<typeof startExecution>[2] } {
  const entered: string[] = [];
  const errors: Array<DebugError & { state: string }> = [];
  const name = (point: DebugStatePoint): string =>
    [...point.levels.map((level) => `${level.stateName}[${level.index}]`), point.stateName].join('/');
  return {
    entered,
    errors,
    hook: {
      ...nodeRuntimePorts,
      debug: {
        beforeState: (point) => void entered.push(name(point)),
        stateError: (point, error) => void errors.push({ ...error, state: name(point) }),
      },
    },
  };
}

const failing = { Type: 'Fail', Error: 'Custom.Boom', Cause: 'boom' };

test('errors inside a Parallel: handled when the Parallel catches them, not when nothing does', async () => {
  const machine = (catchers: unknown[]) => ({
    StartAt: 'Both',
    States: {
      Both: {
        Type: 'Parallel',
        Branches: [{ StartAt: 'Boom', States: { Boom: failing } }],
        Catch: catchers,
        End: true,
      },
      Recovered: { Type: 'Succeed' },
    },
  });
  const caught = recorder();
  const result = await startExecution(
    machine([{ ErrorEquals: ['States.ALL'], Next: 'Recovered' }]),
    {},
    { ...nodeRuntimePorts, ...caught.hook },
  );
  assert.equal(result.status, 'SUCCEEDED');
  assert.deepEqual(caught.errors, [{ error: 'Custom.Boom', cause: 'boom', handled: true, state: 'Both[0]/Boom', stages: {} }]);
  assert.deepEqual(caught.entered, ['Both', 'Both[0]/Boom', 'Recovered']);

  const uncaught = recorder();
  const failed = await startExecution(
    machine([{ ErrorEquals: ['Other'], Next: 'Recovered' }]),
    {},
    { ...nodeRuntimePorts, ...uncaught.hook },
  );
  assert.equal(failed.status, 'FAILED');
  assert.equal(uncaught.errors.length, 1, 'reported once, in the state that raised it');
  assert.equal(uncaught.errors[0]!.handled, false);
});

test('a Retry with attempts left handles the error; once they are used up it does not', async () => {
  const rec = recorder();
  const result = await startExecution(
    {
      StartAt: 'Call',
      States: {
        Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['Flaky'], MaxAttempts: 1 }], End: true },
      },
    },
    {},
    {
      ...nodeRuntimePorts,
      ...rec.hook,
      mocks: {
        config: {
          StateMachines: { m: { TestCases: { t: { Call: 'r' } } } },
          MockedResponses: { r: { '0-1': { Throw: { Error: 'Flaky' } } } },
        },
        testCase: 't',
      },
    },
  );
  assert.equal(result.status, 'FAILED');
  assert.deepEqual(
    rec.errors.map((e) => e.handled),
    [true, false],
  );
});

test('Map iterations run in order while debugging, even with unlimited concurrency, and the run waits for the hook', async () => {
  const entered: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const outputs: unknown[] = [];
  const run = startExecution(
    {
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          MaxConcurrency: 0,
          ItemProcessor: {
            StartAt: 'Wait',
            States: {
              Wait: { Type: 'Wait', Seconds: 1, Next: 'Double' },
              Double: { Type: 'Pass', Parameters: { 'v.$': 'States.MathAdd($.v, $.v)' }, End: true },
            },
          },
          End: true,
        },
      },
    },
    [{ v: 1 }, { v: 2 }, { v: 3 }],
    {
      ...nodeRuntimePorts,
      debug: {
        beforeState: (point) => {
          entered.push(`${point.stateName}${point.levels.map((l) => `[${l.index}]`).join('')}`);
          // Pause on the first entry until released.
          return entered.length === 1 ? gate : undefined;
        },
        afterState: (point, outcome) => {
          if (point.stateName === 'Double') outputs.push({ output: outcome.output, stages: outcome.stages });
        },
      },
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(entered, ['Each'], 'paused before the first state');
  release();
  const result = await run;
  assert.deepEqual(result.output, [{ v: 2 }, { v: 4 }, { v: 6 }]);
  assert.deepEqual(entered, ['Each', 'Wait[0]', 'Double[0]', 'Wait[1]', 'Double[1]', 'Wait[2]', 'Double[2]']);
  assert.deepEqual(outputs[0], {
    output: { v: 2 },
    stages: { afterInputPath: { v: 1 }, afterParameters: { v: 2 }, afterResultPath: { v: 2 } },
  });
});

test('expressions: JSONPath, intrinsics and JSONata against input, variables and context; conditions', async () => {
  const env = { input: { a: { b: 2 }, items: [1, 2] }, variables: { x: 5 }, context: { Execution: { Name: 'e' } } };
  assert.equal(await evaluateExpression('$.a.b', env), 2);
  assert.equal(await evaluateExpression('$$.Execution.Name', env), 'e');
  assert.equal(await evaluateExpression('$x', env), 5);
  assert.equal(await evaluateExpression('States.ArrayLength($.items)', env), 2);
  assert.equal(await evaluateExpression('$sum($states.input.items) + $x', env), 8);
  assert.equal(await evaluateExpression('{% $states.context.Execution.Name %}', env), 'e');
  await assert.rejects(evaluateExpression('$.nope', env), /could not be found/);
  assert.equal(await evaluateCondition('$.a.b', env), true);
  assert.equal(await evaluateCondition('$.nope', env), false);
  assert.equal(await evaluateCondition('$states.input.a.b > 1', env), true);
  assert.equal(await evaluateCondition('$states.input.missing', env), false);
});
