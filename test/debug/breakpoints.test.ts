// Breakpoints over DAP: a line inside a state binds to the state's key line; conditions (JSONPath
// and JSONata) and hit counts; exception filters `all` and `uncaught` on Retry then Catch.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { AdapterSession, fixture, lineOf, names } from './harness';

const orders = fixture('orders.asl.json');
const payment = fixture('payment.asl.json');
let session: AdapterSession;

beforeEach(async () => {
  session = await AdapterSession.start();
});
afterEach(async () => {
  await session.stop();
});

test('a breakpoint inside a state moves to its key line and stops there, nested in a Map in a Parallel', async () => {
  const inside = lineOf(orders, '"sku.$": "$.sku"');
  const key = lineOf(orders, '"ReserveItem": {');
  const outside = lineOf(orders, '"Comment"');
  const { breakpoints, firstStop } = await session.launch(
    { program: orders, inputFile: 'orders.input.json' },
    { breakpoints: [{ line: inside }, { line: outside }] },
  );
  assert.equal(breakpoints[0]!.verified, true);
  assert.equal(breakpoints[0]!.line, key);
  assert.equal(breakpoints[1]!.verified, false);
  const frames = await session.expectStop(firstStop, 'breakpoint');
  assert.deepEqual(names(frames), ['ReserveItem (ReserveItems[0])', 'ReserveItems (Fulfil[1])', 'Fulfil']);
  assert.equal(frames[0]!.line, key);
  assert.equal(frames[0]!.source?.path, orders);
  assert.equal(frames[1]!.line, lineOf(orders, '"ReserveItems": {'));
  assert.equal(frames[2]!.line, lineOf(orders, '"Fulfil": {'));
  // The same breakpoint stops in every iteration, in order.
  assert.deepEqual(names(await session.step('continue', 'breakpoint')).slice(0, 1), ['ReserveItem (ReserveItems[1])']);
  assert.deepEqual(names(await session.step('continue', 'breakpoint')).slice(0, 1), ['ReserveItem (ReserveItems[2])']);
});

test('conditional breakpoints: a JSONPath condition and a JSONata condition over the state input', async () => {
  const key = lineOf(orders, '"ReserveItem": {');
  const { firstStop, terminated } = await session.launch(
    { program: orders, inputFile: 'orders.input.json' },
    { breakpoints: [{ line: key, condition: '$.priority' }] },
  );
  const frames = await session.expectStop(firstStop, 'breakpoint');
  assert.equal(frames[0]!.name, 'ReserveItem (ReserveItems[1])');
  await session.client.continueRequest({ threadId: session.threadId });
  await terminated;

  const second = await AdapterSession.start();
  try {
    const run = await second.launch(
      { program: orders, inputFile: 'orders.input.json' },
      { breakpoints: [{ line: key, condition: '$states.input.sku = "C"' }] },
    );
    const stopped = await second.expectStop(run.firstStop, 'breakpoint');
    assert.equal(stopped[0]!.name, 'ReserveItem (ReserveItems[2])');
  } finally {
    await second.stop();
  }
});

test('a hit count stops from the Nth time the state is entered', async () => {
  const key = lineOf(orders, '"Confirm": {');
  const { firstStop } = await session.launch(
    { program: orders, inputFile: 'orders.input.json' },
    { breakpoints: [{ line: key, hitCondition: '3' }] },
  );
  const frames = await session.expectStop(firstStop, 'breakpoint');
  assert.equal(frames[0]!.name, 'Confirm (ReserveItems[2])');
});

test('exception filter all: stops in the raising state on each error, even those Retry and Catch handle', async () => {
  const { firstStop, terminated } = await session.launch(
    { program: payment, mocks: 'payment.mocks.json', testCase: 'RetryThenCatch' },
    { exceptionFilters: ['all'] },
  );
  const frames = await session.expectStop(firstStop, 'exception');
  assert.deepEqual(names(frames), ['Charge']);
  assert.equal(frames[0]!.line, lineOf(payment, '"Charge": {'));
  const info = await session.client.exceptionInfoRequest({ threadId: session.threadId });
  assert.equal(info.body.exceptionId, 'Payment.Declined');
  assert.equal(info.body.description, 'card declined');
  const scopes = await session.scopes(frames[0]!.id);
  assert.equal(scopes.get('Error')!.variables.get('Handled')!.value, 'true');
  // The retry fails again: a second stop, then the Catch handles it and the run succeeds.
  assert.deepEqual(names(await session.step('continue', 'exception')), ['Charge']);
  await session.client.continueRequest({ threadId: session.threadId });
  await terminated;
  assert.match(session.outputs.join(''), /Status: SUCCEEDED/);
});

test('exception filter uncaught: errors handled by Retry/Catch do not stop; one that fails the execution does', async () => {
  const handled = await session.launch(
    { program: payment, mocks: 'payment.mocks.json', testCase: 'RetryThenCatch' },
    { exceptionFilters: ['uncaught'] },
  );
  let stopped = false;
  void handled.firstStop.then(
    () => (stopped = true),
    () => undefined,
  );
  await handled.terminated;
  assert.equal(stopped, false);

  const second = await AdapterSession.start();
  try {
    const run = await second.launch(
      { program: payment, mocks: 'payment.mocks.json', testCase: 'Fatal' },
      { exceptionFilters: ['uncaught'] },
    );
    const frames = await second.expectStop(run.firstStop, 'exception');
    assert.deepEqual(names(frames), ['Charge']);
    const info = await second.client.exceptionInfoRequest({ threadId: second.threadId });
    assert.equal(info.body.exceptionId, 'Payment.Broken');
    assert.equal(info.body.breakMode, 'unhandled');
    await second.client.continueRequest({ threadId: second.threadId });
    await run.terminated;
    assert.match(second.outputs.join(''), /Status: FAILED[\s\S]*Payment\.Broken/);
  } finally {
    await second.stop();
  }
});
