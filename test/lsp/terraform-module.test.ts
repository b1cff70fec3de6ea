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

test('terraform: a definition written in another file of the module (definition = local.x) shows its problems in that file, cleared when fixed', async () => {
  const folder = join(process.cwd(), 'test', 'fixtures', 'hosts', 'terraform-module');
  const localsText = readFileSync(join(folder, 'locals.tf'), 'utf8');
  const locals = await client.open(pathToFileURL(join(folder, 'locals.tf')).toString(), localsText, 'terraform');
  const { diagnostics } = await client.diagnostics(locals.uri);
  assert.deepEqual(
    diagnostics.map((diagnostic) => [diagnostic.code, textOf(localsText, diagnostic.range)]),
    [['reference/unknown-state', '"Gone"']],
  );
  // The unsaved text of the open file is what is checked, and a fix clears the squiggle.
  const fixed = localsText.replace('Next = "Gone"', 'End = true');
  assert.notEqual(fixed, localsText);
  await client.change(locals.uri, fixed);
  assert.deepEqual((await client.diagnostics(locals.uri)).diagnostics, []);
  const broken = fixed.replace('Type = "Pass"', 'Type = "Pas"');
  await client.change(locals.uri, broken);
  const again = (await client.diagnostics(locals.uri)).diagnostics;
  assert.deepEqual(
    again.map((diagnostic) => textOf(broken, diagnostic.range)),
    ['"Pas"'],
  );
  await client.close(locals.uri);
});

test('terraform: the file that writes a definition is checked again when the file that uses it changes', async () => {
  const folder = join(process.cwd(), 'test', 'fixtures', 'hosts', 'terraform-module');
  const localsText = readFileSync(join(folder, 'locals.tf'), 'utf8');
  const mainText = readFileSync(join(folder, 'main.tf'), 'utf8');
  const locals = await client.open(pathToFileURL(join(folder, 'locals.tf')).toString(), localsText, 'terraform');
  assert.equal((await client.diagnostics(locals.uri)).diagnostics.length, 1);
  const main = await client.open(pathToFileURL(join(folder, 'main.tf')).toString(), mainText, 'terraform');
  await client.diagnostics(main.uri);
  // main.tf no longer uses local.shared_definition: its problem leaves locals.tf (several publishes may come first).
  const unused = mainText.replace('definition = local.shared_definition', 'definition = var.definition');
  assert.notEqual(unused, mainText);
  let published = client.nextDiagnostics(locals.uri);
  await client.change(main.uri, unused);
  for (let attempt = 0; (await published).diagnostics.length > 0; attempt++) {
    assert.ok(attempt < 5, 'locals.tf keeps the problem of a definition no file uses');
    published = client.nextDiagnostics(locals.uri);
  }
  await client.close(main.uri);
  await client.close(locals.uri);
});
