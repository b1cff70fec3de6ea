// The session's life over DAP: launch problems are reported, relative paths resolve beside the
// program, restart runs again on a new thread, and stop ends even a machine that never ends.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { AdapterSession, fixture, lineOf, names } from './harness';

let session: AdapterSession;

beforeEach(async () => {
  session = await AdapterSession.start();
});
afterEach(async () => {
  await session.stop();
});

test('a missing program or a bad test case fails the launch with a message', async () => {
  await session.client.initializeRequest({ adapterID: 'asl', pathFormat: 'path' });
  await assert.rejects(
    session.client.launchRequest({ type: 'asl', request: 'launch', program: fixture('nope.asl.json') } as never),
    /does not exist/,
  );
  const second = await AdapterSession.start();
  try {
    await second.client.initializeRequest({ adapterID: 'asl', pathFormat: 'path' });
    await assert.rejects(
      second.client.launchRequest({
        type: 'asl',
        request: 'launch',
        program: fixture('payment.asl.json'),
        mocks: 'payment.mocks.json',
        testCase: 'Nope',
      } as never),
      /no test case "Nope".*RetryThenCatch, Fatal/,
    );
  } finally {
    await second.stop();
  }
});

test('without breakpoints the run goes to its end: events, the final status line, then terminated', async () => {
  const { terminated } = await session.launch({ program: fixture('payment.asl.json'), mocks: 'payment.mocks.json', testCase: 'Fatal' });
  await terminated;
  const output = session.outputs.join('');
  assert.match(output, /TaskFailed Payment\.Broken/);
  assert.match(output, /Status: FAILED\nError: {2}Payment\.Broken\nCause: {2}the gateway is down/);
});

test('restart runs the machine again from the start, on a new thread', async () => {
  const { firstStop } = await session.launch({ program: fixture('orders.asl.json'), inputFile: 'orders.input.json', stopOnEntry: true });
  await session.expectStop(firstStop, 'entry');
  const firstThread = session.threadId;
  await session.step('next');
  const stop = session.nextStop();
  await session.client.restartRequest({});
  assert.deepEqual(names(await session.expectStop(stop, 'entry')), ['Prepare']);
  assert.notEqual(session.threadId, firstThread);
  const threads = await session.client.threadsRequest();
  assert.deepEqual(
    threads.body.threads.map((t) => t.id),
    [session.threadId],
  );
});

test('stop ends a machine that never ends, at once, while it runs', async () => {
  const { terminated } = await session.launch({ program: fixture('busy-loop.asl.json'), input: {}, executionType: 'express' });
  // It is running: execution events keep coming (each turn of the loop takes a while: see the fixture).
  while (session.outputs.length < 5) await session.client.waitForEvent('output');
  await session.client.terminateRequest();
  await terminated;
  assert.match(session.outputs.join(''), /Status: ABORTED/);
});

test('stop during a long JSONata evaluation ends the run at once; the adapter stays up and restarts', async () => {
  const program = fixture('heavy-jsonata.asl.json');
  const { terminated } = await session.launch({ program, input: {} });
  // Crunch has been entered: its expression is being evaluated (it would take 10 s, until the JSONata limit).
  while (!session.outputs.join('').includes('→ Crunch')) await session.client.waitForEvent('output');
  const asked = performance.now();
  await session.client.terminateRequest();
  await terminated;
  const took = performance.now() - asked;
  assert.ok(took < 1000, `terminated ${Math.round(took)} ms after the request`);
  const output = session.outputs.join('');
  assert.match(output, /Status: ABORTED/);
  assert.doesNotMatch(output, /Evaluation timeout/);
  // The adapter process is still there, and runs the machine again.
  const adapterProcess = session.process()!;
  assert.equal(adapterProcess.exitCode, null);
  const stop = session.nextStop();
  await session.client.restartRequest({ arguments: { type: 'asl', request: 'launch', program, input: {}, stopOnEntry: true } as never });
  const frames = await session.expectStop(stop, 'entry');
  assert.deepEqual(names(frames), ['Prepare']);
  // A slow evaluation (a hover, a watch) runs in the run's worker: the adapter keeps answering, and stop still ends at once.
  const slow = session.evaluate('( $fib := function($n) { $n < 2 ? $n : $fib($n - 1) + $fib($n - 2) }; $fib(40) )', frames[0]!.id, 'hover');
  const slowSettled = slow.then(
    () => 'answered',
    (error: Error) => error.message,
  );
  const threads = await session.client.threadsRequest();
  assert.equal(threads.body.threads.length, 1);
  const terminatedAgain = session.client.waitForEvent('terminated');
  const askedAgain = performance.now();
  await session.client.terminateRequest();
  await terminatedAgain;
  const tookAgain = performance.now() - askedAgain;
  assert.ok(tookAgain < 1000, `terminated ${Math.round(tookAgain)} ms after the request`);
  assert.match(await slowSettled, /ended/);
});

test('disconnect while a machine runs ends the adapter process', async () => {
  await session.launch({ program: fixture('forever.asl.json'), input: {}, executionType: 'express' });
  await session.client.waitForEvent('output');
  const adapterProcess = session.process()!;
  const exited = new Promise<number | null>((resolve) => adapterProcess.once('exit', (code) => resolve(code)));
  await session.client.disconnectRequest({});
  assert.equal(await exited, 0);
});

test('YAML: a breakpoint inside a branch state binds to its key; the stages of the Task that ran before show', async () => {
  const program = resolve('examples/return-request.asl.yaml');
  const { breakpoints, firstStop } = await session.launch(
    { program, inputFile: 'return-request.input.json', mocks: 'return-request.mocks.json', testCase: 'Accepted' },
    { breakpoints: [{ line: lineOf(program, 'FunctionName: refund-payment') }, { line: lineOf(program, 'Variable: $.receipt.eligible') }] },
  );
  assert.deepEqual(
    breakpoints.map((b) => b.line),
    [lineOf(program, '  Refund:'), lineOf(program, '  IsEligible:')],
  );
  const frames = await session.expectStop(firstStop, 'breakpoint');
  assert.deepEqual(names(frames), ['IsEligible']);
  const scopes = await session.scopes(frames[0]!.id);
  // CheckReceipt ran just before: its ResultSelector and ResultPath stages.
  assert.deepEqual([...scopes.get('After ResultSelector')!.variables.keys()], ['eligible', 'daysSincePurchase']);
  assert.ok(scopes.get('After ResultPath')!.variables.has('receipt'));
  assert.ok(scopes.get('Result')!.variables.has('Payload'));
  assert.deepEqual(names(await session.step('continue', 'breakpoint')), ['Refund (RefundAndRestock[0])', 'RefundAndRestock']);
});

test('Run Without Debugging (noDebug) ignores breakpoints and runs to the end', async () => {
  const orders = fixture('orders.asl.json');
  const { firstStop, terminated } = await session.launch(
    { program: orders, inputFile: 'orders.input.json', noDebug: true, stopOnEntry: true },
    { breakpoints: [{ line: lineOf(orders, '"Confirm": {') }], exceptionFilters: ['all'] },
  );
  let stopped = false;
  void firstStop.then(
    () => (stopped = true),
    () => undefined,
  );
  await terminated;
  assert.equal(stopped, false);
  assert.match(session.outputs.join(''), /Status: SUCCEEDED/);
});
