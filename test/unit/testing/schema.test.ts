// The JSON Schema shipped for test files (schemas/asl-test.schema.json) accepts every example test
// file and lists the same fields as the core's reader, so the editor and `asl test` agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { TEST_FILE_FIELDS, isTestFileName, parseDocument, toValue } from '../../../server/src/core';

const root = process.cwd();
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'asl-test.schema.json'), 'utf8')) as {
  properties: Record<string, unknown>;
  definitions: Record<string, { properties: Record<string, unknown> }>;
};

const keys = (object: Record<string, unknown>): string[] => Object.keys(object).sort();

test('the schema lists the fields the reader knows', () => {
  assert.deepEqual(keys(schema.properties), [...TEST_FILE_FIELDS.file].sort());
  assert.deepEqual(keys(schema.definitions.test!.properties), [...TEST_FILE_FIELDS.test].sort());
  assert.deepEqual(keys(schema.definitions.expect!.properties), [...TEST_FILE_FIELDS.expect].sort());
  const states = schema.definitions.expect!.properties.states as { additionalProperties: { properties: Record<string, unknown> } };
  assert.deepEqual(keys(states.additionalProperties.properties), [...TEST_FILE_FIELDS.stateExpectation].sort());
});

test('the schema accepts the example test files and rejects a broken one', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const files = readdirSync(join(root, 'examples')).filter(isTestFileName);
  assert.ok(files.length >= 4);
  for (const name of files) {
    const text = readFileSync(join(root, 'examples', name), 'utf8');
    const value = toValue(parseDocument(text, /\.ya?ml$/.test(name) ? 'yaml' : 'json').root);
    assert.ok(validate(value), `${name}: ${JSON.stringify(validate.errors)}`);
  }
  assert.equal(validate({ stateMachine: 'm.asl.json', tests: { t: { input: 1, inputFile: 'x', expect: { status: 'DONE' } } } }), false);
  assert.equal(validate({ stateMachine: 'm.asl.json', tests: { t: { mocks: { A: { first: { Return: 1 } } } } } }), false);
});
