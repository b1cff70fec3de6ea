// Parser behaviour on awkward input: each case is text in, problem codes and a value out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseDocument,
  stringValueOffset,
  toValue,
  findNodeAtOffset,
  type DocumentFormat,
  type StringNode,
} from '../../../server/src/core/index';

interface ParserCase {
  name: string;
  format: DocumentFormat;
  text: string;
  problems: string[];
  value?: unknown;
}

const cases: ParserCase[] = [
  { name: 'empty JSON', format: 'json', text: '', problems: [] },
  { name: 'empty YAML', format: 'yaml', text: '', problems: [] },
  { name: 'whitespace only', format: 'json', text: ' \n\t ', problems: [] },
  { name: 'trailing comma', format: 'json', text: '{"a": 1,}', problems: ['syntax/json'], value: { a: 1 } },
  { name: 'comment', format: 'json', text: '// c\n{"a": 1}', problems: ['syntax/json'], value: { a: 1 } },
  {
    name: 'unclosed object keeps what was read',
    format: 'json',
    text: '{"StartAt": "A", "States": {"A": {"Type": "Pass"',
    problems: ['syntax/json'],
    value: { StartAt: 'A', States: { A: { Type: 'Pass' } } },
  },
  { name: 'property without value', format: 'json', text: '{"Type": }', problems: ['syntax/json'], value: {} },
  { name: 'two JSON values', format: 'json', text: '{} {}', problems: ['syntax/json'], value: {} },
  { name: 'binary bytes', format: 'json', text: '\u0000\u0001\u00ff\ufffd', problems: ['syntax/json'] },
  { name: 'lone surrogates in a string', format: 'json', text: '{"a": "\ud800x\udc00"}', problems: [], value: { a: '\ud800x\udc00' } },
  { name: 'lone surrogate in YAML', format: 'yaml', text: 'a: "\ud800"\n', problems: [], value: { a: '\ud800' } },
  { name: 'deep JSON nesting', format: 'json', text: '['.repeat(10_000) + ']'.repeat(10_000), problems: ['syntax/too-deep'] },
  { name: 'deep YAML flow nesting', format: 'yaml', text: 'a: ' + '['.repeat(10_000), problems: ['syntax/too-deep'] },
  { name: 'YAML 1.2 keeps Yes as a string', format: 'yaml', text: 'Next: Yes\nYes: 1\n', problems: [], value: { Next: 'Yes', Yes: 1 } },
  { name: 'YAML anchors and aliases', format: 'yaml', text: 'a: &x {b: 1}\nc: *x\n', problems: [], value: { a: { b: 1 }, c: { b: 1 } } },
  {
    name: 'YAML merge key',
    format: 'yaml',
    text: 'base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3\n',
    problems: [],
    value: { base: { x: 1, y: 2 }, d: { x: 1, y: 3 } },
  },
  {
    name: 'YAML second document refused',
    format: 'yaml',
    text: 'a: 1\n---\nb: 2\n',
    problems: ['syntax/yaml-multiple-documents'],
    value: { a: 1 },
  },
  { name: 'YAML recursive alias', format: 'yaml', text: 'a: &x [*x]\n', problems: ['syntax/yaml-recursive-alias'] },
  { name: 'YAML unknown alias', format: 'yaml', text: 'a: *nope\n', problems: ['syntax/yaml-unknown-alias'] },
  { name: 'YAML bad indentation', format: 'yaml', text: 'a:\n  b: 1\n c: 2\n', problems: ['syntax/yaml'] },
  { name: 'YAML tab indentation', format: 'yaml', text: 'a:\n\tb: 1\n', problems: ['syntax/yaml'] },
  {
    name: 'YAML CloudFormation tag keeps the value',
    format: 'yaml',
    text: 'Resource: !Sub "${Fn}"\n',
    problems: [],
    value: { Resource: '${Fn}' },
  },
];

for (const parserCase of cases) {
  test(`parser: ${parserCase.name}`, () => {
    const parsed = parseDocument(parserCase.text, parserCase.format);
    assert.deepStrictEqual(
      parsed.problems.map((problem) => problem.code),
      parserCase.problems,
    );
    for (const problem of parsed.problems) {
      assert.ok(
        problem.offset >= 0 && problem.offset + problem.length <= Math.max(parserCase.text.length, 1) + 1,
        `problem ${problem.code} in range`,
      );
      assert.ok(problem.message.length > 10, 'a problem says what is wrong');
    }
    if ('value' in parserCase) assert.deepStrictEqual(toValue(parsed.root), parserCase.value);
  });
}

test('parser: a 10 MB document parses without error in bounded time', () => {
  const states: Record<string, unknown> = {};
  for (let index = 0; states && JSON.stringify(states).length < 10_000_000; index += 1000) {
    for (let inner = 0; inner < 1000; inner++)
      states[`S${index + inner}`] = { Type: 'Pass', Result: 'x'.repeat(100), Next: `S${index + inner + 1}` };
  }
  const text = JSON.stringify({ StartAt: 'S0', States: states });
  const parsed = parseDocument(text, 'json');
  assert.deepStrictEqual(parsed.problems, []);
  assert.equal(parsed.root?.type, 'object');
});

interface OffsetCase {
  format: DocumentFormat;
  text: string;
  /** The string value to find, and a character in it whose source position we expect. */
  value: string;
  index: number;
  expectedSource: string;
}

const offsetCases: OffsetCase[] = [
  { format: 'json', text: '{"a": "$.x[?(@.y)]"}', value: '$.x[?(@.y)]', index: 4, expectedSource: '?' },
  { format: 'json', text: '{"a": "say \\"hi\\" $.x"}', value: 'say "hi" $.x', index: 9, expectedSource: '$' },
  { format: 'json', text: '{"a": "\\u0041B"}', value: 'AB', index: 1, expectedSource: 'B' },
  { format: 'yaml', text: 'a: $.x.y\n', value: '$.x.y', index: 4, expectedSource: 'y' },
  { format: 'yaml', text: "a: 'it''s $.x'\n", value: "it's $.x", index: 5, expectedSource: '$' },
  { format: 'yaml', text: 'a: "tab\\t$.x"\n', value: 'tab\t$.x', index: 4, expectedSource: '$' },
];

for (const offsetCase of offsetCases) {
  test(`string offsets: ${offsetCase.format} ${JSON.stringify(offsetCase.value)}[${offsetCase.index}]`, () => {
    const parsed = parseDocument(offsetCase.text, offsetCase.format);
    const position = offsetCase.text.lastIndexOf(offsetCase.expectedSource);
    const node = findNodeAtOffset(parsed.root, position) as StringNode;
    assert.equal(node.type, 'string');
    assert.equal(node.value, offsetCase.value);
    const offset = stringValueOffset(node, offsetCase.index, offsetCase.text);
    assert.equal(offsetCase.text[offset], offsetCase.expectedSource);
  });
}
