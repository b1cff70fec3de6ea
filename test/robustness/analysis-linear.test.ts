// Issue 10, rows 6 and 7: features stay linear on long strings and long documents. The bounds are
// hang guards, generous for a loaded machine (the targets, hover < 50 ms, hold unloaded: about
// 1-5 ms here); each case took seconds to minutes before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, hover, stringValueIndexAt, stringValueOffset, type StringNode } from '../../server/src/core/index';
import { startAtLine } from '../../client/src/startAtLine';

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

/** A Pass state whose `field` holds `value`, as JSON or YAML text, and where the value's text starts. */
function machineWith(value: string, format: 'json' | 'yaml', field = 'Comment'): { text: string; valueStart: number } {
  if (format === 'json') {
    const prefix = `{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true, "${field}": `;
    return { text: `${prefix}${JSON.stringify(value)}}}}`, valueStart: prefix.length };
  }
  const prefix = `StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n    ${field}: `;
  return { text: `${prefix}"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`, valueStart: prefix.length };
}

// Escapes along the way, so the decoded index and the text offset drift apart.
const longValue = '$.a \\ "b" \u00e9 States.Format '.repeat(3200).slice(0, 80_000);

for (const format of ['json', 'yaml'] as const) {
  test(`row 6: hover in an 80,000-character ${format} string answers in < 50 ms anywhere`, () => {
    const { text, valueStart } = machineWith(longValue, format);
    const analysis = analyzeDocument(text, format);
    void analysis.diagnostics;
    const valueLength = text.lastIndexOf('"') - valueStart;
    for (const fraction of [0, 0.25, 0.5, 0.9, 1]) {
      const offset = valueStart + 1 + Math.floor(fraction * (valueLength - 2));
      const { ms } = timed(() => hover(analysis.machine, offset));
      assert.ok(ms < 1000, `${format} at ${fraction}: ${ms.toFixed(1)} ms`);
    }
  });

  test(`row 6: a 1 MB ${format} Comment validates and hovers in bounded time`, () => {
    const { text, valueStart } = machineWith('word '.repeat(200_000), format);
    const { result: analysis, ms } = timed(() => {
      const analysis = analyzeDocument(text, format);
      void analysis.diagnostics;
      return analysis;
    });
    assert.ok(ms < 5000, `analysis ${ms.toFixed(0)} ms`);
    const hovered = timed(() => hover(analysis.machine, valueStart + 900_000));
    assert.ok(hovered.ms < 1000, `hover ${hovered.ms.toFixed(0)} ms`);
  });
}

test('row 6: a JSONata expression with 5,000 references to unknown variables places each problem in linear time', () => {
  const expression = `{% ${Array.from({ length: 5000 }, (_, index) => `$v${index}`).join(' + ')} %}`;
  const { text } = machineWith(expression, 'json', 'Output');
  const withQueryLanguage = text.replace('"StartAt"', '"QueryLanguage": "JSONata", "StartAt"');
  const { result: diagnostics, ms } = timed(() => analyzeDocument(withQueryLanguage, 'json').diagnostics);
  assert.ok(diagnostics.length > 0);
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
});

test('row 6: the offset table gives what decoding from the quote gives, both ways', () => {
  for (const format of ['json', 'yaml'] as const) {
    const value = 'a\\b"c\u00e9\u{1F600}d\te';
    const { text } = machineWith(value, format);
    const analysis = analyzeDocument(text, format);
    const states = analysis.machine.states;
    const node = states[0]!.node!.properties.find((property) => property.keyValue === 'Comment')!.value as StringNode;
    assert.equal(node.value, value);
    let previous = -1;
    for (let index = 0; index <= value.length; index++) {
      const offset = stringValueOffset(node, index, text);
      assert.ok(offset > previous, `${format}: offsets increase (${index})`);
      previous = offset;
      if (index < value.length) assert.equal(stringValueIndexAt(node, offset, text), index, `${format}: index at ${offset}`);
    }
    assert.equal(stringValueOffset(node, 0, text), node.offset + 1);
    assert.equal(stringValueOffset(node, value.length, text), node.offset + node.length - 1);
  }
});

test('row 7: the CodeLens finds StartAt on 80,000 blank lines in linear time', () => {
  const lines = [...Array.from({ length: 80_000 }, () => ''), '{', '  "StartAt": "A",', '}'];
  const { result: line, ms } = timed(() => startAtLine(lines.length, (index) => lines[index]!));
  assert.equal(line, 80_001);
  assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  const spaces = Array.from({ length: 80_000 }, () => ' '.repeat(20));
  const other = timed(() => startAtLine(spaces.length, (index) => spaces[index]!));
  assert.equal(other.result, 0);
  assert.ok(other.ms < 2000, `${other.ms.toFixed(0)} ms`);
});

test('row 7: the CodeLens line: JSON and YAML keys, not values or other keys', () => {
  const cases: [string[], number][] = [
    [['{', '  "StartAt": "A",'], 1],
    [['Comment: x', 'StartAt: A'], 1],
    [['\t"StartAt"  :  "A"'], 0],
    [['{', '  "Comment": "StartAt: no"', '  "StartAtX": 1', '  StartAt : A'], 3],
    [['nothing here'], 0],
  ];
  for (const [lines, expected] of cases)
    assert.equal(
      startAtLine(lines.length, (index) => lines[index]!),
      expected,
      lines.join('\\n'),
    );
});

test('a text with a syntax error per token reports the first 100 and how many more, in bounded time', () => {
  for (const format of ['json', 'yaml'] as const) {
    const text = '{"StartAt": "' + '" ab '.repeat(30_000) + '"}';
    const { result: diagnostics, ms } = timed(() => analyzeDocument(text, format).diagnostics);
    const syntax = diagnostics.filter((diagnostic) => diagnostic.code.startsWith('syntax/'));
    assert.ok(syntax.length <= 101, `${format}: ${syntax.length} syntax problems`);
    if (syntax.length === 101) assert.equal(syntax[100]!.code, 'syntax/too-many-problems');
    assert.ok(ms < 5000, `${format}: ${ms.toFixed(0)} ms`);
  }
});
