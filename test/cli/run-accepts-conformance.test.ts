// `asl run` refuses definitions with validation errors; it must never refuse one that real AWS ran.
// Every conformance definition was executed by AWS, so none may carry an error-level diagnostic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateDocument } from '../../server/src/core';
import { requireShared } from '../support/shared';

const casesDir = requireShared('conformance', 'cases');

test('asl run accepts every definition AWS executed (no error diagnostics on the conformance corpus)', () => {
  const refused: string[] = [];
  for (const name of readdirSync(casesDir)) {
    const text = readFileSync(join(casesDir, name, 'definition.json'), 'utf8');
    for (const diagnostic of validateDocument(text, 'json')) {
      if (diagnostic.severity === 'error') refused.push(`${name}: ${diagnostic.code} ${diagnostic.message}`);
    }
  }
  assert.deepEqual(refused, []);
});
