/** JSON formatting changes whitespace only: the user's key order, values and escapes stay. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDocument, type TextEdit } from '../../server/src/core/index';

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

test('broken JSON is formatted as far as it goes, without throwing; YAML gets no edits', () => {
  const broken = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": }';
  const formatted = apply(broken, formatDocument(broken, 'json', { tabSize: 2, insertSpaces: true }));
  assert.equal(formatted.replace(/\s/g, ''), broken.replace(/\s/g, ''));
  assert.deepEqual(formatDocument('StartAt: A\nStates: {}\n', 'yaml', { tabSize: 2, insertSpaces: true }), []);
});
