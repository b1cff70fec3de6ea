// `asl run --on aws` against a Step Functions API on 127.0.0.1 (./fakeStepFunctions.ts): the real
// AWS SDK in a child process signs its requests with dummy credentials from the environment and
// sends them through --endpoint-url.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeStepFunctions } from './fakeStepFunctions';

const cli = resolve(process.cwd(), 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'asl-aws-'));
const SECRET = 'dummy-secret-never-printed';
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  AWS_ACCESS_KEY_ID: 'AKIDTESTONLY',
  AWS_SECRET_ACCESS_KEY: SECRET,
  AWS_REGION: 'us-east-1',
  // Keep the developer's own AWS files out of it.
  AWS_CONFIG_FILE: join(dir, 'no-config'),
  AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
  AWS_EC2_METADATA_DISABLED: 'true',
};

const machine = (name: string, definition: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(definition, null, 2));
  return path;
};
const greet = machine('greet.asl.json', {
  StartAt: 'Hello',
  States: {
    Hello: { Type: 'Pass', Parameters: { 'greeting.$': "States.Format('Hello {}', $.name)" }, Next: 'Tag' },
    Tag: { Type: 'Pass', Result: 'done', ResultPath: '$.tag', Next: 'Again' },
    Again: { Type: 'Pass', End: true },
  },
});
const failing = machine('failing.asl.json', {
  StartAt: 'Nope',
  States: { Nope: { Type: 'Fail', Error: 'Order.Invalid', Cause: 'no items' } },
});
const invalid = machine('invalid.asl.json', { StartAt: 'Missing', States: { Here: { Type: 'Pass', End: true } } });

let server: FakeStepFunctions;
let endpoint: string;
before(async () => {
  server = new FakeStepFunctions();
  endpoint = await server.start();
});
after(() => server.stop());
beforeEach(() => {
  server.requests.length = 0;
  server.throttle.clear();
  server.holdRunning = false;
  server.runningPolls = 1;
});

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function asl(args: string[], whileRunning?: (child: ReturnType<typeof spawn>) => void): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      assert.ok(!stdout.includes(SECRET) && !stderr.includes(SECRET), 'the secret key is never printed');
      resolvePromise({ code, stdout, stderr });
    });
    whileRunning?.(child);
  });
}

const awsArgs = (path: string, ...more: string[]): string[] => [
  'run',
  path,
  '--on',
  'aws',
  '--endpoint-url',
  endpoint,
  '--format',
  'json',
  ...more,
];

test('run --on aws: creates the machine named after the file, runs it, reads every history page; a second run updates it', async () => {
  const first = await asl(awsArgs(greet, '--role-arn', 'arn:aws:iam::111111111111:role/sfn', '--input', '{"name":"Ada"}'));
  assert.equal(first.code, 0, first.stderr);
  const result = JSON.parse(first.stdout) as {
    status: string;
    output: unknown;
    events: Array<{ id: number; type: string }>;
    executionArn: string;
  };
  assert.equal(result.status, 'SUCCEEDED');
  assert.deepEqual(result.output, { greeting: 'Hello Ada', tag: 'done' });
  assert.match(result.executionArn, /^arn:aws:states:us-east-1:111111111111:execution:greet:/);
  assert.deepEqual(
    result.events.map((event) => event.id),
    result.events.map((_, i) => i + 1),
  );
  assert.equal(result.events[0]!.type, 'ExecutionStarted');
  assert.equal(result.events.at(-1)!.type, 'ExecutionSucceeded');
  const operations = server.operations();
  assert.deepEqual(operations.slice(0, 3), ['ListStateMachines', 'CreateStateMachine', 'StartExecution']);
  const historyCalls = operations.filter((op) => op === 'GetExecutionHistory').length;
  assert.equal(historyCalls, Math.ceil(result.events.length / server.pageSize), 'one call per page');
  assert.ok(operations.filter((op) => op === 'DescribeExecution').length >= 2, 'polled while RUNNING');
  const created = server.requests.find((r) => r.operation === 'CreateStateMachine')!;
  assert.equal(created.body.name, 'greet');
  assert.equal(created.body.roleArn, 'arn:aws:iam::111111111111:role/sfn');
  assert.equal(created.body.definition, readFileSync(greet, 'utf8'), 'the file is deployed as written');
  assert.equal(created.body.type, 'STANDARD');
  for (const request of server.requests) {
    assert.match(
      String(request.headers.authorization),
      /^AWS4-HMAC-SHA256 Credential=AKIDTESTONLY\/\d{8}\/us-east-1\/states\/aws4_request/,
    );
    assert.equal(request.headers['content-type'], 'application/x-amz-json-1.0');
  }

  server.requests.length = 0;
  const second = await asl(awsArgs(greet, '--input', '{"name":"Bo"}'));
  assert.equal(second.code, 0, second.stderr);
  assert.deepEqual(server.operations().slice(0, 3), ['ListStateMachines', 'UpdateStateMachine', 'StartExecution']);
  assert.deepEqual((JSON.parse(second.stdout) as { output: unknown }).output, { greeting: 'Hello Bo', tag: 'done' });
});

test('run --on aws: a failed execution prints its error and cause and exits 1', async () => {
  const result = await asl(awsArgs(failing, '--role-arn', 'arn:aws:iam::111111111111:role/sfn'));
  assert.equal(result.code, 1, result.stderr);
  const out = JSON.parse(result.stdout) as Record<string, unknown>;
  assert.equal(out.status, 'FAILED');
  assert.equal(out.error, 'Order.Invalid');
  assert.equal(out.cause, 'no items');
  assert.ok(!('output' in out));
});

test('run --on aws: throttled calls are retried by the SDK', async () => {
  server.throttle.set('StartExecution', 2);
  server.throttle.set('DescribeExecution', 1);
  const result = await asl(awsArgs(greet, '--input', '{"name":"Cy"}'));
  assert.equal(result.code, 0, result.stderr);
  assert.equal(server.operations().filter((op) => op === 'StartExecution').length, 3, 'two throttled, one through');
  assert.equal((JSON.parse(result.stdout) as { status: string }).status, 'SUCCEEDED');
});

test('run --on aws: Ctrl+C stops the execution (StopExecution) and it ends ABORTED', async () => {
  server.holdRunning = true;
  const polled = server.waitFor('DescribeExecution');
  const result = await asl(awsArgs(greet, '--input', '{"name":"Di"}'), (child) => {
    void polled.then(() => child.kill('SIGINT'));
  });
  assert.equal(result.code, 1, result.stderr);
  const stop = server.requests.find((r) => r.operation === 'StopExecution');
  assert.ok(stop, 'StopExecution was called');
  const out = JSON.parse(result.stdout) as { status: string; events: Array<{ type: string }> };
  assert.equal(out.status, 'ABORTED');
  assert.equal(out.events.at(-1)!.type, 'ExecutionAborted');
});

test('run --on aws: an invalid definition stops before any AWS call', async () => {
  const result = await asl(awsArgs(invalid, '--role-arn', 'arn:aws:iam::111111111111:role/sfn'));
  assert.equal(result.code, 1);
  assert.match(result.stderr, /not a valid state machine .*nothing was sent to AWS/);
  assert.equal(server.requests.length, 0);
});

test('run --on aws: an Express machine runs with StartSyncExecution; --state-machine-arn starts an existing one', async () => {
  const express = machine('quick.asl.json', { StartAt: 'P', States: { P: { Type: 'Pass', Result: { fast: true }, End: true } } });
  const created = await asl(awsArgs(express, '--type', 'express', '--role-arn', 'arn:aws:iam::111111111111:role/sfn'));
  assert.equal(created.code, 0, created.stderr);
  assert.deepEqual((JSON.parse(created.stdout) as { output: unknown }).output, { fast: true });
  assert.ok(server.operations().includes('StartSyncExecution'));
  assert.ok(!server.operations().includes('StartExecution'));

  server.requests.length = 0;
  const arn = server.machines.get('quick')!.arn;
  const started = await asl(awsArgs(express, '--state-machine-arn', arn));
  assert.equal(started.code, 0, started.stderr);
  assert.deepEqual(server.operations(), ['DescribeStateMachine', 'StartSyncExecution']);
});

test('run --on aws --test-state: calls TestState with the machine, the state and inspection level DEBUG', async () => {
  const result = await asl(awsArgs(greet, '--test-state', 'Tag', '--input', '{"name":"Ed"}'));
  assert.equal(result.code, 0, result.stderr);
  const call = server.requests.find((r) => r.operation === 'TestState')!;
  assert.equal(call.body.inspectionLevel, 'DEBUG');
  assert.equal(call.body.stateName, 'Tag');
  assert.equal(call.body.input, '{"name":"Ed"}');
  const out = JSON.parse(result.stdout) as Record<string, unknown>;
  assert.equal(out.status, 'SUCCEEDED');
  assert.deepEqual(out.output, { name: 'Ed', tag: 'done' });
  assert.equal(out.nextState, 'Again');
});

test('run --on aws: AWS errors and bad options exit 2 with a message', async () => {
  const missing = await asl(awsArgs(greet, '--state-machine-arn', 'arn:aws:states:us-east-1:111111111111:stateMachine:nope'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /DescribeStateMachine failed: StateMachineDoesNotExist/);
  const noRole = await asl(awsArgs(machine('fresh.asl.json', { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } })));
  assert.equal(noRole.code, 2);
  assert.match(noRole.stderr, /needs --role-arn/);
  const badTarget = await asl(['run', greet, '--on', 'gcp']);
  assert.equal(badTarget.code, 2);
  assert.match(badTarget.stderr, /--on must be aws/);
});
