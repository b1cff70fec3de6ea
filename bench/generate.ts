/**
 * Generates state machines for benchmarks: every state type, Retry/Catch, Choice rules, Parallel
 * branches and Map item processors (nested up to three levels), JSONPath and JSONata states,
 * intrinsic functions and payload templates, like real definitions but as many states as asked.
 * Most states sit in the top-level scope, as in the large definitions users validate: one block in
 * four fans out into a Parallel and a Map (with a Parallel nested inside), the other blocks are long
 * sequences of tasks, choices, waits and passes. Deterministic: the same count gives the same text.
 * About 590 bytes per state (2.9 MB for 5,000), pretty-printed.
 *
 *   node <bundle of this file> <count> [out-file]     (bench/validation/bench.mjs bundles it)
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const STATES_PER_BLOCK = 13;

function retry(index: number): Json {
  return [
    {
      ErrorEquals: ['Lambda.TooManyRequestsException', 'Lambda.ServiceException'],
      IntervalSeconds: 2,
      MaxAttempts: 3 + (index % 3),
      BackoffRate: 2,
      MaxDelaySeconds: 30,
      JitterStrategy: 'FULL',
    },
    { ErrorEquals: ['States.Timeout'], IntervalSeconds: 1, MaxAttempts: 1 },
  ];
}

function catcher(target: string): Json {
  return [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: target }];
}

/** One in NESTED_EVERY blocks holds the Parallel and Map states (and the states nested in them). */
const NESTED_EVERY = 4;

/**
 * One block of 13 states (counting nested ones) that ends by moving on to `next`. Every block starts
 * with a Task, a Choice, a Wait and a Pass; a nested block then fans out into a Parallel and a Map
 * (6 states nested in them), a flat block goes on with 9 more top-level states.
 */
function block(index: number, next: string, states: Record<string, Json>): void {
  const id = String(index).padStart(5, '0');
  const fail = `Report failure ${id}`;
  const nested = index % NESTED_EVERY === NESTED_EVERY - 1;
  const fanOut = nested ? `Fan out ${id}` : `Notify ${id}`;
  const jsonata = index % 5 === 4;
  states[`Invoke ${id}`] = jsonata
    ? {
        Type: 'Task',
        QueryLanguage: 'JSONata',
        Comment: `Calls the worker for step ${index} (JSONata)`,
        Resource: 'arn:aws:states:::lambda:invoke',
        Arguments: {
          FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:worker',
          Payload: { id: '{% $states.input.id %}', step: index, label: "{% 'item-' & $string($states.input.id) %}" },
        },
        Output: '{% $merge([$states.input, {"result": $states.result.Payload}]) %}',
        Assign: { [`lastStep${index % 7}`]: index },
        Retry: retry(index),
        Catch: [{ ErrorEquals: ['States.ALL'], Output: '{% $states.errorOutput %}', Next: fail }],
        Next: `Decide ${id}`,
      }
    : {
        Type: 'Task',
        Comment: `Calls the worker for step ${index} with the item and the execution name, keeping only the payload and status code of its response`,
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: {
          FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:worker',
          Payload: {
            'id.$': '$.id',
            step: index,
            'label.$': "States.Format('item-{}-{}', $.id, $$.Execution.Name)",
            'items.$': '$.items[0:5]',
          },
        },
        ResultSelector: { 'payload.$': '$.Payload', 'status.$': '$.StatusCode' },
        ResultPath: '$.result',
        TimeoutSeconds: 60,
        Retry: retry(index),
        Catch: catcher(fail),
        Next: `Decide ${id}`,
      };
  states[`Decide ${id}`] = {
    Type: 'Choice',
    Comment: `Routes step ${index}: large counts wait first, batches fan out, everything else is recorded`,
    Choices: [
      { Variable: '$.result.payload.count', NumericGreaterThan: index, Next: `Pause ${id}` },
      {
        And: [
          { Variable: '$.result.payload.kind', StringEquals: 'batch' },
          { Not: { Variable: '$.result.payload.done', BooleanEquals: true } },
        ],
        Next: fanOut,
      },
      { Variable: '$.result.payload.when', TimestampLessThanEquals: '2030-01-01T00:00:00Z', Next: `Record ${id}` },
    ],
    Default: `Record ${id}`,
  };
  states[`Pause ${id}`] = {
    Type: 'Wait',
    Comment: 'Gives the downstream service time to catch up before recording',
    Seconds: 1 + (index % 10),
    Next: `Record ${id}`,
  };
  states[`Record ${id}`] = {
    Type: 'Pass',
    Comment: 'Keeps what the next steps need: the id, the incremented count and the step number',
    Parameters: { 'id.$': '$.id', 'count.$': 'States.MathAdd($.result.payload.count, 1)', step: index, tags: ['bench', 'generated'] },
    ResultPath: '$.record',
    Next: fanOut,
  };
  if (!nested) {
    flatBlock(index, id, fail, next, states);
    return;
  }
  const branchTask = (name: string): Json => ({
    StartAt: name,
    States: {
      [name]: {
        Type: 'Task',
        Comment: 'Puts the record on the notification queue as a JSON string; the result is not needed',
        Resource: 'arn:aws:states:::sqs:sendMessage',
        Parameters: {
          QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/queue',
          'MessageBody.$': 'States.JsonToString($.record)',
        },
        ResultPath: null,
        End: true,
      },
    },
  });
  states[`Fan out ${id}`] = {
    Type: 'Parallel',
    Comment: 'Notifies the queue and audits the record at the same time; either failure is reported',
    Branches: [
      branchTask(`Notify ${id}`),
      {
        StartAt: `Audit ${id}`,
        States: {
          [`Audit ${id}`]: {
            Type: 'Pass',
            Comment: 'Marks the record as audited for the reporting job',
            Result: { audited: true, by: 'bench', level: index % 3 },
            Next: `Audit done ${id}`,
          },
          [`Audit done ${id}`]: { Type: 'Succeed', Comment: 'The audit branch is done' },
        },
      },
    ],
    ResultSelector: { 'notified.$': '$[0]', 'audit.$': '$[1]' },
    ResultPath: '$.fanOut',
    Retry: [{ ErrorEquals: ['States.BranchFailed'], MaxAttempts: 1 }],
    Catch: catcher(fail),
    Next: `Each item ${id}`,
  };
  const inner: Record<string, Json> = {
    [`Store ${id}`]: {
      Type: 'Task',
      Comment: 'Writes the item with its step number and the time the execution started',
      Resource: 'arn:aws:states:::dynamodb:putItem',
      Parameters: {
        TableName: 'items',
        Item: {
          pk: { 'S.$': '$.value.id' },
          step: { N: String(index) },
          started: { 'S.$': '$$.Execution.StartTime' },
          position: { 'N.$': "States.Format('{}', $.index)" },
        },
      },
      ResultPath: null,
      Next: `Nested ${id}`,
    },
    [`Nested ${id}`]: {
      Type: 'Parallel',
      Comment: 'A nested check per item, three levels below the top of the machine',
      Branches: [
        { StartAt: `Deep ${id}`, States: { [`Deep ${id}`]: { Type: 'Pass', Comment: 'Passes the item through unchanged', End: true } } },
      ],
      End: true,
    },
  };
  states[`Each item ${id}`] = {
    Type: 'Map',
    Comment: 'Stores every item of the batch, ten at a time, then runs a nested check for each one',
    ItemsPath: '$.items',
    ItemSelector: { 'value.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index' },
    MaxConcurrency: 10,
    ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: `Store ${id}`, States: inner },
    ResultPath: '$.each',
    Catch: catcher(fail),
    Next: next,
  };
  states[fail] = {
    Type: 'Fail',
    Comment: 'Ends the execution with the step that failed, for the on-call dashboard',
    Error: 'StepFailed',
    Cause: `Step ${index} failed: see the execution history for the error and its cause`,
  };
}

/** The 9 top-level states that follow `Record` in a flat block (the failure state included). */
function flatBlock(index: number, id: string, fail: string, next: string, states: Record<string, Json>): void {
  states[`Notify ${id}`] = {
    Type: 'Task',
    Comment: 'Puts the record on the notification queue as a JSON string; the result is not needed',
    Resource: 'arn:aws:states:::sqs:sendMessage',
    Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/queue', 'MessageBody.$': 'States.JsonToString($.record)' },
    ResultPath: null,
    Retry: [{ ErrorEquals: ['SQS.SdkClientException'], IntervalSeconds: 1, MaxAttempts: 2 }],
    Catch: catcher(fail),
    Next: `Store ${id}`,
  };
  states[`Store ${id}`] = {
    Type: 'Task',
    Comment: 'Writes the record with its step number and the time the execution started',
    Resource: 'arn:aws:states:::dynamodb:putItem',
    Parameters: {
      TableName: 'items',
      Item: {
        pk: { 'S.$': '$.record.id' },
        step: { N: String(index) },
        started: { 'S.$': '$$.Execution.StartTime' },
        count: { 'N.$': "States.Format('{}', $.record.count)" },
      },
    },
    ResultPath: null,
    Retry: retry(index),
    Catch: catcher(fail),
    Next: `Look up ${id}`,
  };
  states[`Look up ${id}`] = {
    Type: 'Task',
    Comment: 'Reads the settings of the item back through the SDK integration',
    Resource: 'arn:aws:states:::aws-sdk:dynamodb:getItem',
    Parameters: { TableName: 'settings', Key: { pk: { 'S.$': '$.record.id' } } },
    ResultSelector: { 'limit.$': '$.Item.limit.N', 'mode.$': '$.Item.mode.S' },
    ResultPath: '$.settings',
    TimeoutSeconds: 30,
    Catch: catcher(fail),
    Next: `Publish ${id}`,
  };
  states[`Publish ${id}`] = {
    Type: 'Task',
    Comment: 'Tells the subscribers that the step is done',
    Resource: 'arn:aws:states:::sns:publish',
    Parameters: {
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:steps',
      'Message.$': "States.Format('Step {} done for {}', $.record.step, $.record.id)",
    },
    ResultPath: '$.published',
    Catch: catcher(fail),
    Next: `Check ${id}`,
  };
  states[`Check ${id}`] = {
    Type: 'Choice',
    Comment: 'Stops early when the settings say so; otherwise cools down and moves on',
    Choices: [
      { Variable: '$.settings.mode', StringEquals: 'stop', Next: `Finished ${id}` },
      {
        Or: [
          { Variable: '$.settings.limit', IsPresent: false },
          { Variable: '$.settings.limit', StringMatches: '0*' },
        ],
        Next: `Summarize ${id}`,
      },
    ],
    Default: `Cool down ${id}`,
  };
  states[`Finished ${id}`] = { Type: 'Succeed', Comment: 'The settings asked to stop after this step' };
  states[`Cool down ${id}`] = {
    Type: 'Wait',
    Comment: 'Waits as long as the worker asked before the next step',
    SecondsPath: '$.result.payload.delay',
    Next: `Summarize ${id}`,
  };
  states[`Summarize ${id}`] = {
    Type: 'Pass',
    QueryLanguage: 'JSONata',
    Comment: 'Keeps a short summary of the step for the next one',
    Output: `{% $merge([$states.input, {"summary": {"step": ${index}, "id": $states.input.record.id}}]) %}`,
    Next: next,
  };
  states[fail] = {
    Type: 'Fail',
    Comment: 'Ends the execution with the step that failed, for the on-call dashboard',
    Error: 'StepFailed',
    Cause: `Step ${index} failed: see the execution history for the error and its cause`,
  };
}

/** A machine of exactly `count` states (counting the states nested in Parallel and Map). */
export function generateMachine(count: number): string {
  const states: Record<string, Json> = {};
  const blocks = Math.max(0, Math.floor((count - 1) / STATES_PER_BLOCK));
  const padding = count - 1 - blocks * STATES_PER_BLOCK;
  const first = blocks > 0 ? 'Invoke 00000' : padding > 0 ? 'Step 0' : 'Done';
  for (let index = 0; index < blocks; index++) {
    const next = index + 1 < blocks ? `Invoke ${String(index + 1).padStart(5, '0')}` : padding > 0 ? 'Step 0' : 'Done';
    block(index, next, states);
  }
  for (let index = 0; index < padding; index++) {
    states[`Step ${index}`] = {
      Type: 'Pass',
      Result: { step: index },
      ResultPath: `$.steps.s${index}`,
      Next: index + 1 < padding ? `Step ${index + 1}` : 'Done',
    };
  }
  states.Done = { Type: 'Succeed' };
  return JSON.stringify(
    { Comment: `Generated benchmark machine of ${count} states`, StartAt: first, TimeoutSeconds: 3600, States: states },
    null,
    2,
  );
}

/** How many states a definition holds, nested ones included (for the generator's own check). */
export function countStates(definition: unknown): number {
  let count = 0;
  const visit = (scope: unknown): void => {
    const states = (scope as { States?: Record<string, unknown> } | undefined)?.States;
    if (!states || typeof states !== 'object') return;
    for (const state of Object.values(states)) {
      count++;
      const typed = state as { Branches?: unknown[]; ItemProcessor?: unknown; Iterator?: unknown };
      for (const branch of typed.Branches ?? []) visit(branch);
      visit(typed.ItemProcessor ?? typed.Iterator);
    }
  };
  visit(definition);
  return count;
}
