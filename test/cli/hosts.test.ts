// `asl validate` and `asl run` on infrastructure files, as a user runs them (the built CLI on the
// fixtures of test/fixtures/hosts; their diagnostics are checked in detail by test/unit/hosts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const cli = resolve(process.cwd(), 'dist', 'cli.js');
const fixtures = join('test', 'fixtures', 'hosts');

function asl(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: process.cwd() });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  files: { path: string; stateMachines: { name: string; range: { start: { line: number } } }[]; diagnostics: { code: string }[] }[];
}

test('validate finds every kind of infrastructure file in a folder and lists its machines', () => {
  const result = asl('validate', fixtures, '--format', 'json');
  assert.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout) as JsonReport;
  const names = (path: string): string[] =>
    report.files.find((file) => file.path === join(fixtures, path))?.stateMachines.map((machine) => machine.name) ?? [];
  assert.deepEqual(names('sam-short/template.yaml'), ['OrderFlow']);
  assert.deepEqual(names('cfn-long/template.yml'), ['Pipeline', 'Reporter', 'Archived']);
  assert.deepEqual(names('cfn-json/orders.template.json'), ['Inline', 'Stringly']);
  assert.deepEqual(names('cdk/cdk.out/OrdersStack.template.json'), ['OrdersStateMachine6C968CA5']);
  assert.deepEqual(names('serverless/serverless.yml'), ['orderFlow', 'fromFile']);
  assert.deepEqual(names('terraform/main.tf'), [
    'aws_sfn_state_machine.encoded',
    'aws_sfn_state_machine.heredoc',
    'aws_sfn_state_machine.indented',
    'aws_sfn_state_machine.templated',
    'aws_sfn_state_machine.plain_file',
    'module.orders',
    'aws_sfn_state_machine.audit',
  ]);
  // A followed file is its own entry, once, with the host's machine name.
  assert.deepEqual(names('sam-uri/statemachine/tuner.json'), ['PowerTuning']);
  assert.equal(report.files.filter((file) => file.path.endsWith('tuner.json')).length, 1);
  const sam = report.files.find((file) => file.path === join(fixtures, 'sam-short/template.yaml'))!;
  assert.equal(sam.stateMachines[0]!.range.start.line, 26);
  // Values the template knows are substituted and checked (TimeoutSeconds -5, a Lambda ARN without its account).
  assert.deepEqual(sam.diagnostics.map((diagnostic) => diagnostic.code).sort(), [
    'express/unsupported-pattern',
    'graph/unreachable-after-unknown-reference',
    'graph/unreachable-after-unknown-reference',
    'reference/unknown-state',
    'resource/malformed',
    'structure/out-of-range',
  ]);
});

test('a definition file an infrastructure file points at is checked once, through it', () => {
  const result = asl('validate', join(fixtures, 'serverless'), '--format', 'json');
  const report = JSON.parse(result.stdout) as JsonReport;
  assert.deepEqual(
    report.files.map((file) => file.path),
    [join(fixtures, 'serverless', 'serverless.yml'), join(fixtures, 'serverless', 'fromFile.asl.yml')],
  );
});

test('a standalone JSON definition meant for substitution: bare ${placeholders} are placeholders, not a syntax error cascade', () => {
  const result = asl('validate', join(fixtures, 'sam-uri', 'statemachine', 'tuner.json'), '--format', 'json');
  assert.equal(result.code, 0, result.stdout);
  const report = JSON.parse(result.stdout) as JsonReport;
  assert.deepEqual(report.files[0]!.diagnostics, []);
  assert.deepEqual(
    report.files[0]!.stateMachines.map((machine) => machine.name),
    ['tuner'],
  );
});

test('validate of a standalone definition lists one machine named after the file', () => {
  const result = asl('validate', join(fixtures, 'serverless', 'fromFile.asl.yml'), '--format', 'json');
  assert.equal(result.code, 0, result.stderr);
  const report = JSON.parse(result.stdout) as JsonReport;
  assert.deepEqual(
    report.files[0]!.stateMachines.map((machine) => machine.name),
    ['fromFile'],
  );
});

test('text output gives host coordinates for a definition inside a JSON string', () => {
  const result = asl('validate', join(fixtures, 'cfn-json', 'orders.template.json'));
  assert.equal(result.code, 1);
  assert.match(result.stdout, /orders\.template\.json:18:123 error reference\/unknown-state/);
});

test("run FILE#NAME runs an embedded machine with the template's execution type and known substitutions", () => {
  const quick = asl('run', join(fixtures, 'runnable', 'template.yaml#Quick'), '--format', 'json');
  assert.equal(quick.code, 0, quick.stderr);
  const output = JSON.parse(quick.stdout).output as { greeting: string; execution: string };
  assert.equal(output.greeting, 'Hello');
  assert.match(output.execution, /:express:/);
  const slow = asl('run', join(fixtures, 'runnable', 'template.yaml#Slow'), '--format', 'json');
  assert.equal(slow.code, 0, slow.stderr);
  assert.deepEqual(JSON.parse(slow.stdout).output.stage, 'Hello');
  assert.match(JSON.parse(slow.stdout).output.execution, /:execution:/);
  // --type still wins.
  const forced = asl('run', join(fixtures, 'runnable', 'template.yaml#Quick'), '--type', 'standard', '--format', 'json');
  assert.match(JSON.parse(forced.stdout).output.execution, /:execution:/);
});

test('run of Terraform and Serverless machines, and of a followed file', () => {
  const module = asl('run', join(fixtures, 'terraform', 'main.tf#module.orders'), '--format', 'json');
  assert.equal(module.code, 0, module.stderr);
  assert.equal(JSON.parse(module.stdout).status, 'SUCCEEDED');
  const fromFile = asl('run', join(fixtures, 'serverless', 'serverless.yml#fromFile'), '--format', 'json');
  assert.equal(fromFile.code, 0, fromFile.stderr);
});

test('run names the machines when the reference is ambiguous or wrong, and refuses an invalid one', () => {
  const ambiguous = asl('run', join(fixtures, 'runnable', 'template.yaml'));
  assert.equal(ambiguous.code, 2);
  assert.match(ambiguous.stderr, /2 state machines: name one as .*#NAME \(Quick, Slow\)/);
  const unknown = asl('run', join(fixtures, 'runnable', 'template.yaml#Nope'));
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no state machine named "Nope"; it has: Quick, Slow/);
  const invalid = asl('run', join(fixtures, 'sam-short', 'template.yaml#OrderFlow'));
  assert.equal(invalid.code, 1);
  assert.match(invalid.stderr, /template\.yaml:54:19 error reference\/unknown-state/);
});
