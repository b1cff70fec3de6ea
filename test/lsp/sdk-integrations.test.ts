/**
 * AWS SDK integrations in a Task's Resource over stdio, in JSON and YAML: completion of services
 * after "aws-sdk:", of a service's actions after "aws-sdk:<service>:", of .waitForTaskToken after an
 * action; hover; and diagnostics for names the SDK table lacks.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HoverRequest, type CompletionItem, type Hover, type MarkupContent, type TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient, applyEdits, completionItem, textOf } from './harness';

let client: LspTestClient;
let documentCounter = 0;

before(async () => {
  client = await LspTestClient.start();
});
after(async () => {
  await client.stop();
});

type Format = 'json' | 'yaml';

function completions(format: Format, marked: string): Promise<{ text: string; items: CompletionItem[] }> {
  return client.completeAt(`sdk${++documentCounter}.asl.${format}`, marked);
}

const item = completionItem;

function accept(text: string, chosen: CompletionItem): string {
  const edit = chosen.textEdit as TextEdit;
  return applyEdits(text, [{ range: edit.range, newText: edit.newText }, ...(chosen.additionalTextEdits ?? [])]);
}

const json = (resource: string) =>
  `{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Task",\n      "Resource": "${resource}",\n      "End": true\n    }\n  }\n}`;
const yaml = (resource: string) => `StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: ${resource}\n    End: true\n`;

describe('completion of AWS SDK services', () => {
  const cases: [Format, string, string][] = [
    ['json', json('arn:aws:states:::aws-sdk:|'), '"Resource": "arn:aws:states:::aws-sdk:s3:"'],
    ['json', json('arn:aws:states:::aws-sdk:dyn|'), '"Resource": "arn:aws:states:::aws-sdk:s3:"'],
    ['yaml', yaml('arn:aws:states:::aws-sdk:|'), 'Resource: arn:aws:states:::aws-sdk:s3:\n'],
    ['yaml', yaml('"arn:aws-cn:states:::aws-sdk:|"'), 'Resource: "arn:aws-cn:states:::aws-sdk:s3:"'],
  ];
  for (const [format, marked, expected] of cases) {
    test(`after "aws-sdk:" the services, with their names as detail (${format}: ${JSON.stringify(marked.slice(marked.indexOf('arn:'), marked.indexOf('|') + 1))})`, async () => {
      const { text, items } = await completions(format, marked);
      const labels = items.map((entry) => entry.label);
      for (const service of ['s3', 'dynamodb', 'sfn', 'costexplorer', 'eventbridge', 'cloudwatch', 'bedrockagent'])
        assert.ok(labels.includes(service), service);
      assert.ok(!labels.includes('arn:aws:states:::lambda:invoke'), 'only the services, not whole ARNs');
      const s3 = item(items, 's3');
      assert.equal(s3.detail, 'Amazon Simple Storage Service');
      assert.ok(accept(text, s3).includes(expected), accept(text, s3));
      // The edit replaces only the service segment, and asks for the actions next.
      assert.ok(!textOf(text, (s3.textEdit as TextEdit).range).includes(':'));
      assert.equal(s3.command?.command, 'editor.action.triggerSuggest');
    });
  }

  test('inside a written service only that segment is replaced, its ":" kept (JSON)', async () => {
    const { text, items } = await completions('json', json('arn:aws:states:::aws-sdk:dyn|amo:getItem'));
    const accepted = accept(text, item(items, 'dynamodb'));
    assert.equal(JSON.parse(accepted).States.A.Resource, 'arn:aws:states:::aws-sdk:dynamodb:getItem');
    assert.equal(item(items, 'dynamodb').command, undefined);
  });
});

describe('completion of AWS SDK actions', () => {
  const cases: [Format, string, string, string][] = [
    ['json', json('arn:aws:states:::aws-sdk:s3:|'), 'putObject', '"Resource": "arn:aws:states:::aws-sdk:s3:putObject"'],
    ['json', json('arn:aws:states:::aws-sdk:s3:get|'), 'getObject', '"Resource": "arn:aws:states:::aws-sdk:s3:getObject"'],
    [
      'json',
      json('arn:aws:states:::aws-sdk:ec2:describeInst|.waitForTaskToken'),
      'describeInstances',
      '"Resource": "arn:aws:states:::aws-sdk:ec2:describeInstances.waitForTaskToken"',
    ],
    ['yaml', yaml('arn:aws:states:::aws-sdk:s3:|'), 'putObject', 'Resource: arn:aws:states:::aws-sdk:s3:putObject\n'],
    [
      'yaml',
      yaml('arn:aws:states:::aws-sdk:sfn:startSync|'),
      'startSyncExecution',
      'Resource: arn:aws:states:::aws-sdk:sfn:startSyncExecution\n',
    ],
    ['yaml', yaml("'arn:aws:states:::aws-sdk:ec2:|'"), 'describeInstances', "Resource: 'arn:aws:states:::aws-sdk:ec2:describeInstances'"],
  ];
  for (const [format, marked, label, expected] of cases) {
    test(`after "aws-sdk:<service>:" that service's actions (${format}: ${JSON.stringify(marked.slice(marked.indexOf('arn:'), marked.indexOf('|') + 1))})`, async () => {
      const { text, items } = await completions(format, marked);
      const chosen = item(items, label);
      assert.ok(items.length > 30, `${items.length} actions`);
      assert.ok(!items.some((entry) => entry.label === 'createTable' && label === 'getObject'), "only the service's own actions");
      assert.ok(accept(text, chosen).includes(expected), accept(text, chosen));
      if (format === 'json') assert.deepEqual(JSON.parse(accept(text, chosen)).States.A.End, true);
    });
  }

  test('S3 offers its own actions and nothing of DynamoDB', async () => {
    const { items } = await completions('json', json('arn:aws:states:::aws-sdk:s3:|'));
    const labels = new Set(items.map((entry) => entry.label));
    for (const action of ['getObject', 'putObject', 'listObjectsV2', 'headObject', 'copyObject']) assert.ok(labels.has(action), action);
    for (const action of ['getItem', 'describeInstances', 'selectObjectContent']) assert.ok(!labels.has(action), action);
  });

  test('an unknown service offers no actions', async () => {
    const { items } = await completions('json', json('arn:aws:states:::aws-sdk:nosuchservice:|'));
    assert.deepEqual(items, []);
  });
});

describe('completion of .waitForTaskToken', () => {
  test('after a complete action (JSON)', async () => {
    const { text, items } = await completions('json', json('arn:aws:states:::aws-sdk:sqs:sendMessage|'));
    const accepted = accept(text, item(items, 'sendMessage.waitForTaskToken'));
    assert.equal(JSON.parse(accepted).States.A.Resource, 'arn:aws:states:::aws-sdk:sqs:sendMessage.waitForTaskToken');
  });

  for (const [format, marked, expected] of [
    ['json', json('arn:aws:states:::aws-sdk:sqs:sendMessage.|'), '"Resource": "arn:aws:states:::aws-sdk:sqs:sendMessage.waitForTaskToken"'],
    ['yaml', yaml('arn:aws:states:::aws-sdk:sqs:sendMessage.wa|'), 'Resource: arn:aws:states:::aws-sdk:sqs:sendMessage.waitForTaskToken\n'],
  ] as [Format, string, string][]) {
    test(`after "<action>." (${format})`, async () => {
      const { text, items } = await completions(format, marked);
      assert.deepEqual(
        items.map((entry) => entry.label),
        ['waitForTaskToken'],
      );
      assert.ok(accept(text, items[0]!).includes(expected), accept(text, items[0]!));
    });
  }
});

describe('hover and diagnostics', () => {
  test('hover on an aws-sdk Resource names the service and the action (JSON and YAML)', async () => {
    for (const [format, text] of [
      ['json', json('arn:aws:states:::aws-sdk:s3:getObject')],
      ['yaml', yaml('arn:aws:states:::aws-sdk:s3:getObject')],
    ] as [Format, string][]) {
      const document = await client.open(`sdk${++documentCounter}.asl.${format}`, text);
      const offset = text.indexOf('getObject');
      const lines = text.slice(0, offset).split('\n');
      const hover = (await client.request(HoverRequest.type, {
        textDocument: { uri: document.uri },
        position: { line: lines.length - 1, character: lines[lines.length - 1]!.length },
      })) as Hover;
      const contents = (hover.contents as MarkupContent).value;
      assert.match(contents, /Amazon Simple Storage Service: getObject/);
      assert.match(contents, /S3\.<Error>/);
    }
  });

  test('unknown names are reported on their segment: a warning with a suggestion, information without', async () => {
    const text = yaml('arn:aws:states:::aws-sdk:s3:getObjekt');
    const document = await client.open(`sdk${++documentCounter}.asl.yaml`, text);
    const [diagnostic] = (await client.diagnostics(document.uri)).diagnostics;
    assert.equal(diagnostic?.code, 'resource/unknown-sdk-action');
    assert.equal(diagnostic?.severity, 2);
    assert.equal(textOf(text, diagnostic!.range), 'getObjekt');
    assert.match(String(diagnostic!.message), /Did you mean "getObject"\?/);

    const newer = json('arn:aws:states:::aws-sdk:brandnewservice:doThing');
    const newerDocument = await client.open(`sdk${++documentCounter}.asl.json`, newer);
    const [information] = (await client.diagnostics(newerDocument.uri)).diagnostics;
    assert.equal(information?.code, 'resource/unknown-sdk-service');
    assert.equal(information?.severity, 3);
    assert.equal(textOf(newer, information!.range), 'brandnewservice');
  });
});
