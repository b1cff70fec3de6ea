// `asl validate` as a user runs it: spawn the built CLI on files in a temporary folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { requireShared } from '../support/shared';

const cli = resolve(process.cwd(), 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'asl-validate-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function asl(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, 'validate', ...args], { encoding: 'utf8', cwd: dir, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const good = file('good.asl.json', JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }, null, 2));
const bad = file('nested/bad.asl.yaml', 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n');
file('nested/deeper/warn.asl.yml', 'StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: foo:bar\n    End: true\n');
file('nested/ignored.json', '{ not a definition');

test('a valid file: exit 0 and no output lines', () => {
  const result = asl(good);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /1 file checked: 0 errors/);
});

test('text format: path:line:col severity code message, 1-based; exit 1 on errors', () => {
  const result = asl(bad);
  assert.equal(result.code, 1);
  assert.equal(
    result.stdout.trim(),
    `${bad}:5:11 error reference/unknown-state There is no state named "B" in the top level of the state machine. Add the state, or name an existing one (names are case sensitive).`,
  );
});

test('folders are searched recursively for *.asl.json, *.asl.yaml and *.asl.yml only', () => {
  const result = asl('--format', 'json', 'nested');
  assert.equal(result.code, 1);
  const output = JSON.parse(result.stdout) as {
    files: {
      path: string;
      diagnostics: {
        severity: string;
        code: string;
        message: string;
        range: { start: { line: number; character: number }; end: { line: number; character: number } };
      }[];
    }[];
  };
  assert.deepEqual(
    output.files.map((entry) => entry.path),
    [join('nested', 'bad.asl.yaml'), join('nested', 'deeper', 'warn.asl.yml')],
  );
  assert.deepEqual(output.files[0]!.diagnostics, [
    {
      severity: 'error',
      code: 'reference/unknown-state',
      message:
        'There is no state named "B" in the top level of the state machine. Add the state, or name an existing one (names are case sensitive).',
      range: { start: { line: 4, character: 10 }, end: { line: 4, character: 11 } },
    },
  ]);
  assert.deepEqual(
    output.files[1]!.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code]),
    [['warning', 'resource/not-an-arn']],
  );
});

test('warnings alone exit 0', () => {
  const result = asl('--format=json', join('nested', 'deeper'));
  assert.equal(result.code, 0, result.stderr);
});

test('usage and file errors exit 2 with the reason', () => {
  const none = asl();
  assert.equal(none.code, 2);
  assert.match(none.stderr, /name at least one file or folder/);
  const format = asl('--format', 'xml', good);
  assert.equal(format.code, 2);
  assert.match(format.stderr, /--format takes "text" or "json", not "xml"/);
  const option = asl('--strict', good);
  assert.equal(option.code, 2);
  assert.match(option.stderr, /unknown option "--strict"/);
  const missing = asl('missing.asl.json', good);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read "missing.asl.json": no such file or folder/);
  const empty = file('empty-folder/readme.txt', 'nothing here');
  assert.ok(empty);
  const folder = asl('empty-folder');
  assert.equal(folder.code, 2);
  assert.match(folder.stderr, /no \*\.asl\.json, \*\.asl\.yaml or \*\.asl\.yml files in "empty-folder"/);
  assert.equal(asl('--help').code, 0);
});

test('input that is not a definition at all exits 2 with the reason; odd but readable text gets diagnostics', () => {
  const binary = Buffer.alloc(2048);
  for (let index = 0; index < binary.length; index++) binary[index] = (index * 131) % 256;
  const refused = {
    empty: file('bad/empty.asl.json', ''),
    blank: file('bad/blank.asl.yaml', '  \n\n'),
    binary: file('bad/binary.asl.json', binary),
    nul: file('bad/nul.asl.json', '{"StartAt": "A",\u0000 "States": {}}'),
    deep: file('bad/deep.asl.json', '['.repeat(10_000) + ']'.repeat(10_000)),
    deepYaml: file('bad/deep.asl.yaml', '['.repeat(10_000) + ']'.repeat(10_000)),
  };
  for (const [name, path] of Object.entries(refused)) {
    const result = asl(path);
    assert.equal(result.code, 2, `${name}: ${result.stderr}`);
    assert.equal(result.stdout, '', name);
    assert.match(
      result.stderr,
      /asl validate: ".*" (is empty|is not a text file|is not a state machine definition: The document nests deeper than (1000|200) levels)/,
      name,
    );
  }
  // Refused files do not stop the others from being validated.
  const mixed = asl('--format', 'json', refused.binary, good);
  assert.equal(mixed.code, 2);
  assert.deepEqual(
    (JSON.parse(mixed.stdout) as { files: { path: string }[] }).files.map((entry) => entry.path),
    [good],
  );

  const readable = [
    file('odd/surrogates.asl.json', '{"StartAt": "\\ud800", "States": {"\\ud800": {"Type": "Succeed"}}}'),
    file('odd/bom.asl.json', '\ufeff{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}'),
    file('odd/garbage.asl.json', 'this is { not JSON ] at all'),
  ];
  const result = asl('--format', 'json', ...readable);
  assert.equal(result.code, 1, result.stderr);
  const output = JSON.parse(result.stdout) as { files: { path: string; diagnostics: { code: string }[] }[] };
  const codes: Record<string, string[]> = Object.fromEntries(
    output.files.map((entry) => [entry.path.split(/[\\/]/).pop()!, entry.diagnostics.map((diagnostic) => diagnostic.code)]),
  );
  assert.deepEqual(codes['surrogates.asl.json'], []);
  assert.deepEqual(codes['bom.asl.json'], []);
  assert.ok(codes['garbage.asl.json']!.some((code: string) => code.startsWith('syntax/')));
});

test('a 10 MB definition validates as a whole process in bounded time', () => {
  const states: Record<string, unknown> = {};
  const payload = 'x'.repeat(1000);
  for (let index = 0; index < 9000; index++)
    states[`S${index}`] = { Type: 'Pass', Result: { data: payload }, ...(index < 8999 ? { Next: `S${index + 1}` } : { End: true }) };
  const big = file('big/big.asl.json', JSON.stringify({ StartAt: 'S0', States: states }));
  const result = asl(big);
  assert.equal(result.code, 0, result.stderr);
});

test('the shared corpus: valid exits 0, invalid flags every file', () => {
  const valid = spawnSync(process.execPath, [cli, 'validate', '--format', 'json', requireShared('corpus', 'valid')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const validOutput = JSON.parse(valid.stdout) as { files: { path: string; diagnostics: { severity: string; code: string }[] }[] };
  assert.equal(valid.status, 0, valid.stderr);
  const failing = validOutput.files.filter((entry) => entry.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
  assert.deepEqual(
    failing.map((entry) => entry.path),
    [],
  );
  const invalid = spawnSync(process.execPath, [cli, 'validate', '--format', 'json', requireShared('corpus', 'invalid')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(invalid.status, 1);
  const invalidOutput = JSON.parse(invalid.stdout) as { files: { path: string; diagnostics: { severity: string }[] }[] };
  assert.ok(invalidOutput.files.length > 80);
  // Every file is flagged; the few whose fault Step Functions accepts get a warning (see test/unit/validation/corpus.test.ts).
  assert.deepEqual(
    invalidOutput.files.filter((entry) => entry.diagnostics.length === 0).map((entry) => entry.path),
    [],
  );
});
