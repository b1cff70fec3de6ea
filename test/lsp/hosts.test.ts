// The language server on infrastructure files opened as yaml, json and terraform documents: each
// feature works inside the embedded definition, its results in the host document's positions, and
// the read-only forms say why instead of failing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  PrepareRenameRequest,
  RenameRequest,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type Location,
  type WorkspaceEdit,
  RequestType,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient, applyEdits, completionItem, cursor, offsetAt, positionAt, textOf } from './harness';
import { STATE_MACHINES_REQUEST, type StateMachinesResult } from '../../server/src/core/index';

const stateMachinesRequest = new RequestType<{ uri: string }, StateMachinesResult, void>(STATE_MACHINES_REQUEST);
const fixture = (path: string): string => readFileSync(join(process.cwd(), 'test', 'fixtures', 'hosts', path), 'utf8');

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start();
});
after(async () => {
  await client.stop();
});

test('yaml: a SAM template gets diagnostics inside its inline definition, in host positions, and nothing else', async () => {
  const text = fixture('sam-short/template.yaml');
  const document = await client.open('sam/template.yaml', text, 'yaml');
  const { diagnostics } = await client.diagnostics(document.uri);
  const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'reference/unknown-state');
  assert.ok(unknown, JSON.stringify(diagnostics));
  assert.deepEqual(unknown.range, { start: { line: 53, character: 18 }, end: { line: 53, character: 23 } });
  assert.equal(textOf(text, unknown.range), 'Finsh');
  // Placeholders and tags (!Sub, !GetAtt, !Ref, ${CheckArn}) give no false errors; known values are checked.
  assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code).sort(), [
    'express/unsupported-pattern',
    'graph/unreachable-after-unknown-reference',
    'graph/unreachable-after-unknown-reference',
    'reference/unknown-state',
    'resource/malformed',
    'structure/out-of-range',
  ]);
});

test('yaml: completion, go to definition and rename inside the inline definition', async () => {
  const marked = fixture('sam-short/template.yaml').replace(
    '          Done:\n            Type: Succeed',
    '          Done:\n            Type: |',
  );
  const { text, position } = cursor(marked);
  const document = await client.open('sam2/template.yaml', text, 'yaml');
  const list = (await client.request(CompletionRequest.type, { textDocument: { uri: document.uri }, position })) as CompletionList | null;
  completionItem(list?.items ?? [], 'Succeed');

  const next = text.indexOf('Next: Save') + 'Next: '.length;
  const locations = (await client.request(DefinitionRequest.type, {
    textDocument: { uri: document.uri },
    position: positionAt(text, next + 1),
  })) as Location | Location[] | null;
  const location = Array.isArray(locations) ? locations[0] : locations;
  assert.ok(location);
  assert.equal(offsetAt(text, location.range.start), text.indexOf('          Save:') + 10);

  const edit = (await client.request(RenameRequest.type, {
    textDocument: { uri: document.uri },
    position: positionAt(text, next + 1),
    newName: 'Store',
  })) as WorkspaceEdit | null;
  const renamed = applyEdits(text, edit?.changes?.[document.uri] ?? []);
  assert.match(renamed, /Next: Store/);
  assert.match(renamed, / {10}Store:\n/);
  assert.equal(renamed.length, text.length + 2);
});

test('json: a DefinitionString is checked with exact ranges over its escapes, navigates, and refuses edits with the reason', async () => {
  const text = fixture('cfn-json/orders.template.json');
  const document = await client.open('cfn/orders.template.json', text, 'json');
  const { diagnostics } = await client.diagnostics(document.uri);
  const unknown = diagnostics.filter((diagnostic) => diagnostic.code === 'reference/unknown-state');
  assert.deepEqual(
    unknown.map((diagnostic) => textOf(text, diagnostic.range)),
    ['"Missing"', '\\"Secnd\\"'],
  );
  const first = text.indexOf('\\"First\\": {');
  const hover = (await client.request(HoverRequest.type, {
    textDocument: { uri: document.uri },
    position: positionAt(text, text.indexOf('Pass', first)),
  })) as Hover | null;
  assert.ok(hover, 'hover on a state type inside the string');
  const prepare = client.request(PrepareRenameRequest.type, { textDocument: { uri: document.uri }, position: positionAt(text, first + 3) });
  await assert.rejects(prepare, /JSON string inside the template/);
});

test('terraform: jsonencode and heredoc definitions get diagnostics, symbols per machine and the machine listing', async () => {
  const text = fixture('terraform/main.tf');
  const document = await client.open('tf/main.tf', text, 'terraform');
  const { diagnostics } = await client.diagnostics(document.uri);
  assert.deepEqual(
    diagnostics.map((diagnostic) => [diagnostic.code, textOf(text, diagnostic.range)]),
    [
      ['graph/unreachable', 'Lost'],
      ['express/long-wait', '900'],
      ['reference/unknown-state', '"Nowhere"'],
      ['structure/field-not-allowed', '"End"'],
      ['reference/unknown-state', '"Audited"'],
    ],
  );
  const symbols = (await client.request(DocumentSymbolRequest.type, { textDocument: { uri: document.uri } })) as DocumentSymbol[];
  assert.deepEqual(
    symbols.map((symbol) => symbol.name),
    [
      'aws_sfn_state_machine.encoded',
      'aws_sfn_state_machine.heredoc',
      'aws_sfn_state_machine.indented',
      'module.orders',
      'aws_sfn_state_machine.audit',
    ],
  );
  const names = symbols.flatMap((symbol) => (symbol.children ?? []).map((child) => child.name));
  for (const state of ['Work', 'Wait', 'Done', 'Lost', 'Invoke', 'One', 'Two', 'Only'])
    assert.ok(names.includes(state), `${state} in ${names.join(', ')}`);

  // Go to definition inside jsonencode (HCL object syntax: Next = "Wait").
  const next = text.indexOf('Next     = "Wait"') + 'Next     = "'.length;
  const location = (await client.request(DefinitionRequest.type, {
    textDocument: { uri: document.uri },
    position: positionAt(text, next + 1),
  })) as Location | null;
  assert.ok(location);
  assert.equal(textOf(text, location.range), '"Wait"');

  const listing = (await client.request(stateMachinesRequest, { uri: document.uri })) as StateMachinesResult;
  assert.deepEqual(
    listing.machines.map((machine) => [machine.name, machine.executionType ?? null, machine.form]),
    [
      ['aws_sfn_state_machine.encoded', 'EXPRESS', 'inline'],
      ['aws_sfn_state_machine.heredoc', null, 'heredoc'],
      ['aws_sfn_state_machine.indented', null, 'heredoc'],
      ['aws_sfn_state_machine.templated', null, 'file'],
      ['aws_sfn_state_machine.plain_file', null, 'file'],
      ['module.orders', null, 'inline'],
      ['aws_sfn_state_machine.audit', null, 'inline'],
    ],
  );
});

test('an ordinary yaml or json file that is not an infrastructure file gets no state machine diagnostics from its host reader', async () => {
  const document = await client.open('other/config.json', '{"name": "x"}', 'json');
  const listing = (await client.request(stateMachinesRequest, { uri: document.uri })) as StateMachinesResult;
  assert.deepEqual(listing.machines, []);
});

test('an ASL JSON file meant for substitution: bare ${placeholders} give no syntax errors, and features still work', async () => {
  const text = fixture('sam-uri/statemachine/tuner.json').replace('"End": true', '"Next": "Gone"');
  const document = await client.open('power/tuner.asl.json', text, 'asl');
  const { diagnostics } = await client.diagnostics(document.uri);
  assert.deepEqual(
    diagnostics.map((diagnostic) => [diagnostic.code, textOf(text, diagnostic.range)]),
    [['reference/unknown-state', '"Gone"']],
  );
  const location = (await client.request(DefinitionRequest.type, {
    textDocument: { uri: document.uri },
    position: positionAt(text, text.indexOf('"Execute"') + 2),
  })) as Location | null;
  // From StartAt's value to the state, across the quoted placeholders before it.
  assert.ok(location);
  assert.equal(offsetAt(text, location.range.start), text.indexOf('"Execute": {'));
  const hover = (await client.request(HoverRequest.type, {
    textDocument: { uri: document.uri },
    position: positionAt(text, text.indexOf('"Task"') + 2),
  })) as Hover | null;
  assert.ok(hover);
});
