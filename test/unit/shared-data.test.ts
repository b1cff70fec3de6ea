// Every suite that needs ../shared asks test/support/shared.ts, which fails loudly when it is missing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listSharedFiles, requireShared, sharedDir } from '../support/shared';

test('a missing shared folder fails with a message that says where and how to fix it', () => {
  assert.throws(() => requireShared('no-such-folder'), /shared test data .*no-such-folder is missing or empty.*ASL_SHARED/s);
  assert.throws(() => listSharedFiles('no-such-folder/deeper', () => true), /no-such-folder.deeper is missing/);
});

test('the shared folder is there, with the corpus and the conformance cases', () => {
  assert.ok(requireShared('corpus').startsWith(sharedDir));
  assert.ok(listSharedFiles('conformance/cases', (name) => name === 'definition.json').length > 700);
});
