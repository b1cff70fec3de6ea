// Issue 10, the run side: nothing a state machine, its input or a handler holds keeps a local run
// from ending, and each ends the way AWS would. One test per row of the table, each with a
// time bound well above what it takes (a hang guard, not a speed target).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ExecutionResult, startExecution } from '../../server/src/core/interpreter';
import { stringMatches } from '../../server/src/core/interpreter/choice';
import { localItemReader, localResultWriter } from '../../server/src/node/interpreterPorts';
import { nodeRuntimePorts } from '../../server/src/node/runtimePorts';

const dir = mkdtempSync(join(tmpdir(), 'asl-rows-'));
const cli = resolve(process.cwd(), 'dist', 'cli.js');

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function asl(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, 'run', ...args], { encoding: 'utf8', cwd: dir, timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A loop that leaves only when the input says so (the validator refuses loops with no way out). */
const choiceLoop = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Done' }], Default: 'Again' },
    Again: { Type: 'Pass', Next: 'Check' },
    Done: { Type: 'Succeed' },
  },
};

test('row 3: an Express Choice loop without Wait ends TIMED_OUT at 5 simulated minutes', { timeout: 30_000 }, async () => {
  const result = await startExecution(choiceLoop, { done: false }, { ...nodeRuntimePorts, type: 'EXPRESS', recordEvents: false });
  assert.equal(result.status, 'TIMED_OUT');
  assert.equal(result.error, 'States.Timeout');
  assert.match(result.cause ?? '', /5 minutes/);
  // With the history kept it ends too, holding a bounded number of events.
  const recorded = await startExecution(choiceLoop, { done: false }, { ...nodeRuntimePorts, type: 'EXPRESS' });
  assert.equal(recorded.status, 'TIMED_OUT');
  assert.ok(recorded.events.length < 100_000, `${recorded.events.length} events`);
  const last = Date.parse(recorded.events.at(-1)!.timestamp) - Date.parse(recorded.events[0]!.timestamp);
  assert.ok(last >= 300_000 && last < 301_000, `ended ${last} ms of simulated time after the start`);
});

test('row 3: a long but finite Express loop still succeeds (10,000 iterations)', { timeout: 30_000 }, async () => {
  const counted = {
    StartAt: 'Check',
    States: {
      Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThanEquals: 10_000, Next: 'Done' }], Default: 'Add' },
      Add: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)' }, Next: 'Check' },
      Done: { Type: 'Succeed' },
    },
  };
  const result = await startExecution(counted, { n: 0 }, { ...nodeRuntimePorts, type: 'EXPRESS', recordEvents: false });
  assert.equal(result.status, 'SUCCEEDED');
});

function jsonataMachine(expression: string): Record<string, unknown> {
  return { QueryLanguage: 'JSONata', StartAt: 'Compute', States: { Compute: { Type: 'Pass', Output: `{% ${expression} %}`, End: true } } };
}

function assertQueryError(result: ExecutionResult, code: RegExp): void {
  assert.equal(result.status, 'FAILED');
  assert.equal(result.error, 'States.QueryEvaluationError');
  assert.match(result.cause ?? '', code);
}

test('row 4: JSONata recursing forever, not in tail position, fails with QueryEvaluationError (depth)', { timeout: 30_000 }, async () => {
  const started = Date.now();
  const result = await startExecution(
    jsonataMachine('($f := function($n){ 1 + $f($n + 1) }; $f(0))'),
    {},
    { ...nodeRuntimePorts, recordEvents: false },
  );
  assertQueryError(result, /D1011/);
  assert.ok(Date.now() - started < 10_000);
});

test('row 4: JSONata recursing forever in tail position fails with QueryEvaluationError (time)', { timeout: 30_000 }, async () => {
  const started = Date.now();
  const result = await startExecution(
    jsonataMachine('($f := function($n){ $f($n + 1) }; $f(0))'),
    {},
    { ...nodeRuntimePorts, recordEvents: false, jsonataLimits: { timeoutMs: 300 } },
  );
  assertQueryError(result, /D1012/);
  assert.ok(Date.now() - started < 5_000);
});

test('row 4: a deep but finite recursion still evaluates', { timeout: 30_000 }, async () => {
  const result = await startExecution(
    jsonataMachine('($f := function($n){ $n <= 1 ? 1 : $n + $f($n - 1) }; $f(500))'),
    {},
    nodeRuntimePorts,
  );
  assert.equal(result.status, 'SUCCEEDED');
  assert.equal(result.output, 125_250);
});

test('row 5: StringMatches is linear: 12 and 40 stars against 40 characters', { timeout: 10_000 }, () => {
  const value = 'a'.repeat(40);
  const started = Date.now();
  assert.equal(stringMatches(value, `${'*a'.repeat(12)}b`), false);
  assert.equal(stringMatches(value, `${'*a'.repeat(40)}*`), true);
  assert.equal(stringMatches(value + 'b', `${'a*'.repeat(20)}b`), true);
  assert.equal(stringMatches('x'.repeat(200_000), `${'*x'.repeat(1000)}*y`), false);
  assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
});

test('row 5: StringMatches escapes as AWS does', () => {
  const cases: Array<[string, string, boolean]> = [
    ['log-2024.txt', 'log-*.txt', true],
    ['log-.txt', 'log-*.txt', true],
    ['log-2024.csv', 'log-*.txt', false],
    ['a*b', 'a\\*b', true],
    ['axb', 'a\\*b', false],
    ['a\\b', 'a\\\\b', true],
    ['a\\xyz', 'a\\\\*', true],
    ['abc', '*', true],
    ['', '*', true],
    ['', '', true],
    ['abab', '*ab*ab', true],
    ['aba', '*ab*ab', false],
    ['star*', '*\\*', true],
  ];
  for (const [value, pattern, expected] of cases) assert.equal(stringMatches(value, pattern), expected, `${value} ~ ${pattern}`);
});

test('row 8: a handler that never settles: asl run reports the Task still running and exits 1', { timeout: 30_000 }, () => {
  file('never.js', 'exports.handler = () => new Promise(() => {});');
  file('never.handlers.json', { handlers: { Work: './never.js' } });
  const machine = file('task.asl.json', {
    StartAt: 'Work',
    States: { Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
  });
  for (const extra of [[], ['--timeout', '20']]) {
    const result = asl(machine, '--handlers', 'never.handlers.json', ...extra);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /Task 'Work' is still running/);
  }
});

test('row 8: a handler that never settles fails its Task with States.Timeout after TimeoutSeconds', { timeout: 30_000 }, async () => {
  const definition = {
    StartAt: 'Work',
    States: { Work: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:Work', TimeoutSeconds: 1, End: true } },
  };
  const result = await startExecution(definition, {}, { ...nodeRuntimePorts, taskInvoker: { invoke: () => new Promise(() => {}) } });
  assert.equal(result.status, 'FAILED');
  assert.equal(result.error, 'States.Timeout');
});

test('row 9: a handlers file holding null is a usage error (exit 2) with a clear message', { timeout: 30_000 }, () => {
  const machine = file('task9.asl.json', {
    StartAt: 'Work',
    States: { Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
  });
  file('null.handlers.json', 'null');
  const result = asl(machine, '--handlers', 'null.handlers.json');
  assert.equal(result.code, 2);
  assert.match(result.stderr, /must hold an object/);
  assert.doesNotMatch(result.stderr, /TypeError|internal error/i);
});

test('row 9: a handler returning a function or a Symbol fails the Task with States.Runtime', { timeout: 30_000 }, () => {
  const machine = file('task9b.asl.json', {
    StartAt: 'Work',
    States: {
      Work: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }],
        End: true,
      },
      Caught: { Type: 'Succeed' },
    },
  });
  for (const [name, body] of [
    ['fn', '() => () => 1'],
    ['sym', '() => ({ nested: [Symbol("x")] })'],
  ] as const) {
    file(`${name}.js`, `exports.handler = ${body};`);
    file(`${name}.handlers.json`, { handlers: { Work: `./${name}.js` } });
    const result = asl(machine, '--handlers', `${name}.handlers.json`, '--format', 'json');
    assert.equal(result.code, 1, result.stdout + result.stderr);
    const out = JSON.parse(result.stdout) as ExecutionResult;
    assert.equal(out.status, 'FAILED');
    assert.equal(out.error, 'States.Runtime');
    assert.match(out.cause ?? '', name === 'fn' ? /returned a function/ : /returned a symbol at result\.nested\[0\]/);
  }
});

test('row 10: an input over 256 KiB is refused before the execution starts', { timeout: 30_000 }, async () => {
  const definition = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
  const result = await startExecution(definition, { data: 'x'.repeat(256 * 1024) }, nodeRuntimePorts);
  assert.equal(result.status, 'FAILED');
  assert.equal(result.error, 'States.DataLimitExceeded');
  assert.equal(result.events.length, 0, 'no execution: no history');
  const fits = await startExecution(definition, { data: 'x'.repeat(256 * 1024 - 20) }, nodeRuntimePorts);
  assert.equal(fits.status, 'SUCCEEDED');
});

test('row 10: a state output over 256 KiB fails the state with States.DataLimitExceeded', { timeout: 30_000 }, async () => {
  const jsonPath = {
    StartAt: 'Grow',
    States: {
      Grow: { Type: 'Pass', Parameters: { 'a.$': '$.s', 'b.$': '$.s', 'c.$': '$.s' }, Next: 'After' },
      After: { Type: 'Pass', End: true },
    },
  };
  const input = { s: 'y'.repeat(100 * 1024) };
  for (const recordEvents of [true, false]) {
    const result = await startExecution(jsonPath, input, { ...nodeRuntimePorts, recordEvents });
    assert.equal(result.status, 'FAILED');
    assert.equal(result.error, 'States.DataLimitExceeded');
    assert.match(result.cause ?? '', /'Grow'/);
  }
  const jsonata = jsonataMachine("$pad('', 300000, 'z')");
  assert.equal((await startExecution(jsonata, {}, nodeRuntimePorts)).error, 'States.DataLimitExceeded');
});

test('row 11: ItemReader keys and ResultWriter buckets are names inside the local S3 folder', { timeout: 30_000 }, async () => {
  const root = join(dir, 's3');
  mkdirSync(join(root, 'bucket'), { recursive: true });
  writeFileSync(join(root, 'bucket', 'items.json'), '[1,2]');
  const reader = localItemReader(root);
  const read = (parameters: Record<string, unknown>): unknown =>
    reader.read({ resource: 'arn:aws:states:::s3:getObject', parameters, readerConfig: { InputType: 'JSON' } });
  assert.deepEqual(read({ Bucket: 'bucket', Key: 'items.json' }), [1, 2]);
  assert.throws(() => read({ Bucket: 'bucket', Key: '../../../../../../etc/passwd' }), /outside the local folder/);
  assert.throws(() => read({ Bucket: '../..', Key: 'etc/passwd' }), /not a bucket name/);
  assert.throws(
    () =>
      reader.read({ resource: 'arn:aws:states:::s3:listObjectsV2', parameters: { Bucket: 'bucket', Prefix: '../../' }, readerConfig: {} }),
    /outside the local folder/,
  );

  const results = join(dir, 'results');
  const writer = localResultWriter(results);
  const write = (parameters: Record<string, unknown>): unknown =>
    writer.write({
      parameters,
      results: [1],
      inputs: [1],
      statuses: ['SUCCEEDED'],
      mapRunId: 'arn:aws:states:::mapRun:m/run1',
      stateName: 'Map',
    });
  assert.throws(() => write({ Bucket: '../../..', Prefix: 'out' }), /not a bucket name/);
  assert.throws(() => write({ Bucket: 'out', Prefix: '../../../escaped' }), /outside the local folder/);
  assert.equal(existsSync(join(dir, 'escaped')), false);
  write({ Bucket: 'out', Prefix: 'ok' });
  assert.ok(readdirSync(join(results, 'out', 'ok')).length > 0);

  // The whole run: the Map fails with ItemReaderFailed rather than reading /etc/passwd.
  const definition = {
    StartAt: 'Each',
    States: {
      Each: {
        Type: 'Map',
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'JSON' },
          Parameters: { Bucket: 'b', Key: '../../etc/passwd' },
        },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'P',
          States: { P: { Type: 'Pass', End: true } },
        },
        End: true,
      },
    },
  };
  const result = await startExecution(definition, {}, { ...nodeRuntimePorts, itemReader: reader });
  assert.equal(result.status, 'FAILED');
  assert.match(`${result.error} ${result.cause}`, /outside the local folder/);
});

test('row 13: a Choice with no match and no Default fails with States.NoChoiceMatched', { timeout: 10_000 }, async () => {
  const jsonPath = {
    StartAt: 'Pick',
    States: { Pick: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericEquals: 1, Next: 'One' }] }, One: { Type: 'Succeed' } },
  };
  const jsonata = {
    QueryLanguage: 'JSONata',
    StartAt: 'Pick',
    States: { Pick: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.n = 1 %}', Next: 'One' }] }, One: { Type: 'Succeed' } },
  };
  for (const definition of [jsonPath, jsonata]) {
    const result = await startExecution(definition, { n: 2 }, nodeRuntimePorts);
    assert.equal(result.status, 'FAILED');
    assert.equal(result.error, 'States.NoChoiceMatched');
    assert.match(result.cause ?? '', /No Choice Rules matched and no Default state was specified/);
  }
});

test('asl run --timeout stops a handler stuck in a synchronous loop (the run is in a worker)', { timeout: 30_000 }, () => {
  file('busy.js', 'exports.handler = () => { for (;;) {} };');
  file('busy.handlers.json', { handlers: { Work: './busy.js' } });
  const machine = file('busy.asl.json', {
    StartAt: 'Work',
    States: { Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
  });
  const started = Date.now();
  const result = asl(machine, '--handlers', 'busy.handlers.json', '--timeout', '1', '--format', 'json');
  assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  assert.equal(result.code, 1, result.stderr);
  const out = JSON.parse(result.stdout) as ExecutionResult;
  assert.equal(out.status, 'TIMED_OUT');
  assert.match(out.cause ?? '', /time limit of 1 second/);
  assert.equal(asl(machine, '--timeout', '0').code, 2);
});

test('Ctrl+C stops asl run while a handler is stuck in a synchronous loop', { timeout: 30_000 }, async () => {
  file('busy2.js', 'exports.handler = () => { for (;;) {} };');
  file('busy2.handlers.json', { handlers: { Work: './busy2.js' } });
  const machine = file('busy2.asl.json', {
    StartAt: 'Work',
    States: { Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
  });
  const child = spawn(process.execPath, [cli, 'run', machine, '--handlers', 'busy2.handlers.json'], { cwd: dir });
  let stdout = '';
  let interrupted = false;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    // The Task has started: the handler is spinning now.
    if (!interrupted && /TaskStarted/.test(stdout)) {
      interrupted = true;
      child.kill('SIGINT');
    }
  });
  const started = Date.now();
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  assert.equal(code, 1, stdout);
  assert.match(stdout, /Status: ABORTED/);
  assert.ok(Date.now() - started < 10_000);
});
