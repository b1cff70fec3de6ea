// Checks a test file's state names and test cases against its machine and mock config: `path`
// names top-level states, `states` and `mocks` name states of any scope, `testCase` a test case.
import type { StateMachine } from '../model/types';
import { closestName } from '../text/suggest';
import type { Diagnostic } from '../validation/diagnostic';
import type { DiagnosticCode } from '../validation/codes';
import { TEST_FILE_CODES } from './testFile';
import type { TestFileModel } from './types';

export interface MachineFacts {
  machine: StateMachine;
  /** The test cases of the mock config's chosen state machine, when there is a mock config. */
  testCases?: readonly string[];
}

export function checkTestFileAgainstMachine(model: TestFileModel, facts: MachineFacts): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const { machine } = facts;
  const allNames = [...machine.statesByName.keys()];
  const topLevel = machine.root ? [...machine.root.states.keys()] : [];
  const report = (
    code: DiagnosticCode,
    message: string,
    node: { offset: number; length: number },
    data?: Record<string, unknown>,
  ): void => {
    const problem: Diagnostic = { code, severity: 'error', message, offset: node.offset, length: node.length };
    if (data) problem.data = data;
    problems.push(problem);
  };
  const unknown = (name: string, node: { offset: number; length: number }, where: string): void => {
    const closest = closestName(name, allNames);
    report(
      TEST_FILE_CODES.unknownState,
      `The machine has no state "${name}" (${where}).${closest ? ` Did you mean "${closest}"?` : ''}`,
      node,
      closest ? { closest } : undefined,
    );
  };
  for (const test of model.tests) {
    for (const [index, name] of (test.expect.path?.value ?? []).entries()) {
      const node = test.expect.path!.items[index]!;
      if (topLevel.includes(name)) continue;
      if (machine.statesByName.has(name))
        report(
          TEST_FILE_CODES.notTopLevelState,
          `"${name}" is not a top-level state: "path" lists the top-level states entered (use "states" for nested ones).`,
          node,
        );
      else unknown(name, node, 'in path');
    }
    for (const state of test.expect.states) if (!machine.statesByName.has(state.name)) unknown(state.name, state.property.key, 'in states');
    for (const mocked of test.mockStates) if (!machine.statesByName.has(mocked.value)) unknown(mocked.value, mocked.node, 'in mocks');
    if (test.testCase && facts.testCases && !facts.testCases.includes(test.testCase.value)) {
      const closest = closestName(test.testCase.value, facts.testCases);
      report(
        TEST_FILE_CODES.unknownTestCase,
        `The mock config has no test case "${test.testCase.value}" (it has ${facts.testCases.join(', ') || 'none'}).${closest ? ` Did you mean "${closest}"?` : ''}`,
        test.testCase.node,
      );
    }
  }
  return problems;
}
