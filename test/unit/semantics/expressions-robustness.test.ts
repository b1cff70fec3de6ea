/**
 * Expressions that exhaust a recursive parser's stack are reported as problems of their own; the
 * expression checks never fail as a whole (no `internal/rule-failed`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/core/index';

function codesOf(definition: unknown): string[] {
  return analyzeDocument(JSON.stringify(definition), 'json').diagnostics.map((diagnostic) => diagnostic.code);
}

const deepParens = '('.repeat(20000) + '1' + ')'.repeat(20000);

test('a JSONata expression nested 20,000 deep', () => {
  const codes = codesOf({
    QueryLanguage: 'JSONata',
    StartAt: 'A',
    States: { A: { Type: 'Pass', Output: `{% ${deepParens} %}`, End: true } },
  });
  assert.ok(!codes.includes('internal/rule-failed'), codes.join());
  assert.ok(codes.includes('jsonata/syntax'), codes.join());
});

test('a JSONPath filter nested 5,000 deep', () => {
  const codes = codesOf({ StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'x.$': '$' + '[?(@.a'.repeat(5000) }, End: true } } });
  assert.ok(!codes.includes('internal/rule-failed'), codes.join());
  assert.ok(codes.includes('jsonpath/syntax'), codes.join());
});

test('intrinsic calls nested 5,000 deep', () => {
  const codes = codesOf({
    StartAt: 'A',
    States: { A: { Type: 'Pass', Parameters: { 'x.$': 'States.Array('.repeat(5000) + ')'.repeat(5000) }, End: true } },
  });
  assert.ok(!codes.includes('internal/rule-failed'), codes.join());
});

test('lone surrogates in variable names and expressions', () => {
  const codes = codesOf({
    QueryLanguage: 'JSONata',
    StartAt: 'A',
    States: { A: { Type: 'Pass', Output: '{% $\uD800x + 1 %}', Assign: { '\uD800': 1 }, End: true } },
  });
  assert.ok(!codes.includes('internal/rule-failed'), codes.join());
  assert.ok(codes.includes('variables/invalid-name'), codes.join());
});
