/** Formatting over the protocol: whole-document and range formatting of JSON and YAML; broken YAML is refused with a message. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  ShowMessageNotification,
  type ShowMessageParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
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

test('YAML documents and ranges are formatted, keeping key order and comments', async () => {
  const text = '# why\nStates:\n    A: {Type: Succeed}   # only state\nStartAt: A\n';
  const document = await client.open('format.asl.yaml', text);
  const edits = (await client.request(DocumentFormattingRequest.type, { textDocument: { uri: document.uri }, options })) as TextEdit[];
  const formatted = TextDocument.applyEdits(TextDocument.create(document.uri, 'asl-yaml', 1, text), edits);
  assert.equal(formatted, '# why\nStates:\n  A: {Type: Succeed} # only state\nStartAt: A\n');
  const rangeEdits = (await client.request(DocumentRangeFormattingRequest.type, {
    textDocument: { uri: document.uri },
    range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
    options,
  })) as TextEdit[];
  assert.deepEqual(rangeEdits, [], 'the first line is formatted already');
});

test('broken YAML gets no edits and a message that says where and why', async () => {
  const messages: ShowMessageParams[] = [];
  const listener = client.connection.onNotification(
    ShowMessageNotification.method,
    (params: ShowMessageParams) => void messages.push(params),
  );
  try {
    const document = await client.open('broken.asl.yaml', 'StartAt: A\nStates:\n    A: {Type: Succeed\n');
    const edits = await client.request(DocumentFormattingRequest.type, { textDocument: { uri: document.uri }, options });
    assert.deepEqual(edits, []);
    for (let waited = 0; messages.length === 0 && waited < 5000; waited += 50) await new Promise((done) => setTimeout(done, 50));
    assert.equal(messages.length, 1);
    assert.match(
      messages[0]!.message,
      /^The YAML has a syntax problem at line \d+, column \d+ \(.+\): fix it first; formatting changed nothing\.$/,
    );
  } finally {
    listener.dispose();
  }
});
