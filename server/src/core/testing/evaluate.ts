// Checks one run against a test's expectations. Every failed expectation is reported with the text
// it was written at, expected and actual values, and for JSON values the first differing path.
import type { ExecutionResult, HistoryEvent, Transition } from '../interpreter/types';
import type { AstNode } from '../syntax/tree';
import { describeDifference, firstDifference, showJson, type MatchMode } from './match';
import type { Expectations, Located, TestFailure, SourceSpan } from './types';

/** What a run did, as the expectations need it. */
export interface RunObservation {
  result: ExecutionResult;
  /** Every state entered, in every scope, in order (StartExecutionOptions.onTransition). */
  entered: Transition[];
  /** The names of the machine's top-level states (the scope `path` speaks of). */
  topLevelStates: ReadonlySet<string>;
}

/** The top-level states entered, in order. */
export function pathTaken(observation: Pick<RunObservation, 'entered' | 'topLevelStates'>): string[] {
  return observation.entered.filter((t) => observation.topLevelStates.has(t.to)).map((t) => t.to);
}

/** The output of each state's last exit, from the history (states of Distributed Map children are not in it, as on AWS). */
export function lastStateOutputs(events: readonly HistoryEvent[]): Map<string, unknown> {
  const outputs = new Map<string, unknown>();
  for (const event of events) {
    if (!event.type.endsWith('StateExited')) continue;
    const details = event.stateExitedEventDetails as { name?: string; output?: string } | undefined;
    if (!details?.name || details.output === undefined) continue;
    try {
      outputs.set(details.name, JSON.parse(details.output));
    } catch {
      outputs.set(details.name, details.output);
    }
  }
  return outputs;
}

const span = (node: AstNode | undefined): SourceSpan | undefined => (node ? { offset: node.offset, length: node.length } : undefined);

export function evaluateExpectations(expect: Expectations, observation: RunObservation): TestFailure[] {
  const failures: TestFailure[] = [];
  const { result } = observation;
  const path = pathTaken(observation);
  const statusMatches = result.status === expect.status;
  if (!statusMatches) {
    const why = [result.error && `error ${result.error}`, result.cause && `cause ${JSON.stringify(result.cause)}`]
      .filter(Boolean)
      .join(', ');
    const failure: TestFailure = {
      kind: 'status',
      message: `status: expected ${expect.status}, actual ${result.status}${why ? ` (${why})` : ''}`,
      expected: expect.status,
      actual: result.status,
    };
    const at = span(expect.statusNode) ?? span(expect.node);
    if (at) failure.at = at;
    failures.push(failure);
  }
  // Output expectations only say something about a run that ended as expected.
  if (statusMatches && result.status === 'SUCCEEDED') {
    if (expect.output) failures.push(...compareJson('output', 'output', expect.output, result.output, 'exact'));
    if (expect.outputContains) failures.push(...compareJson('outputContains', 'output', expect.outputContains, result.output, 'partial'));
  }
  for (const [kind, actual] of [
    ['error', result.error],
    ['cause', result.cause],
  ] as const) {
    const expected = expect[kind];
    if (expected && expected.value !== actual) {
      failures.push({
        kind,
        message: `${kind}: expected ${JSON.stringify(expected.value)}, actual ${actual === undefined ? '(none)' : JSON.stringify(actual)}`,
        at: span(expected.node)!,
        expected: expected.value,
        actual,
      });
    }
  }
  if (expect.path) {
    const expected = expect.path.value;
    let index = 0;
    while (index < expected.length && index < path.length && expected[index] === path[index]) index++;
    if (index < expected.length || index < path.length) {
      const step =
        index < expected.length && index < path.length
          ? `expected ${expected[index]}, actual ${path[index]}`
          : index < expected.length
            ? `expected ${expected[index]}, actual the run ended`
            : `expected the end, actual ${path[index]}`;
      failures.push({
        kind: 'path',
        message: `path differs at step ${index + 1}: ${step}`,
        at: span(expect.path.items[index] ?? expect.path.node)!,
        expected,
        actual: path,
      });
    }
  }
  if (expect.states.length) {
    const counts = new Map<string, number>();
    for (const transition of observation.entered) counts.set(transition.to, (counts.get(transition.to) ?? 0) + 1);
    const outputs = lastStateOutputs(result.events);
    for (const state of expect.states) {
      const entered = counts.get(state.name) ?? 0;
      if (state.entered && state.entered.value !== entered) {
        failures.push({
          kind: 'state.entered',
          state: state.name,
          message: `state ${state.name}: expected to be entered ${state.entered.value} time${state.entered.value === 1 ? '' : 's'}, actual ${entered}`,
          at: span(state.entered.node)!,
          expected: state.entered.value,
          actual: entered,
        });
      }
      if (state.output || state.outputContains) {
        if (!outputs.has(state.name)) {
          const expectation = (state.output ?? state.outputContains)!;
          failures.push({
            kind: state.output ? 'state.output' : 'state.outputContains',
            state: state.name,
            message: `state ${state.name}: expected an output, but the state ${entered ? 'never exited' : 'was never entered'}`,
            at: span(expectation.node)!,
            expected: expectation.value,
          });
          continue;
        }
        const actual = outputs.get(state.name);
        if (state.output)
          failures.push(...compareJson('state.output', `state ${state.name} output`, state.output, actual, 'exact', state.name));
        if (state.outputContains)
          failures.push(
            ...compareJson('state.outputContains', `state ${state.name} output`, state.outputContains, actual, 'partial', state.name),
          );
      }
    }
  }
  return failures;
}

function compareJson(
  kind: TestFailure['kind'],
  what: string,
  expected: Located<unknown>,
  actual: unknown,
  mode: MatchMode,
  state?: string,
): TestFailure[] {
  const difference = firstDifference(expected.value, actual, mode);
  if (!difference) return [];
  const failure: TestFailure = {
    kind,
    message: `${what}${mode === 'partial' ? ' (partial match)' : ''}: ${describeDifference(difference)}`,
    at: span(expected.node)!,
    expected: expected.value,
    actual,
    jsonPath: difference.path,
  };
  if (state) failure.state = state;
  return [failure];
}

/** A failure as the text report shows it: the message, then expected and actual in full, then the path taken. */
export function formatFailure(failure: TestFailure, path: readonly string[]): string {
  const lines = [failure.message];
  if (failure.jsonPath !== undefined) {
    lines.push(`  expected: ${showJson(failure.expected, 400)}`);
    lines.push(`  actual:   ${showJson(failure.actual, 400)}`);
  }
  lines.push(`  path taken: ${path.length ? showPath(path) : '(no state entered)'}`);
  return lines.join('\n');
}

/** How many states of a long path the report shows at its start and at its end. */
const PATH_HEAD = 20;
const PATH_TAIL = 10;

/** The path, with the middle of a long one (a loop that ran thousands of times) left out and counted. */
function showPath(path: readonly string[]): string {
  if (path.length <= PATH_HEAD + PATH_TAIL + 1) return path.join(' → ');
  const skipped = path.length - PATH_HEAD - PATH_TAIL;
  return [...path.slice(0, PATH_HEAD), `… ${skipped} more …`, ...path.slice(-PATH_TAIL)].join(' → ');
}
