// What quick fixes and editors rely on beyond code and range: data, tags, and messages that say
// how to fix the problem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDocument, type Diagnostic } from '../../../server/src/core/index';

const find = (diagnostics: Diagnostic[], code: string): Diagnostic => {
  const found = diagnostics.find((diagnostic) => diagnostic.code === code);
  assert.ok(found, `no ${code} in ${diagnostics.map((diagnostic) => diagnostic.code).join(', ')}`);
  return found;
};

test('an unknown state name carries the closest name for a quick fix', () => {
  const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Finnish"}, "Finish": {"Type": "Succeed"}}}';
  const diagnostic = find(validateDocument(text, 'json'), 'reference/unknown-state');
  assert.deepEqual(diagnostic.data, { name: 'Finnish', suggestion: 'Finish' });
  assert.equal(text.slice(diagnostic.offset, diagnostic.offset + diagnostic.length), '"Finnish"');
  assert.match(diagnostic.message, /Did you mean "Finish"\?/);
});

test('unreachable states are tagged unnecessary, on the state name', () => {
  const text = '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}, "Orphan": {"Type": "Succeed"}}}';
  const diagnostic = find(validateDocument(text, 'json'), 'graph/unreachable');
  assert.deepEqual(diagnostic.tags, ['unnecessary']);
  assert.equal(text.slice(diagnostic.offset, diagnostic.offset + diagnostic.length), '"Orphan"');
});

test('a field of the other query language names its replacement', () => {
  const text =
    '{"StartAt": "A", "States": {"A": {"Type": "Task", "QueryLanguage": "JSONata", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {}, "End": true}}}';
  const diagnostic = find(validateDocument(text, 'json'), 'structure/query-language-field');
  assert.equal(diagnostic.data?.replacement, 'Arguments');
  assert.match(diagnostic.message, /use "Arguments"/);
  assert.equal(text.slice(diagnostic.offset, diagnostic.offset + diagnostic.length), '"Parameters"');
});

test('semantic checks run even when the schema fails', () => {
  const text = '{"StartAt": "A", "Bogus": 1, "States": {"A": {"Type": "Pass", "Unknown": 2, "Next": "Missing"}, "B": {"Type": "Succeed"}}}';
  const codes = validateDocument(text, 'json')
    .map((diagnostic) => diagnostic.code)
    .sort();
  // B is unreached because of the unknown "Missing" (it may be what was meant): a hint, not an error.
  assert.deepEqual(codes, [
    'graph/unreachable-after-unknown-reference',
    'reference/unknown-state',
    'structure/unknown-field',
    'structure/unknown-field',
  ]);
});

test('every state type and field of current ASL is accepted', () => {
  const text = JSON.stringify({
    QueryLanguage: 'JSONPath',
    Version: '1.0',
    TimeoutSeconds: 60,
    StartAt: 'T',
    States: {
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { 'Payload.$': '$' },
        ResultSelector: { 'r.$': '$.Payload' },
        ResultPath: '$.r',
        InputPath: '$',
        OutputPath: '$',
        Credentials: { RoleArn: 'arn:aws:iam::123456789012:role/r' },
        TimeoutSecondsPath: '$.t',
        HeartbeatSeconds: 5,
        Assign: { v: 1 },
        Retry: [
          {
            ErrorEquals: ['States.ALL'],
            IntervalSeconds: 1,
            MaxAttempts: 2,
            BackoffRate: 1.5,
            MaxDelaySeconds: 5,
            JitterStrategy: 'NONE',
            Comment: 'c',
          },
        ],
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: null, Next: 'J', Comment: 'c', Assign: { e: 1 } }],
        Comment: 'c',
        Next: 'J',
      },
      J: {
        Type: 'Task',
        QueryLanguage: 'JSONata',
        Resource: 'arn:aws:states:::aws-sdk:s3:getObject',
        Arguments: '{% $states.input %}',
        Output: { a: 1 },
        Assign: { w: 2 },
        TimeoutSeconds: '{% 5 %}',
        Catch: [{ ErrorEquals: ['States.ALL'], Output: '{% $states.errorOutput %}', Next: 'W' }],
        Next: 'W',
      },
      W: { Type: 'Wait', TimestampPath: '$.when', Next: 'M' },
      M: {
        Type: 'Map',
        ItemsPath: '$.items',
        ItemSelector: { 'i.$': '$$.Map.Item.Value' },
        MaxConcurrencyPath: '$.c',
        ToleratedFailureCountPath: '$.f',
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW', MaxItems: 10 },
          Parameters: { Bucket: 'b', Key: 'k' },
        },
        ItemBatcher: { MaxItemsPerBatch: 10, MaxInputBytesPerBatch: 1000, BatchInput: { a: 1 } },
        ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'b', Prefix: 'p' } },
        Label: 'Items',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'I',
          States: { I: { Type: 'Pass', End: true } },
        },
        ResultPath: '$.m',
        Next: 'P',
      },
      P: {
        Type: 'Parallel',
        Branches: [{ StartAt: 'B', States: { B: { Type: 'Fail', ErrorPath: '$.e', CausePath: '$.c' } }, Comment: 'branch' }],
        ResultSelector: {},
        Next: 'C',
      },
      C: {
        Type: 'Choice',
        Choices: [{ Variable: '$.x', IsPresent: true, Next: 'S', Assign: { z: 1 } }],
        Default: 'S',
        Assign: { y: 2 },
        OutputPath: '$',
      },
      S: { Type: 'Succeed', OutputPath: '$' },
    },
  });
  assert.deepEqual(
    validateDocument(text, 'json').filter((diagnostic) => diagnostic.severity !== 'hint'),
    [],
  );
});

test('cost stays linear: ten times the states costs far less than a hundred times the time', () => {
  const machine = (count: number) => {
    const states: Record<string, unknown> = {};
    for (let index = 0; index < count; index++)
      states[`S${index}`] = {
        Type: 'Pass',
        Next: index + 1 < count ? `S${index + 1}` : undefined,
        End: index + 1 < count ? undefined : true,
      };
    return JSON.stringify({ StartAt: 'S0', States: states });
  };
  // A complexity guard, not a speed target (the benchmark has those): the fastest of several runs
  // is robust to a busy machine, and quadratic work would cost about 100 times, not 10.
  const fastest = (text: string) => {
    validateDocument(text, 'json');
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      validateDocument(text, 'json');
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  const small = fastest(machine(500));
  const large = fastest(machine(5000));
  assert.ok(large < small * 40, `500 states: ${small.toFixed(1)} ms, 5000 states: ${large.toFixed(1)} ms`);
});
