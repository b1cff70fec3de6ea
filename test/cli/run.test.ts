// `asl run` as a user runs it: spawn the built CLI on files in a temporary folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve(process.cwd(), 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'asl-run-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

function asl(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, 'run', ...args], { encoding: 'utf8', cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const hello = file('hello.asl.json', {
  StartAt: 'Greet',
  States: { Greet: { Type: 'Pass', Parameters: { 'message.$': "States.Format('Hello, {}!', $.name)" }, End: true } },
});

const task = file('task.asl.json', {
  StartAt: 'Call',
  States: {
    Call: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'Greeter', 'Payload.$': '$' },
      OutputPath: '$.Payload',
      Retry: [{ ErrorEquals: ['Flaky'], MaxAttempts: 2 }],
      End: true,
    },
  },
});

test('asl run: JSON output with status, output and events; exit 0', () => {
  const { code, stdout } = asl(hello, '--input', '{"name":"Ada"}', '--format', 'json');
  assert.equal(code, 0);
  const result = JSON.parse(stdout);
  assert.equal(result.status, 'SUCCEEDED');
  assert.deepEqual(result.output, { message: 'Hello, Ada!' });
  assert.deepEqual(
    result.events.map((event: { type: string }) => event.type),
    ['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded'],
  );
  assert.equal(result.events[1].previousEventId, 1);
});

test('asl run: --input @file and --no-events', () => {
  const input = file('input.json', { name: 'Grace' });
  const { code, stdout } = asl(hello, '--input', `@${input}`, '--no-events', '--format', 'json');
  assert.equal(code, 0);
  assert.deepEqual(JSON.parse(stdout), { status: 'SUCCEEDED', output: { message: 'Hello, Grace!' }, events: [] });
});

test('asl run: the text format is a readable trace', () => {
  const { code, stdout } = asl(hello, '--input', '{"name":"Ada"}');
  assert.equal(code, 0);
  assert.match(stdout, /Greet/);
  assert.match(stdout, /Status: SUCCEEDED/);
  assert.match(stdout, /Hello, Ada!/);
});

test('asl run: a failed execution exits 1 with error and cause', () => {
  const failing = file('fail.asl.json', { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Nope', Cause: 'because' } } });
  const { code, stdout } = asl(failing, '--format', 'json');
  assert.equal(code, 1);
  const result = JSON.parse(stdout);
  assert.equal(result.status, 'FAILED');
  assert.equal(result.error, 'Nope');
  assert.equal(result.cause, 'because');
});

test('asl run: YAML definitions run too', () => {
  const yaml = file('hello.asl.yaml', 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result: {from: yaml}\n    End: true\n');
  const { code, stdout } = asl(yaml, '--format', 'json');
  assert.equal(code, 0, stdout);
  assert.deepEqual(JSON.parse(stdout).output, { from: 'yaml' });
});

test('asl run: input that is not JSON is a usage error (exit 2, no stack trace)', () => {
  const { code, stderr } = asl(hello, '--input', '{name:');
  assert.equal(code, 2);
  assert.match(stderr, /not valid JSON/);
  assert.doesNotMatch(stderr, /\n\s+at /);
});

test('asl run: missing files and unknown options are usage errors', () => {
  assert.equal(asl(join(dir, 'missing.asl.json')).code, 2);
  assert.equal(asl(hello, '--frobnicate').code, 2);
  assert.equal(asl().code, 2);
  assert.equal(asl(hello, '--type', 'slow').code, 2);
});

test('asl run: an invalid definition is refused with its diagnostics (exit 1)', () => {
  const broken = file('broken.asl.json', '{\n  "StartAt": "Nowhere",\n  "States": {\n    "A": {"Type": "Pass", "End": true}\n  }\n}\n');
  const { code, stderr, stdout } = asl(broken);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /broken\.asl\.json:\d+:\d+ error \S+ /);
});

test('asl run: mocked responses (one machine, so --state-machine may be left out); retries count', () => {
  const mocks = file('mocks.json', {
    StateMachines: { Hello: { TestCases: { Flaky: { Call: 'FlakyThenOk' } } } },
    MockedResponses: { FlakyThenOk: { '0': { Throw: { Error: 'Flaky', Cause: 'first' } }, '1': { Return: { Payload: { ok: 1 } } } } },
  });
  const { code, stdout } = asl(task, '--mocks', mocks, '--test-case', 'Flaky', '--format', 'json');
  assert.equal(code, 0, stdout);
  const result = JSON.parse(stdout);
  assert.deepEqual(result.output, { ok: 1 });
  assert.equal(result.events.filter((event: { type: string }) => event.type === 'TaskFailed').length, 1);
  assert.equal(asl(task, '--mocks', mocks, '--test-case', 'Nope').code, 2);
});

test('asl run: local handlers bound to a Lambda function name', () => {
  file('greeter.mjs', 'export async function handler(event) { return { greeting: `hi ${event.name}` }; }\n');
  const handlers = file('handlers.json', { handlers: { Greeter: './greeter.mjs' } });
  const { code, stdout } = asl(task, '--handlers', handlers, '--input', '{"name":"Lin"}', '--format', 'json');
  assert.equal(code, 0, stdout);
  assert.deepEqual(JSON.parse(stdout).output, { greeting: 'hi Lin' });
});

test('asl run: a Task with no mock or handler fails naming the state', () => {
  const { code, stdout } = asl(task, '--format', 'json');
  assert.equal(code, 1);
  assert.match(JSON.parse(stdout).cause, /'Call'/);
});

test('asl run: --max-events ends an endless loop', () => {
  const endless = file('endless.asl.json', {
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Next: 'Again' },
      Again: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'A' },
      Done: { Type: 'Succeed' },
    },
  });
  const { code, stdout } = asl(endless, '--max-events', '50', '--no-events', '--format', 'json');
  assert.equal(code, 1);
  assert.equal(JSON.parse(stdout).status, 'FAILED');
});

test('asl run: Distributed Map reads local CSV and JSONL items and writes results to a folder', () => {
  file('people.csv', 'name,age\nann,3\n"bo, b",4\n');
  file('lines.jsonl', '{"a":1}\n{"a":2}\n');
  const definition = file('distributed.asl.json', {
    StartAt: 'People',
    States: {
      People: {
        Type: 'Map',
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' },
          Parameters: { Bucket: 'local', Key: 'people.csv' },
        },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
          StartAt: 'Who',
          States: { Who: { Type: 'Pass', Parameters: { 'who.$': '$.name' }, End: true } },
        },
        ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', Prefix: 'runs' } },
        ResultPath: '$.written',
        Next: 'Lines',
      },
      Lines: {
        Type: 'Map',
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'JSONL' },
          Parameters: { Bucket: 'local', Key: 'lines.jsonl' },
        },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'Same',
          States: { Same: { Type: 'Pass', End: true } },
        },
        ResultPath: '$.lines',
        End: true,
      },
    },
  });
  const { code, stdout, stderr } = asl(definition, '--results-dir', join(dir, 'results'), '--no-events', '--format', 'json');
  assert.equal(code, 0, stderr + stdout);
  const output = JSON.parse(stdout).output;
  assert.deepEqual(output.lines, [{ a: 1 }, { a: 2 }]);
  assert.equal(output.written.ResultWriterDetails.Bucket, 'out');
  // AWS's format: one record per child execution, Input and Output as JSON strings.
  const written = JSON.parse(readFileSync(join(dir, 'results', 'out', 'runs', '1', 'SUCCEEDED_0.json'), 'utf8')) as Array<{
    Input: string;
    Output: string;
    Status: string;
  }>;
  assert.deepEqual(
    written.map((record) => JSON.parse(record.Output)),
    [{ who: 'ann' }, { who: 'bo, b' }],
  );
  assert.deepEqual(JSON.parse(written[1]!.Input), { name: 'bo, b', age: '4' });
  assert.equal(written[0]!.Status, 'SUCCEEDED');
  const manifest = JSON.parse(readFileSync(join(dir, 'results', 'out', 'runs', '1', 'manifest.json'), 'utf8'));
  assert.equal(manifest.ResultFiles.SUCCEEDED[0].Key, 'runs/1/SUCCEEDED_0.json');
});

test('asl run: Ctrl-C (SIGINT) aborts a real-time run', async () => {
  const waiting = file('waiting.asl.json', { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, End: true } } });
  const child = spawn(process.execPath, [cli, 'run', waiting, '--real-time'], { cwd: dir });
  let stdout = '';
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  // The text trace streams as the run goes: interrupt once the Wait state has been entered.
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (/→ W \(Wait\)/.test(stdout)) resolve();
    });
  });
  child.kill('SIGINT');
  assert.equal(await closed, 1);
  assert.match(stdout, /Status: ABORTED/);
});
