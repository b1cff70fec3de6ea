// Stepping over DAP through a Map nested in a Parallel: entry, next in the same scope (and on from
// a branch's last state), stepIn into branches and iterations, stepOut past the enclosing Map,
// continue; "Run to State"; the data the Variables view shows at each stop; evaluate.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { AdapterSession, fixture, lineOf, names } from './harness';

const orders = fixture('orders.asl.json');
const totals = fixture('totals.asl.json');
let session: AdapterSession;

beforeEach(async () => {
  session = await AdapterSession.start();
});
afterEach(async () => {
  await session.stop();
});

test('next, stepIn, stepOut and continue follow the contract through a Map in a Parallel', async () => {
  const { firstStop, terminated } = await session.launch({ program: orders, inputFile: 'orders.input.json', stopOnEntry: true });
  assert.deepEqual(names(await session.expectStop(firstStop, 'entry')), ['Prepare']);
  // next from a top-level state: the next state of the same scope.
  assert.deepEqual(names(await session.step('next')), ['Fulfil']);
  // stepIn on a Parallel: the first state of its first branch.
  assert.deepEqual(names(await session.step('stepIn')), ['Notify (Fulfil[0])', 'Fulfil']);
  // next from a branch's last state: the next state entered after it, wherever it is.
  assert.deepEqual(names(await session.step('next')), ['ReserveItems (Fulfil[1])', 'Fulfil']);
  // next over a Map: its iterations run, the stop is on the state after it.
  assert.deepEqual(names(await session.step('next')), ['Summarize (Fulfil[1])', 'Fulfil']);
  // stepOut: the state after the enclosing Parallel.
  assert.deepEqual(names(await session.step('stepOut')), ['Done']);
  await session.client.continueRequest({ threadId: session.threadId });
  await terminated;
  const output = session.outputs.join('');
  assert.match(output, /Status: SUCCEEDED/);
  // Each execution event went to the Debug Console as it happened, before the final status line.
  assert.ok(output.indexOf('Prepare') < output.indexOf('Status: SUCCEEDED'));
  assert.match(output, /iteration 2/);
});

test('stepping through a Map: stepIn to the first iteration, next within it and on to the next iteration, stepOut past the Map', async () => {
  const { firstStop } = await session.launch(
    { program: orders, inputFile: 'orders.input.json' },
    { breakpoints: [{ line: lineOf(orders, '"ReserveItems": {') }] },
  );
  assert.deepEqual(names(await session.expectStop(firstStop, 'breakpoint')), ['ReserveItems (Fulfil[1])', 'Fulfil']);
  assert.deepEqual(names(await session.step('stepIn')), ['ReserveItem (ReserveItems[0])', 'ReserveItems (Fulfil[1])', 'Fulfil']);
  assert.deepEqual(names(await session.step('next')).slice(0, 1), ['Confirm (ReserveItems[0])']);
  assert.deepEqual(names(await session.step('next')).slice(0, 1), ['ReserveItem (ReserveItems[1])']);
  assert.deepEqual(names(await session.step('stepOut')), ['Summarize (Fulfil[1])', 'Fulfil']);
});

test('the Variables view: Input, Variables and Context of the paused state, Result/Output/stages of the one before', async () => {
  const { firstStop } = await session.launch(
    { program: orders, inputFile: 'orders.input.json' },
    { breakpoints: [{ line: lineOf(orders, '"Confirm": {') }] },
  );
  const frames = await session.expectStop(firstStop, 'breakpoint');
  assert.equal(frames[0]!.name, 'Confirm (ReserveItems[0])');
  const scopes = await session.scopes(frames[0]!.id);
  assert.deepEqual([...scopes.keys()].slice(0, 3), ['Input', 'Variables', 'Context']);
  const input = scopes.get('Input')!.variables;
  assert.equal(input.get('sku')!.value, '"A"');
  assert.equal(input.get('sku')!.evaluateName, '$.sku');
  assert.equal(scopes.get('Variables')!.variables.get('orderId')!.value, '"o-1"');
  const context = scopes.get('Context')!.variables;
  const map = await session.variables(context.get('Map')!.variablesReference);
  const item = await session.variables(map.get('Item')!.variablesReference);
  assert.equal(item.get('Index')!.value, '0');
  const state = await session.variables(context.get('State')!.variablesReference);
  assert.equal(state.get('Name')!.value, '"Confirm"');
  // ReserveItem ran just before: its stages and output.
  assert.equal(scopes.get('After Parameters')!.variables.get('reserved')!.value, 'true');
  assert.equal(scopes.get('Output')!.variables.get('sku')!.value, '"A"');
  // The enclosing Map's frame shows the Map state's own input.
  const mapScopes = await session.scopes(frames[1]!.id);
  assert.equal(mapScopes.get('Input')!.variables.get('orderId')!.value, '"o-1"');
});

test('evaluate: JSONPath and JSONata against the paused state input, variables and context', async () => {
  const { firstStop } = await session.launch(
    { program: orders, inputFile: 'orders.input.json' },
    { breakpoints: [{ line: lineOf(orders, '"ReserveItem": {'), condition: '$.sku == "B"' }] },
  );
  let frames = await session.expectStop(firstStop, 'breakpoint');
  // `$.sku == "B"` is neither a JSONPath nor valid JSONata (which writes `=`): a condition that cannot be
  // evaluated stops at once and says why, rather than never stopping.
  assert.match(session.outputs.join(''), /Breakpoint condition/);
  const top = frames[0]!.id;
  assert.equal((await session.evaluate('$.sku', top)).result, '"A"');
  assert.equal((await session.evaluate('$$.Map.Item.Index', top)).result, '0');
  assert.equal((await session.evaluate('$orderId', top)).result, '"o-1"');
  assert.equal((await session.evaluate('$states.input.sku & "-" & $orderId', top)).result, '"A-o-1"');
  assert.equal((await session.evaluate('"$.sku"', top, 'hover')).result, '"A"');
  const object = await session.evaluate('$$.Map.Item', top);
  assert.ok(object.variablesReference > 0);
  await assert.rejects(session.evaluate('$.missing', top), /could not be found/);
  frames = await session.step('continue', 'breakpoint');
  assert.equal((await session.evaluate('$.sku', frames[0]!.id)).result, '"B"');
});

test('JSONata: $states and the Output of the state that just ran, the variable it assigned', async () => {
  const { firstStop, terminated } = await session.launch({ program: totals, input: { prices: [5, 7] }, stopOnEntry: true });
  await session.expectStop(firstStop, 'entry');
  const frames = await session.step('next');
  assert.deepEqual(names(frames), ['Check']);
  const scopes = await session.scopes(frames[0]!.id);
  assert.equal(scopes.get('Variables')!.variables.get('total')!.value, '12');
  assert.equal(scopes.get('Output')!.variables.get('count')!.value, '2');
  const states = scopes.get('$states')!.variables;
  assert.ok(states.has('input') && states.has('context'));
  assert.equal((await session.evaluate('$total * 2', frames[0]!.id)).result, '24');
  await session.client.continueRequest({ threadId: session.threadId });
  await terminated;
  assert.match(session.outputs.join(''), /Status: SUCCEEDED/);
});

test('Run to State: runs until the named state is entered', async () => {
  const { firstStop } = await session.launch({ program: orders, inputFile: 'orders.input.json', stopOnEntry: true });
  await session.expectStop(firstStop, 'entry');
  const stop = session.nextStop();
  await session.client.customRequest('runToState', { state: 'Summarize' });
  assert.deepEqual(names(await session.expectStop(stop, 'breakpoint')), ['Summarize (Fulfil[1])', 'Fulfil']);
  await assert.rejects(session.client.customRequest('runToState', { state: 'Nowhere' }), /no state "Nowhere"/);
});

test('Run to State before a session exists (the launch argument): the first stop is that state, once', async () => {
  const { firstStop, terminated } = await session.launch({ program: orders, inputFile: 'orders.input.json', runToState: 'Confirm' });
  const stopped = await firstStop;
  assert.equal(stopped.body.reason, 'breakpoint');
  assert.equal(stopped.body.description, 'Run to State: Confirm');
  const frames = await session.expectStop(Promise.resolve(stopped), 'breakpoint');
  assert.deepEqual(names(frames).slice(0, 1), ['Confirm (ReserveItems[0])']);
  // Hovering a path in the editor evaluates it against the paused state.
  assert.equal((await session.evaluate('$.sku', frames[0]!.id, 'hover')).result, '"A"');
  await session.client.continueRequest({ threadId: session.threadId });
  await terminated;
  assert.match(session.outputs.join(''), /Status: SUCCEEDED/);
});

test('while the machine runs, pause stops at the next state and Run to State at the named one', async () => {
  const { terminated } = await session.launch({ program: fixture('forever.asl.json'), input: {}, executionType: 'express' });
  await session.client.waitForEvent('output');
  let stop = session.nextStop();
  await session.client.pauseRequest({ threadId: 1 });
  const paused = await session.expectStop(stop, 'pause');
  assert.ok(['Spin', 'Check'].includes(paused[0]!.name), paused[0]!.name);
  await session.client.continueRequest({ threadId: session.threadId });
  await session.client.waitForEvent('output');
  stop = session.nextStop();
  await session.client.customRequest('runToState', { state: 'Check' });
  const stopped = await stop;
  assert.equal(stopped.body.description, 'Run to State: Check');
  await session.client.terminateRequest();
  await terminated;
});
