/**
 * The strings that make up most of any state machine's text: field names and the values of Type,
 * QueryLanguage and the like. The JSON fast path hands out these exact (internalized) string
 * literals instead of slicing a new string each time: that allocates less on big documents, and
 * makes every later `key === 'Type'`, switch and Map lookup on them a pointer comparison.
 */
const COMMON = [
  // Machine, scope and state fields. The syntax layer reads nothing above it, so this list does not
  // import the state-field table (validation/structure/fields.ts); test/unit/syntax/common-strings.test.ts
  // checks that every field of the table is here.
  'Comment',
  'StartAt',
  'States',
  'Version',
  'TimeoutSeconds',
  'QueryLanguage',
  'Type',
  'Next',
  'End',
  'InputPath',
  'OutputPath',
  'Parameters',
  'ResultPath',
  'ResultSelector',
  'Result',
  'Arguments',
  'Output',
  'Assign',
  'Resource',
  'Credentials',
  'RoleArn',
  'TimeoutSecondsPath',
  'HeartbeatSeconds',
  'HeartbeatSecondsPath',
  'Retry',
  'Catch',
  'ErrorEquals',
  'IntervalSeconds',
  'MaxAttempts',
  'BackoffRate',
  'MaxDelaySeconds',
  'JitterStrategy',
  'Choices',
  'Default',
  'Variable',
  'Condition',
  'And',
  'Or',
  'Not',
  'Seconds',
  'SecondsPath',
  'Timestamp',
  'TimestampPath',
  'Error',
  'ErrorPath',
  'Cause',
  'CausePath',
  'Branches',
  'ItemProcessor',
  'Iterator',
  'ProcessorConfig',
  'Mode',
  'ExecutionType',
  'ItemsPath',
  'Items',
  'ItemSelector',
  'ItemReader',
  'ReaderConfig',
  'ItemBatcher',
  'ResultWriter',
  'MaxConcurrency',
  'MaxConcurrencyPath',
  'Label',
  'ToleratedFailureCount',
  'ToleratedFailurePercentage',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentagePath',
  'MaxItemsPerBatch',
  'BatchInput',
  // Choice operators.
  'StringEquals',
  'StringEqualsPath',
  'StringMatches',
  'NumericEquals',
  'NumericEqualsPath',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'BooleanEquals',
  'BooleanEqualsPath',
  'TimestampEquals',
  'TimestampGreaterThan',
  'TimestampLessThan',
  'TimestampLessThanEquals',
  'TimestampGreaterThanEquals',
  'IsPresent',
  'IsNull',
  'IsString',
  'IsNumeric',
  'IsBoolean',
  'IsTimestamp',
  // Values.
  'Task',
  'Pass',
  'Choice',
  'Wait',
  'Succeed',
  'Fail',
  'Parallel',
  'Map',
  'JSONPath',
  'JSONata',
  'INLINE',
  'DISTRIBUTED',
  'STANDARD',
  'EXPRESS',
  'FULL',
  'NONE',
  'States.ALL',
  'States.TaskFailed',
  'States.Timeout',
  '$',
  '$.',
  // Common payload keys of integrations.
  'FunctionName',
  'Payload',
  'Payload.$',
  'TableName',
  'Key',
  'Item',
  'QueueUrl',
  'MessageBody',
  'MessageBody.$',
  'TopicArn',
  'Message',
  'Message.$',
  'Input',
  'Input.$',
  'StateMachineArn',
  'Bucket',
  'S',
  'N',
];

/** Candidates by length, then by first character code. */
const byLength: Map<number, string[]>[] = [];
for (const text of COMMON) {
  const buckets = (byLength[text.length] ??= new Map());
  const first = text.charCodeAt(0);
  const bucket = buckets.get(first);
  if (bucket) bucket.push(text);
  else buckets.set(first, [text]);
}
const MAX_LENGTH = byLength.length - 1;

/** The common string equal to text[start, end), or undefined (no allocation either way). */
export function commonString(text: string, start: number, end: number): string | undefined {
  const length = end - start;
  if (length === 0 || length > MAX_LENGTH) return length === 0 ? '' : undefined;
  const bucket = byLength[length]?.get(text.charCodeAt(start));
  if (!bucket) return undefined;
  for (const candidate of bucket) if (text.startsWith(candidate, start)) return candidate;
  return undefined;
}
