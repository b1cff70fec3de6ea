// Test files in the language server: state names in `path`, `states` and `mocks` and test cases are
// checked against the machine beside them (stable codes), and state names complete, in JSON and YAML.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient, textOf } from './harness';

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start();
});
after(async () => {
  await client.stop();
});

let counter = 0;
/** A test file's URI in examples/, so "./pickup-order.asl.json" resolves to the example machine. */
const uriOf = (extension: string): string =>
  pathToFileURL(join(process.cwd(), 'examples', `probe${++counter}.asl.test.${extension}`)).toString();

test('unknown and nested state names and unknown test cases are flagged at their text (JSON)', async () => {
  const text = JSON.stringify(
    {
      stateMachine: './pickup-order.asl.json',
      mocks: './pickup-order.mocks.json',
      tests: {
        t: {
          testCase: 'HapyPath',
          mocks: { ChargeCrd: {} },
          expect: { path: ['ValidateOrder', 'ReserveItem'], states: { Nope: { entered: 1 } } },
        },
      },
    },
    null,
    2,
  );
  const document = await client.open(uriOf('json'), text, 'json');
  const { diagnostics } = await client.diagnostics(document.uri);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, textOf(text, d.range)]),
    [
      ['test-file/not-top-level-state', '"ReserveItem"'],
      ['test-file/unknown-state', '"Nope"'],
      ['test-file/unknown-state', '"ChargeCrd"'],
      ['test-file/unknown-test-case', '"HapyPath"'],
    ],
  );
  assert.match(String(diagnostics[2]!.message), /Did you mean "ChargeCard"/);
});

test('a YAML test file also gets its structure checked', async () => {
  const text =
    'stateMachine: ./pickup-order.asl.json\ntests:\n  t:\n    expect:\n      status: DONE\n      path: [ValidateOrder, Nowhere]\n';
  const document = await client.open(uriOf('yaml'), text, 'yaml');
  const { diagnostics } = await client.diagnostics(document.uri);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, textOf(text, d.range)]),
    [
      ['test-file/bad-value', 'DONE'],
      ['test-file/unknown-state', 'Nowhere'],
    ],
  );
});

test('state names complete: top-level ones in path, any in states, Task states in mocks', async () => {
  const complete = async (marked: string, extension = 'json'): Promise<{ labels: string[]; text: string; edit?: TextEdit }> => {
    const { text, items } = await client.completeAt(uriOf(extension), marked);
    return { labels: items.map((i) => i.label), text, edit: items[0]?.textEdit as TextEdit | undefined };
  };
  const head = '{"stateMachine": "./pickup-order.asl.json", "tests": {"t": ';
  const inPath = await complete(`${head}{"expect": {"path": ["Val|"]}}}}`);
  assert.ok(inPath.labels.includes('ValidateOrder'));
  assert.ok(!inPath.labels.includes('ReserveItem'), 'nested states are not in path');
  assert.equal(textOf(inPath.text, inPath.edit!.range), '"Val"');
  const inStates = await complete(`${head}{"expect": {"states": {"|": {}}}}}}`);
  assert.ok(inStates.labels.includes('ReserveItem'));
  const inMocks = await complete(`${head}{"mocks": {"|": {}}}}}`);
  assert.ok(inMocks.labels.includes('ChargeCard'));
  assert.ok(!inMocks.labels.includes('IsOrderValid'), 'only Task states are mocked');
  const yaml = await complete('stateMachine: ./pickup-order.asl.json\ntests:\n  t:\n    expect:\n      path: [Che|]\n', 'yaml');
  assert.ok(yaml.labels.includes('ChoosePayment'));
});

test('a test file naming a machine inside a template (FILE#NAME) is checked against that machine and its mock entry', async () => {
  // The template is open (unsaved): its text comes from the editor, and its machines from the host reader.
  const folder = join(process.cwd(), 'test', 'debug', 'fixtures', 'template');
  await client.open(pathToFileURL(join(folder, 'template.yaml')).toString(), readFileSync(join(folder, 'template.yaml'), 'utf8'), 'yaml');
  const text = JSON.stringify(
    {
      stateMachine: './template.yaml#Orders',
      tests: { t: { expect: { path: ['Prepare', 'Reserve', 'ReserveItem', 'Tally'] } } },
    },
    null,
    2,
  );
  const document = await client.open(pathToFileURL(join(folder, `probe${++counter}.asl.test.json`)).toString(), text, 'json');
  const { diagnostics } = await client.diagnostics(document.uri);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, textOf(text, d.range)]),
    [
      ['test-file/not-top-level-state', '"ReserveItem"'],
      ['test-file/unknown-state', '"Tally"'],
    ],
  );
  // Another machine of the same template: its own states.
  const other = JSON.stringify({ stateMachine: './template.yaml#Totals', tests: { t: { expect: { path: ['Add', 'Prepare'] } } } });
  const second = await client.open(pathToFileURL(join(folder, `probe${++counter}.asl.test.json`)).toString(), other, 'json');
  assert.deepEqual(
    (await client.diagnostics(second.uri)).diagnostics.map((d) => [d.code, textOf(other, d.range)]),
    [['test-file/unknown-state', '"Prepare"']],
  );
});
