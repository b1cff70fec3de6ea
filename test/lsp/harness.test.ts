import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient, applyEdits, cursor, textOf } from './harness';

test('the harness opens, changes and closes documents and sees each published version', async () => {
  const client = await LspTestClient.start();
  try {
    assert.equal(client.initializeResult.capabilities.textDocumentSync !== undefined, true);
    const document = await client.open('harness.asl.json', '{');
    const broken = await client.diagnostics(document.uri);
    assert.equal(broken.version, 1);
    assert.ok(broken.diagnostics.length > 0, 'an unfinished document has diagnostics');
    await client.change(document.uri, '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}');
    const fixed = await client.diagnostics(document.uri);
    assert.equal(fixed.version, 2);
    assert.ok(!fixed.diagnostics.some((diagnostic) => diagnostic.code?.toString().startsWith('syntax/')), 'no syntax errors after the fix');
    const cleared = client.nextDiagnostics(document.uri);
    await client.close(document.uri);
    assert.deepEqual((await cleared).diagnostics, []);
  } finally {
    await client.stop();
  }
});

test('cursor markers and edits map offsets and positions consistently', () => {
  const { text, offset, position } = cursor('{\n  "a": |1\n}');
  assert.equal(text, '{\n  "a": 1\n}');
  assert.equal(offset, 9);
  assert.deepEqual(position, { line: 1, character: 7 });
  assert.equal(textOf(text, { start: position, end: { line: 1, character: 8 } }), '1');
  assert.equal(
    applyEdits(text, [
      { range: { start: position, end: { line: 1, character: 8 } }, newText: '2' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: '[' },
    ]),
    '[\n  "a": 2\n}',
  );
});
