/**
 * The fast path for everyday JSONata must never disagree with the jsonata library: whenever it
 * accepts an expression, the library accepts it too and finds the same variables, `$states`
 * members and problems. Checked on typical expressions and thousands of deterministic mutations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSONATA_ANALYZERS, analyzeJsonataExpression } from '../../../server/src/core/expressions/jsonataCheck';

const TYPICAL = [
  ' $states.input.items ',
  '$states.result.Payload.body',
  " 'item-' & $string($states.input.id) ",
  ' $count($states.input.items) > $limit and $states.input.ok = true ',
  ' $states.context.Execution.Id & "-" & $uuid() ',
  ' ($a + $b) * 2 - -1 ',
  ' $sum($states.input.items.price) / 100 ',
  ' $states.context.Execution.StartedAt ',
  ' $eval($states.input.code) ',
  ' $states.reslt ',
  ' $x != null or $y <= 2.5e3 ',
  ' $f($a, $g($b), "c").d.e ',
  ' a.b.c = "x" ',
  " $lowercase('EvaluationJob' & $KnowledgeBaseId & $uuid()) ",
  ' $partition($states.input.list, 2) ',
  '$merge([$states.input, {"result": $states.result.Payload}])',
  ' $merge([$states.input, {"summary": {"step": 12, "id": $states.input.record.id}}]) ',
  ' [] ',
  ' {} ',
  ' [1, "a", [$x, {}], -2.5] ',
  ' {"a": 1, \'b\': [$states.context.Map.Item.Value, $y], $k & "x": b} ',
  ' {key: value, "n": $count([1, 2, 3])} ',
];

const PIECES = [
  ' ',
  '(',
  ')',
  '$',
  '.',
  ',',
  '+',
  '-',
  '*',
  '**',
  '/',
  '=',
  '!=',
  '<',
  '>=',
  'and ',
  ' or ',
  "'",
  '"',
  '1',
  '2.5',
  '01',
  'x',
  '$states.input',
  '$count(',
  '&',
  '%',
  '!',
  '..',
  '@',
  '\\',
  'true',
  'in ',
  '[',
  '{',
  ']',
  '}',
  ':',
  ':=',
  '[1, 2]',
  '{"a": $x}',
  '?',
];

function* expressions(): Generator<string> {
  let seed = 20261126;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (const expression of TYPICAL) {
    yield expression;
    for (let k = 0; k < 200; k++) {
      const at = random(expression.length + 1);
      yield expression.slice(0, at) + (random(2) ? PIECES[random(PIECES.length)]! : '') + expression.slice(at + random(3));
    }
  }
  for (let k = 0; k < 5000; k++) {
    let text = '';
    for (let count = 1 + random(8); count > 0; count--) text += PIECES[random(PIECES.length)]!;
    yield text;
  }
}

test('the JSONata fast path agrees with the jsonata library on everything it accepts', () => {
  let accepted = 0;
  for (const expression of expressions()) {
    const fast = JSONATA_ANALYZERS.commonSubset(expression);
    if (!fast) continue;
    accepted++;
    const library = JSONATA_ANALYZERS.library(expression);
    assert.deepEqual(fast, library, `for ${JSON.stringify(expression)}`);
  }
  // The fast path must actually be taken for everyday expressions, or it is dead code.
  assert.ok(accepted > 1000, `fast path accepted only ${accepted} expressions`);
});

test('everyday expressions are analysed exactly: variables, $states members, context members, $eval', () => {
  const facts = analyzeJsonataExpression(" $count($states.input.items) > $limit and $states.context.Execution.ID = 'x' & $eval('1') ");
  assert.deepEqual(
    facts.variables.map((use) => [use.name, use.offset, use.length]),
    [['limit', 31, 6]],
  );
  assert.deepEqual(
    facts.statesMembers.map((use) => [use.member, use.offset]),
    [
      ['input', 16],
      ['context', 50],
    ],
  );
  assert.deepEqual(
    facts.problems.map((problem) => [problem.code, problem.offset, problem.length]),
    [
      ['jsonata/context-member', 68, 2],
      ['jsonata/function-unavailable', 79, 5],
    ],
  );
});

test('syntax errors come from the library, with its position', () => {
  const facts = analyzeJsonataExpression(' $sum($states.input.items ');
  assert.equal(facts.problems.length, 1);
  assert.equal(facts.problems[0]!.code, 'jsonata/syntax');
  assert.equal(facts.problems[0]!.offset, 24); // the last character, 's'
});
