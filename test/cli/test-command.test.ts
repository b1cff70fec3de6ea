// `asl test` as CI runs it: the built CLI on the examples, on a fixture with a broken expectation and
// on broken files in a temporary folder. Checks the contract: text (last line), JSON shape, JUnit,
// exit codes 0/1/2, --filter, --coverage and --coverage-threshold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = process.cwd();
const cli = resolve(root, 'dist', 'cli.js');
const broken = join('test', 'fixtures', 'testing', 'broken');
const dir = mkdtempSync(join(tmpdir(), 'asl-test-'));

function asl(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, 'test', ...args], { encoding: 'utf8', cwd: root, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const lastLine = (text: string): string => text.trimEnd().split('\n').pop()!;

test('asl test examples: every example test passes, the last line counts them, exit 0', () => {
  const { code, stdout, stderr } = asl('examples');
  assert.equal(code, 0, stdout + stderr);
  assert.match(lastLine(stdout), /^\d+ passed, 0 failed$/);
  assert.ok(Number(lastLine(stdout).split(' ')[0]) >= 15);
  assert.match(stdout, /✓ pass {2}greets and sends \([\d.]+ ms\)/);
});

test('without paths, asl test runs the test files under the current folder', () => {
  const result = spawnSync(process.execPath, [cli, 'test'], { encoding: 'utf8', cwd: join(root, 'examples'), timeout: 120_000 });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(lastLine(result.stdout), /^\d+ passed, 0 failed$/);
  assert.match(result.stdout, /return-request\.asl\.test\.yaml/);
});

test('a broken expectation fails with the first differing JSON path, expected, actual and the path taken; exit 1', () => {
  const { code, stdout } = asl(broken);
  assert.equal(code, 1, stdout);
  assert.match(stdout, /✗ fail {2}deliberately broken expectation/);
  assert.match(stdout, /output: first difference at \$\.sent: expected false, actual true/);
  assert.match(stdout, /expected: \{"greeting":"Hello, World!","sent":false\}/);
  assert.match(stdout, /path taken: Greet → SendGreeting → Done/);
  assert.equal(lastLine(stdout), '1 passed, 1 failed');
});

test('--format json has the contract shape; --junit writes one testsuite per file', () => {
  const junit = join(dir, 'reports', 'junit.xml');
  const { code, stdout } = asl(broken, 'examples/hello-world.asl.test.json', '--format', 'json', '--junit', junit);
  assert.equal(code, 1);
  const json = JSON.parse(stdout) as {
    tests: { file: string; name: string; status: string; failures: { message: string }[]; durationMs: number }[];
    summary: { passed: number; failed: number };
  };
  assert.deepEqual(json.summary, { passed: 3, failed: 1 });
  assert.equal(json.tests.length, 4);
  for (const t of json.tests) {
    assert.equal(typeof t.file, 'string');
    assert.equal(typeof t.name, 'string');
    assert.ok(t.status === 'passed' || t.status === 'failed');
    assert.equal(typeof t.durationMs, 'number');
    assert.ok(Array.isArray(t.failures));
  }
  const failed = json.tests.find((t) => t.status === 'failed')!;
  assert.match(failed.failures[0]!.message, /\$\.sent/);
  assert.equal('coverage' in json, false, 'coverage only with --coverage');
  const xml = readFileSync(junit, 'utf8');
  assert.equal(xml.match(/<testsuite /g)?.length, 2);
  assert.equal(xml.match(/<testcase /g)?.length, 4);
  assert.match(xml, /<failure message="output: first difference at \$\.sent: expected false, actual true"/);
});

test('--filter runs only the tests whose name contains the text', () => {
  const { code, stdout } = asl('examples', '--filter', 'DECLINED', '--format', 'json');
  assert.equal(code, 0);
  const json = JSON.parse(stdout) as { tests: { name: string }[] };
  assert.deepEqual(
    json.tests.map((t) => t.name),
    ['card declined'],
  );
  assert.equal(asl('examples', '--filter', 'no test is called this').code, 2);
});

test('--coverage reports states and transitions per machine; --coverage-threshold fails under it', () => {
  const full = asl('examples', '--coverage', '--format', 'json');
  assert.equal(full.code, 0);
  const coverage = (
    JSON.parse(full.stdout) as {
      coverage: Record<
        string,
        { states: { covered: number; total: number; uncovered: string[] }; transitions: { covered: number; total: number } }
      >;
    }
  ).coverage;
  const pickup = coverage[join('examples', 'pickup-order.asl.json')]!;
  assert.deepEqual(pickup.states, { covered: 17, total: 17, uncovered: [] });
  assert.equal(pickup.transitions.covered, pickup.transitions.total);
  const partial = asl('examples/pickup-order.asl.test.json', '--filter', 'happy path', '--coverage-threshold', '90');
  assert.equal(partial.code, 1, partial.stdout);
  assert.match(partial.stdout, /Coverage under the threshold of 90%: examples[/\\]pickup-order\.asl\.json/);
  assert.match(partial.stdout, /uncovered states/);
  assert.equal(lastLine(partial.stdout), '1 passed, 0 failed');
  assert.equal(asl('examples/pickup-order.asl.test.json', '--filter', 'happy path', '--coverage-threshold', '40').code, 0);
});

test('exit 2 on usage and file errors: unknown option, missing path, unreadable test file, missing machine, unknown state', () => {
  assert.equal(asl('--nope').code, 2);
  assert.equal(asl('--coverage-threshold', 'lots', 'examples').code, 2);
  assert.equal(asl(join(dir, 'nothing-here')).code, 2);
  const syntax = asl(file('syntax.asl.test.json', '{"stateMachine": '));
  assert.equal(syntax.code, 2);
  assert.match(syntax.stderr, /syntax\.asl\.test\.json:1:\d+ error test-file\/syntax/);
  const missing = asl(file('missing.asl.test.json', { stateMachine: './gone.asl.json', tests: { t: {} } }));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /state machine \.\/gone\.asl\.json: Cannot read .*no such file/);
  file('m.asl.json', { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
  const unknown = asl(file('unknown.asl.test.json', { stateMachine: './m.asl.json', tests: { t: { expect: { path: ['B'] } } } }));
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /test-file\/unknown-state The machine has no state "B"/);
  const embedded = asl(file('embedded.asl.test.json', { stateMachine: './template.yaml#Machine', tests: { t: {} } }));
  assert.equal(embedded.code, 2);
  assert.match(embedded.stderr, /state machine \.\/template\.yaml#Machine: Cannot read "\.\/template\.yaml": no such file/);
});

test('a machine embedded in a SAM template is tested by FILE#NAME, with the execution type of the template', () => {
  file(
    'template.yaml',
    [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  OrderFlow:',
      '    Type: AWS::Serverless::StateMachine',
      '    Properties:',
      '      Type: EXPRESS',
      '      Definition:',
      '        StartAt: Check',
      '        States:',
      '          Check:',
      '            Type: Choice',
      '            Choices:',
      '              - Variable: $.ok',
      '                BooleanEquals: true',
      '                Next: Done',
      '            Default: Reject',
      '          Reject:',
      '            Type: Fail',
      '            Error: Rejected',
      '          Done:',
      '            Type: Pass',
      '            Parameters:',
      '              type.$: $$.Execution.Id',
      '            End: true',
      '',
    ].join('\n'),
  );
  const path = file('template.asl.test.json', {
    stateMachine: './template.yaml#OrderFlow',
    tests: {
      accepted: { input: { ok: true }, expect: { path: ['Check', 'Done'] } },
      rejected: { input: { ok: false }, expect: { status: 'FAILED', error: 'Rejected' } },
    },
  });
  const { code, stdout } = asl(path, '--coverage', '--format', 'json');
  assert.equal(code, 0, stdout);
  const json = JSON.parse(stdout) as { summary: unknown; coverage: Record<string, { states: { covered: number; total: number } }> };
  assert.deepEqual(json.summary, { passed: 2, failed: 0 });
  const [key, coverage] = Object.entries(json.coverage)[0]!;
  assert.match(key, /template\.yaml#OrderFlow$/);
  assert.deepEqual(coverage.states, { covered: 3, total: 3, uncovered: [] });
  // EXPRESS from the template: the execution id is an express one.
  const express = asl(
    file('express.asl.test.json', {
      stateMachine: './template.yaml#OrderFlow',
      tests: { t: { input: { ok: true }, expect: { outputContains: {} } } },
    }),
  );
  assert.equal(express.code, 0, express.stdout);
});

test('a test has a time limit: a machine that never ends is stopped and fails', () => {
  // Every turn of the loop does real work: an Express loop of empty turns now ends by itself after
  // 5 simulated minutes (10 ms a transition), before any wall-clock limit.
  const work = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`r${i}.$`, 'States.ArrayRange(1, 1000, 1)']));
  file('loop.asl.json', {
    StartAt: 'Again',
    States: {
      Again: { Type: 'Pass', Parameters: work, Next: 'Stop?' },
      'Stop?': { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'Again' },
      Done: { Type: 'Succeed' },
    },
  });
  const path = file('loop.asl.test.json', { stateMachine: './loop.asl.json', tests: { forever: { type: 'express' } } });
  const { code, stdout } = asl(path, '--timeout', '1500');
  assert.equal(code, 1, stdout);
  assert.match(stdout, /the run was stopped: The run did not finish within its time limit of 1\.5 seconds/);
});
