// The test runner's core: reading test files (problems at their text), the interpreter's transition
// observer, expectations and coverage on a machine with Choice rules, a Default and a Catch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildStateMachine,
  buildTestMocks,
  checkTestFileAgainstMachine,
  computeCoverage,
  emptyCoverage,
  evaluateExpectations,
  formatFailure,
  parseDocument,
  readTestFile,
  recordTransitions,
  type DocumentFormat,
  type TestFailure,
} from '../../../server/src/core';
import { startExecution, type Transition } from '../../../server/src/core/interpreter';
import { nodeRuntimePorts } from '../../../server/src/node/runtimePorts';

interface FileCase {
  description: string;
  format: DocumentFormat;
  text: string;
  problems: { code: string; at?: string }[];
}

const fileCases = JSON.parse(readFileSync(join(process.cwd(), 'test', 'unit', 'testing', 'test-file-cases.json'), 'utf8')) as FileCase[];
for (const item of fileCases) {
  test(`test file: ${item.description}`, () => {
    const { problems } = readTestFile(item.text, item.format);
    assert.deepEqual(
      problems.map((p) => p.code),
      item.problems.map((p) => p.code),
      JSON.stringify(problems),
    );
    item.problems.forEach((expected, index) => {
      if (expected.at === undefined) return;
      const problem = problems[index]!;
      assert.equal(item.text.slice(problem.offset, problem.offset + problem.length), expected.at);
    });
  });
}

const definition = {
  StartAt: 'Route',
  States: {
    Route: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.kind', StringEquals: 'a', Next: 'Work' },
        { Variable: '$.kind', StringEquals: 'b', Next: 'Work' },
      ],
      Default: 'Skip',
    },
    Work: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Catch: [
        { ErrorEquals: ['One'], Next: 'Recover' },
        { ErrorEquals: ['Two'], Next: 'Recover' },
      ],
      Next: 'Each',
    },
    Each: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
      Next: 'Done',
    },
    Recover: { Type: 'Pass', Next: 'Done' },
    Skip: { Type: 'Pass', Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};
const machine = buildStateMachine(parseDocument(JSON.stringify(definition), 'json'));
const topLevelStates = new Set(machine.root!.states.keys());

async function runWith(
  input: unknown,
  stateMocks?: Record<string, Record<string, unknown>>,
): Promise<{ entered: Transition[]; result: Awaited<ReturnType<typeof startExecution>> }> {
  const entered: Transition[] = [];
  const { mocks } = buildTestMocks({ stateMocks: stateMocks as never });
  const result = await startExecution(definition, input, {
    ...nodeRuntimePorts,
    onTransition: (t) => entered.push(t),
    ...(mocks ? { mocks } : {}),
  });
  return { entered, result };
}

test('the observer names the Choice rule, the Default and the Catcher taken, and each scope start', async () => {
  const second = await runWith({ kind: 'b', items: [1, 2] }, { Work: { '0': { Return: { items: [1, 2] } } } });
  assert.equal(second.result.status, 'SUCCEEDED');
  assert.deepEqual(
    second.entered.map((t) => `${t.from ?? ''}>${t.to}:${t.kind}${t.index}`),
    ['>Route:StartAt0', 'Route>Work:Choice1', 'Work>Each:Next0', '>Item:StartAt0', '>Item:StartAt0', 'Each>Done:Next0'],
  );
  const caught = await runWith({ kind: 'a' }, { Work: { '0': { Throw: { Error: 'Two', Cause: 'c' } } } });
  assert.ok(caught.entered.some((t) => t.from === 'Work' && t.kind === 'Catch' && t.index === 1 && t.to === 'Recover'));
  const skipped = await runWith({ kind: 'z' });
  assert.ok(skipped.entered.some((t) => t.from === 'Route' && t.kind === 'Default' && t.to === 'Skip'));
});

test('coverage counts states and edges of every scope from the model, and what runs took', async () => {
  const record = emptyCoverage();
  const observe = recordTransitions(record);
  for (const t of (await runWith({ kind: 'a', items: [1] }, { Work: { '0': { Return: { items: [1] } } } })).entered) observe(t);
  let coverage = computeCoverage(machine, record);
  assert.deepEqual(coverage.summary.states, { covered: 5, total: 7, uncovered: ['Recover', 'Skip'] });
  // Route: 2 rules + Default; Work: Next + 2 catchers; Each, Recover, Skip: Next.
  assert.deepEqual(coverage.summary.transitions, { covered: 3, total: 9 });
  for (const t of (await runWith({ kind: 'b' }, { Work: { '0': { Throw: { Error: 'One' } } } })).entered) observe(t);
  for (const t of (await runWith({ kind: 'b' }, { Work: { '0': { Throw: { Error: 'Two' } } } })).entered) observe(t);
  for (const t of (await runWith({ kind: 'q' })).entered) observe(t);
  coverage = computeCoverage(machine, record);
  assert.deepEqual(coverage.summary.states.uncovered, []);
  assert.deepEqual(coverage.summary.transitions, { covered: 9, total: 9 });
});

test('expectations: status, output, path, entered counts, error and cause, each failure at its text', async () => {
  const text = JSON.stringify({
    stateMachine: './m.asl.json',
    tests: {
      t: {
        expect: {
          output: { kind: 'z', extra: 1 },
          path: ['Route', 'Work', 'Done'],
          states: { Skip: { entered: 2, output: { kind: 'y' } } },
          error: 'None',
        },
      },
    },
  });
  const { model, problems } = readTestFile(text, 'json');
  assert.deepEqual(problems, []);
  const run = await runWith({ kind: 'z' });
  const failures = evaluateExpectations(model.tests[0]!.expect, { result: run.result, entered: run.entered, topLevelStates });
  assert.deepEqual(
    failures.map((f) => f.kind),
    ['output', 'error', 'path', 'state.entered', 'state.output'],
  );
  const [output, error, path, entered, stateOutput] = failures;
  assert.equal(output!.jsonPath, '$.extra');
  assert.equal(text.slice(path!.at!.offset, path!.at!.offset + path!.at!.length), '"Work"');
  assert.match(path!.message, /step 2: expected Work, actual Skip/);
  assert.equal(text.slice(entered!.at!.offset, entered!.at!.offset + entered!.at!.length), '2');
  assert.equal(stateOutput!.jsonPath, '$.kind');
  assert.match(error!.message, /expected "None", actual \(none\)/);
});

test('state names in path, states and mocks, and test cases, are checked against the machine', () => {
  const text = JSON.stringify({
    stateMachine: './m.asl.json',
    tests: { t: { testCase: 'Happy', mocks: { Wrok: {} }, expect: { path: ['Route', 'Item'], states: { Nope: {} } } } },
  });
  const { model } = readTestFile(text, 'json');
  const problems = checkTestFileAgainstMachine(model, { machine, testCases: ['HappyPath'] });
  assert.deepEqual(
    problems.map((p) => [p.code, text.slice(p.offset, p.offset + p.length)]),
    [
      ['test-file/not-top-level-state', '"Item"'],
      ['test-file/unknown-state', '"Nope"'],
      ['test-file/unknown-state', '"Wrok"'],
      ['test-file/unknown-test-case', '"Happy"'],
    ],
  );
  assert.match(problems[2]!.message, /Did you mean "Work"/);
});

test("a test's own mocks win over its test case for their state", () => {
  const config = {
    StateMachines: { m: { TestCases: { Happy: { A: 'Ok', B: 'Ok' } } } },
    MockedResponses: { Ok: { '0': { Return: 1 } } },
  };
  const { mocks, problem } = buildTestMocks({ config, stateMachine: 'm', testCase: 'Happy', stateMocks: { B: { '0': { Return: 2 } } } });
  assert.equal(problem, undefined);
  const merged = mocks!.config.StateMachines![mocks!.stateMachine!]!.TestCases![mocks!.testCase]!;
  assert.equal(merged.A, 'Ok');
  assert.deepEqual(mocks!.config.MockedResponses![merged.B!], { '0': { Return: 2 } });
  assert.match(buildTestMocks({ config, stateMachine: 'm', testCase: 'Sad' }).problem!, /no test case "Sad"/);
  assert.match(buildTestMocks({ testCase: 'Happy' }).problem!, /needs a mock config/);
});

test('a failure shows a long path by its first and last states, counting what it leaves out', () => {
  const path = Array.from({ length: 1000 }, (_, i) => `S${i}`);
  const text = formatFailure({ message: 'status: expected SUCCEEDED, actual TIMED_OUT' } as TestFailure, path);
  assert.match(text, /path taken: S0 → S1 → .* → S19 → … 970 more … → S990 → .* → S999$/);
  assert.equal(
    formatFailure({ message: 'm' } as TestFailure, ['A', 'B'])
      .split('\n')
      .pop(),
    '  path taken: A → B',
  );
});
