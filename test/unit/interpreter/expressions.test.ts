// JSONPath and intrinsic functions: parser problems with exact ranges, and evaluation, as tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  INTRINSIC_SIGNATURES,
  evaluateIntrinsic,
  evaluateJsonPath,
  parseIntrinsic,
  parseJsonPath,
} from '../../../server/src/core/expressions';

const document = {
  store: {
    book: [
      { title: 'A', price: 8, tags: ['x'] },
      { title: 'B', price: 12 },
      { title: 'C', price: 30, isbn: '1' },
    ],
    bicycle: { price: 20 },
  },
  'odd key': 1,
};

const pathCases: Array<[string, unknown]> = [
  ['$.store.bicycle.price', 20],
  ["$['odd key']", 1],
  ['$.store.book[0].title', 'A'],
  ['$.store.book[-1].title', 'C'],
  ['$.store.book[*].title', ['A', 'B', 'C']],
  ['$.store.book[1:].title', ['B', 'C']],
  ['$.store.book[:2].price', [8, 12]],
  ['$.store.book[0,2].price', [8, 30]],
  ['$.store.book[?(@.price > 10)].title', ['B', 'C']],
  ["$.store.book[?(@.price > 10 && @.title != 'C')].title", ['B']],
  ['$.store.book[?(@.isbn)].title', ['C']],
  ['$..price', [8, 12, 30, 20]],
  ['$.store.book.length()', 3],
  ['$.store.*.price', [20]],
];

for (const [path, expected] of pathCases) {
  test(`jsonpath evaluates ${path}`, () => {
    const parsed = parseJsonPath(path);
    assert.deepEqual(parsed.problems, []);
    const result = evaluateJsonPath(parsed.ast!, { input: document });
    assert.ok(result.found);
    assert.deepEqual(result.found ? result.value : undefined, expected);
  });
}

test('jsonpath: a definite path that selects nothing reports the normalized path', () => {
  const result = evaluateJsonPath(parseJsonPath('$.store.car.wheels').ast!, { input: document });
  assert.deepEqual(result, { found: false, missing: "$['store']['car']" });
});

test('jsonpath: $$ and $variable roots', () => {
  const context = parseJsonPath('$$.Execution.Name').ast!;
  assert.equal(context.root, 'context');
  assert.deepEqual(evaluateJsonPath(context, { input: {}, context: { Execution: { Name: 'run-1' } } }), { found: true, value: 'run-1' });
  const variable = parseJsonPath('$order.items[0]').ast!;
  assert.equal(variable.variable, 'order');
  assert.deepEqual(
    evaluateJsonPath(variable, { input: {}, variable: (name) => (name === 'order' ? { value: { items: [7] } } : undefined) }),
    { found: true, value: 7 },
  );
});

const pathProblems: Array<[string, number, number]> = [
  ['$.a[', 4, 1],
  ['store.a', 0, 1],
  ['$.a[?(@.x >)]', 11, 1],
  ["$['open", 2, 5],
  ['$.a.nope()', 4, 6],
];
for (const [path, offset, length] of pathProblems) {
  test(`jsonpath problem in ${path} at ${offset}+${length}`, () => {
    const parsed = parseJsonPath(path);
    assert.ok(parsed.problems.length > 0, 'a problem is reported');
    assert.equal(parsed.problems[0]!.offset, offset);
    assert.equal(parsed.problems[0]!.length, length);
  });
}

const hash = (algorithm: string, data: string): string => createHash(algorithm.replace('-', '').toLowerCase()).update(data).digest('hex');
const input = { s: 'a,b,,c', n: 2.5, list: [1, 2, 2, 3], obj: { a: 1 } };

const intrinsicCases: Array<[string, unknown]> = [
  ["States.Format('{} has {} items', $.s, $.n)", 'a,b,,c has 2.5 items'],
  ["States.Format('literal \\{\\} and {}', $.obj)", 'literal {} and {a=1}'],
  ['States.StringToJson(\'{"k":[1]}\')', { k: [1] }],
  ['States.JsonToString($.obj)', '{"a":1}'],
  ["States.Array(1, 'two', $.obj, null, true)", [1, 'two', { a: 1 }, null, true]],
  ['States.ArrayPartition($.list, 3)', [[1, 2, 2], [3]]],
  ['States.ArrayContains($.list, 3)', true],
  ['States.ArrayRange(1, 9, 4)', [1, 5, 9]],
  ['States.ArrayGetItem($.list, 3)', 3],
  ['States.ArrayLength($.list)', 4],
  ['States.ArrayUnique($.list)', [1, 2, 3]],
  ["States.Base64Encode('hé')", 'aMOp'],
  ["States.Base64Decode('aMOp')", 'hé'],
  ["States.Hash('abc', 'MD5')", '900150983cd24fb0d6963f7d28e17f72'],
  ['States.JsonMerge($.obj, States.StringToJson(\'{"b":2}\'), false)', { a: 1, b: 2 }],
  ['States.MathAdd($.n, 1)', 4],
  ["States.StringSplit($.s, ',')", ['a', 'b', 'c']],
];

for (const [expression, expected] of intrinsicCases) {
  test(`intrinsic ${expression}`, () => {
    const parsed = parseIntrinsic(expression);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(evaluateIntrinsic(parsed.ast!, { input }, { hash }), expected);
  });
}

test('intrinsics: MathRandom and UUID use their ports', () => {
  const random = parseIntrinsic('States.MathRandom(10, 20)').ast!;
  assert.equal(evaluateIntrinsic(random, { input }, { random: () => 0.5 }), 15);
  const uuid = parseIntrinsic('States.UUID()').ast!;
  assert.equal(evaluateIntrinsic(uuid, { input }, { uuid: () => 'fixed' }), 'fixed');
});

test('intrinsics: the signature table covers all 18 functions', () => {
  assert.equal(Object.keys(INTRINSIC_SIGNATURES).length, 18);
});

const intrinsicProblems: Array<[string, RegExp, number, number]> = [
  ['States.Nope(1)', /Unknown intrinsic/, 0, 11],
  ['States.MathAdd(1)', /takes 2 arguments/, 0, 17],
  ["States.ArrayLength('text')", /must be an array/, 19, 6],
  ['States.ArrayRange(1, 2.5, 1)', /must be an integer/, 21, 3],
  ["States.Hash('x', 'SHA-3')", /Unknown hash algorithm/, 17, 7],
  ["States.Format('x'", /Missing "\)"/, 0, 17],
  ['States.Format(abc)', /must be quoted/, 14, 3],
];
for (const [expression, message, offset, length] of intrinsicProblems) {
  test(`intrinsic problem: ${expression}`, () => {
    const problems = parseIntrinsic(expression).problems;
    assert.ok(problems.length > 0);
    assert.match(problems[0]!.message, message);
    assert.equal(problems[0]!.offset, offset);
    assert.equal(problems[0]!.length, length);
  });
}

test('parsers report absurd nesting as a problem instead of overflowing the stack', () => {
  const deepCall = 'States.Array('.repeat(20000) + ')'.repeat(20000);
  assert.match(parseIntrinsic(deepCall).problems[0]!.message, /nested too deeply/);
  const deepFilter = `$.a[?(${'('.repeat(20000)}@.x${')'.repeat(20000)})]`;
  assert.match(parseJsonPath(deepFilter).problems[0]!.message, /nested too deeply/);
});

test('parsers never throw and keep problem ranges inside the text (deterministic fuzz)', () => {
  const alphabet = `$@.[]()?*:,'"\\ abc01-=!<>&|~/States.FormatArrayMathAdd{}%`;
  let seed = 1;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let i = 0; i < 20000; i++) {
    let text = random() < 0.5 ? '$' : 'States.';
    const length = 1 + Math.floor(random() * 30);
    for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
    for (const result of [parseJsonPath(text), parseIntrinsic(text)]) {
      for (const problem of result.problems) {
        assert.ok(
          problem.offset >= 0 && problem.offset + problem.length <= text.length + 1,
          `${JSON.stringify(text)}: ${JSON.stringify(problem)}`,
        );
      }
    }
  }
});
