// Machines inside infrastructure files (`program: "template.yaml#Orders"`): breakpoints set in the
// template bind to the embedded definition's states, stack frames point into the template (in
// place in YAML, and inside a JSON string), the template's substitutions and type apply, and a
// problem is reported in the template's lines.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdapterSession, fixture, lineOf, names } from './harness';

const template = fixture('template/template.yaml');
let session: AdapterSession;

beforeEach(async () => {
  session = await AdapterSession.start();
});
afterEach(async () => {
  await session.stop();
});

test('a breakpoint in a SAM template binds to the inline definition, frames are in the template, substitutions apply', async () => {
  const insidePrepare = lineOf(template, 'items.$: $.items');
  const insideReserveItem = lineOf(template, '                ReserveItem:') + 2;
  const outside = lineOf(template, 'Type: AWS::Serverless::StateMachine');
  const { breakpoints, firstStop } = await session.launch(
    { program: `${template}#Orders`, inputFile: 'input.json' },
    { source: template, breakpoints: [{ line: insidePrepare }, { line: insideReserveItem }, { line: outside }] },
  );
  assert.deepEqual(
    breakpoints.map((b) => [b.verified, b.line]),
    [
      [true, lineOf(template, '          Prepare:')],
      [true, lineOf(template, '                ReserveItem:')],
      [false, outside],
    ],
  );
  let frames = await session.expectStop(firstStop, 'breakpoint');
  assert.deepEqual(names(frames), ['Prepare']);
  assert.equal(frames[0]!.source?.path, template);
  assert.equal(frames[0]!.line, lineOf(template, '          Prepare:'));
  frames = await session.step('continue', 'breakpoint');
  assert.deepEqual(names(frames), ['ReserveItem (Reserve[0])', 'Reserve']);
  assert.equal(frames[1]!.line, lineOf(template, '          Reserve:'));
  // ${Greeting} came from DefinitionSubstitutions.
  const scopes = await session.scopes(frames[0]!.id);
  assert.equal(scopes.get('Input')!.variables.get('sku')!.value, '"A"');
  const reserveInput = (await session.scopes(frames[1]!.id)).get('Input')!.variables;
  assert.equal(reserveInput.get('greeting')!.value, '"hello"');
});

test('a breakpoint inside a JSON string (!Sub |) binds to its state, at the state key line of the template', async () => {
  const insideAdd = lineOf(template, '"Result": ${Start},');
  const { breakpoints, firstStop, terminated } = await session.launch(
    { program: `${template}#Totals`, input: {} },
    { source: template, breakpoints: [{ line: insideAdd }, { line: lineOf(template, '"Done": {') }] },
  );
  assert.deepEqual(
    breakpoints.map((b) => [b.verified, b.line]),
    [
      [true, lineOf(template, '"Add": {')],
      [true, lineOf(template, '"Done": {')],
    ],
  );
  let frames = await session.expectStop(firstStop, 'breakpoint');
  assert.deepEqual(names(frames), ['Add']);
  assert.equal(frames[0]!.source?.path, template);
  frames = await session.step('next', 'breakpoint');
  assert.deepEqual(names(frames), ['Done']);
  // The parameter's default (5) was substituted for ${Start}.
  const scopes = await session.scopes(frames[0]!.id);
  assert.equal(scopes.get('Input')!.variables.get('total')!.value, '5');
  await session.client.continueRequest({ threadId: session.threadId });
  await terminated;
});

test("breakpoints in another file than the machine's template stay unverified", async () => {
  const { breakpoints } = await session.launch(
    { program: `${template}#Totals`, input: {} },
    { source: fixture('orders.asl.json'), breakpoints: [{ line: 5 }] },
  );
  assert.equal(breakpoints[0]!.verified, false);
});

test('an embedded machine with errors, an unknown name and a file of several machines are refused with clear messages', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-debug-hosts-'));
  const broken = join(dir, 'template.yaml');
  writeFileSync(
    broken,
    [
      'Resources:',
      '  Flow:',
      '    Type: AWS::Serverless::StateMachine',
      '    Properties:',
      '      Definition:',
      '        StartAt: First',
      '        States:',
      '          First:',
      '            Type: Pass',
      '            Next: Nowhere',
      '',
    ].join('\n'),
  );
  await session.client.initializeRequest({ adapterID: 'asl', pathFormat: 'path' });
  // The error is reported at its line in the template (line 10, where Nowhere is).
  await assert.rejects(
    session.client.launchRequest({ type: 'asl', request: 'launch', program: `${broken}#Flow` } as never),
    (error: Error) => error.message.includes(`${broken}#Flow is not a valid state machine`) && error.message.includes(`${broken}:10:19`),
  );
  for (const [program, message] of [
    [`${template}#Nope`, /has no state machine named "Nope"; it has: Orders, Totals/],
    [template, /holds 2 state machines: name one as .*#NAME \(Orders, Totals\)/],
  ] as const) {
    const other = await AdapterSession.start();
    try {
      await other.client.initializeRequest({ adapterID: 'asl', pathFormat: 'path' });
      await assert.rejects(other.client.launchRequest({ type: 'asl', request: 'launch', program } as never), message);
    } finally {
      await other.stop();
    }
  }
});
