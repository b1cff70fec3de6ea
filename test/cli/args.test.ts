// The command line's one argument parser, and what every command does with it: the same usage
// errors, "did you mean" for mistyped flags, --version, and `asl run` finding the files beside a
// definition as the editor does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArguments, type Flag } from '../../server/src/cli/args';
import { companionPath, machineBaseName } from '../../server/src/node/companionFiles';

const table: Flag[] = [
  { name: '--input', value: 'JSON', description: '' },
  { name: '--format', value: 'text|json', description: '' },
  { name: '--no-events', description: '' },
  { name: '--real-time', description: '' },
];

const cases: { argv: string[]; flags?: Record<string, string | true>; positional?: string[]; error?: string }[] = [
  { argv: ['a.asl.json'], flags: {}, positional: ['a.asl.json'] },
  { argv: ['--input', '{}', 'a', '--no-events'], flags: { '--input': '{}', '--no-events': true }, positional: ['a'] },
  { argv: ['--format=json', 'a', 'b'], flags: { '--format': 'json' }, positional: ['a', 'b'] },
  { argv: ['--format', 'text', '--format', 'json'], flags: { '--format': 'json' }, positional: [] },
  { argv: ['-h'], flags: { '--help': true }, positional: [] },
  { argv: ['--', '--input', '-'], flags: {}, positional: ['--input', '-'] },
  { argv: ['-'], flags: {}, positional: ['-'] },
  { argv: ['--inptu', '{}'], error: 'unknown option "--inptu". Did you mean "--input"?' },
  { argv: ['-input'], error: 'unknown option "-input". Did you mean "--input"?' },
  { argv: ['--Format=json'], error: 'unknown option "--Format". Did you mean "--format"?' },
  { argv: ['--realtime'], error: 'unknown option "--realtime". Did you mean "--real-time"?' },
  { argv: ['--strict'], error: 'unknown option "--strict".' },
  { argv: ['--input'], error: '--input needs a value (JSON).' },
  { argv: ['--no-events=yes'], error: '--no-events takes no value.' },
];

for (const { argv, flags, positional, error } of cases) {
  test(`parseArguments ${JSON.stringify(argv)}`, () => {
    const result = parseArguments(argv, table);
    if (error !== undefined) {
      assert.deepEqual(result, { ok: false, message: error });
      return;
    }
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(Object.fromEntries(result.arguments.flags), flags);
    assert.deepEqual(result.arguments.positional, positional);
  });
}

test('companion files: the names the editor and asl run both use', () => {
  assert.equal(machineBaseName('/w/examples/pickup-order.asl.json'), 'pickup-order');
  assert.equal(machineBaseName('C:\\w\\flow.asl.yml'), 'flow');
  assert.equal(companionPath('/w/examples/pickup-order.asl.json', '.input.json'), '/w/examples/pickup-order.input.json');
  assert.equal(companionPath('flow.asl.yaml', '.mocks.json'), 'flow.mocks.json');
  assert.equal(companionPath('C:\\w\\flow.asl.yml', '.mocks.json'), 'C:\\w\\flow.mocks.json');
});

const cli = resolve(process.cwd(), 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'asl-args-'));

function asl(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  writeFileSync(join(dir, name), JSON.stringify(content, null, 2));
  return name;
}

test('asl --version prints the package version', () => {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  assert.deepEqual(asl('--version'), { code: 0, stdout: `${version}\n`, stderr: '' });
});

// Every command reads its flags through the one table parser: a mistyped flag gets "did you mean"
// and the same two-line usage error, before any file is read (or any AWS call is made).
const mistypedFlags: { argv: string[]; error: string; help?: string }[] = [
  { argv: ['validate', '--fromat', 'json', 'x.asl.json'], error: 'unknown option "--fromat". Did you mean "--format"?' },
  { argv: ['run', '--fromat', 'json', 'x.asl.json'], error: 'unknown option "--fromat". Did you mean "--format"?' },
  { argv: ['run', 'x.asl.json', '--no-event'], error: 'unknown option "--no-event". Did you mean "--no-events"?' },
  { argv: ['run', 'x.asl.json', '-on', 'aws'], error: 'unknown option "-on". Did you mean "--on"?' },
  { argv: ['test', '--covrage', 'examples'], error: 'unknown option "--covrage". Did you mean "--coverage"?' },
  { argv: ['test', '--junit=r.xml', '--filtr', 'happy'], error: 'unknown option "--filtr". Did you mean "--filter"?' },
  { argv: ['test', '--coverage=yes'], error: '--coverage takes no value.' },
  { argv: ['test', '--format', 'xml'], error: '--format takes "text" or "json", not "xml".' },
  { argv: ['replay', 'h.json', '--defintion', 'x.asl.json'], error: 'unknown option "--defintion". Did you mean "--definition"?' },
  { argv: ['replay', 'h.json', '--definition'], error: '--definition needs a value (FILE).' },
  {
    argv: ['replay', 'h.json', '--definition', 'x.asl.json', '--type', 'slow'],
    error: '--type takes "standard" or "express", not "slow".',
  },
  {
    argv: ['run', 'x.asl.json', '--on', 'aws', '--regoin', 'eu-west-1'],
    error: 'unknown option "--regoin". Did you mean "--region"?',
    help: 'run --on aws',
  },
  {
    argv: ['run', 'x.asl.json', '--on=aws', '--state-machine-ar', 'arn'],
    error: 'unknown option "--state-machine-ar". Did you mean "--state-machine-arn"?',
    help: 'run --on aws',
  },
  { argv: ['run', 'x.asl.json', '--on', 'aws', '--mocks', 'm.json'], error: 'unknown option "--mocks".', help: 'run --on aws' },
];

for (const { argv, error, help } of mistypedFlags) {
  test(`asl ${argv.join(' ')}: a usage error worded like every command's`, () => {
    const result = asl(...argv);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, `asl ${argv[0]}: ${error}\nRun "asl ${help ?? argv[0]} --help" for the options.\n`);
    assert.equal(result.stdout, '');
  });
}

test('every command lists the flags of its table under --help', () => {
  for (const [argv, flag] of [
    [['validate', '--help'], '--format text|json'],
    [['run', '-h'], '--on aws'],
    [['run', 'x', '--on', 'aws', '--help'], '--state-machine-arn ARN'],
    [['replay', '--help'], '--execution-arn ARN'],
    [['test', '--help'], '--coverage-threshold PERCENT'],
  ] as const) {
    const result = asl(...argv);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.includes(`  ${flag}  `), `${argv.join(' ')} lists ${flag}:\n${result.stdout}`);
  }
});

test('validate of a missing file says so and does not also print "0 files checked"', () => {
  const result = asl('validate', 'missing.asl.json');
  assert.equal(result.code, 2);
  assert.equal(result.stderr, 'asl validate: cannot read "missing.asl.json": no such file or folder\n');
});

const echo = file('echo.asl.json', {
  StartAt: 'Call',
  States: { Call: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:Echo', End: true } },
});
file('echo.input.json', { from: 'the input file' });
const mocks = (testCases: Record<string, Record<string, string>>) => ({
  StateMachines: { echo: { TestCases: testCases } },
  MockedResponses: { Ok: { '0': { Return: { mocked: 'ok' } } }, Other: { '0': { Return: { mocked: 'other' } } } },
});

test('asl run uses <name>.input.json and <name>.mocks.json beside the definition, and says so', () => {
  file('echo.mocks.json', mocks({ Only: { Call: 'Ok' } }));
  const result = asl('run', echo, '--no-events', '--format', 'json');
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout).output, { mocked: 'ok' });
  assert.equal(
    result.stderr,
    'asl run: input from echo.input.json\nasl run: mocks from echo.mocks.json (state machine echo, test case Only)\n',
  );

  const given = asl('run', echo, '--input', '{"given":1}', '--no-mocks', '--format', 'json', '--no-events');
  assert.equal(given.code, 1, 'without mocks the Lambda task fails');
  assert.equal(given.stderr, '');
});

test('asl run asks for --test-case when the mock file beside has several', () => {
  file('echo.mocks.json', mocks({ First: { Call: 'Ok' }, Second: { Call: 'Other' } }));
  const unchosen = asl('run', echo);
  assert.equal(unchosen.code, 2);
  assert.match(unchosen.stderr, /echo\.mocks\.json has the test cases First, Second: choose one with --test-case NAME, or --no-mocks/);
  const chosen = asl('run', echo, '--test-case', 'Second', '--format', 'json');
  assert.equal(chosen.code, 0, chosen.stderr);
  assert.deepEqual(JSON.parse(chosen.stdout).output, { mocked: 'other' });
});

test('asl run --no-events starts with the status, not a blank line', () => {
  const result = asl('run', echo, '--test-case', 'First', '--no-events');
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^Status: SUCCEEDED\nOutput: /);
  const traced = asl('run', echo, '--test-case', 'First');
  assert.match(traced.stdout, /\n\nStatus: SUCCEEDED\n/);
});
