// Builds the interpreter's mocks for one test: the file-level Step Functions Local mock config, the
// test case it names, and the test's own per-state responses, which win for their states.
import type { MockConfig, MockedResponse, StartExecutionOptions } from '../interpreter/types';

/** The test case name the merged config uses; no mock config written by hand uses it. */
const MERGED_TEST_CASE = '<asl test>';

export type TestMocks = NonNullable<StartExecutionOptions['mocks']>;

/**
 * Which `StateMachines` entry a test file means: `stateMachineName`, else the only one, else the
 * machine file's base name without `.asl.json`/`.asl.yaml`/`.asl.yml`. Returns a message when none fits.
 */
export function selectMockStateMachine(
  config: MockConfig,
  explicitName: string | undefined,
  machineFileName: string,
): { name: string } | { problem: string } {
  const names = Object.keys(config.StateMachines ?? {});
  if (explicitName !== undefined) {
    return names.includes(explicitName)
      ? { name: explicitName }
      : { problem: `the mock config has no state machine "${explicitName}" (it has ${names.join(', ') || 'none'})` };
  }
  if (names.length === 1) return { name: names[0]! };
  const baseName = machineFileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.asl\.(json|ya?ml)$/i, '')
    .replace(/\.(json|ya?ml)$/i, '');
  if (names.includes(baseName)) return { name: baseName };
  return {
    problem: `the mock config has ${names.length} state machines (${names.join(', ') || 'none'}) and none is named "${baseName}": set "stateMachineName"`,
  };
}

export interface BuildTestMocksInput {
  config?: MockConfig;
  /** The StateMachines entry (see selectMockStateMachine); needed with testCase. */
  stateMachine?: string;
  testCase?: string;
  /** State name -> responses by invocation number ("0", "1-2"). */
  stateMocks?: Record<string, Record<string, MockedResponse>>;
}

/** The mocks option for startExecution, or a message saying why there can be none. Undefined: no mocks at all. */
export function buildTestMocks(input: BuildTestMocksInput): { mocks?: TestMocks; problem?: string } {
  const { config, stateMachine, testCase, stateMocks } = input;
  if (testCase !== undefined && !config)
    return { problem: `"testCase" ${JSON.stringify(testCase)} needs a mock config: set "mocks" at the top of the test file` };
  let baseCase: Record<string, string> = {};
  if (testCase !== undefined) {
    const cases = config?.StateMachines?.[stateMachine ?? '']?.TestCases ?? {};
    const found = cases[testCase];
    if (!found)
      return {
        problem: `state machine "${stateMachine}" of the mock config has no test case "${testCase}" (it has ${Object.keys(cases).join(', ') || 'none'})`,
      };
    baseCase = found;
  }
  const ownStates = Object.keys(stateMocks ?? {});
  if (ownStates.length === 0 && testCase === undefined) return {};
  const machineName = stateMachine ?? 'machine';
  const mockedResponses: Record<string, Record<string, MockedResponse>> = { ...(config?.MockedResponses ?? {}) };
  const merged: Record<string, string> = { ...baseCase };
  for (const state of ownStates) {
    // A name no mock config can hold as a response of its own: the state's name behind the merged case's.
    const responseName = `${MERGED_TEST_CASE}/${state}`;
    mockedResponses[responseName] = stateMocks![state]!;
    merged[state] = responseName;
  }
  return {
    mocks: {
      config: { StateMachines: { [machineName]: { TestCases: { [MERGED_TEST_CASE]: merged } } }, MockedResponses: mockedResponses },
      stateMachine: machineName,
      testCase: MERGED_TEST_CASE,
    },
  };
}
