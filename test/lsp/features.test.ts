/**
 * The editing features over stdio, each in JSON and in YAML: completion, hover, definition,
 * references, highlights, rename, outline, folding and quick fixes.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
  type Position,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { stringify as stringifyYaml } from 'yaml';
import { COMPLETION_LIST_LIMIT } from '../../server/src/core/index';
import { LspTestClient, applyEdits, completionItem, positionAt, textOf } from './harness';

let client: LspTestClient;
let documentCounter = 0;

before(async () => {
  client = await LspTestClient.start();
});
after(async () => {
  await client.stop();
});

const fixtures = {
  json: readFileSync('test/fixtures/features/navigation.asl.json', 'utf8'),
  yaml: readFileSync('test/fixtures/features/navigation.asl.yaml', 'utf8'),
};
type Format = keyof typeof fixtures;
const extension: Record<Format, string> = { json: 'asl.json', yaml: 'asl.yaml' };

async function open(format: Format, text: string) {
  return client.open(`doc${++documentCounter}.${extension[format]}`, text);
}

/** The position of the `nth` occurrence of `needle`, moved `delta` characters. */
function at(text: string, needle: string, nth = 0, delta = 0): Position {
  let index = -1;
  for (let count = 0; count <= nth; count++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" (#${nth}) not in the document`);
  }
  return positionAt(text, index + delta);
}

/** What a snippet inserts when the user accepts every default. */
function snippetText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, text: string) => text)
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

function accept(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const newText = item.insertTextFormat === 2 ? snippetText(edit.newText) : edit.newText;
  return applyEdits(text, [{ range: edit.range, newText }, ...(item.additionalTextEdits ?? [])]);
}

function completions(format: Format, marked: string): Promise<{ text: string; items: CompletionItem[] }> {
  return client.completeAt(`doc${++documentCounter}.${extension[format]}`, marked);
}

function labels(items: CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

const item = completionItem;

async function diagnosticCodes(format: Format, text: string): Promise<string[]> {
  const document = await open(format, text);
  return (await client.diagnostics(document.uri)).diagnostics.map((diagnostic) => String(diagnostic.code)).sort();
}

const states8 = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];

describe('completion', () => {
  const typeCases: [Format, string, string][] = [
    ['json', '{"StartAt": "A", "States": {"A": {"Type": "|', '"Type": "Task"'],
    ['json', '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": |\n    }\n  }\n}', '"Type": "Task"'],
    ['json', '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Ta|"\n    }\n  }\n}', '"Type": "Task"\n'],
    ['yaml', 'StartAt: A\nStates:\n  A:\n    Type: |', 'Type: Task'],
    ['yaml', 'StartAt: A\nStates:\n  A:\n    Type: "|"\n', 'Type: "Task"'],
  ];
  for (const [format, marked, expected] of typeCases) {
    test(`Type offers the eight state types, documented (${format}: ${JSON.stringify(marked.slice(-12))})`, async () => {
      const { text, items } = await completions(format, marked);
      assert.deepEqual(labels(items), states8);
      assert.ok(items.every((entry) => (entry.documentation as MarkupContent).value.length > 20));
      assert.ok(accept(text, item(items, 'Task')).includes(expected), accept(text, item(items, 'Task')));
    });
  }

  test('Resource offers the catalog and fills Parameters (JSONPath, JSON)', async () => {
    const { text, items } = await completions(
      'json',
      '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Task",\n      "Resource": "|",\n      "End": true\n    }\n  }\n}',
    );
    assert.ok(labels(items).includes('arn:aws:states:::states:startExecution.sync:2'));
    assert.ok(!labels(items).includes('arn:aws:states:::sns:publish.sync'), 'only the patterns an action supports');
    assert.ok(labels(items).includes('arn:aws:states:::aws-sdk:<service>:<action>'));
    const filled = JSON.parse(accept(text, item(items, 'arn:aws:states:::sqs:sendMessage'))) as { States: { A: Record<string, unknown> } };
    assert.equal(filled.States.A.Resource, 'arn:aws:states:::sqs:sendMessage');
    assert.deepEqual(Object.keys(filled.States.A.Parameters as object), ['QueueUrl', 'MessageBody.$']);
    assert.equal(filled.States.A.End, true);
  });

  test('Resource fills Arguments in a JSONata state (YAML)', async () => {
    const { text, items } = await completions(
      'yaml',
      'QueryLanguage: JSONata\nStartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: |\n    End: true\n',
    );
    const accepted = accept(text, item(items, 'arn:aws:states:::dynamodb:putItem'));
    assert.match(
      accepted,
      /Resource: arn:aws:states:::dynamodb:putItem\n {4}Arguments:\n {6}TableName: TableName\n {6}Item: \{\}\n {4}End: true/,
    );
    assert.deepEqual(await diagnosticCodes('yaml', accepted), []);
  });

  test('Resource does not add Parameters twice (JSON)', async () => {
    const { text, items } = await completions(
      'json',
      '{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "|", "Parameters": {"FunctionName": "f"}, "End": true}}}',
    );
    const accepted = accept(text, item(items, 'arn:aws:states:::lambda:invoke'));
    assert.equal(JSON.parse(accepted).States.A.Resource, 'arn:aws:states:::lambda:invoke');
  });

  for (const format of ['json', 'yaml'] as Format[]) {
    test(`Next offers the states of its own scope only (${format})`, async () => {
      const text = fixtures[format];
      const document = await open(format, text);
      const inBranch = (await client.request(CompletionRequest.type, {
        textDocument: { uri: document.uri },
        position: at(text, 'LeftDone', 0, 1),
      })) as CompletionList;
      assert.deepEqual(labels(inBranch.items).sort(), ['Left', 'LeftDone']);
      const doneReference = format === 'json' ? '"Next": "Done"' : 'Next: Done';
      const top = (await client.request(CompletionRequest.type, {
        textDocument: { uri: document.uri },
        position: at(text, doneReference, 0, doneReference.length - 2),
      })) as CompletionList;
      assert.deepEqual(labels(top.items).sort(), ['CallLambda', 'Decide', 'Done', 'Failed', 'FanOut', 'ForEach', 'Start']);
    });

    test(`Next in a scope of thousands offers a bounded list that follows the typed word (${format})`, async () => {
      const count = COMPLETION_LIST_LIMIT + 700;
      const names = Array.from({ length: count }, (_, index) => `Step ${index}`);
      const machine = {
        StartAt: 'Step 0',
        States: Object.fromEntries(
          names.map((name, index) => [name, index + 1 < count ? { Type: 'Pass', Next: names[index + 1] } : { Type: 'Succeed' }]),
        ),
      };
      const text = format === 'json' ? JSON.stringify(machine, null, 2) : stringifyYaml(machine);
      const document = await open(format, text);
      const reference = format === 'json' ? '"Next": "Step 1"' : 'Next: Step 1\n';
      const valueStart = text.indexOf(reference) + (format === 'json' ? '"Next": "'.length : 'Next: '.length);
      const list = async (typed: number) =>
        (await client.request(CompletionRequest.type, {
          textDocument: { uri: document.uri },
          position: positionAt(text, valueStart + typed),
        })) as CompletionList;
      const all = await list(0);
      assert.equal(all.items.length, COMPLETION_LIST_LIMIT);
      assert.equal(all.isIncomplete, true, 'the editor must ask again as the word grows');
      // "Step 1" typed: every name it starts (Step 1, 10-19, 100-199, 1000-1199) is offered.
      const typed = await list('Step 1'.length);
      const expected = names.filter((name) => name.startsWith('Step 1'));
      assert.ok(expected.length < COMPLETION_LIST_LIMIT);
      assert.deepEqual(
        labels(typed.items)
          .filter((label) => label.startsWith('Step 1'))
          .sort(),
        expected.sort(),
      );
      assert.equal(typed.isIncomplete, true);
    });

    test(`ErrorEquals offers States.* and the integration's errors (${format})`, async () => {
      const text = fixtures[format];
      const document = await open(format, text);
      const result = (await client.request(CompletionRequest.type, {
        textDocument: { uri: document.uri },
        position: at(text, 'Lambda.ServiceException', 0, 3),
      })) as CompletionList;
      for (const name of [
        'States.ALL',
        'States.TaskFailed',
        'States.Timeout',
        'Lambda.ServiceException',
        'Lambda.TooManyRequestsException',
        'Lambda.AWSLambdaException',
        'Lambda.SdkClientException',
      ]) {
        assert.ok(labels(result.items).includes(name), name);
      }
    });
  }

  const keyCases: [Format, string, string[], string[]][] = [
    [
      'json',
      '{"StartAt": "A", "States": {"A": {"Type": "Pass", |}}}',
      ['Next', 'End', 'Result', 'Parameters', 'Assign', 'ResultPath'],
      ['Type', 'Resource', 'Output', 'Retry'],
    ],
    [
      'json',
      '{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Task", "|"}}}',
      ['Resource', 'Arguments', 'Output', 'Retry', 'Catch'],
      ['Parameters', 'OutputPath', 'ResultPath'],
    ],
    [
      'yaml',
      'StartAt: A\nStates:\n  A:\n    Type: Map\n    |\n',
      ['ItemProcessor', 'ItemsPath', 'MaxConcurrency', 'ItemReader'],
      ['Resource', 'Items', 'Choices'],
    ],
    [
      'yaml',
      'StartAt: A\nStates:\n  A:\n    Type: Task\n    Retry:\n      - ErrorEquals: [States.ALL]\n        |\n',
      ['IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy'],
      ['ErrorEquals', 'Next'],
    ],
    [
      'json',
      '{"StartAt": "A", "States": {"A": {"Type": "Choice", "Choices": [{"Variable": "$.x", |}]}}}',
      ['Next', 'StringEquals', 'NumericGreaterThanPath', 'IsPresent'],
      ['Condition', 'Variable'],
    ],
    ['yaml', 'StartAt: A\nStates:\n  A:\n    Type: Map\n    ItemProcessor:\n      |\n', ['ProcessorConfig', 'StartAt', 'States'], ['Type']],
    ['json', '{|}', ['StartAt', 'States', 'QueryLanguage', 'TimeoutSeconds'], ['Type']],
  ];
  for (const [format, marked, expected, excluded] of keyCases) {
    test(`keys allowed for the object and its query language (${format}: ${JSON.stringify(marked.slice(-40))})`, async () => {
      const { items } = await completions(format, marked);
      for (const name of expected) assert.ok(labels(items).includes(name), `expected ${name} in ${labels(items).join(', ')}`);
      for (const name of excluded) assert.ok(!labels(items).includes(name), `did not expect ${name}`);
    });
  }

  const partialKeys: [Format, string, string][] = [
    ['json', '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Ne|\n}}}', '"Next": "'],
    ['yaml', 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Ne|\n', 'Next: '],
    ['yaml', 'StartAt: A\nStates:\n  A:\n    Ne|\n    Type: Pass\n', 'Next: \n    Type: Pass'],
    [
      'json',
      '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Ne|"\n      "Type": "Pass"\n    }\n  }\n}',
      '"Next": "",\n      "Type": "Pass"',
    ],
  ];
  for (const [format, marked, expected] of partialKeys) {
    test(`a partly typed key is completed in place (${format})`, async () => {
      const { text, items } = await completions(format, marked);
      const accepted = accept(text, item(items, 'Next'));
      assert.ok(accepted.includes(expected) && !accepted.includes('Ne\n') && !accepted.includes('"Ne"'), accepted);
      const next = item(items, 'Next');
      assert.equal((next.filterText ?? next.label).replace('"', ''), 'Next');
    });
  }

  test('a new item of a YAML list of objects offers the fields of that object', async () => {
    const retry = await completions(
      'yaml',
      'StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: arn:aws:states:::lambda:invoke\n    Retry:\n      - |\n    End: true\n',
    );
    assert.deepEqual(labels(retry.items), [
      'ErrorEquals',
      'IntervalSeconds',
      'MaxAttempts',
      'BackoffRate',
      'MaxDelaySeconds',
      'JitterStrategy',
      'Comment',
    ]);
    assert.match(accept(retry.text, item(retry.items, 'ErrorEquals')), /Retry:\n {6}- ErrorEquals: \[States\.ALL\]\n {4}End: true/);
    const choice = await completions('yaml', 'StartAt: A\nStates:\n  A:\n    Type: Choice\n    Choices:\n      - Var|\n');
    assert.ok(labels(choice.items).includes('Variable') && labels(choice.items).includes('StringEquals'));
  });

  test('error names in a YAML flow sequence, the integration errors first', async () => {
    const { text, items } = await completions(
      'yaml',
      'StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: arn:aws:states:::lambda:invoke\n    Retry:\n      - ErrorEquals: [States.Timeout, |]\n    End: true\n',
    );
    assert.equal(items[0]!.label, 'Lambda.ServiceException');
    assert.match(accept(text, item(items, 'States.TaskFailed')), /ErrorEquals: \[States\.Timeout, States\.TaskFailed\]/);
  });

  test('a key inserted after a property gets the missing comma (JSON)', async () => {
    const { text, items } = await completions(
      'json',
      '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass"\n      |\n    }\n  }\n}',
    );
    const accepted = accept(text, item(items, 'End'));
    assert.deepEqual(JSON.parse(accepted).States.A, { Type: 'Pass', End: true });
  });

  test('a key inserted before another gets a trailing comma (JSON)', async () => {
    const { text, items } = await completions(
      'json',
      '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      |\n      "Type": "Pass"\n    }\n  }\n}',
    );
    assert.deepEqual(JSON.parse(accept(text, item(items, 'End'))).States.A, { End: true, Type: 'Pass' });
  });

  for (const format of ['json', 'yaml'] as Format[]) {
    test(`whole-state snippets produce valid states (${format})`, async () => {
      const marked =
        format === 'json'
          ? '{\n  "StartAt": "First",\n  "States": {\n    "First": {"Type": "Succeed"},\n    |\n  }\n}'
          : 'StartAt: First\nStates:\n  First:\n    Type: Succeed\n  |\n';
      const { text, items } = await completions(format, marked);
      assert.deepEqual(labels(items), [
        'Task state',
        'Task state with Retry and Catch',
        'Pass state',
        'Choice state with a rule',
        'Wait state',
        'Parallel state with a branch',
        'Map state with an ItemProcessor',
        'Succeed state',
        'Fail state',
      ]);
      for (const entry of items) {
        const accepted = accept(text, entry);
        const codes = await diagnosticCodes(format, accepted);
        // The snippet's own Next/Default name states the user has yet to write; nothing else may be wrong.
        assert.deepEqual(
          codes.filter((code) => code !== 'reference/unknown-state' && code !== 'graph/unreachable'),
          [],
          `${entry.label}:\n${accepted}`,
        );
      }
    });
  }

  test('intrinsic functions with signatures in ".$" fields', async () => {
    const { text, items } = await completions(
      'json',
      '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"id.$": "States.|"}, "End": true}}}',
    );
    assert.equal(items.length, 18);
    const format = item(items, 'States.Format');
    assert.match(format.detail ?? '', /States\.Format\(template/);
    assert.match(accept(text, format), /"id\.\$": "States\.Format\(\)"/);
  });

  test('Context object paths after "$$." (YAML)', async () => {
    const { items } = await completions(
      'yaml',
      'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Parameters:\n      id.$: $$.Execution.|\n    End: true\n',
    );
    assert.ok(
      ['Id', 'Input', 'Name', 'StartTime'].every((name) => labels(items).includes(name)),
      labels(items).join(', '),
    );
  });

  test('JSONata functions, $states members per field and earlier variables inside {% %}', async () => {
    const machine = (expression: string, field = 'Output') =>
      `{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"total": 1}, "Next": "B"}, "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"FunctionName": "f"}, "${field}": "{% ${expression} %}", "End": true}}}`;
    const functions = await completions('json', machine('$up|'));
    for (const name of ['$uppercase', '$partition', '$range', '$hash', '$random', '$uuid', '$parse', '$states', '$total'])
      assert.ok(labels(functions.items).includes(name), name);
    const output = await completions('json', machine('$states.|'));
    assert.deepEqual(labels(output.items), ['input', 'context', 'result']);
    const argumentsMembers = await completions('json', machine('$states.|', 'Assign'));
    assert.ok(labels(argumentsMembers.items).includes('result'));
    const inArguments = await completions(
      'json',
      '{"QueryLanguage": "JSONata", "StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": "{% $states.| %}", "End": true}}}',
    );
    assert.deepEqual(labels(inArguments.items), ['input', 'context']);
  });

  test('an empty document offers a whole state machine', async () => {
    const { text, items } = await completions('json', '|');
    assert.deepEqual(JSON.parse(accept(text, item(items, 'New state machine'))).StartAt, 'FirstState');
  });
});

describe('navigation', () => {
  for (const format of ['json', 'yaml'] as Format[]) {
    test(`go to definition from every kind of reference (${format})`, async () => {
      const text = fixtures[format];
      const document = await open(format, text);
      const q = format === 'json' ? '"' : '';
      const references: [string, number, string][] = [
        ['Decide', 0, 'Decide'], // Next
        ['FanOut', 0, 'FanOut'], // Choices[].Next
        ['CallLambda', 0, 'CallLambda'], // Default
        ['Failed', 0, 'Failed'], // Catch[].Next
        ['Left', 0, 'Left'], // branch StartAt
        [format === 'json' ? '"StartAt": "Item"' : 'StartAt: Item', 0, 'Item'], // ItemProcessor StartAt ("Item" alone would hit "ItemProcessor")
      ];
      for (const [needle, nth, target] of references) {
        const position = at(text, needle, nth, needle.includes('StartAt') ? needle.length - 2 : 1);
        const location = (await client.request(DefinitionRequest.type, { textDocument: { uri: document.uri }, position })) as Location;
        assert.ok(location && !Array.isArray(location), `definition of ${needle} #${nth}`);
        assert.equal(textOf(text, location.range), `${q}${target}${q}`);
        const line = text.split('\n')[location.range.start.line]!;
        assert.ok(line.slice(location.range.end.character).trimStart().startsWith(':'), `${target} lands on a key`);
      }
    });

    test(`go to definition from a $variable to its Assign (${format})`, async () => {
      const text = fixtures[format];
      const document = await open(format, text);
      const locations = (await client.request(DefinitionRequest.type, {
        textDocument: { uri: document.uri },
        position: at(text, '$counter', 0, 2),
      })) as Location[];
      assert.equal(locations.length, 1);
      assert.equal(textOf(text, locations[0]!.range), format === 'json' ? '"counter"' : 'counter');
    });

    test(`go to definition from a JSONata $variable to its Assign (${format})`, async () => {
      const text =
        format === 'json'
          ? '{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"total": 3}, "Next": "B"}, "B": {"Type": "Pass", "Output": "{% $total + 1 %}", "End": true}}}'
          : 'QueryLanguage: JSONata\nStartAt: A\nStates:\n  A:\n    Type: Pass\n    Assign:\n      total: 3\n    Next: B\n  B:\n    Type: Pass\n    Output: "{% $total + 1 %}"\n    End: true\n';
      const document = await open(format, text);
      const locations = (await client.request(DefinitionRequest.type, {
        textDocument: { uri: document.uri },
        position: at(text, '$total', 0, 3),
      })) as Location[];
      assert.equal(locations.length, 1);
      assert.equal(textOf(text, locations[0]!.range), format === 'json' ? '"total"' : 'total');
    });

    test(`references and highlights of a state (${format})`, async () => {
      const text = fixtures[format];
      const document = await open(format, text);
      const position = at(text, 'Done', 0, 1);
      const withDeclaration = (await client.request(ReferencesRequest.type, {
        textDocument: { uri: document.uri },
        position,
        context: { includeDeclaration: true },
      })) as Location[];
      assert.equal(withDeclaration.length, 4);
      const without = (await client.request(ReferencesRequest.type, {
        textDocument: { uri: document.uri },
        position,
        context: { includeDeclaration: false },
      })) as Location[];
      assert.equal(without.length, 3);
      const highlights = await client.request(DocumentHighlightRequest.type, { textDocument: { uri: document.uri }, position });
      assert.equal(highlights?.length, 4);
      assert.equal(highlights?.filter((highlight) => highlight.kind === 3).length, 1, 'one write: the key');
    });

    test(`rename a state: its key and every reference (${format})`, async () => {
      const text = fixtures[format];
      const document = await open(format, text);
      const position = at(text, 'CallLambda', 1, 2);
      const prepared = (await client.request(PrepareRenameRequest.type, { textDocument: { uri: document.uri }, position })) as {
        range: { start: Position; end: Position };
        placeholder: string;
      };
      assert.equal(prepared.placeholder, 'CallLambda');
      assert.equal(textOf(text, prepared.range), 'CallLambda');
      const edit = (await client.request(RenameRequest.type, {
        textDocument: { uri: document.uri },
        position,
        newName: 'Invoke: the function',
      })) as WorkspaceEdit;
      const edits = edit.changes![document.uri]!;
      assert.equal(edits.length, 2);
      const renamed = applyEdits(text, edits);
      assert.ok(!renamed.includes('CallLambda'));
      assert.deepEqual(await diagnosticCodes(format, renamed), []);
    });

    test(`rename is refused with a message on a clash or an empty name (${format})`, async () => {
      const text = fixtures[format];
      const document = await open(format, text);
      const position = at(text, 'Start', 1, 1);
      await assert.rejects(
        client.request(RenameRequest.type, { textDocument: { uri: document.uri }, position, newName: 'Item' }),
        /already exists/,
      );
      await assert.rejects(
        client.request(RenameRequest.type, { textDocument: { uri: document.uri }, position, newName: '' }),
        /cannot be empty/,
      );
      const dangling =
        format === 'json'
          ? '{"StartAt": "Nowhere", "States": {"A": {"Type": "Succeed"}}}'
          : 'StartAt: Nowhere\nStates:\n  A:\n    Type: Succeed\n';
      const danglingDocument = await open(format, dangling);
      await assert.rejects(
        client.request(PrepareRenameRequest.type, { textDocument: { uri: danglingDocument.uri }, position: at(dangling, 'Nowhere', 0, 2) }),
        /no state named "Nowhere"/,
      );
      assert.equal(
        await client.request(PrepareRenameRequest.type, {
          textDocument: { uri: danglingDocument.uri },
          position: at(dangling, 'Type', 0, 1),
        }),
        null,
      );
    });

    test(`outline with Parallel and Map children (${format})`, async () => {
      const text = fixtures[format];
      const document = await open(format, text);
      const symbols = (await client.request(DocumentSymbolRequest.type, { textDocument: { uri: document.uri } })) as DocumentSymbol[];
      assert.deepEqual(
        symbols.map((symbol) => symbol.name),
        ['Start', 'Decide', 'CallLambda', 'FanOut', 'ForEach', 'Failed', 'Done'],
      );
      const fanOut = symbols.find((symbol) => symbol.name === 'FanOut')!;
      assert.deepEqual(
        fanOut.children!.map((child) => [child.name, child.children!.map((state) => state.name)]),
        [
          ['Branch 1', ['Left', 'LeftDone']],
          ['Branch 2', ['Right']],
        ],
      );
      const forEach = symbols.find((symbol) => symbol.name === 'ForEach')!;
      assert.deepEqual(
        forEach.children!.map((child) => [child.name, child.children!.map((state) => state.name)]),
        [['ItemProcessor', ['Item']]],
      );
      assert.equal(symbols[0]!.detail, 'Pass');
    });

    test(`folding ranges for multi-line objects and arrays (${format})`, async () => {
      const text = fixtures[format];
      const document = await open(format, text);
      const ranges = (await client.request(FoldingRangeRequest.type, { textDocument: { uri: document.uri } }))!;
      const lines = text.split('\n');
      const statesLine = lines.findIndex((line) => line.includes('"States": {') || line.startsWith('States:'));
      assert.ok(
        ranges.some((range) => range.startLine === statesLine && range.endLine >= lines.length - 4),
        'States folds',
      );
      assert.ok(ranges.every((range) => range.endLine > range.startLine));
      assert.ok(ranges.length >= 10);
    });
  }
});

describe('hover', () => {
  for (const format of ['json', 'yaml'] as Format[]) {
    const cases: [string, number, number, RegExp][] = [
      ['Choice', 0, 1, /Branches: evaluates/],
      ['arn:aws:states:::lambda:invoke', 0, 5, /AWS Lambda: invoke[\s\S]*FunctionName/],
      ['States.ALL', 0, 3, /Matches any error/],
      ['Lambda.ServiceException', 0, 3, /AWS Lambda/],
      ['Retry', 0, 1, /Retriers/],
      ['MaxAttempts', 0, 1, /How many retries/],
      ['StringEquals', 0, 1, /Compares the Variable/],
      ['FunctionName', 0, 1, /Required/],
      ['$counter', 0, 2, /Assigned before `CallLambda` by `Start`/],
      ['FanOut', 1, 1, /FanOut\*\* \(Parallel state\)/],
    ];
    for (const [needle, nth, delta, expected] of cases) {
      test(`hover on ${needle} (${format})`, async () => {
        const text = fixtures[format];
        const document = await open(format, text);
        const result = (await client.request(HoverRequest.type, {
          textDocument: { uri: document.uri },
          position: at(text, needle, nth, delta),
        })) as Hover;
        assert.ok(result, `a hover on ${needle}`);
        assert.match((result.contents as MarkupContent).value, expected);
      });
    }
  }

  test('hover on intrinsic and JSONata functions', async () => {
    const text =
      '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"id.$": "States.Format(\'{}\', $.x)"}, "Next": "B"}, "B": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $uppercase($states.input.name) %}", "End": true}}}';
    const document = await open('json', text);
    const intrinsic = (await client.request(HoverRequest.type, {
      textDocument: { uri: document.uri },
      position: at(text, 'Format', 0, 2),
    })) as Hover;
    assert.match((intrinsic.contents as MarkupContent).value, /States\.Format\(template/);
    const jsonata = (await client.request(HoverRequest.type, {
      textDocument: { uri: document.uri },
      position: at(text, 'uppercase', 0, 2),
    })) as Hover;
    assert.match((jsonata.contents as MarkupContent).value, /upper case/);
    const member = (await client.request(HoverRequest.type, {
      textDocument: { uri: document.uri },
      position: at(text, 'states.input', 0, 9),
    })) as Hover;
    assert.match((member.contents as MarkupContent).value, /\$states\.input/);
  });
});

describe('quick fixes', () => {
  async function fixesFor(format: Format, text: string, code: string): Promise<{ actions: CodeAction[]; uri: string }> {
    const document = await open(format, text);
    const published = await client.diagnostics(document.uri);
    const diagnostic = published.diagnostics.find((candidate) => candidate.code === code);
    assert.ok(diagnostic, `expected ${code} among ${published.diagnostics.map((candidate) => candidate.code).join(', ')}`);
    const actions = (await client.request(CodeActionRequest.type, {
      textDocument: { uri: document.uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    return { actions, uri: document.uri };
  }

  function applyAction(text: string, uri: string, action: CodeAction): string {
    return applyEdits(text, action.edit!.changes![uri]!);
  }

  const documents: Record<Format, { typo: string; missingEnd: string; unreachable: string; nextAndEnd: string }> = {
    json: {
      typo: '{\n  "StartAt": "Frist",\n  "States": {\n    "First": {\n      "Type": "Succeed"\n    }\n  }\n}',
      missingEnd: '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass"\n    }\n  }\n}',
      unreachable:
        '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Succeed"\n    },\n    "Orphan": {\n      "Type": "Succeed"\n    }\n  }\n}',
      nextAndEnd:
        '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass",\n      "Next": "B",\n      "End": true\n    },\n    "B": {\n      "Type": "Succeed"\n    }\n  }\n}',
    },
    yaml: {
      typo: 'StartAt: Frist\nStates:\n  First:\n    Type: Succeed\n',
      missingEnd: 'StartAt: A\nStates:\n  A:\n    Type: Pass\n',
      unreachable: 'StartAt: A\nStates:\n  A:\n    Type: Succeed\n  Orphan:\n    Type: Succeed\n',
      nextAndEnd: 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n    End: true\n  B:\n    Type: Succeed\n',
    },
  };

  for (const format of ['json', 'yaml'] as Format[]) {
    test(`unknown state: change to the closest name, or create it (${format})`, async () => {
      const text = documents[format].typo;
      const { actions, uri } = await fixesFor(format, text, 'reference/unknown-state');
      assert.deepEqual(
        actions.map((action) => action.title),
        ['Change to "First"', 'Create state "Frist"'],
      );
      assert.deepEqual(await diagnosticCodes(format, applyAction(text, uri, actions[0]!)), []);
      const created = applyAction(text, uri, actions[1]!);
      assert.deepEqual(await diagnosticCodes(format, created), ['graph/unreachable'], created);
      assert.ok(created.includes('Frist'));
    });

    test(`missing transition: add "End": true (${format})`, async () => {
      const text = documents[format].missingEnd;
      const { actions, uri } = await fixesFor(format, text, 'graph/missing-transition');
      assert.deepEqual(
        actions.map((action) => action.title),
        ['Add "End": true'],
      );
      const fixed = applyAction(text, uri, actions[0]!);
      assert.deepEqual(await diagnosticCodes(format, fixed), [], fixed);
    });

    test(`missing transition: or go on to the state written after it (${format})`, async () => {
      const text =
        format === 'json'
          ? '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass"\n    },\n    "B": {\n      "Type": "Succeed"\n    }\n  }\n}'
          : 'StartAt: A\nStates:\n  A:\n    Type: Pass\n  B:\n    Type: Succeed\n';
      const { actions, uri } = await fixesFor(format, text, 'graph/missing-transition');
      assert.deepEqual(
        actions.map((action) => action.title),
        ['Add "End": true', 'Add "Next": "B"'],
      );
      const fixed = applyAction(text, uri, actions[1]!);
      assert.deepEqual(await diagnosticCodes(format, fixed), [], fixed);
    });

    test(`unreachable state: remove it (${format})`, async () => {
      const text = documents[format].unreachable;
      const { actions, uri } = await fixesFor(format, text, 'graph/unreachable');
      assert.deepEqual(
        actions.map((action) => action.title),
        ['Remove unreachable state "Orphan"'],
      );
      const fixed = applyAction(text, uri, actions[0]!);
      assert.ok(!fixed.includes('Orphan'));
      assert.deepEqual(await diagnosticCodes(format, fixed), [], fixed);
    });

    test(`suggestions from the validator become fixes: field name, error name, integration pattern (${format})`, async () => {
      const text =
        format === 'json'
          ? '{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish.sync", "Parameters": {"Message": "hi", "TopicArn": "t"}, "Retry": [{"ErrorEquals": ["States.Timout"]}], "Nxt": "B", "End": true}, "B": {"Type": "Succeed"}}}'
          : 'StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: arn:aws:states:::sns:publish.sync\n    Parameters:\n      Message: hi\n      TopicArn: t\n    Retry:\n      - ErrorEquals: [States.Timout]\n    Nxt: B\n    End: true\n  B:\n    Type: Succeed\n';
      let fixed = text;
      for (const code of ['error-handling/unknown-error-name', 'resource/unsupported-pattern', 'structure/unknown-field']) {
        const { actions, uri } = await fixesFor(format, fixed, code);
        const preferred = actions.find((action) => action.isPreferred);
        assert.ok(preferred, `a preferred fix for ${code}: ${actions.map((action) => action.title).join(', ')}`);
        fixed = applyAction(fixed, uri, preferred);
      }
      assert.ok(fixed.includes('States.Timeout') && fixed.includes('arn:aws:states:::sns:publish') && !fixed.includes('.sync'));
      // "Nxt" became "Next", so the state now has both Next and End: exactly that is left.
      assert.deepEqual(await diagnosticCodes(format, fixed), ['graph/next-and-end'], fixed);
    });

    test(`Next and End together: remove End (${format})`, async () => {
      const text = documents[format].nextAndEnd;
      const { actions, uri } = await fixesFor(format, text, 'graph/next-and-end');
      const fixed = applyAction(
        text,
        uri,
        actions.find((action) => action.title === 'Remove "End"')!,
      );
      assert.deepEqual(await diagnosticCodes(format, fixed), [], fixed);
    });
  }
});
