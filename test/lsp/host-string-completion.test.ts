// Completion inside a definition written as one host string: written back escaped for the string's
// quoting (JSON DefinitionString, YAML !Sub | block), so accepting an item leaves a valid template;
// where nothing can be written back, one item says why instead of an empty list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompletionRequest, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol/node';
import { LspTestClient, applyEdits, cursor } from './harness';
import { HostAnalysis } from '../../server/src/core/index';

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start();
});
after(async () => {
  await client.stop();
});

async function completeIn(name: string, marked: string, languageId: string): Promise<{ text: string; items: CompletionItem[] }> {
  const { text, position } = cursor(marked, '§');
  const document = await client.open(name, text, languageId);
  const result = (await client.request(CompletionRequest.type, { textDocument: { uri: document.uri }, position })) as CompletionList | null;
  return { text, items: result?.items ?? [] };
}

function accept(text: string, item: CompletionItem): string {
  const edit = item.textEdit as { range: never; newText: string };
  // Snippet tab stops become their default text, as the editor would leave them.
  const newText = edit.newText
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
  return applyEdits(text, [{ range: edit.range, newText }, ...(item.additionalTextEdits ?? [])]);
}

function machineErrors(text: string, format: 'json' | 'yaml', name: string): string[] {
  const machine = new HostAnalysis(text, 'cloudformation', format).machines.find((candidate) => candidate.definition.name === name)!;
  return machine.diagnostics.filter((diagnostic) => diagnostic.code.startsWith('syntax/')).map((diagnostic) => diagnostic.message);
}

test('json DefinitionString: a state name is completed and written with escaped quotes', async () => {
  const template = readFileSync(join(process.cwd(), 'test', 'fixtures', 'hosts', 'cfn-json', 'orders.template.json'), 'utf8');
  const { text, items } = await completeIn(
    'complete/orders.template.json',
    template.replace('\\"Next\\": \\"Secnd', '\\"Next\\": \\"§Secnd'),
    'json',
  );
  const second = items.find((item) => item.label === 'Second');
  assert.ok(second, JSON.stringify(items.map((item) => item.label)));
  const accepted = accept(text, second);
  assert.ok(accepted.includes('\\"Next\\": \\"Second\\"'), accepted);
  assert.deepEqual(machineErrors(accepted, 'json', 'Stringly'), []);
  const unknown = new HostAnalysis(accepted, 'cloudformation', 'json').machines[1]!.diagnostics.filter(
    (d) => d.code === 'reference/unknown-state',
  );
  assert.deepEqual(unknown, []);
});

test('yaml !Sub | block: every item offered at a state type and after a state, once accepted, leaves the definition valid JSON', async () => {
  const template = readFileSync(join(process.cwd(), 'test', 'debug', 'fixtures', 'template', 'template.yaml'), 'utf8');
  for (const [marked, multiLine] of [
    [template.replace('"Type": "Pass",', '"Type": "§",'), false],
    [template.replace('"Done": { "Type": "Succeed" }', '"Done": { "Type": "Succeed" }\n        §'), true],
  ] as const) {
    const { text, items } = await completeIn(`complete/${multiLine ? 'after' : 'type'}/template.yaml`, marked, 'yaml');
    const written = items.filter((item) => !item.label.includes('read-only'));
    assert.ok(written.length > 0, `items at ${marked.slice(marked.indexOf('§') - 30, marked.indexOf('§') + 5)}`);
    for (const item of written) {
      const accepted = accept(text, item);
      const errors = machineErrors(accepted, 'yaml', 'Totals');
      assert.deepEqual(errors, [], `${item.label} ${errors.join('; ')}:\n${accepted.slice(accepted.indexOf('Totals'))}`);
    }
    if (multiLine)
      assert.ok(
        written.some((item) => (item.textEdit as { newText: string }).newText.includes('\n')),
        'multi-line items are offered too, re-indented for the block',
      );
  }
});

test('where no item can be written back (a YAML single-quoted string), one item says why', async () => {
  const template = [
    'Resources:',
    '  Quoted:',
    '    Type: AWS::StepFunctions::StateMachine',
    '    Properties:',
    `      DefinitionString: '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}, §}}'`,
    '',
  ].join('\n');
  const { items } = await completeIn('complete/quoted/template.yaml', template, 'yaml');
  assert.equal(items.length, 1, JSON.stringify(items.map((item) => item.label)));
  assert.match(items[0]!.label, /read-only/);
  assert.match(String((items[0]!.documentation as { value: string }).value), /JSON string inside the template/);
  assert.equal((items[0]!.textEdit as { newText: string }).newText, '');
});

test('the read-only item stays visible once a prefix is typed: it matches the typed word and the list is asked again', async () => {
  const marked = [
    'Resources:',
    '  Quoted:',
    '    Type: AWS::StepFunctions::StateMachine',
    '    Properties:',
    `      DefinitionString: '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}, "Ne§}}'`,
    '',
  ].join('\n');
  const { text, position } = cursor(marked, '§');
  const document = await client.open('complete/quoted-prefix/template.yaml', text, 'yaml');
  const list = (await client.request(CompletionRequest.type, { textDocument: { uri: document.uri }, position })) as CompletionList;
  assert.equal(list.items.length, 1, JSON.stringify(list.items.map((item) => item.label)));
  const [item] = list.items;
  assert.match(item!.label, /read-only/);
  assert.equal(list.isIncomplete, true);
  // The editor keeps an item when its filterText matches the text from the edit's start to the cursor.
  const edit = item!.textEdit as { range: { start: { line: number; character: number }; end: unknown }; newText: string };
  assert.deepEqual(edit.range.end, position);
  assert.equal(edit.range.start.line, position.line);
  const typed = text.split('\n')[position.line]!.slice(edit.range.start.character, position.character);
  assert.equal(typed, 'Ne');
  assert.equal(item!.filterText, typed);
  // Accepting it leaves the text as it was.
  assert.equal(applyEdits(text, [{ range: edit.range as never, newText: edit.newText }]), text);
});
