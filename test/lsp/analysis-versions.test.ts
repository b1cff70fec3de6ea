// One analysis per document version, built lazily: editing features (completion, hover,
// definition) never wait for validation, a keystroke inside a string carries the previous
// analysis over without parsing again, and diagnostics are only ever published for the newest
// version, never for an older one after a newer one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionRequest, HoverRequest, type CompletionList } from 'vscode-languageserver-protocol/node';
import { AnalysisCache } from '../../server/src/lsp/documents';
import { AnalyzedDocument, complete, findDefinition } from '../../server/src/core/index';
import { LspTestClient } from './harness';

const machine = `{
  "Comment": "two states",
  "StartAt": "First",
  "States": {
    "First": { "Type": "Pass", "Comment": "typing here", "Next": "Second" },
    "Second": { "Type": "Succeed" }
  }
}
`;

function positionAfter(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle) + needle.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

test('completion and definition after a keystroke inside a string use the edited analysis and do not validate', () => {
  const cache = new AnalysisCache();
  const document = cache.textDocuments.create('file:///test/lazy.asl.json', 'asl', 1, machine);
  const first = cache.get(document)!;
  assert.equal(first.validated, false, 'opening builds no diagnostics until they are asked for');
  void first.machine;
  void first.lines;

  const at = positionAfter(machine, '"typing');
  cache.textDocuments.update(document, [{ range: { start: at, end: at }, text: ' more' }], 2);
  const second = cache.get(document)!;
  assert.notEqual(second, first);
  assert.equal(second.document, first.document, 'the tree was updated in place, not parsed again');
  assert.equal(second.text, document.getText());
  const next = document.getText().indexOf('"Second"', document.getText().indexOf('"Next"')) + 2;
  const fresh = new AnalyzedDocument(document.getText(), 'json');
  assert.deepStrictEqual(complete(second.machine, next), complete(fresh.machine, next));
  assert.deepStrictEqual(findDefinition(second.machine, next), findDefinition(fresh.machine, next));
  assert.equal(second.validated, false, 'completion and definition did not validate');
  assert.deepStrictEqual(second.diagnostics, fresh.diagnostics);
  assert.equal(cache.get(document), second, 'the same version gets the same analysis');

  // An edit outside strings: parsed again, and the result matches a fresh analysis.
  const brace = positionAfter(document.getText(), '"Succeed" }');
  cache.textDocuments.update(document, [{ range: { start: brace, end: brace }, text: ',' }], 3);
  const third = cache.get(document)!;
  assert.notEqual(third.document, second.document);
  assert.deepStrictEqual(third.diagnostics, new AnalyzedDocument(document.getText(), 'json').diagnostics);
  assert.ok(third.diagnostics.length > 0, 'the stray comma is reported');
});

test('completion and hover right after a keystroke answer from the new version, whose diagnostics follow', async () => {
  const client = await LspTestClient.start();
  try {
    const document = await client.open('pending.asl.json', machine);
    await client.diagnostics(document.uri);
    const at = positionAfter(machine, '"typing');
    await client.change(document.uri, [{ range: { start: at, end: at }, text: 'x' }]);
    const position = positionAfter(document.text, '"Next": "');
    const reply = (await client.request(CompletionRequest.type, { textDocument: { uri: document.uri }, position })) as CompletionList;
    assert.ok(
      reply.items.some((item) => item.label === 'Second'),
      'completion answers from the new version',
    );
    const hover = await client.request(HoverRequest.type, {
      textDocument: { uri: document.uri },
      position: positionAfter(document.text, '"Ty'),
    });
    assert.ok(hover, 'hover answers from the new version');
    const diagnostics = await client.diagnostics(document.uri, 2);
    assert.equal(diagnostics.version, 2);
  } finally {
    await client.stop();
  }
});

test('diagnostics of an older version are never published after a newer one', async () => {
  const client = await LspTestClient.start();
  try {
    const document = await client.open('order.asl.json', machine);
    await client.diagnostics(document.uri);
    // Several versions in a row, inside and outside strings, faster than the debounce.
    const at = positionAfter(machine, '"typing');
    await client.change(document.uri, [{ range: { start: at, end: at }, text: 'a' }]);
    await client.change(document.uri, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }]);
    const brace = positionAfter(document.text, '"Succeed" }');
    await client.change(document.uri, [{ range: { start: brace, end: brace }, text: ',' }]);
    const last = await client.diagnostics(document.uri, document.version);
    assert.equal(last.version, 4);
    assert.ok(last.diagnostics.length > 0, 'the newest text (with a stray comma) is what was validated');
    // One more version after the newest publish: an older validation still pending would show here.
    await client.change(document.uri, [{ range: { start: brace, end: { line: brace.line, character: brace.character + 1 } }, text: '' }]);
    const settled = await client.diagnostics(document.uri, 5);
    assert.deepStrictEqual(settled.diagnostics, []);
    const versions = client.published.filter((params) => params.uri === document.uri).map((params) => params.version ?? 0);
    assert.deepStrictEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      `published in order: ${versions.join(', ')}`,
    );
  } finally {
    await client.stop();
  }
});
