// Issue 10, row 15: one wrong Next gives one error, at the cause. The states it cuts off get a hint
// that points back at the broken reference, instead of an error each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../../server/src/core/index';

test('row 15: a wrong Next in pickup-order gives one error at the cause and related hints for the states behind it', () => {
  const original = readFileSync(resolve('examples', 'pickup-order.asl.json'), 'utf8');
  assert.deepEqual(analyzeDocument(original, 'json').diagnostics, []);
  const text = original.replace('"Next": "IsOrderValid"', '"Next": "IsOrderValidd"');
  assert.notEqual(text, original);
  const diagnostics = analyzeDocument(text, 'json').diagnostics;
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  assert.deepEqual(
    errors.map((diagnostic) => diagnostic.code),
    ['reference/unknown-state'],
  );
  const cause = errors[0]!;
  assert.equal(text.slice(cause.offset, cause.offset + cause.length), '"IsOrderValidd"');
  const hints = diagnostics.filter((diagnostic) => diagnostic.code === 'graph/unreachable-after-unknown-reference');
  assert.equal(hints.length, diagnostics.length - 1, 'every other diagnostic is such a hint');
  assert.ok(hints.length >= 10);
  for (const hint of hints) {
    assert.equal(hint.severity, 'hint');
    assert.deepEqual(
      hint.related?.map((related) => [related.offset, related.length]),
      [[cause.offset, cause.length]],
    );
  }
});

test('row 15: the cut-off states are found in linear time on a 5,000-state chain broken at its start', () => {
  const states: Record<string, unknown> = { S0: { Type: 'Pass', Next: 'Nowhere' } };
  for (let index = 1; index < 5000; index++) states[`S${index}`] = { Type: 'Pass', Next: `S${index + 1}` };
  states['S5000'] = { Type: 'Succeed' };
  // Many broken references, none of them close to a name: each could mean any orphan.
  for (let index = 0; index < 2000; index++) states[`X${index}`] = { Type: 'Pass', Next: `zz${index}qq` };
  const text = JSON.stringify({ StartAt: 'S0', States: states });
  const started = performance.now();
  const diagnostics = analyzeDocument(text, 'json').diagnostics;
  const ms = performance.now() - started;
  assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
  assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'reference/unknown-state').length, 2001);
  assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'graph/unreachable-after-unknown-reference'));
});
