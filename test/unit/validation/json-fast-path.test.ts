// The fast path for well-formed JSON must build exactly the tree the error-recovering parser
// builds (same nodes, offsets, lengths, values, parents), and hand everything else over to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseJson, parseJsonWithRecovery } from '../../../server/src/core/syntax/jsonParser';
import { parseWellFormedJson } from '../../../server/src/core/syntax/jsonFastParser';
import { isAslFile, listSharedFiles, sharedDir } from '../../support/shared';
import { treePicture } from '../../support/treePicture';

test('the fast path and the recovering parser build the same tree for every JSON corpus file', () => {
  const files = listSharedFiles('corpus', isAslFile).filter((file) => file.endsWith('.json'));
  assert.ok(files.length > 600);
  let fast = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const wellFormed = parseWellFormedJson(text);
    const recovered = parseJsonWithRecovery(text);
    if (!wellFormed) {
      assert.ok(
        recovered.problems.length > 0 || !recovered.root,
        `${relative(sharedDir, file)}: the fast path gave up on well-formed JSON`,
      );
      continue;
    }
    fast++;
    assert.deepEqual(recovered.problems, [], relative(sharedDir, file));
    assert.deepStrictEqual(treePicture(wellFormed.root), treePicture(recovered.root), relative(sharedDir, file));
  }
  assert.ok(fast > 600);
});

test('escapes, numbers and literals decode as JSON.parse decodes them', () => {
  const text = '{"a\\"b": "x\\n\\t\\u00e9\\/\\\\", "n": [-0, 1.5e3, 10, 1E-2, true, false, null], "": {}, "e": []}';
  const tree = parseWellFormedJson(text);
  assert.ok(tree);
  assert.deepStrictEqual(treePicture(tree.root), treePicture(parseJsonWithRecovery(text).root));
});

test('whitespace of every kind, and strings with and without escapes, as the recovering parser reads them', () => {
  for (const text of [
    '{\r\n\t"a" :\t1 ,\n  "b":[ 1 ,2 ] }',
    ' [ ] ',
    '{"a":"b","c":"d\\n","e":"\\"q\\"","f":"é ✓ 😀"}',
    '{"long key with spaces": "a value longer than thirteen characters"}',
  ]) {
    const tree = parseWellFormedJson(text);
    assert.ok(tree, JSON.stringify(text));
    assert.deepStrictEqual(treePicture(tree.root), treePicture(parseJsonWithRecovery(text).root), JSON.stringify(text));
  }
});

test('anything not plain JSON goes to the recovering parser', () => {
  for (const text of [
    '',
    '   ',
    '{',
    '{"a": 1,}',
    '{"a": "x\ty"}',
    '{"a": "x\ny"}',
    '{"a": "abc',
    '{"a": "abc\\',
    '// c\n{}',
    '{"a": 01}',
    '{"a": "\u0001"}',
    '[1 2]',
    '{"a" 1}',
    '{"a": tru}',
    '{} {}',
    '\ufeff{}',
    '{"a": "\\x"}',
    '['.repeat(1001) + ']'.repeat(1001),
  ]) {
    assert.equal(parseWellFormedJson(text), undefined, JSON.stringify(text.slice(0, 20)));
  }
  assert.equal(parseJson('['.repeat(1001) + ']'.repeat(1001)).problems[0]?.code, 'syntax/too-deep');
});

test('repeated keys are found while parsing, also "a" beside "a.$"', () => {
  const tree = parseWellFormedJson('{"x": {"a": 1, "b": 2, "a": 3}, "y": {"p": 1, "p.$": "$"}, "z": {"q": 1, "r.$": "$"}}');
  assert.ok(tree);
  assert.equal(tree.repeatedKeyObjects.length, 2);
});
