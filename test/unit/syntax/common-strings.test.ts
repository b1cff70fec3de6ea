// The JSON fast path hands out one shared string for each common field name (syntax/commonStrings.ts).
// The syntax layer does not import the state-field table, so this test keeps its list complete.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commonString } from '../../../server/src/core/syntax/commonStrings';
import { STATE_FIELDS } from '../../../server/src/core/validation/structure/fields';

test('every field of the state-field table is a common string', () => {
  const missing = Object.keys(STATE_FIELDS).filter((name) => commonString(name, 0, name.length) !== name);
  assert.deepEqual(missing, [], 'add them to COMMON in server/src/core/syntax/commonStrings.ts');
});

test('a common string is found only where the text has exactly it', () => {
  assert.equal(commonString('{"Type": 1}', 2, 6), 'Type');
  assert.equal(commonString('Types', 0, 5), undefined);
  assert.equal(commonString('', 0, 0), '');
});
