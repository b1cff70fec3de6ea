/**
 * Where a definition template holds bare placeholders (core/hosts/definitionText.ts): `${...}`
 * outside JSON strings, with nested braces, and with `directives` Terraform's `%{...}`.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { barePlaceholders } from '../../../server/src/core/hosts/definitionText';

/** Each case: the text, whether directives count, and the spans found, written as the text they cover. */
const cases: { text: string; directives?: boolean; found: string[] }[] = [
  { text: '{"TimeoutSeconds": ${total}}', found: ['${total}'] },
  { text: '{"A": "${inside a string}", "B": ${outside}}', found: ['${outside}'] },
  { text: '{"A": "an \\"escaped ${quote}\\" stays inside", "B": ${b}}', found: ['${b}'] },
  { text: '{"A": ${jsonencode({a = {b = 1}})}}', found: ['${jsonencode({a = {b = 1}})}'] },
  { text: '{"A": ${not closed\n}, "B": ${b}}', found: ['${b}'] },
  { text: '{"A": $ {spaced}, "B": ${}}', found: ['${}'] },
  { text: '%{ if x }{"A": 1}%{ endif }', found: [] },
  { text: '%{ if x }{"A": ${a}}%{ endif }', directives: true, found: ['%{ if x }', '${a}', '%{ endif }'] },
  { text: '{"A": "%{ in a string }"}', directives: true, found: [] },
  { text: '{"A": "never closed ${a}', found: [] },
  { text: '{"A": "ends in a backslash \\', found: [] },
  { text: '"\\\\" ${after an escaped backslash}', found: ['${after an escaped backslash}'] },
  { text: '{"A": 1}', found: [] },
];

describe('barePlaceholders', () => {
  for (const example of cases) {
    test(`${JSON.stringify(example.text)}${example.directives ? ' (directives)' : ''}`, () => {
      const spans = barePlaceholders(example.text, example.directives);
      assert.deepEqual(
        spans.map((span) => example.text.slice(span.offset, span.offset + span.length)),
        example.found,
      );
      for (const span of spans) assert.equal(span.directive === true, example.text[span.offset] === '%');
    });
  }

  test('a long string of escapes is skipped in one pass', () => {
    const text = `"${'\\"ab'.repeat(200_000)}" \${x}`;
    assert.deepEqual(barePlaceholders(text), [{ offset: text.length - 4, length: 4 }]);
  });
});
