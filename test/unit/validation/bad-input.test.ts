// Any text at all gets diagnostics or nothing, never an exception or a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDocument, type DocumentFormat } from '../../../server/src/core/index';

function validateBoth(text: string): { json: string[]; yaml: string[] } {
  const codes = (format: DocumentFormat) => validateDocument(text, format).map((diagnostic) => diagnostic.code);
  return { json: codes('json'), yaml: codes('yaml') };
}

test('an empty document says what a state machine needs', () => {
  const { json, yaml } = validateBoth('');
  assert.deepEqual(json, ['structure/empty-document']);
  assert.deepEqual(yaml, ['structure/empty-document']);
  assert.deepEqual(validateBoth('   \n\t ').json, ['structure/empty-document']);
});

test('binary data gets syntax errors', () => {
  let text = '';
  for (let index = 0; index < 4096; index++) text += String.fromCharCode((index * 7919) % 256);
  const { json, yaml } = validateBoth(text);
  assert.ok(json.some((code) => code.startsWith('syntax/')));
  assert.ok(yaml.length > 0);
});

test('nesting 10,000 deep is refused with a clear message, fast', () => {
  const started = performance.now();
  const { json, yaml } = validateBoth('['.repeat(10_000) + ']'.repeat(10_000));
  assert.deepEqual(json, ['syntax/too-deep']);
  assert.deepEqual(yaml, ['syntax/too-deep']);
  const objects = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
  assert.deepEqual(validateBoth(objects).json, ['syntax/too-deep']);
  assert.ok(performance.now() - started < 2000);
});

test('lone surrogates in keys, names and values are harmless', () => {
  const text =
    '{"StartAt": "A\ud800", "States": {"A\ud800": {"Type": "Pass", "Comment": "\udc00", "End": true}, "\udfff": {"Type": "Succeed"}}}';
  const diagnostics = validateDocument(text, 'json');
  assert.deepEqual(
    diagnostics.map((diagnostic) => diagnostic.code),
    ['graph/unreachable'],
  );
});

test('a 10 MB document validates in bounded time', () => {
  const states: string[] = [];
  const payload = 'x'.repeat(1000);
  for (let index = 0; index < 9000; index++) {
    states.push(
      `"S${index}": {"Type": "Pass", "Result": {"data": "${payload}"}, ${index === 8999 ? '"End": true' : `"Next": "S${index + 1}"`}}`,
    );
  }
  const text = `{"StartAt": "S0", "States": {${states.join(',\n')}}}`;
  assert.ok(text.length > 9_000_000);
  const started = performance.now();
  const diagnostics = validateDocument(text, 'json');
  assert.deepEqual(diagnostics, []);
  assert.ok(performance.now() - started < 5000, `took ${performance.now() - started} ms`);
});

test('a root that is not an object, and States of the wrong type', () => {
  assert.deepEqual(
    validateDocument('42', 'json').map((diagnostic) => diagnostic.code),
    ['structure/root-not-object'],
  );
  assert.deepEqual(
    validateDocument('- a\n- b\n', 'yaml').map((diagnostic) => diagnostic.code),
    ['structure/root-not-object'],
  );
  assert.deepEqual(
    validateDocument('{"StartAt": "A", "States": []}', 'json').map((diagnostic) => diagnostic.code),
    ['structure/wrong-type'],
  );
  assert.deepEqual(
    validateDocument('{"States": {}}', 'json')
      .map((diagnostic) => diagnostic.code)
      .sort(),
    ['structure/empty-states', 'structure/missing-field'],
  );
});
