/**
 * A regression test from a recorded execution, in the `.asl.test.json` format of the test runner:
 * the recorded input, each Task's recorded attempts as mocks by invocation index, and the expected
 * status, top-level path and output (or error and cause).
 */
import type { Recording, TaskOutcome } from './recording';

export interface AslTestCase {
  input: unknown;
  mocks: Record<string, Record<string, TaskOutcome>>;
  expect: { status: string; path: string[]; output?: unknown; error?: string; cause?: string };
}

export interface AslTestFile {
  stateMachine: string;
  tests: Record<string, AslTestCase>;
}

/** Orders threads as a local run starts them: the top level, then Map iterations by index. */
function threadOrder(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] === right[i]) continue;
    const l = /\[(\d+)\]$/.exec(left[i]!);
    const r = /\[(\d+)\]$/.exec(right[i]!);
    if (l && r && left[i]!.slice(0, l.index) === right[i]!.slice(0, r.index)) return Number(l[1]) - Number(r[1]);
    return 0;
  }
  return left.length - right.length;
}

export function testCaseOf(recording: Recording): AslTestCase {
  const mocks: Record<string, Record<string, TaskOutcome>> = {};
  const attempts = recording.attempts
    .map((attempt, order) => ({ attempt, order }))
    .sort((a, b) =>
      a.attempt.thread === b.attempt.thread ? a.order - b.order : threadOrder(a.attempt.thread, b.attempt.thread) || a.order - b.order,
    );
  for (const { attempt } of attempts) {
    const byIndex = (mocks[attempt.state] ??= {});
    byIndex[String(Object.keys(byIndex).length)] = attempt.outcome;
  }
  const end = recording.end;
  const expect: AslTestCase['expect'] = {
    status: end.status,
    path: recording.visits.filter((visit) => visit.thread === '').map((visit) => visit.state),
  };
  if (end.status === 'SUCCEEDED') expect.output = end.output;
  if (end.error !== undefined) expect.error = end.error;
  if (end.cause !== undefined) expect.cause = end.cause;
  return { input: recording.input, mocks, expect };
}

/** A whole test file with one case; `stateMachine` is the machine's path relative to the test file. */
export function testFileOf(recording: Recording, stateMachine: string, name: string): AslTestFile {
  return { stateMachine, tests: { [name]: testCaseOf(recording) } };
}
