/**
 * Reference documentation used by completion and hover: state types, fields, intrinsic
 * functions, JSONata functions, the Context object and `$states`. Written in our own words from
 * the facts of the Amazon States Language specification and the Step Functions developer guide.
 */
import type { QueryLanguage, StateType } from '../model/types';
import { INTRINSIC_SIGNATURES } from '../expressions/intrinsics';
import { STATE_FIELDS, type FieldShape } from '../validation/structure/fields';

export const STATE_TYPE_DOCS: Readonly<Record<StateType, string>> = {
  Task: 'Does one unit of work: calls an AWS service integration, a Lambda function or an activity, named by `Resource`. Can retry and catch errors.',
  Pass: 'Passes its input to its output, optionally shaping it or injecting fixed data. Handy for stubs and reshaping.',
  Choice: 'Branches: evaluates its `Choices` rules in order and goes to the `Next` of the first that matches, else to `Default`.',
  Wait: 'Pauses the execution for `Seconds`, or until `Timestamp` (or their JSONPath forms).',
  Succeed: 'Stops the execution (or the branch or iteration) successfully.',
  Fail: 'Stops the execution with a failure, reporting `Error` and `Cause`.',
  Parallel: 'Runs each of its `Branches` (each a small state machine) at the same time, and outputs an array of their results.',
  Map: 'Runs its `ItemProcessor` once for each item of an array (inline), or of a large dataset in S3 (distributed), and outputs the results.',
};

export interface FieldDoc {
  description: string;
  /** The state types that have the field; undefined for the non-state objects listed separately. */
  types: readonly StateType[] | 'all';
  /** Set when the field exists in one query language only. */
  only?: QueryLanguage;
  /** The shape of the value, for inserting a field with an empty value of the right kind. */
  shape: FieldShape;
}

/** The fields of a state, by name: the documentation column of the state-field table (validation/structure/fields.ts). */
export const STATE_FIELD_DOCS: Readonly<Record<string, FieldDoc>> = Object.fromEntries(
  Object.entries(STATE_FIELDS).map(([name, field]) => {
    const { description, types, shape, spec } = field;
    const doc: FieldDoc = spec.only ? { description, types, only: spec.only, shape } : { description, types, shape };
    return [name, doc];
  }),
);

/** Fields of the other objects of a machine, by the kind of object. */
export const OBJECT_FIELD_DOCS: Readonly<Record<string, Readonly<Record<string, FieldDoc & { only?: QueryLanguage }>>>> = {
  machine: {
    StartAt: { description: 'The state the execution starts with.', types: 'all', shape: 'string' },
    States: { description: 'The states, by name.', types: 'all', shape: 'object' },
    Comment: { description: 'A description of the state machine.', types: 'all', shape: 'string' },
    QueryLanguage: {
      description: 'The default language of expressions: JSONPath (default) or JSONata. States can override it.',
      types: 'all',
      shape: 'string',
    },
    TimeoutSeconds: { description: 'The longest an execution may run before it fails with States.Timeout.', types: 'all', shape: 'number' },
    Version: { description: 'The version of Amazon States Language, "1.0".', types: 'all', shape: 'string' },
  },
  branch: {
    StartAt: { description: 'The state the branch starts with.', types: 'all', shape: 'string' },
    States: { description: 'The states of the branch; they can only go to each other.', types: 'all', shape: 'object' },
    Comment: { description: 'A description of the branch.', types: 'all', shape: 'string' },
  },
  itemProcessor: {
    ProcessorConfig: {
      description: 'How items are processed: Mode INLINE (default) or DISTRIBUTED, and ExecutionType STANDARD or EXPRESS for distributed.',
      types: 'all',
      shape: 'object',
    },
    StartAt: { description: 'The state each iteration starts with.', types: 'all', shape: 'string' },
    States: { description: 'The states of the iteration; they can only go to each other.', types: 'all', shape: 'object' },
    Comment: { description: 'A description of the item processor.', types: 'all', shape: 'string' },
  },
  processorConfig: {
    Mode: {
      description:
        'INLINE: iterations run inside this execution (up to 40 at a time). DISTRIBUTED: each runs as a child execution, for large datasets.',
      types: 'all',
      shape: 'string',
    },
    ExecutionType: {
      description: 'Distributed Map: the workflow type of the child executions, STANDARD or EXPRESS.',
      types: 'all',
      shape: 'string',
    },
  },
  retrier: {
    ErrorEquals: { description: 'The error names this retrier handles; States.ALL matches any.', types: 'all', shape: 'array' },
    IntervalSeconds: { description: 'Seconds before the first retry. Default 1.', types: 'all', shape: 'number' },
    MaxAttempts: { description: 'How many retries at most; 0 means never retry. Default 3.', types: 'all', shape: 'number' },
    BackoffRate: { description: 'The factor the interval grows by after each attempt. Default 2.0.', types: 'all', shape: 'number' },
    MaxDelaySeconds: { description: 'The longest interval between retries, however much it grows.', types: 'all', shape: 'number' },
    JitterStrategy: {
      description: 'FULL randomizes the intervals so that many retries do not hit at once; NONE (default) does not.',
      types: 'all',
      shape: 'string',
    },
    Comment: { description: 'A description of the retrier.', types: 'all', shape: 'string' },
  },
  catcher: {
    ErrorEquals: { description: 'The error names this catcher handles; States.ALL matches any.', types: 'all', shape: 'array' },
    Next: { description: 'The state to go to when the error is caught.', types: 'all', shape: 'string' },
    ResultPath: {
      description: 'Where to put the error output (Error and Cause) in the input. Default `$` (replace it).',
      types: 'all',
      only: 'JSONPath',
      shape: 'string',
    },
    Output: {
      description: 'The output passed to Next (JSONata); `$states.errorOutput` holds Error and Cause.',
      types: 'all',
      only: 'JSONata',
      shape: 'any',
    },
    Assign: { description: 'Variables to set when the error is caught.', types: 'all', shape: 'object' },
    Comment: { description: 'A description of the catcher.', types: 'all', shape: 'string' },
  },
  choiceRule: {
    Next: { description: 'The state to go to when this rule matches.', types: 'all', shape: 'string' },
    Condition: {
      description: 'A JSONata expression `{% %}` that must be true for the rule to match.',
      types: 'all',
      only: 'JSONata',
      shape: 'string',
    },
    Variable: { description: 'A JSONPath to the value the comparison tests.', types: 'all', only: 'JSONPath', shape: 'string' },
    And: { description: 'Matches when all of the nested rules match.', types: 'all', only: 'JSONPath', shape: 'array' },
    Or: { description: 'Matches when any of the nested rules matches.', types: 'all', only: 'JSONPath', shape: 'array' },
    Not: { description: 'Matches when the nested rule does not.', types: 'all', only: 'JSONPath', shape: 'object' },
    Assign: { description: 'Variables to set when this rule matches.', types: 'all', shape: 'object' },
    Output: { description: 'The output passed to Next when this rule matches (JSONata).', types: 'all', only: 'JSONata', shape: 'any' },
    Comment: { description: 'A description of the rule.', types: 'all', shape: 'string' },
  },
  itemReader: {
    Resource: {
      description:
        'How to read the items: arn:aws:states:::s3:getObject (one file) or arn:aws:states:::s3:listObjectsV2 (an object listing).',
      types: 'all',
      shape: 'string',
    },
    ReaderConfig: {
      description: 'InputType (CSV, JSON, JSONL, MANIFEST, PARQUET), CSV headers and delimiter, MaxItems.',
      types: 'all',
      shape: 'object',
    },
    Parameters: { description: 'The Bucket and Key (or Prefix) to read.', types: 'all', only: 'JSONPath', shape: 'object' },
    Arguments: { description: 'The Bucket and Key (or Prefix) to read (JSONata).', types: 'all', only: 'JSONata', shape: 'object' },
  },
  readerConfig: {
    InputType: { description: 'The format of the items: CSV, JSON, JSONL, MANIFEST or PARQUET.', types: 'all', shape: 'string' },
    CSVHeaderLocation: {
      description: 'FIRST_ROW: the first line holds the column names; GIVEN: they are in CSVHeaders.',
      types: 'all',
      shape: 'string',
    },
    CSVHeaders: { description: 'The column names, when CSVHeaderLocation is GIVEN.', types: 'all', shape: 'array' },
    CSVDelimiter: { description: 'COMMA (default), PIPE, SEMICOLON, SPACE or TAB.', types: 'all', shape: 'string' },
    MaxItems: { description: 'Read at most this many items.', types: 'all', shape: 'number' },
    MaxItemsPath: { description: 'A JSONPath to MaxItems in the input.', types: 'all', only: 'JSONPath', shape: 'string' },
    ManifestType: { description: 'S3_INVENTORY or ATHENA_DATA, for InputType MANIFEST.', types: 'all', shape: 'string' },
  },
  itemBatcher: {
    MaxItemsPerBatch: { description: 'At most this many items per batch.', types: 'all', shape: 'number' },
    MaxItemsPerBatchPath: { description: 'A JSONPath to MaxItemsPerBatch in the input.', types: 'all', only: 'JSONPath', shape: 'string' },
    MaxInputBytesPerBatch: { description: 'At most this many bytes per batch (up to 256 KiB).', types: 'all', shape: 'number' },
    MaxInputBytesPerBatchPath: {
      description: 'A JSONPath to MaxInputBytesPerBatch in the input.',
      types: 'all',
      only: 'JSONPath',
      shape: 'string',
    },
    BatchInput: { description: 'Fixed data added to every batch under BatchInput.', types: 'all', shape: 'object' },
  },
  resultWriter: {
    Resource: { description: 'arn:aws:states:::s3:putObject.', types: 'all', shape: 'string' },
    Parameters: { description: 'The Bucket and Prefix to write to.', types: 'all', only: 'JSONPath', shape: 'object' },
    Arguments: { description: 'The Bucket and Prefix to write to (JSONata).', types: 'all', only: 'JSONata', shape: 'object' },
    WriterConfig: {
      description: 'OutputType (JSON, JSONL) and Transformation (NONE, COMPACT, FLATTEN) of the results.',
      types: 'all',
      shape: 'object',
    },
  },
  writerConfig: {
    OutputType: { description: 'JSON or JSONL.', types: 'all', shape: 'string' },
    Transformation: {
      description: 'NONE keeps execution metadata, COMPACT keeps the outputs, FLATTEN flattens arrays of outputs.',
      types: 'all',
      shape: 'string',
    },
  },
  credentials: {
    RoleArn: { description: 'The role to assume for this Task.', types: 'all', shape: 'string' },
    'RoleArn.$': { description: 'A JSONPath giving the role to assume.', types: 'all', only: 'JSONPath', shape: 'string' },
  },
};

/** The comparison operators of a JSONPath choice rule; each has a `...Path` form comparing to another value of the input. */
export const CHOICE_OPERATORS: readonly { name: string; shape: 'string' | 'number' | 'boolean'; description: string }[] = [
  ...(['StringEquals', 'StringLessThan', 'StringGreaterThan', 'StringLessThanEquals', 'StringGreaterThanEquals'] as const).flatMap(
    (name) => [
      { name, shape: 'string' as const, description: `Compares the Variable, a string, with a string (${name.replace('String', '')}).` },
      { name: `${name}Path`, shape: 'string' as const, description: `Like ${name}, comparing with the string a JSONPath selects.` },
    ],
  ),
  {
    name: 'StringMatches',
    shape: 'string',
    description: 'Matches the Variable against a pattern where * stands for any characters (escape with \\*).',
  },
  ...(['NumericEquals', 'NumericLessThan', 'NumericGreaterThan', 'NumericLessThanEquals', 'NumericGreaterThanEquals'] as const).flatMap(
    (name) => [
      { name, shape: 'number' as const, description: `Compares the Variable, a number, with a number (${name.replace('Numeric', '')}).` },
      { name: `${name}Path`, shape: 'string' as const, description: `Like ${name}, comparing with the number a JSONPath selects.` },
    ],
  ),
  { name: 'BooleanEquals', shape: 'boolean', description: 'True when the Variable is this boolean.' },
  { name: 'BooleanEqualsPath', shape: 'string', description: 'True when the Variable equals the boolean a JSONPath selects.' },
  ...(
    ['TimestampEquals', 'TimestampLessThan', 'TimestampGreaterThan', 'TimestampLessThanEquals', 'TimestampGreaterThanEquals'] as const
  ).flatMap((name) => [
    {
      name,
      shape: 'string' as const,
      description: `Compares the Variable, an ISO 8601 timestamp, with a timestamp (${name.replace('Timestamp', '')}).`,
    },
    { name: `${name}Path`, shape: 'string' as const, description: `Like ${name}, comparing with the timestamp a JSONPath selects.` },
  ]),
  { name: 'IsNull', shape: 'boolean', description: 'True when the Variable is (or is not, with false) null.' },
  { name: 'IsPresent', shape: 'boolean', description: 'True when the Variable exists (or does not, with false) in the input.' },
  { name: 'IsNumeric', shape: 'boolean', description: 'True when the Variable is (or is not) a number.' },
  { name: 'IsString', shape: 'boolean', description: 'True when the Variable is (or is not) a string.' },
  { name: 'IsBoolean', shape: 'boolean', description: 'True when the Variable is (or is not) a boolean.' },
  { name: 'IsTimestamp', shape: 'boolean', description: 'True when the Variable is (or is not) an ISO 8601 timestamp string.' },
];

/** Allowed values of enumerated fields, by field name. */
export const ENUM_VALUES: Readonly<Record<string, readonly string[]>> = {
  QueryLanguage: ['JSONPath', 'JSONata'],
  Mode: ['INLINE', 'DISTRIBUTED'],
  ExecutionType: ['STANDARD', 'EXPRESS'],
  JitterStrategy: ['FULL', 'NONE'],
  InputType: ['CSV', 'JSON', 'JSONL', 'MANIFEST', 'PARQUET'],
  CSVHeaderLocation: ['FIRST_ROW', 'GIVEN'],
  CSVDelimiter: ['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB'],
  ManifestType: ['S3_INVENTORY', 'ATHENA_DATA'],
  OutputType: ['JSON', 'JSONL'],
  Transformation: ['NONE', 'COMPACT', 'FLATTEN'],
};

export interface FunctionDoc {
  name: string;
  signature: string;
  description: string;
}

const INTRINSIC_DESCRIPTIONS: Readonly<Record<string, [string, string]>> = {
  'States.Format': ['States.Format(template, ...values)', 'Builds a string: each `{}` in the template is replaced by the next value.'],
  'States.StringToJson': ['States.StringToJson(string)', 'Parses a JSON string into a value.'],
  'States.JsonToString': ['States.JsonToString(value)', 'Serializes a value to a JSON string.'],
  'States.Array': ['States.Array(...values)', 'Makes an array of its arguments.'],
  'States.ArrayPartition': ['States.ArrayPartition(array, chunkSize)', 'Splits an array into chunks of at most chunkSize items.'],
  'States.ArrayContains': ['States.ArrayContains(array, value)', 'true when the array holds the value.'],
  'States.ArrayRange': [
    'States.ArrayRange(first, last, step)',
    'An array of numbers from first to last (inclusive) by step; at most 1000 items.',
  ],
  'States.ArrayGetItem': ['States.ArrayGetItem(array, index)', 'The item at a zero-based index.'],
  'States.ArrayLength': ['States.ArrayLength(array)', 'The number of items of an array.'],
  'States.ArrayUnique': ['States.ArrayUnique(array)', 'The array without duplicate values, first occurrences kept.'],
  'States.Base64Encode': ['States.Base64Encode(string)', 'Encodes a string (up to 10,000 characters) in base64.'],
  'States.Base64Decode': ['States.Base64Decode(base64)', 'Decodes a base64 string.'],
  'States.Hash': ['States.Hash(value, algorithm)', 'The hex hash of a value with MD5, SHA-1, SHA-256, SHA-384 or SHA-512.'],
  'States.JsonMerge': [
    'States.JsonMerge(object1, object2, false)',
    'Merges two objects (shallow; the second wins). The third argument must be false.',
  ],
  'States.MathRandom': ['States.MathRandom(start, end[, seed])', 'A random integer from start (inclusive) to end (exclusive).'],
  'States.MathAdd': ['States.MathAdd(a, b)', 'The sum of two numbers.'],
  'States.StringSplit': ['States.StringSplit(string, delimiters)', 'Splits a string at any of the delimiter characters.'],
  'States.UUID': ['States.UUID()', 'A new version 4 UUID.'],
};

export const INTRINSIC_DOCS: readonly FunctionDoc[] = Object.keys(INTRINSIC_SIGNATURES).map((name) => {
  const [signature, description] = INTRINSIC_DESCRIPTIONS[name] ?? [`${name}(...)`, 'An intrinsic function.'];
  return { name, signature, description };
});

/** JSONata's standard library plus the functions Step Functions adds. */
export const JSONATA_FUNCTION_DOCS: readonly FunctionDoc[] = [
  ...(
    [
      ['$string', '$string(value[, prettify])', 'Converts a value to a string (JSON for objects and arrays).'],
      ['$length', '$length(str)', 'The number of characters of a string.'],
      ['$substring', '$substring(str, start[, length])', 'Part of a string, from a zero-based start (negative counts from the end).'],
      ['$substringBefore', '$substringBefore(str, chars)', 'The part of a string before the first occurrence of chars.'],
      ['$substringAfter', '$substringAfter(str, chars)', 'The part of a string after the first occurrence of chars.'],
      ['$uppercase', '$uppercase(str)', 'The string in upper case.'],
      ['$lowercase', '$lowercase(str)', 'The string in lower case.'],
      ['$trim', '$trim(str)', 'The string with surrounding whitespace removed and inner runs collapsed.'],
      ['$pad', '$pad(str, width[, char])', 'Pads a string to a width (negative pads on the left).'],
      ['$contains', '$contains(str, pattern)', 'true when the string contains the substring or matches the regex.'],
      ['$split', '$split(str, separator[, limit])', 'Splits a string into an array.'],
      ['$join', '$join(array[, separator])', 'Joins an array of strings.'],
      ['$match', '$match(str, pattern[, limit])', 'The matches of a regex in a string.'],
      ['$replace', '$replace(str, pattern, replacement[, limit])', 'Replaces occurrences of a substring or regex.'],
      ['$eval', '$eval(expr[, context])', 'Evaluates a JSONata expression given as a string.'],
      ['$base64encode', '$base64encode(str)', 'Encodes a string in base64.'],
      ['$base64decode', '$base64decode(str)', 'Decodes a base64 string.'],
      ['$encodeUrlComponent', '$encodeUrlComponent(str)', 'Percent-encodes a URL component.'],
      ['$encodeUrl', '$encodeUrl(str)', 'Percent-encodes a whole URL.'],
      ['$decodeUrlComponent', '$decodeUrlComponent(str)', 'Decodes a percent-encoded URL component.'],
      ['$decodeUrl', '$decodeUrl(str)', 'Decodes a percent-encoded URL.'],
      ['$number', '$number(value)', 'Converts a string or boolean to a number.'],
      ['$abs', '$abs(number)', 'The absolute value.'],
      ['$floor', '$floor(number)', 'Rounds down.'],
      ['$ceil', '$ceil(number)', 'Rounds up.'],
      ['$round', '$round(number[, precision])', "Rounds half to even (banker's rounding) to a number of decimals."],
      ['$power', '$power(base, exponent)', 'base raised to the exponent.'],
      ['$sqrt', '$sqrt(number)', 'The square root.'],
      ['$formatNumber', '$formatNumber(number, picture[, options])', 'Formats a number with a decimal picture string such as "#,##0.00".'],
      ['$formatBase', '$formatBase(number[, radix])', 'Writes a number in another base.'],
      ['$formatInteger', '$formatInteger(number, picture)', 'Writes an integer as words, roman numerals or with a picture.'],
      ['$parseInteger', '$parseInteger(str, picture)', 'Reads an integer written with a picture.'],
      ['$sum', '$sum(array)', 'The sum of an array of numbers.'],
      ['$max', '$max(array)', 'The largest number of an array.'],
      ['$min', '$min(array)', 'The smallest number of an array.'],
      ['$average', '$average(array)', 'The mean of an array of numbers.'],
      ['$boolean', '$boolean(value)', 'Converts a value to a boolean by JSONata truthiness.'],
      ['$not', '$not(value)', 'The boolean negation.'],
      ['$exists', '$exists(value)', 'true when the expression gives a value.'],
      ['$count', '$count(array)', 'The number of items of an array.'],
      ['$append', '$append(array1, array2)', 'Concatenates two arrays (or values).'],
      ['$sort', '$sort(array[, function])', 'Sorts an array, optionally with a comparison function.'],
      ['$reverse', '$reverse(array)', 'The array in reverse order.'],
      ['$shuffle', '$shuffle(array)', 'The array in random order.'],
      ['$distinct', '$distinct(array)', 'The array without duplicates.'],
      ['$zip', '$zip(array1, ...)', 'Pairs up items of arrays by position.'],
      ['$keys', '$keys(object)', 'The keys of an object.'],
      ['$lookup', '$lookup(object, key)', 'The value of a key.'],
      ['$spread', '$spread(object)', 'Splits an object into an array of one-key objects.'],
      ['$merge', '$merge(array)', 'Merges an array of objects into one.'],
      ['$sift', '$sift(object, function)', 'The entries of an object for which the function is true.'],
      ['$each', '$each(object, function)', 'Applies a function to each value and key of an object.'],
      ['$error', '$error(message)', 'Raises an error with a message.'],
      ['$assert', '$assert(condition, message)', 'Raises an error when the condition is false.'],
      ['$type', '$type(value)', 'The type of a value: "string", "number", "boolean", "array", "object", "function" or "null".'],
      ['$now', '$now([picture[, timezone]])', 'The current time as an ISO 8601 string (fixed for one evaluation).'],
      ['$millis', '$millis()', 'The current time in milliseconds since the epoch.'],
      ['$fromMillis', '$fromMillis(number[, picture[, timezone]])', 'Formats milliseconds since the epoch as a timestamp string.'],
      ['$toMillis', '$toMillis(timestamp[, picture])', 'Reads a timestamp string into milliseconds since the epoch.'],
      ['$map', '$map(array, function)', 'Applies a function to each item.'],
      ['$filter', '$filter(array, function)', 'The items for which the function is true.'],
      ['$single', '$single(array, function)', 'The one item for which the function is true (an error otherwise).'],
      ['$reduce', '$reduce(array, function[, init])', 'Folds an array into one value.'],
    ] as const
  ).map(([name, signature, description]) => ({ name, signature, description })),
  { name: '$partition', signature: '$partition(array, size)', description: 'Step Functions: splits an array into chunks of a given size.' },
  {
    name: '$range',
    signature: '$range(start, end, step)',
    description: 'Step Functions: an array of numbers from start to end (inclusive) by step.',
  },
  {
    name: '$hash',
    signature: '$hash(value, algorithm)',
    description: 'Step Functions: the hex hash of a value with MD5, SHA-1, SHA-256, SHA-384 or SHA-512.',
  },
  {
    name: '$random',
    signature: '$random([seed])',
    description: 'A random number from 0 (inclusive) to 1 (exclusive); Step Functions accepts an optional integer seed.',
  },
  { name: '$uuid', signature: '$uuid()', description: 'Step Functions: a new version 4 UUID.' },
  { name: '$parse', signature: '$parse(jsonString)', description: 'Step Functions: parses a JSON string into a value.' },
];

export interface ContextPathDoc {
  path: string;
  description: string;
}

/** The Context object (`$$.` in JSONPath, `$states.context.` in JSONata). */
export const CONTEXT_OBJECT_DOCS: readonly ContextPathDoc[] = [
  { path: 'Execution', description: 'The running execution.' },
  { path: 'Execution.Id', description: 'The ARN of the execution.' },
  { path: 'Execution.Input', description: 'The input the execution started with.' },
  { path: 'Execution.Name', description: 'The name of the execution.' },
  { path: 'Execution.RoleArn', description: 'The role the execution runs with.' },
  { path: 'Execution.StartTime', description: 'When the execution started (ISO 8601).' },
  { path: 'Execution.RedriveCount', description: 'How many times the execution was redriven.' },
  { path: 'Execution.RedriveTime', description: 'When the execution was last redriven.' },
  { path: 'State', description: 'The current state.' },
  { path: 'State.EnteredTime', description: 'When the current state was entered.' },
  { path: 'State.Name', description: 'The name of the current state.' },
  { path: 'State.RetryCount', description: 'How many retries the current state has made.' },
  { path: 'StateMachine', description: 'The state machine.' },
  { path: 'StateMachine.Id', description: 'The ARN of the state machine.' },
  { path: 'StateMachine.Name', description: 'The name of the state machine.' },
  { path: 'Task', description: 'The current task.' },
  {
    path: 'Task.Token',
    description:
      'The task token, for .waitForTaskToken integrations (also given to .sync integrations and activities): send it back with SendTaskSuccess or SendTaskFailure.',
  },
  { path: 'Map', description: 'The current Map iteration (in ItemSelector).' },
  { path: 'Map.Item', description: 'The current item.' },
  { path: 'Map.Item.Index', description: 'The zero-based index of the current item.' },
  { path: 'Map.Item.Value', description: 'The current item.' },
  { path: 'Map.Item.Source', description: 'Distributed Map: where the item came from (S3 object and line).' },
];

/** Where a `$states` member may be used, by the field (or catcher field) that holds the expression. */
export interface StatesMemberDoc {
  name: string;
  description: string;
}

export const STATES_MEMBER_DOCS: Readonly<Record<'input' | 'context' | 'result' | 'errorOutput', StatesMemberDoc>> = {
  input: { name: 'input', description: "The state's input." },
  context: { name: 'context', description: 'The Context object: Execution, State, StateMachine, Task, Map.' },
  result: { name: 'result', description: 'The result of the Task, Parallel or Map (in Output and Assign only).' },
  errorOutput: { name: 'errorOutput', description: 'The error that was caught, with Error and Cause (in a Catch Output and Assign only).' },
};

/**
 * The `$states` members valid in an expression, given the state type, the field and whether the
 * field is in a catcher: result only after a Task/Parallel/Map ran (Output, Assign), errorOutput
 * only in a catcher.
 */
export function statesMembersFor(stateType: StateType | undefined, field: string | undefined, inCatcher: boolean): StatesMemberDoc[] {
  const members = [STATES_MEMBER_DOCS.input, STATES_MEMBER_DOCS.context];
  const afterResult = field === 'Output' || field === 'Assign';
  if (inCatcher) {
    if (afterResult) members.push(STATES_MEMBER_DOCS.errorOutput);
  } else if (afterResult && (stateType === 'Task' || stateType === 'Parallel' || stateType === 'Map')) {
    members.push(STATES_MEMBER_DOCS.result);
  }
  return members;
}
