// LineIndex takes a native indexOf scan when a text has no carriage return and a char-by-char scan
// otherwise: both must count lines as LSP does (\r\n, \r and \n each end one) and round-trip offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/core/index';

/** Line starts counted the slow, obvious way. */
function expectedStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

const cases: Record<string, string> = {
  empty: '',
  'no newline': '{"StartAt": "A"}',
  'LF only': '{\n  "StartAt": "A",\n  "States": {}\n}\n',
  'CRLF only': '{\r\n  "StartAt": "A",\r\n  "States": {}\r\n}\r\n',
  'lone CR': 'a\rb\rc',
  mixed: 'a\nb\r\nc\rd\n\n\r\r\ne',
  'ends with CR': 'a\r',
  'blank lines': '\n\n\n',
};

for (const [name, text] of Object.entries(cases)) {
  test(`LineIndex: ${name}`, () => {
    const index = new LineIndex(text);
    const starts = expectedStarts(text);
    assert.equal(index.lineCount, starts.length);
    for (let offset = 0; offset <= text.length; offset++) {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
      assert.deepEqual(index.positionAt(offset), { line, character: offset - starts[line]! }, `offset ${offset}`);
      // Offsets inside a \r\n pair map to the line's end; every other offset round-trips.
      if (!(text[offset - 1] === '\r' && text[offset] === '\n')) assert.equal(index.offsetAt(index.positionAt(offset)), offset);
    }
  });
}
