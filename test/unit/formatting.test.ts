/**
 * JSON formatting changes whitespace only: the user's key order, values and escapes stay. YAML
 * formatting keeps key order, comments and styles (cases in test/fixtures/formatting-yaml), and
 * refuses, changing nothing, what it cannot read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatDocument as format, type TextEdit } from '../../server/src/core/index';
import type { FormattingOptions } from '../../server/src/core/features/formatting';
import type { TextSpan } from '../../server/src/core/features/types';

/** The edits of a formatting that must not be refused. */
function formatDocument(text: string, kind: 'json' | 'yaml', options: FormattingOptions, range?: TextSpan): TextEdit[] {
  const result = format(text, kind, options, range);
  assert.ok('edits' in result, `refused: ${'refusal' in result ? result.refusal : ''}`);
  return result.edits;
}

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset))
    out = out.slice(0, edit.offset) + edit.newText + out.slice(edit.offset + edit.length);
  return out;
}

const compact = '{"States":{"B":{"Type":"Succeed"},"A":{"Type":"Pass","Result":{"z":1,"a":"\\u00e9"},"Next":"B"}},"StartAt":"A"}';

test('formatting the whole document indents it and keeps key order and escapes', () => {
  const formatted = apply(compact, formatDocument(compact, 'json', { tabSize: 2, insertSpaces: true }));
  assert.equal(
    formatted,
    [
      '{',
      '  "States": {',
      '    "B": {',
      '      "Type": "Succeed"',
      '    },',
      '    "A": {',
      '      "Type": "Pass",',
      '      "Result": {',
      '        "z": 1,',
      '        "a": "\\u00e9"',
      '      },',
      '      "Next": "B"',
      '    }',
      '  },',
      '  "StartAt": "A"',
      '}',
    ].join('\n'),
  );
  assert.deepEqual(JSON.parse(formatted), JSON.parse(compact));
  assert.deepEqual(Object.keys(JSON.parse(formatted).States), ['B', 'A']);
});

test('tabs, and the document line ends, are kept', () => {
  const text = '{\r\n"StartAt": "A",\r\n"States": {}\r\n}';
  assert.equal(
    apply(text, formatDocument(text, 'json', { tabSize: 4, insertSpaces: false })),
    '{\r\n\t"StartAt": "A",\r\n\t"States": {}\r\n}',
  );
});

test('range formatting touches only the lines of the range', () => {
  const text = '{\n"StartAt":   "A",\n"States": {"A": {"Type":"Succeed"}}\n}';
  const start = text.indexOf('"States"');
  const edits = formatDocument(text, 'json', { tabSize: 2, insertSpaces: true }, { offset: start, length: text.length - 2 - start });
  assert.ok(edits.length > 0);
  for (const edit of edits) assert.ok(edit.offset >= start - 1, `edit at ${edit.offset} is inside the range`);
  assert.match(apply(text, edits), /"StartAt": {3}"A"/);
});

test('broken JSON is formatted as far as it goes, without throwing', () => {
  const broken = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": }';
  const formatted = apply(broken, formatDocument(broken, 'json', { tabSize: 2, insertSpaces: true }));
  assert.equal(formatted.replace(/\s/g, ''), broken.replace(/\s/g, ''));
});

const yamlCases = join('test', 'fixtures', 'formatting-yaml');
const options = { tabSize: 2, insertSpaces: true };
for (const name of readdirSync(yamlCases).filter((file) => file.endsWith('.asl.yaml'))) {
  const base = join(yamlCases, name.replace(/\.asl\.yaml$/, ''));
  const text = readFileSync(join(yamlCases, name), 'utf8');
  test(`YAML formatting: ${name}`, () => {
    const result = format(text, 'yaml', options);
    if (existsSync(`${base}.refusal.txt`)) {
      assert.ok('refusal' in result, 'refused, changing nothing');
      assert.ok(result.refusal.includes(readFileSync(`${base}.refusal.txt`, 'utf8')), result.refusal);
      return;
    }
    assert.ok('edits' in result, 'refusal' in result ? result.refusal : '');
    const formatted = apply(text, result.edits);
    assert.equal(formatted, readFileSync(`${base}.formatted.yaml`, 'utf8'));
    assert.deepEqual(format(formatted, 'yaml', options), { edits: [] }, 'formatting again changes nothing');
  });
}

test('YAML formatting leaves the example, already formatted, as it is; CRLF and a missing final line break stay', () => {
  const example = readFileSync(join('examples', 'return-request.asl.yaml'), 'utf8');
  assert.deepEqual(format(example, 'yaml', options), { edits: [] });
  const crlf = 'StartAt: A\r\nStates:\r\n    A:   # the only state\r\n        Type: Succeed';
  assert.equal(
    apply(crlf, formatDocument(crlf, 'yaml', options)),
    'StartAt: A\r\nStates:\r\n  A:\r\n    # the only state\r\n    Type: Succeed',
  );
});

test('YAML range formatting changes only the lines of the range, or refuses when they cannot stand apart', () => {
  const text = 'StartAt: A\nStates:\n  A:\n      Type: Pass\n      Next: B\n  B:\n      Type:   Succeed\n';
  const bLines = { offset: text.indexOf('  B:'), length: text.length - text.indexOf('  B:') };
  assert.equal(
    apply(text, formatDocument(text, 'yaml', options, bLines)),
    'StartAt: A\nStates:\n  A:\n      Type: Pass\n      Next: B\n  B:\n    Type: Succeed\n',
  );
  // Hunks of changed lines stand apart where a line keeps its place (the comment), but A re-indented
  // without B would put B out of line with its sibling: nothing changes, and the message says why.
  const split = 'StartAt: A\nStates:\n   A:\n      Type: Pass\n  # B follows\n   B:\n      Type: Succeed\n';
  const firstOfA = { offset: split.indexOf('   A:'), length: split.indexOf('  # B') - split.indexOf('   A:') };
  const refused = format(split, 'yaml', options, firstOfA);
  assert.ok('refusal' in refused && /cannot be formatted apart from the rest/.test(refused.refusal), JSON.stringify(refused));
});

test('a large YAML machine, every line re-indented, formats whole in bounded time; its data and comments stay', () => {
  const states = Array.from({ length: 3000 }, (_, index) =>
    [
      `    # state ${index}`,
      `    S${index}:`,
      '        Type: Pass',
      index === 2999 ? '        End: true' : `        Next: S${index + 1}`,
    ].join('\n'),
  );
  const text = `StartAt: S0\nStates:\n${states.join('\n')}\n`;
  const started = Date.now();
  const formatted = apply(text, formatDocument(text, 'yaml', options));
  assert.ok(Date.now() - started < 60_000, 'a hang guard, not a speed target');
  assert.equal(formatted.split('\n').length, text.split('\n').length);
  assert.match(formatted, /^ {2}# state 2999\n {2}S2999:\n {4}Type: Pass\n {4}End: true\n$/m);
  const range = format(text, 'yaml', options, { offset: text.indexOf('    S10:'), length: 10 });
  assert.ok('edits' in range || /format the whole document/.test(range.refusal), JSON.stringify(range).slice(0, 200));
});
