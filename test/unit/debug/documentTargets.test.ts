// What the debugger's editor commands point at: the path a hover evaluates (the cursor is the `|`
// in each line) and the state "Run to State" runs to, from the text alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluatablePathAt, stateAtOffset } from '../../../client/src/debug/documentTargets';

const hoverCases: Array<[line: string, expected: string | undefined]> = [
  ['"Variable": "$.or|der.id",', '$.order.id'],
  ['"Next.$": "$$.Map.Item.Val|ue"', '$$.Map.Item.Value'],
  ['"Output": "{% $states.input.items[0].pr|ice * 2 %}"', '$states.input.items[0].price'],
  ['"Condition": "{% $to|tal > 10 %}"', '$total'],
  ['"a.$": "$.x", "b.$": "$.|y"', '$.y'],
  ["ItemsPath: $.order['line items'|]", "$.order['line items']"],
  ['"Comment": "no pa|ths here"', undefined],
];

for (const [marked, expected] of hoverCases) {
  test(`hover: ${marked} -> ${expected ?? 'nothing'}`, () => {
    const character = marked.indexOf('|');
    const line = marked.replace('|', '');
    const found = evaluatablePathAt(line, character);
    assert.equal(found?.expression, expected);
    if (found) assert.equal(line.slice(found.start, found.end), expected);
  });
}

const orders = readFileSync(resolve('test/debug/fixtures/orders.asl.json'), 'utf8');
const returns = readFileSync(resolve('examples/return-request.asl.yaml'), 'utf8');

const stateCases: Array<[name: string, text: string, format: 'json' | 'yaml', near: string, expected: string | undefined]> = [
  ['a line inside a state in a Map in a Parallel', orders, 'json', '"sku.$": "$.sku"', 'ReserveItem'],
  ['the key of a Map state', orders, 'json', '"ReserveItems": {', 'ReserveItems'],
  ['outside every state', orders, 'json', '"Comment"', undefined],
  ['YAML: a line inside a branch state', returns, 'yaml', 'FunctionName: refund-payment', 'Refund'],
];

for (const [name, text, format, near, expected] of stateCases) {
  test(`Run to State target: ${name}`, () => {
    const offset = text.indexOf(near);
    assert.ok(offset >= 0, `${near} is in the text`);
    assert.equal(stateAtOffset(text, format, offset + 1)?.name, expected);
  });
}
