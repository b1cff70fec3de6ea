/** Formatting over the protocol: whole-document and range formatting of JSON; none for YAML. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentFormattingRequest, DocumentRangeFormattingRequest, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient } from './harness';

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start();
});
after(async () => {
  await client.stop();
});

const compact = '{"Comment":"z before a","StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}';
const options = { tabSize: 2, insertSpaces: true };

test('the server formats JSON documents and ranges, keeping the key order', async () => {
  assert.equal(client.initializeResult.capabilities.documentFormattingProvider, true);
  assert.equal(client.initializeResult.capabilities.documentRangeFormattingProvider, true);
  const document = await client.open('format.asl.json', compact);
  const edits = (await client.request(DocumentFormattingRequest.type, { textDocument: { uri: document.uri }, options })) as TextEdit[];
  const formatted = TextDocument.applyEdits(TextDocument.create(document.uri, 'asl', 1, compact), edits);
  assert.equal(formatted.split('\n').length, 10);
  assert.deepEqual(Object.keys(JSON.parse(formatted)), ['Comment', 'StartAt', 'States']);
  const range = { start: { line: 0, character: compact.indexOf('"States"') }, end: { line: 0, character: compact.length } };
  const rangeEdits = (await client.request(DocumentRangeFormattingRequest.type, {
    textDocument: { uri: document.uri },
    range,
    options,
  })) as TextEdit[];
  assert.ok(rangeEdits.length > 0 && rangeEdits.length < edits.length, `${rangeEdits.length} range edits of ${edits.length}`);
});

test('YAML documents get no formatting edits', async () => {
  const document = await client.open('format.asl.yaml', 'StartAt: A\nStates:\n  A: {Type: Succeed}\n');
  const edits = await client.request(DocumentFormattingRequest.type, { textDocument: { uri: document.uri }, options });
  assert.deepEqual(edits, []);
});
