// Diagnostics over the wire: the server publishes the core's diagnostics with exact ranges, codes
// and data, follows incremental changes, clears them on close, and survives any text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { LspTestClient, textOf } from './harness';

const machine = `{
  "StartAt": "First",
  "States": {
    "First": { "Type": "Pass", "Next": "Secnd" },
    "Second": { "Type": "Succeed" }
  }
}`;

test('diagnostics arrive on open, follow an incremental change and are cleared on close', async () => {
  const client = await LspTestClient.start();
  try {
    const document = await client.open('round-trip.asl.json', machine);
    const opened = await client.diagnostics(document.uri);
    const byCode = new Map(opened.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic]));
    const unknown = byCode.get('reference/unknown-state');
    assert.ok(unknown, JSON.stringify(opened.diagnostics));
    assert.equal(unknown.severity, DiagnosticSeverity.Error);
    assert.equal(unknown.source, 'asl');
    assert.equal(textOf(machine, unknown.range), '"Secnd"');
    assert.deepEqual(unknown.data, { name: 'Secnd', suggestion: 'Second' });
    // Second is unreached only because of the typo: a hint that points back at it, not a second error.
    const unreachable = byCode.get('graph/unreachable-after-unknown-reference');
    assert.ok(unreachable, JSON.stringify(opened.diagnostics));
    assert.equal(unreachable.severity, DiagnosticSeverity.Hint);
    assert.equal(textOf(machine, unreachable.range), '"Second"');
    assert.equal(unreachable.relatedInformation?.length, 1);
    assert.equal(unreachable.relatedInformation![0]!.location.uri, document.uri);
    assert.equal(textOf(machine, unreachable.relatedInformation![0]!.location.range), '"Secnd"');

    // An incremental edit that fixes the typo: replace "Secnd" by "Second".
    const start = machine.indexOf('Secnd');
    const line = machine.slice(0, start).split('\n').length - 1;
    const character = start - machine.lastIndexOf('\n', start) - 1;
    const changed = await client.change(document.uri, [
      { range: { start: { line, character }, end: { line, character: character + 5 } }, text: 'Second' },
    ]);
    assert.equal(changed.version, 2);
    const fixed = await client.diagnostics(document.uri);
    assert.equal(fixed.version, 2);
    assert.deepEqual(fixed.diagnostics, []);

    // Break it again: the new problem is published for version 3.
    const succeed = changed.text.split('\n')[4]!.indexOf('Succeed');
    await client.change(document.uri, [
      { range: { start: { line: 4, character: succeed }, end: { line: 4, character: succeed + 'Succeed'.length } }, text: 'Taks' },
    ]);
    const broken = await client.diagnostics(document.uri);
    assert.deepEqual(
      broken.diagnostics.map((diagnostic) => diagnostic.code),
      ['structure/unknown-state-type'],
    );
    const message = broken.diagnostics[0]!.message;
    assert.match(typeof message === 'string' ? message : message.value, /Did you mean "Task"\?/);

    const cleared = client.nextDiagnostics(document.uri);
    await client.close(document.uri);
    assert.deepEqual((await cleared).diagnostics, []);
  } finally {
    await client.stop();
  }
});

test('YAML documents get the same diagnostics, and bad input never takes the server down', async () => {
  const client = await LspTestClient.start();
  try {
    const yaml = await client.open('machine.asl.yaml', 'StartAt: A\nStates:\n  A:\n    Type: Pass\n');
    const yamlDiagnostics = await client.diagnostics(yaml.uri);
    assert.deepEqual(
      yamlDiagnostics.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]),
      [['graph/missing-transition', 2]],
    );

    const deep = await client.open('deep.asl.json', '['.repeat(10_000) + ']'.repeat(10_000));
    assert.deepEqual(
      (await client.diagnostics(deep.uri)).diagnostics.map((diagnostic) => diagnostic.code),
      ['syntax/too-deep'],
    );
    const binary = await client.open('binary.asl.json', '\u0000\u0001\ud800{"a":\u00ff');
    assert.ok((await client.diagnostics(binary.uri)).diagnostics.length > 0);
    const empty = await client.open('empty.asl.json', '');
    assert.deepEqual(
      (await client.diagnostics(empty.uri)).diagnostics.map((diagnostic) => diagnostic.code),
      ['structure/empty-document'],
    );

    // Still serving after all of that.
    await client.change(yaml.uri, 'StartAt: A\nStates:\n  A:\n    Type: Succeed\n');
    assert.deepEqual((await client.diagnostics(yaml.uri)).diagnostics, []);
  } finally {
    await client.stop();
  }
});
