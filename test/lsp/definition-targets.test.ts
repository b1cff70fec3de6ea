// A definition file that a template points at (asl/definitionTargets from the client): served as a
// definition with the template's substitutions and execution type, checked again when the list
// changes, and back to a plain definition when no template points at it any more.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentFormattingRequest } from 'vscode-languageserver-protocol/node';
import { LspTestClient, textOf } from './harness';
import { DEFINITION_TARGETS_NOTIFICATION, type DefinitionTargetsParams } from '../../server/src/core/index';

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start();
});
after(async () => {
  await client.stop();
});

const definition = `{
  "StartAt": "Tune",
  "States": {
    "Tune": {
      "Type": "Task",
      "Resource": "arn:aws:states:::ecs:runTask.sync",
      "Arguments": { "Cluster": "\${ClusterArn}" },
      "QueryLanguage": "JSONata",
      "TimeoutSeconds": \${totalTimeout},
      "End": true
    }
  }
}
`;

async function sendTargets(uri: string, params: DefinitionTargetsParams): Promise<string[]> {
  const next = client.nextDiagnostics(uri);
  await client.connection.sendNotification(DEFINITION_TARGETS_NOTIFICATION, params);
  return (await next).diagnostics.map((diagnostic) => String(diagnostic.code));
}

test('a templatefile() target gets its template substitutions and type; without the template it is a plain definition', async () => {
  const document = await client.open('targets/statemachine.json.tpl', definition, 'asl');
  // On its own: bare ${totalTimeout} is a placeholder, nothing is wrong.
  assert.deepEqual((await client.diagnostics(document.uri)).diagnostics, []);

  const codes = await sendTargets(document.uri, {
    targets: [
      {
        uri: document.uri,
        name: 'aws_sfn_state_machine.tuner',
        hostUri: 'file:///test/targets/main.tf',
        substitutions: [['totalTimeout', 'soon']],
        executionType: 'EXPRESS',
      },
    ],
  });
  // The template's value is checked as the value AWS will see, and the Express type applies.
  assert.deepEqual(codes.sort(), ['express/unsupported-pattern', 'structure/invalid-value']);
  const { diagnostics } = await client.diagnostics(document.uri);
  const wrongType = diagnostics.find((diagnostic) => diagnostic.code === 'structure/invalid-value')!;
  assert.equal(textOf(definition, wrongType.range), '${totalTimeout}');

  // The template no longer points at it: back to a plain definition.
  assert.deepEqual(await sendTargets(document.uri, { targets: [] }), []);
});

test('a target without placeholders is still formatted like any ASL file; one with placeholders is not rewritten', async () => {
  const plain = await client.open('targets/plain.json', '{"StartAt": "A",\n"States": {"A": {"Type": "Succeed"}}}\n', 'asl');
  await client.diagnostics(plain.uri);
  const target = (uri: string) => ({
    uri,
    name: 'aws_sfn_state_machine.plain',
    hostUri: 'file:///test/targets/main.tf',
    substitutions: [],
  });
  await sendTargets(plain.uri, { targets: [target(plain.uri)] });
  const format = (uri: string) =>
    client.request(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
  assert.ok(((await format(plain.uri)) ?? []).length > 0, 'formatting edits for a plain target');
  const templated = await client.open('targets/templated.json.tpl', definition, 'asl');
  await client.diagnostics(templated.uri);
  await sendTargets(templated.uri, { targets: [target(plain.uri), target(templated.uri)] });
  assert.equal(await format(templated.uri), null);
});
