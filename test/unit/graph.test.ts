// The preview's graph model, built from the examples and from small machines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, formatForFileName } from '../../server/src/core/index';
import { buildGraph, findStateNodeAtOffset, summarizeChoiceRule, type StateMachineGraph } from '../../server/src/core/graph/index';

const examples = join(__dirname, '..', '..', '..', 'examples');

function graphOf(text: string, format: 'json' | 'yaml' = 'json'): StateMachineGraph {
  const analyzed = analyzeDocument(text, format);
  return buildGraph(analyzed.machine, analyzed.diagnostics);
}

function exampleGraph(file: string): StateMachineGraph {
  return graphOf(readFileSync(join(examples, file), 'utf8'), formatForFileName(file) ?? 'json');
}

test('the pickup order has a node per state, nested containers and every edge kind', () => {
  const graph = exampleGraph('pickup-order.asl.json');
  const states = graph.nodes.filter((node) => node.kind === 'state');
  assert.equal(states.length, graph.stateCount);
  assert.equal(states.length, 17);
  const reserveItem = states.find((node) => node.label === 'ReserveItem')!;
  const processor = graph.nodes.find((node) => node.id === reserveItem.parentId)!;
  assert.equal(processor.kind, 'itemProcessor');
  assert.equal(processor.parentId, 'ReserveItems');
  const branches = graph.nodes.filter((node) => node.kind === 'branch');
  assert.deepEqual(
    branches.map((node) => node.label),
    ['Branch 1', 'Branch 2'],
  );
  const kinds = new Set(graph.edges.map((edge) => edge.kind));
  for (const kind of ['start', 'next', 'choice', 'default', 'catch', 'end'] as const) assert.ok(kinds.has(kind), kind);
  const catchEdge = graph.edges.find((edge) => edge.kind === 'catch' && edge.source === 'ChargeCard')!;
  assert.equal(catchEdge.label, 'Catch Payment.Declined');
  assert.equal(catchEdge.target, 'PaymentDeclined');
  const choice = graph.edges.filter((edge) => edge.kind === 'choice' && edge.source === 'ChoosePayment').map((edge) => edge.label);
  assert.deepEqual(choice, ['$.payment.method == "card"', '$.payment.method == "in-store" and $.validation.total <= 500']);
  const validate = states.find((node) => node.label === 'ValidateOrder')!;
  assert.deepEqual(validate.retry, { retriers: 1, maxAttempts: 3, errors: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'] });
  assert.equal(validate.isStart, true);
  assert.equal(validate.detail, 'lambda:invoke · validate-order');
  assert.equal(states.find((node) => node.label === 'WaitForPickupSlot')!.detail, 'wait 15 min');
});

test('JSONata conditions and YAML documents', () => {
  const jsonata = exampleGraph('loyalty-points.asl.json');
  assert.equal(jsonata.queryLanguage, 'JSONata');
  assert.ok(jsonata.edges.some((edge) => edge.label === "$tier = 'gold'"));
  const yaml = exampleGraph('return-request.asl.yaml');
  assert.equal(yaml.stateCount, 7);
  assert.ok(yaml.edges.some((edge) => edge.kind === 'default' && edge.target === 'NotEligible'));
});

test('diagnostics mark the innermost state; the cursor finds its state', () => {
  const text = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Missing' }, B: { Type: 'Succeed' } } }, null, 2);
  // Explicit diagnostics, so this tests the placement and not the validator's rules.
  const machine = analyzeDocument(text, 'json').machine;
  const graph = buildGraph(machine, [
    { offset: text.indexOf('"Missing"'), severity: 'error', message: 'No state named Missing' },
    { offset: text.indexOf('"StartAt"'), severity: 'warning', message: 'machine-level' },
  ]);
  const a = graph.nodes.find((node) => node.id === 'A')!;
  assert.deepEqual(a.markers, [{ severity: 'error', message: 'No state named Missing' }]);
  assert.deepEqual(graph.nodes.find((node) => node.kind === 'start')!.markers, [{ severity: 'warning', message: 'machine-level' }]);
  assert.equal(graph.edges.filter((edge) => edge.source === 'A').length, 0);
  const offset = text.indexOf('"Succeed"');
  assert.equal(findStateNodeAtOffset(graph, offset)?.id, 'B');
});

test('choice rules in a few words', () => {
  assert.equal(summarizeChoiceRule({ Variable: '$.n', NumericGreaterThanPath: '$.limit' }), '$.n > $.limit');
  assert.equal(summarizeChoiceRule({ Not: { Variable: '$.x', IsPresent: true } }), 'not $.x is present');
  assert.equal(
    summarizeChoiceRule({
      Or: [
        { Variable: '$.a', StringEquals: 'x' },
        { Variable: '$.b', BooleanEquals: false },
      ],
    }),
    '$.a == "x" or $.b == false',
  );
  assert.equal(summarizeChoiceRule(42), '?');
});

test('a broken document never throws', () => {
  for (const text of ['', '{', '{"States": 3}', '{"StartAt": "A", "States": {"A": {"Type": "Parallel", "Branches": [{}, 1]}}}']) {
    assert.ok(graphOf(text));
  }
});
