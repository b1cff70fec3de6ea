// The shared machine loader reads the files a template points at (DefinitionUri, templatefile())
// like asl validate reads the files it is given: only a regular text file of at most 16 MiB, never
// blocking on a FIFO; anything else is a problem at the reference, with a clear message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFile, loadMachine } from '../../../server/src/node/machineSource';
import { MAX_DEFINITION_BYTES } from '../../../server/src/node/textFile';

function templatePointingAt(dir: string, target: string): string {
  const path = join(dir, 'template.yaml');
  writeFileSync(
    path,
    ['Resources:', '  Flow:', '    Type: AWS::Serverless::StateMachine', '    Properties:', `      DefinitionUri: ${target}`, ''].join(
      '\n',
    ),
  );
  return path;
}

test('a followed definition file that is a folder, a FIFO, too big or binary is a positioned problem, not a crash or a hang', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-machine-source-'));
  mkdirSync(join(dir, 'folder.json'));
  writeFileSync(join(dir, 'huge.json'), '');
  truncateSync(join(dir, 'huge.json'), MAX_DEFINITION_BYTES + 1);
  writeFileSync(join(dir, 'binary.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]));
  const cases: Array<[string, RegExp]> = [
    ['folder.json', /cannot be read: it is a folder/],
    ['huge.json', /cannot be read: it is 16 MiB, over the 16 MiB limit/],
    ['binary.json', /cannot be read: it is not a text file/],
  ];
  if (process.platform !== 'win32') {
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    cases.push(['pipe.json', /cannot be read: it is not a regular file/]);
  }
  for (const [target, message] of cases) {
    const template = templatePointingAt(dir, target);
    const loaded = await loadFile(template);
    const [machine] = loaded.machines;
    assert.equal(machine!.problem?.code, 'host/unreadable-definition-file', target);
    assert.match(machine!.problem!.message, message);
    // At the reference: the host span is the DefinitionUri value.
    assert.equal(loaded.text.slice(machine!.hostOffset, machine!.hostOffset + machine!.hostLength), target);
    const run = await loadMachine(`${template}#Flow`, dir);
    assert.equal(run.ok, false);
    assert.match(run.ok ? '' : run.message, message);
  }
  const missing = await loadFile(templatePointingAt(dir, 'gone.json'));
  assert.equal(missing.machines[0]!.problem?.code, 'host/missing-definition-file');
});

test('the named file itself is read with the same guard', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-machine-source-'));
  mkdirSync(join(dir, 'template.yaml'));
  const loaded = await loadMachine('template.yaml#Flow', dir);
  assert.equal(loaded.ok, false);
  assert.match(loaded.ok ? '' : loaded.message, /Cannot read "template\.yaml": it is a folder/);
});

test('terraform: %{ } directives are template syntax in a templatefile() target only; file() returns the text as written, so there they are JSON errors', async () => {
  // Terraform documents file() as returning the file's contents as a string, and templatefile() as
  // rendering them as a template: a directive read through file() reaches Step Functions literally.
  const dir = mkdtempSync(join(tmpdir(), 'asl-machine-source-'));
  const definition = [
    '{',
    '  "StartAt": "Work",',
    '  "States": {',
    '    "Work": {',
    '      "Type": "Pass",',
    '      %{ if retry ~}',
    '      "Comment": "retried",',
    '      %{ endif ~}',
    '      "End": true',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'flow.json.tpl'), definition);
  const main = join(dir, 'main.tf');
  writeFileSync(
    main,
    [
      'resource "aws_sfn_state_machine" "rendered" {',
      '  definition = templatefile("${path.module}/flow.json.tpl", { retry = true })',
      '}',
      'resource "aws_sfn_state_machine" "literal" {',
      '  definition = file("${path.module}/flow.json.tpl")',
      '}',
      '',
    ].join('\n'),
  );
  const loaded = await loadFile(main);
  const errorsOf = (name: string) => {
    const machine = loaded.machines.find((candidate) => candidate.name === name)!;
    assert.equal(machine.fileText, definition, name);
    return machine.machine.hostDiagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  };
  assert.deepEqual(errorsOf('aws_sfn_state_machine.rendered'), []);
  const literal = errorsOf('aws_sfn_state_machine.literal');
  assert.ok(literal.length > 0, 'a directive read through file() is an error');
  // The first syntax error is at the directive itself.
  const [first] = literal.filter((diagnostic) => diagnostic.code.startsWith('syntax/')).sort((a, b) => a.offset - b.offset);
  assert.equal(first?.code, 'syntax/json');
  assert.equal(definition.slice(first!.offset, first!.offset + 1), '%');
});
