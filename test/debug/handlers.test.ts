// The `handlers` launch argument: Task states call the user's handlers while debugging, with the
// semantics of `asl run --handlers` (a JSON file binding Lambda function or state names to modules,
// relative to the program's folder); a missing or broken file says why; a handler stuck in a loop
// is still stopped at once.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { AdapterSession, fixture, lineOf, names } from './harness';

const greeting = fixture('greeting.asl.json');
let session: AdapterSession;

beforeEach(async () => {
  session = await AdapterSession.start();
});
afterEach(async () => {
  await session.stop();
});

test('handlers: Task states call the handlers bound by function name and by state name', async () => {
  const { firstStop, terminated } = await session.launch(
    { program: greeting, input: { name: 'Lin' }, handlers: 'greeting.handlers.json' },
    { breakpoints: [{ line: lineOf(greeting, '"Deliver": {') }] },
  );
  const frames = await session.expectStop(firstStop, 'breakpoint');
  assert.deepEqual(names(frames), ['Deliver']);
  const scopes = await session.scopes(frames[0]!.id);
  const input = scopes.get('Input')!.variables;
  assert.equal((await session.evaluate('$.result.greeting', frames[0]!.id)).result, '"hi Lin"');
  assert.ok(input.has('audit'));
  assert.equal((await session.evaluate('$.audit.audited', frames[0]!.id)).result, 'true');
  // Audit ran just before: the Lambda result as the handler's return wrapped in a Payload.
  assert.ok(scopes.get('Result')!.variables.has('Payload'));
  await session.client.continueRequest({ threadId: session.threadId });
  await terminated;
  assert.match(session.outputs.join(''), /Status: SUCCEEDED/);
});

test('handlers: a missing handlers file fails the launch; a module that cannot load ends the run saying why', async () => {
  await session.client.initializeRequest({ adapterID: 'asl', pathFormat: 'path' });
  await assert.rejects(
    session.client.launchRequest({ type: 'asl', request: 'launch', program: greeting, handlers: 'nope.handlers.json' } as never),
    /handlers file .*nope\.handlers\.json does not exist/,
  );
  const second = await AdapterSession.start();
  try {
    const { terminated } = await second.launch({ program: greeting, input: { name: 'Lin' }, handlers: 'broken.handlers.json' });
    await terminated;
    const output = second.outputs.join('');
    assert.match(output, /handler "greet": module .*no-such-module\.mjs does not exist/);
    assert.match(output, /Status: FAILED/);
  } finally {
    await second.stop();
  }
});

test('handlers: stop ends a handler stuck in a loop at once', async () => {
  const { terminated } = await session.launch({
    program: greeting,
    input: { name: 'Lin', spin: true },
    handlers: 'greeting.handlers.json',
  });
  while (!session.outputs.join('').includes('→ Audit')) await session.client.waitForEvent('output');
  const asked = performance.now();
  await session.client.terminateRequest();
  await terminated;
  const took = performance.now() - asked;
  assert.ok(took < 1000, `terminated ${Math.round(took)} ms after the request`);
  assert.match(session.outputs.join(''), /Status: ABORTED/);
});

test('handlers: a handler whose promise never settles ends the run, naming the Task, as asl run does', async () => {
  const { terminated } = await session.launch({
    program: greeting,
    input: { name: 'Lin', hang: true },
    handlers: 'greeting.handlers.json',
  });
  await terminated;
  const output = session.outputs.join('');
  assert.match(output, /Status: FAILED/);
  assert.match(output, /Task 'Audit' is still running/);
});
