// A Terraform file in the editor reads the variable defaults and locals of its module folder from
// disk (the other .tf files), and template directives (%{ if }) in a heredoc are no syntax errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient, textOf } from './harness';

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start();
});
after(async () => {
  await client.stop();
});

test('terraform: var.x and local.x from other files of the module are substituted and checked; directives are accepted', async () => {
  const path = join(process.cwd(), 'test', 'fixtures', 'hosts', 'terraform-module', 'main.tf');
  const text = readFileSync(path, 'utf8');
  const document = await client.open(pathToFileURL(path).toString(), text, 'terraform');
  const { diagnostics } = await client.diagnostics(document.uri);
  assert.deepEqual(
    diagnostics.map((diagnostic) => [diagnostic.code, textOf(text, diagnostic.range)]),
    [
      ['structure/invalid-value', 'local.wait_seconds'],
      ['structure/out-of-range', '${var.timeout}'],
      ['reference/unknown-state', '"Nowhere"'],
    ],
  );
});
