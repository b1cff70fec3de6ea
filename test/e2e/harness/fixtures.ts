// Documents the end-to-end tests create in their workspace, beside copies of examples/.

export const missingNext = `{
  "Comment": "First names a state that does not exist.",
  "StartAt": "First",
  "States": {
    "First": {
      "Type": "Pass",
      "Next": "NoSuchState"
    },
    "Done": {
      "Type": "Succeed"
    }
  }
}
`;

/** A state with an empty line where the test types "Type": ". */
export const completionDraft = `{
  "StartAt": "Draft",
  "States": {
    "Draft": {
      
    }
  }
}
`;

/** A mock file whose test case names a response that does not exist. */
export const brokenMocks = JSON.stringify(
  {
    StateMachines: { 'broken-mocks': { TestCases: { Any: { Call: 'NoSuchResponse' } } } },
    MockedResponses: { Other: { '0': { Return: {} } } },
  },
  null,
  2,
);

/**
 * A valid machine of `count` states: a chain of Tasks and Passes with a Choice every 20 states that
 * can skip ahead, and a Catch to a shared Fail state every 10: the shape of a big real workflow.
 */
export function bigMachine(count: number): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  const name = (index: number): string => `Step${String(index).padStart(4, '0')}`;
  const last = count - 2;
  for (let index = 0; index <= last; index++) {
    const next = index === last ? undefined : name(index + 1);
    if (index % 20 === 19 && index + 3 <= last) {
      states[name(index)] = {
        Type: 'Choice',
        Choices: [{ Variable: '$.skip', BooleanEquals: true, Next: name(index + 3) }],
        Default: next,
      };
    } else if (index % 2 === 0) {
      const state: Record<string, unknown> = {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: `fn-${index}`, 'Payload.$': '$' },
      };
      if (index % 10 === 0) state.Catch = [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }];
      if (next) state.Next = next;
      else state.End = true;
      states[name(index)] = state;
    } else {
      states[name(index)] = next ? { Type: 'Pass', Next: next } : { Type: 'Pass', End: true };
    }
  }
  states.Failed = { Type: 'Fail', Error: 'StepFailed' };
  return { Comment: `${count} states`, StartAt: name(0), States: states };
}
