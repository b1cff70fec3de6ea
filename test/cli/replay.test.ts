// `asl replay` end to end through dist/cli.js: the README's example, exit codes, JSON output and
// --save-test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = process.cwd();
const cli = resolve(root, 'dist', 'cli.js');
const fixture = (name: string, file: string): string => resolve(root, 'test', 'fixtures', 'replay', name, file);

function asl(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('asl replay: the README example matches (exit 0)', () => {
  const result = asl(['replay', 'examples/pickup-order.history.json', '--definition', 'examples/pickup-order.asl.json']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /the runs match/);
  assert.match(result.stdout, /Recorded: SUCCEEDED {2}output \{"bay":"B2","confirmation":"9b1c2f0e-msg"\}/);
});

test('asl replay --format json: a tampered machine diverges (exit 1) with the contract shape', () => {
  const result = asl([
    'replay',
    fixture('pickup-order-retried', 'history.json'),
    '--definition',
    fixture('pickup-order-retried', 'tampered-charge-selector.asl.json'),
    '--format',
    'json',
  ]);
  assert.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout) as Record<string, unknown>;
  assert.deepEqual(Object.keys(report), ['verdict', 'recorded', 'local', 'divergence']);
  assert.equal(report.verdict, 'diverged');
  assert.deepEqual(report.recorded, { status: 'SUCCEEDED', output: { bay: 'B2', confirmation: '9b1c2f0e-msg' } });
  const divergence = report.divergence as Record<string, unknown>;
  assert.deepEqual(Object.keys(divergence), ['eventId', 'state', 'recorded', 'local']);
  assert.equal(divergence.state, 'ChargeCard');
});

test('asl replay: usage and file errors exit 2 with a message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-replay-'));
  writeFileSync(join(dir, 'broken.json'), '{"events": [');
  writeFileSync(join(dir, 'not-history.json'), '{"hello": 1}');
  const machine = fixture('poll-loop', 'machine.asl.json');
  const cases: Array<[string[], RegExp]> = [
    [['replay'], /missing the history file/],
    [['replay', fixture('poll-loop', 'history.json')], /missing --definition/],
    [['replay', join(dir, 'missing.json'), '--definition', machine], /does not exist/],
    [['replay', join(dir, 'broken.json'), '--definition', machine], /is not valid JSON/],
    [['replay', join(dir, 'not-history.json'), '--definition', machine], /not an execution history/],
    [
      ['replay', fixture('poll-loop', 'history.json'), '--definition', machine, '--format', 'xml'],
      /--format takes "text" or "json", not "xml"/,
    ],
  ];
  for (const [args, message] of cases) {
    const result = asl(args);
    assert.equal(result.code, 2, `${args.join(' ')}: ${result.stdout}`);
    assert.match(result.stderr, message);
  }
});

test('asl replay --save-test writes an .asl.test.json with the machine path relative to it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-replay-'));
  const file = join(dir, 'poll.asl.test.json');
  const result = asl([
    'replay',
    fixture('poll-loop', 'history.json'),
    '--definition',
    fixture('poll-loop', 'machine.asl.json'),
    '--save-test',
    file,
  ]);
  assert.equal(result.code, 0, result.stderr);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    stateMachine: string;
    tests: Record<string, { input: unknown; mocks: Record<string, Record<string, unknown>>; expect: Record<string, unknown> }>;
  };
  assert.equal(resolve(dir, saved.stateMachine), fixture('poll-loop', 'machine.asl.json'));
  const [name, testCase] = Object.entries(saved.tests)[0]!;
  assert.equal(name, 'replay of history');
  assert.deepEqual(testCase.input, { file: 's3://in/a.csv' });
  assert.deepEqual(Object.keys(testCase.mocks.GetStatus!), ['0', '1', '2']);
  assert.deepEqual(testCase.mocks.GetStatus!['2'], { Return: { StatusCode: 200, Payload: { state: 'DONE' } } });
  assert.deepEqual(testCase.expect.path, [
    'SubmitJob',
    'WaitABit',
    'GetStatus',
    'IsDone',
    'WaitABit',
    'GetStatus',
    'IsDone',
    'WaitABit',
    'GetStatus',
    'IsDone',
    'Done',
  ]);
  assert.equal(testCase.expect.status, 'SUCCEEDED');
});

test('asl replay --definition FILE#NAME: a machine inside a template replays, and its errors are in the template lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-replay-host-'));
  const definition = JSON.parse(readFileSync(resolve(root, 'examples/pickup-order.asl.json'), 'utf8')) as unknown;
  const template = join(dir, 'orders.template.json');
  const resources = {
    Inline: { Type: 'AWS::StepFunctions::StateMachine', Properties: { Definition: definition } },
    AsString: { Type: 'AWS::StepFunctions::StateMachine', Properties: { DefinitionString: JSON.stringify(definition, null, 2) } },
  };
  writeFileSync(template, JSON.stringify({ Resources: resources }, null, 2));
  for (const name of ['Inline', 'AsString']) {
    const result = asl(['replay', 'examples/pickup-order.history.json', '--definition', `${template}#${name}`]);
    assert.equal(result.code, 0, `${name}: ${result.stderr}`);
    assert.match(result.stdout, /the runs match/);
  }
  // --save-test names the machine as FILE#NAME, relative to the test file.
  const saved = join(dir, 'pickup.asl.test.json');
  assert.equal(asl(['replay', 'examples/pickup-order.history.json', '--definition', `${template}#Inline`, '--save-test', saved]).code, 0);
  assert.equal((JSON.parse(readFileSync(saved, 'utf8')) as { stateMachine: string }).stateMachine, 'orders.template.json#Inline');

  const broken = join(dir, 'template.yaml');
  writeFileSync(
    broken,
    'Resources:\n  Flow:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition:\n        StartAt: First\n        States:\n          First:\n            Type: Pass\n            Next: Nowhere\n',
  );
  const refused = asl(['replay', 'examples/pickup-order.history.json', '--definition', `${broken}#Flow`]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:10:19 error reference/unknown-state`));
  const unknown = asl(['replay', 'examples/pickup-order.history.json', '--definition', `${template}#Nope`]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /has no state machine named "Nope"; it has: Inline, AsString/);
});
