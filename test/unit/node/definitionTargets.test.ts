// The definition files infrastructure files point at, as the editor sends them to the language
// server: SAM DefinitionUri and Terraform templatefile()/file() targets, with the template's values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { definitionTargetsOf } from '../../../server/src/node/definitionTargets';

const hosts = join(process.cwd(), 'test', 'fixtures', 'hosts');
const uri = (path: string): string => pathToFileURL(join(hosts, path)).toString();

test('a SAM DefinitionUri target, with the template substitutions and type', async () => {
  const targets = await definitionTargetsOf(join(hosts, 'sam-uri', 'template.yaml'));
  assert.deepEqual(
    targets.map((target) => [target.uri, target.hostUri]),
    [[uri('sam-uri/statemachine/tuner.json'), uri('sam-uri/template.yaml')]],
  );
  assert.ok(targets[0]!.substitutions.length > 0, 'DefinitionSubstitutions are carried');
});

test('Terraform templatefile() and file() targets; inline machines and unreadable hosts give none', async () => {
  const targets = await definitionTargetsOf(join(hosts, 'terraform', 'main.tf'));
  assert.deepEqual(targets.map((target) => target.uri).sort(), [
    uri('terraform/templates/flow.json.tpl'),
    uri('terraform/templates/plain.json'),
  ]);
  assert.deepEqual(await definitionTargetsOf(join(hosts, 'sam-short', 'template.yaml')), []);
  assert.deepEqual(await definitionTargetsOf(join(hosts, 'nowhere', 'template.yaml')), []);
});
