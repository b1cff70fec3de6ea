// Mock files are checked before a run, with messages that name the test case, state or response.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMockFile } from '../../client/src/run/mocks';

const examples = join(__dirname, '..', '..', '..', 'examples');

test('every example mock file passes and lists its test cases', () => {
  for (const name of ['pickup-order', 'hello-world', 'loyalty-points', 'return-request']) {
    const checked = checkMockFile(JSON.parse(readFileSync(join(examples, `${name}.mocks.json`), 'utf8')), name, `${name}.mocks.json`);
    assert.ok(checked.ok, checked.ok ? '' : checked.message);
    assert.equal(checked.catalog.stateMachine, name);
    assert.ok(checked.catalog.testCases.length >= 1);
  }
});

test('the only state machine of a file is used whatever its name', () => {
  const checked = checkMockFile({ StateMachines: { Other: { TestCases: { T: {} } } }, MockedResponses: {} }, 'mine', 'm.json');
  assert.ok(checked.ok && checked.catalog.stateMachine === 'Other');
});

test('mistakes are named', () => {
  const cases: [unknown, RegExp][] = [
    [[], /must hold a JSON object/],
    [{ MockedResponses: {} }, /no "StateMachines"/],
    [{ StateMachines: { a: {}, b: {} } }, /no entry for "mine".*"a", "b"/],
    [{ StateMachines: { mine: {} } }, /no "TestCases"/],
    [
      { StateMachines: { mine: { TestCases: { Happy: { Charge: 'Missing' } } } }, MockedResponses: {} },
      /"Happy" gives state "Charge" the response "Missing", which is not in "MockedResponses"/,
    ],
    [
      { StateMachines: { mine: { TestCases: { Happy: { Charge: 'R' } } } }, MockedResponses: { R: { first: { Return: 1 } } } },
      /keys are invocation numbers/,
    ],
    [
      { StateMachines: { mine: { TestCases: { Happy: { Charge: 'R' } } } }, MockedResponses: { R: { '0': { Value: 1 } } } },
      /needs "Return" or "Throw"/,
    ],
  ];
  for (const [value, message] of cases) {
    const checked = checkMockFile(value, 'mine', 'm.json');
    assert.ok(!checked.ok, JSON.stringify(value));
    assert.match(checked.message, message);
  }
});
