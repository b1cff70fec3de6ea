/**
 * The structure of current Amazon States Language as data: which fields each state type has, in
 * which query language, and the JSON Schema of each value. The JSON Schemas given to ajv are built
 * from these tables (see schemas.ts), and the same tables give the human messages: what a field
 * should hold, which state types have it, and what to use instead in the other query language.
 */
import type { QueryLanguage, StateType } from '../../model/types';
import { PLACEHOLDER_OR_JSONATA_PATTERN, PLACEHOLDER_PATTERN } from '../placeholders';

export type JsonSchema = Record<string, unknown>;

export interface FieldSpec {
  /** The JSON Schema of the value, for the state's query language. */
  schema: (language: QueryLanguage) => JsonSchema;
  /** What the value must be, completing "must be ..." in messages. */
  expected: (language: QueryLanguage) => string;
  /** Set when the field exists in one query language only. */
  only?: QueryLanguage;
}

/** An integer field; `${...}` placeholders always, and JSONata expressions in JSONata states. */
function integer(minimum: number, maximum?: number, unit = ''): FieldSpec {
  const range =
    maximum === undefined
      ? minimum === 0
        ? 'a non-negative integer'
        : minimum === 1
          ? 'a positive integer'
          : `an integer of at least ${minimum}`
      : `an integer from ${minimum} to ${maximum}`;
  return {
    schema: (language) => ({
      type: ['integer', 'string'],
      minimum,
      ...(maximum === undefined ? {} : { maximum }),
      pattern: language === 'JSONata' ? PLACEHOLDER_OR_JSONATA_PATTERN : PLACEHOLDER_PATTERN,
    }),
    expected: (language) => `${range}${unit}${language === 'JSONata' ? ' or a JSONata expression "{% ... %}"' : ''}`,
  };
}

/** A number field (BackoffRate, ToleratedFailurePercentage). */
function number(minimum: number, maximum?: number, jsonata = true): FieldSpec {
  const range = maximum === undefined ? `a number of at least ${minimum}` : `a number from ${minimum} to ${maximum}`;
  return {
    schema: (language) => ({
      type: ['number', 'string'],
      minimum,
      ...(maximum === undefined ? {} : { maximum }),
      pattern: language === 'JSONata' && jsonata ? PLACEHOLDER_OR_JSONATA_PATTERN : PLACEHOLDER_PATTERN,
    }),
    expected: (language) => `${range}${language === 'JSONata' && jsonata ? ' or a JSONata expression "{% ... %}"' : ''}`,
  };
}

function plain(schema: JsonSchema, expected: string, only?: QueryLanguage): FieldSpec {
  return { schema: () => schema, expected: () => expected, only };
}

/**
 * A number in a retrier: no JSONata there. Strings starting with "$" pass the schema: the service
 * accepts them when the machine is created (they fail at run time), so the retry rule reports them
 * as warnings instead.
 */
function retrierNumber(spec: FieldSpec): FieldSpec {
  return {
    schema: () => ({ ...spec.schema('JSONPath'), pattern: '^(\\$\\{[^{}]+\\}|\\$.*)$' }),
    expected: () => spec.expected('JSONPath'),
  };
}

const text = plain({ type: 'string' }, 'a string');
const path = (only: QueryLanguage = 'JSONPath') => plain({ type: 'string' }, 'a JSONPath string starting with "$"', only);
const nullablePath = plain({ type: ['string', 'null'] }, 'a JSONPath string starting with "$", or null', 'JSONPath');
const payload = (only?: QueryLanguage) => plain({ type: 'object' }, 'an object (a payload template)', only);
/** Parameters may be any JSON value: an array or a string is passed on as it is. */
const parameters = plain({}, 'any JSON value', 'JSONPath');
const jsonataValue: FieldSpec = {
  schema: () => ({ type: ['object', 'string'] }),
  expected: () => 'an object or a JSONata expression "{% ... %}"',
  only: 'JSONata',
};
const anyValue = (only?: QueryLanguage) => plain({}, 'any JSON value', only);
const stateName = plain({ type: 'string' }, 'the name of a state (a string)');
const endField = plain({ type: 'boolean' }, 'true');
const textOrJsonata: FieldSpec = {
  schema: () => ({ type: 'string' }),
  expected: (language) => (language === 'JSONata' ? 'a string or a JSONata expression "{% ... %}"' : 'a string'),
};

export const queryLanguageField = plain({ enum: ['JSONPath', 'JSONata'] }, '"JSONPath" or "JSONata"');

const errorEquals = plain({ type: 'array', minItems: 1, items: { type: 'string' } }, 'a non-empty array of error names (strings)');

export const retrierFields: Record<string, FieldSpec> = {
  ErrorEquals: errorEquals,
  IntervalSeconds: retrierNumber(integer(1, 99999999)),
  MaxAttempts: retrierNumber(integer(0, 99999999)),
  BackoffRate: retrierNumber(number(1, undefined, false)),
  MaxDelaySeconds: retrierNumber(integer(1, 31622400)),
  JitterStrategy: plain({ enum: ['FULL', 'NONE'] }, '"FULL" or "NONE"'),
  Comment: text,
};
export const retrierRequired = ['ErrorEquals'];

export const catcherFields: Record<string, FieldSpec> = {
  ErrorEquals: errorEquals,
  Next: stateName,
  ResultPath: nullablePath,
  Assign: plain({ type: 'object' }, 'an object of variable assignments'),
  Output: anyValue('JSONata'),
  Comment: text,
};
export const catcherRequired = ['ErrorEquals', 'Next'];

export const credentialsFields: Record<string, FieldSpec> = {
  RoleArn: textOrJsonata,
  'RoleArn.$': path(),
};

const readerConfigFields: Record<string, FieldSpec> = {
  InputType: plain({ enum: ['CSV', 'JSON', 'JSONL', 'MANIFEST', 'PARQUET'] }, '"CSV", "JSON", "JSONL", "MANIFEST" or "PARQUET"'),
  CSVHeaderLocation: plain({ enum: ['FIRST_ROW', 'GIVEN'] }, '"FIRST_ROW" or "GIVEN"'),
  CSVHeaders: plain({ type: 'array', items: { type: 'string' } }, 'an array of column names'),
  CSVDelimiter: plain({ enum: ['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB'] }, '"COMMA", "PIPE", "SEMICOLON", "SPACE" or "TAB"'),
  MaxItems: integer(0, 100000000),
  MaxItemsPath: path(),
  ManifestType: plain({ enum: ['S3_INVENTORY', 'ATHENA_DATA'] }, '"S3_INVENTORY" or "ATHENA_DATA"'),
};

/** Nested objects of states: their fields and required fields, by the field that holds them. */
export interface ObjectSpec {
  fields: Record<string, FieldSpec>;
  required: string[];
  /** Newer service features may add fields here; unknown ones are not flagged. */
  open?: boolean;
  /** Nested object fields, validated with their own spec. */
  objects?: Record<string, ObjectSpec>;
}

export const itemReaderSpec: ObjectSpec = {
  fields: {
    Resource: text,
    Parameters: payload('JSONPath'),
    Arguments: jsonataValue,
    ReaderConfig: plain({ type: 'object' }, 'an object'),
  },
  required: ['Resource'],
  objects: { ReaderConfig: { fields: readerConfigFields, required: [], open: true } },
};

export const itemBatcherSpec: ObjectSpec = {
  fields: {
    MaxItemsPerBatch: integer(1),
    MaxItemsPerBatchPath: path(),
    MaxInputBytesPerBatch: integer(1, 262144),
    MaxInputBytesPerBatchPath: path(),
    BatchInput: {
      schema: (language) => ({ type: language === 'JSONata' ? ['object', 'string'] : 'object' }),
      expected: (language) => (language === 'JSONata' ? 'an object or a JSONata expression' : 'an object'),
    },
  },
  required: [],
};

export const resultWriterSpec: ObjectSpec = {
  fields: {
    Resource: text,
    Parameters: payload('JSONPath'),
    Arguments: jsonataValue,
    WriterConfig: plain({ type: 'object' }, 'an object'),
  },
  required: [],
  objects: {
    WriterConfig: {
      fields: {
        OutputType: plain({ enum: ['JSON', 'JSONL'] }, '"JSON" or "JSONL"'),
        Transformation: plain({ enum: ['NONE', 'COMPACT', 'FLATTEN'] }, '"NONE", "COMPACT" or "FLATTEN"'),
      },
      required: [],
      open: true,
    },
  },
};

export const processorConfigSpec: ObjectSpec = {
  fields: {
    Mode: plain({ enum: ['INLINE', 'DISTRIBUTED'] }, '"INLINE" or "DISTRIBUTED"'),
    ExecutionType: plain({ enum: ['STANDARD', 'EXPRESS'] }, '"STANDARD" or "EXPRESS"'),
  },
  required: [],
};

/** A scope object: the machine's top level, a Parallel branch, a Map ItemProcessor or Iterator. */
const scopeCommon: Record<string, FieldSpec> = {
  StartAt: stateName,
  States: plain({ type: 'object' }, 'an object of states by name'),
  Comment: text,
};
export const machineFields: Record<string, FieldSpec> = {
  ...scopeCommon,
  Version: plain({ type: 'string' }, 'a string such as "1.0"'),
  TimeoutSeconds: integer(1, 31536000),
  QueryLanguage: queryLanguageField,
};
export const branchFields: Record<string, FieldSpec> = { ...scopeCommon };
export const itemProcessorFields: Record<string, FieldSpec> = { ...scopeCommon, ProcessorConfig: plain({ type: 'object' }, 'an object') };
/** The legacy Iterator also takes ProcessorConfig (LocalStack records AWS accepting it). */
export const iteratorFields: Record<string, FieldSpec> = itemProcessorFields;
export const scopeRequired = ['StartAt', 'States'];

/** What the expression checks do with a field's value in a JSONPath state (semantics/expressionSites.ts). */
export type JsonPathFieldRole =
  /** Any path (InputPath, OutputPath). */
  | 'path'
  /** A reference path: definite, no functions (ItemsPath, SecondsPath...). */
  | 'reference'
  /** ResultPath: a reference path into the input, or null. */
  | 'resultPath'
  /** ErrorPath, CausePath: a path or one of the string intrinsics. */
  | 'errorCause'
  /** A payload template: `"key.$": path or intrinsic` (Parameters, ResultSelector, ItemSelector, Assign...). */
  | 'template'
  /** Objects whose own fields hold templates and paths. */
  | 'ItemReader'
  | 'ItemBatcher'
  | 'ResultWriter';

/** The kind of JSON value a field holds, for inserting it with an empty value of the right kind. */
export type FieldShape = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'any';

/** Everything known about one field of a state: the one table the schema, docs, completion and expression checks read. */
export interface StateField {
  /** The state types that have the field. */
  readonly types: readonly StateType[] | 'all';
  /** Its value's JSON Schema and message, per query language; `spec.only` when it exists in one language only. */
  readonly spec: FieldSpec;
  /** Set when JSONPath states check the value as a path or template. */
  readonly jsonPathRole?: JsonPathFieldRole;
  /** Set when JSONata states evaluate the value's `{% %}` expressions. */
  readonly jsonata?: true;
  readonly shape: FieldShape;
  /** Hover and completion documentation, in our own words. */
  readonly description: string;
}

const ALL_BUT_FAIL: StateType[] = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Parallel', 'Map'];
const FLOW: StateType[] = ['Task', 'Pass', 'Wait', 'Parallel', 'Map'];
const ASSIGNING: StateType[] = ['Task', 'Pass', 'Choice', 'Wait', 'Parallel', 'Map'];
const WORKERS: StateType[] = ['Task', 'Parallel', 'Map'];

/** The fields of states, by name, in the order completion offers them. */
export const STATE_FIELDS: Readonly<Record<string, StateField>> = {
  Type: {
    types: 'all',
    spec: plain({ type: 'string' }, 'a state type'),
    shape: 'string',
    description: 'The kind of state: Task, Pass, Choice, Wait, Succeed, Fail, Parallel or Map.',
  },
  Comment: {
    types: 'all',
    spec: text,
    shape: 'string',
    description: 'A human-readable description; ignored when running.',
  },
  QueryLanguage: {
    types: 'all',
    spec: queryLanguageField,
    shape: 'string',
    description: 'The language of the expressions in this state, overriding the machine: JSONPath (default) or JSONata.',
  },
  Next: {
    types: FLOW,
    spec: stateName,
    shape: 'string',
    description: 'The state to run after this one (in the same scope).',
  },
  End: {
    types: FLOW,
    spec: endField,
    shape: 'boolean',
    description: 'true when this state ends its scope (the execution, a branch or an iteration).',
  },
  InputPath: {
    types: ALL_BUT_FAIL,
    spec: nullablePath,
    jsonPathRole: 'path',
    shape: 'string',
    description: 'A JSONPath that selects the part of the input the state works on. Default `$` (all of it).',
  },
  OutputPath: {
    types: ALL_BUT_FAIL,
    spec: nullablePath,
    jsonPathRole: 'path',
    shape: 'string',
    description: 'A JSONPath that selects the part of the result to pass on. Default `$`.',
  },
  Parameters: {
    types: ['Task', 'Pass', 'Parallel', 'Map'],
    spec: parameters,
    jsonPathRole: 'template',
    shape: 'object',
    description:
      'A payload template: the input of the task (or Pass, Parallel, Map). Keys ending in `.$` take a JSONPath or intrinsic function.',
  },
  ResultSelector: {
    types: WORKERS,
    spec: payload('JSONPath'),
    jsonPathRole: 'template',
    shape: 'object',
    description: 'A payload template applied to the raw result before ResultPath.',
  },
  ResultPath: {
    types: ['Task', 'Pass', 'Parallel', 'Map'],
    spec: nullablePath,
    jsonPathRole: 'resultPath',
    shape: 'string',
    description: 'Where to put the result in the input: `$` replaces the input, `$.x` adds it under x, null discards it.',
  },
  Result: {
    types: ['Pass'],
    spec: anyValue('JSONPath'),
    shape: 'any',
    description: 'Fixed data a Pass state outputs instead of its input.',
  },
  Arguments: {
    types: ['Task', 'Parallel'],
    spec: jsonataValue,
    jsonata: true,
    shape: 'object',
    description: 'The input of the task (JSONata): an object whose values may be `{% %}` expressions, or a single expression.',
  },
  Output: {
    types: ALL_BUT_FAIL,
    spec: anyValue('JSONata'),
    jsonata: true,
    shape: 'any',
    description:
      'The output of the state (JSONata): any value, `{% %}` expressions allowed. Default: the input (or the result for Task, Parallel, Map).',
  },
  Assign: {
    types: ASSIGNING,
    spec: plain({ type: 'object' }, 'an object of variable assignments'),
    jsonPathRole: 'template',
    jsonata: true,
    shape: 'object',
    description:
      'Variables to set when the state completes: names mapped to values (JSONPath templates or JSONata expressions). Later states read them as `$name`.',
  },
  Resource: {
    types: ['Task'],
    // An object here is a CloudFormation intrinsic ({"Fn::GetAtt": ...}); the resource rule checks it.
    spec: plain({ type: ['string', 'object'] }, 'an ARN string'),
    shape: 'string',
    description:
      'What the Task calls: an integration ARN such as `arn:aws:states:::lambda:invoke`, an AWS SDK integration, a Lambda function ARN or an activity ARN.',
  },
  Credentials: {
    types: ['Task'],
    // In JSONPath states Credentials is a payload template ("RoleArn.$" and friends); in JSONata
    spec:
      // states it is checked field by field (stateObjects).
      {
        schema: (language) => ({ type: language === 'JSONata' ? ['object', 'string'] : 'object' }),
        expected: () => 'an object with "RoleArn"',
      },
    jsonPathRole: 'template',
    jsonata: true,
    shape: 'object',
    description: 'A role (`RoleArn`) the Task assumes to make its call, e.g. in another account.',
  },
  TimeoutSeconds: {
    types: ['Task'],
    spec: integer(1, 99999999, ' (seconds)'),
    jsonata: true,
    shape: 'number',
    description: 'The longest the Task may run before failing with States.Timeout. Default: 99999999.',
  },
  TimeoutSecondsPath: {
    types: ['Task'],
    spec: path(),
    jsonPathRole: 'reference',
    shape: 'string',
    description: 'A JSONPath to the timeout in the input.',
  },
  HeartbeatSeconds: {
    types: ['Task'],
    spec: integer(1, 99999999, ' (seconds)'),
    jsonata: true,
    shape: 'number',
    description:
      'The longest the Task may go without a heartbeat (SendTaskHeartbeat) before failing with States.HeartbeatTimeout. Must be below TimeoutSeconds.',
  },
  HeartbeatSecondsPath: {
    types: ['Task'],
    spec: path(),
    jsonPathRole: 'reference',
    shape: 'string',
    description: 'A JSONPath to the heartbeat interval in the input.',
  },
  Retry: {
    types: WORKERS,
    spec: plain({ type: 'array', items: { type: 'object' } }, 'an array of retriers (objects)'),
    shape: 'array',
    description: 'Retriers: which errors to retry, how often and how long to wait between attempts. Tried in order.',
  },
  Catch: {
    types: WORKERS,
    spec: plain({ type: 'array', items: { type: 'object' } }, 'an array of catchers (objects)'),
    shape: 'array',
    description: 'Catchers: which errors to handle and the state to go to instead of failing. Tried in order, after retries run out.',
  },
  Choices: {
    types: ['Choice'],
    spec: plain({ type: 'array', minItems: 1, items: { type: 'object' } }, 'a non-empty array of choice rules (objects)'),
    shape: 'array',
    description: 'The rules, tried in order; the first that matches decides the next state.',
  },
  Default: {
    types: ['Choice'],
    spec: stateName,
    shape: 'string',
    description: 'The state to go to when no rule matches. Without it, the execution fails with States.NoChoiceMatched.',
  },
  Seconds: {
    types: ['Wait'],
    spec: integer(0, 99999999, ' (seconds)'),
    jsonata: true,
    shape: 'number',
    description: 'How many seconds to wait.',
  },
  SecondsPath: {
    types: ['Wait'],
    spec: path(),
    jsonPathRole: 'reference',
    shape: 'string',
    description: 'A JSONPath to the number of seconds in the input.',
  },
  Timestamp: {
    types: ['Wait'],
    spec: textOrJsonata,
    jsonata: true,
    shape: 'string',
    description: 'Wait until this time (ISO 8601, e.g. 2026-01-01T00:00:00Z).',
  },
  TimestampPath: {
    types: ['Wait'],
    spec: path(),
    jsonPathRole: 'reference',
    shape: 'string',
    description: 'A JSONPath to the timestamp in the input.',
  },
  Error: {
    types: ['Fail'],
    spec: textOrJsonata,
    jsonata: true,
    shape: 'string',
    description: 'The error name the execution fails with.',
  },
  ErrorPath: {
    types: ['Fail'],
    spec: path(),
    jsonPathRole: 'errorCause',
    shape: 'string',
    description: 'A JSONPath (or intrinsic) giving the error name.',
  },
  Cause: {
    types: ['Fail'],
    spec: textOrJsonata,
    jsonata: true,
    shape: 'string',
    description: 'A human-readable reason for the failure.',
  },
  CausePath: {
    types: ['Fail'],
    spec: path(),
    jsonPathRole: 'errorCause',
    shape: 'string',
    description: 'A JSONPath (or intrinsic) giving the cause.',
  },
  Branches: {
    types: ['Parallel'],
    spec: plain(
      { type: 'array', minItems: 1, items: { type: 'object' } },
      'a non-empty array of branches (objects with StartAt and States)',
    ),
    shape: 'array',
    description: 'The branches to run in parallel, each with its own StartAt and States.',
  },
  ItemProcessor: {
    types: ['Map'],
    spec: plain({ type: 'object' }, 'an object with StartAt and States'),
    shape: 'object',
    description: 'The state machine run for each item: StartAt, States and ProcessorConfig (INLINE or DISTRIBUTED).',
  },
  Iterator: {
    types: ['Map'],
    spec: plain({ type: 'object' }, 'an object with StartAt and States'),
    shape: 'object',
    description: 'The older name of ItemProcessor (inline Map only). Prefer ItemProcessor.',
  },
  ItemsPath: {
    types: ['Map'],
    spec: path(),
    jsonPathRole: 'reference',
    shape: 'string',
    description: 'A JSONPath to the array to iterate over. Default `$`.',
  },
  Items: {
    types: ['Map'],
    spec: {
      schema: () => ({ type: ['array', 'string'] }),
      expected: () => 'an array or a JSONata expression "{% ... %}"',
      only: 'JSONata',
    },
    jsonata: true,
    shape: 'string',
    description: 'The array to iterate over (JSONata): an array or a `{% %}` expression.',
  },
  ItemSelector: {
    types: ['Map'],
    spec: payload(),
    jsonPathRole: 'template',
    jsonata: true,
    shape: 'object',
    description:
      'Reshapes each item before it is processed; `$$.Map.Item.Value` and `$$.Map.Item.Index` (or `$states.context.Map.Item`) give the item.',
  },
  ItemReader: {
    types: ['Map'],
    spec: plain({ type: 'object' }, 'an object'),
    jsonPathRole: 'ItemReader',
    jsonata: true,
    shape: 'object',
    description:
      'Distributed Map: reads the items from S3 (a CSV, JSON, JSONL or Parquet file, an inventory manifest, or an object listing).',
  },
  ItemBatcher: {
    types: ['Map'],
    spec: plain({ type: 'object' }, 'an object'),
    jsonPathRole: 'ItemBatcher',
    jsonata: true,
    shape: 'object',
    description: 'Distributed Map: groups items into batches for each child execution.',
  },
  ResultWriter: {
    types: ['Map'],
    spec: plain({ type: 'object' }, 'an object'),
    jsonPathRole: 'ResultWriter',
    jsonata: true,
    shape: 'object',
    description: 'Distributed Map: writes the results of the child executions to S3.',
  },
  MaxConcurrency: {
    types: ['Map'],
    spec: integer(0),
    jsonata: true,
    shape: 'number',
    description: 'How many iterations may run at once; 0 means as many as possible.',
  },
  MaxConcurrencyPath: {
    types: ['Map'],
    spec: path(),
    jsonPathRole: 'reference',
    shape: 'string',
    description: 'A JSONPath to MaxConcurrency in the input.',
  },
  ToleratedFailureCount: {
    types: ['Map'],
    spec: integer(0),
    jsonata: true,
    shape: 'number',
    description: 'Distributed Map: how many items may fail before the Map fails.',
  },
  ToleratedFailureCountPath: {
    types: ['Map'],
    spec: path(),
    jsonPathRole: 'reference',
    shape: 'string',
    description: 'A JSONPath to ToleratedFailureCount in the input.',
  },
  ToleratedFailurePercentage: {
    types: ['Map'],
    spec: number(0, 100),
    jsonata: true,
    shape: 'number',
    description: 'Distributed Map: what percentage of items may fail before the Map fails.',
  },
  ToleratedFailurePercentagePath: {
    types: ['Map'],
    spec: path(),
    jsonPathRole: 'reference',
    shape: 'string',
    description: 'A JSONPath to ToleratedFailurePercentage in the input.',
  },
  Label: {
    types: ['Map'],
    spec: plain({ type: 'string' }, 'a string'),
    shape: 'string',
    description: 'Distributed Map: a label for the child executions (at most 40 characters).',
  },
};

const STATE_TYPE_LIST: readonly StateType[] = ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];

/** The fields each state type has, with their specs (read by the JSON Schema and the structure rule). */
export const stateFields: Record<StateType, Record<string, FieldSpec>> = Object.fromEntries(
  STATE_TYPE_LIST.map((type) => [
    type,
    Object.fromEntries(
      Object.entries(STATE_FIELDS)
        .filter(([, field]) => field.types === 'all' || field.types.includes(type))
        .map(([name, field]) => [name, field.spec]),
    ),
  ]),
) as Record<StateType, Record<string, FieldSpec>>;

export const stateRequired: Record<StateType, string[]> = {
  Pass: ['Type'],
  Task: ['Type', 'Resource'],
  Choice: ['Type', 'Choices'],
  Wait: ['Type'],
  Succeed: ['Type'],
  Fail: ['Type'],
  Parallel: ['Type', 'Branches'],
  Map: ['Type'],
};

/** Objects nested in states, validated inside the state's schema. */
export const stateObjects: Partial<Record<StateType, Record<string, ObjectSpec>>> = {
  Task: { Credentials: { fields: credentialsFields, required: [] } }, // JSONata states only: see stateSchema
  Map: { ItemReader: itemReaderSpec, ItemBatcher: itemBatcherSpec, ResultWriter: resultWriterSpec },
};

/**
 * What to write instead of a field of the other query language. Keyed by field; the value is the
 * advice for a state of the other language.
 */
export const otherLanguageAdvice: Record<string, string> = {
  // JSONPath fields met in a JSONata state.
  Parameters: 'use "Arguments" (or "ItemSelector" in a Map state) with JSONata expressions "{% ... %}"',
  InputPath: 'JSONata states read their input through "$states.input" in "Arguments" or "Output"',
  OutputPath: 'use "Output" to shape the state output',
  ResultPath: 'use "Output" (and "Assign") to combine the result with the input',
  ResultSelector: 'use "Output" with "$states.result"',
  Result: 'use "Output"',
  ItemsPath: 'use "Items" with a JSONata expression',
  SecondsPath: 'use "Seconds" with a JSONata expression',
  TimestampPath: 'use "Timestamp" with a JSONata expression',
  TimeoutSecondsPath: 'use "TimeoutSeconds" with a JSONata expression',
  HeartbeatSecondsPath: 'use "HeartbeatSeconds" with a JSONata expression',
  ErrorPath: 'use "Error" with a JSONata expression',
  CausePath: 'use "Cause" with a JSONata expression',
  MaxConcurrencyPath: 'use "MaxConcurrency" with a JSONata expression',
  ToleratedFailureCountPath: 'use "ToleratedFailureCount" with a JSONata expression',
  ToleratedFailurePercentagePath: 'use "ToleratedFailurePercentage" with a JSONata expression',
  MaxItemsPath: 'use "MaxItems" with a JSONata expression',
  MaxItemsPerBatchPath: 'use "MaxItemsPerBatch" with a JSONata expression',
  MaxInputBytesPerBatchPath: 'use "MaxInputBytesPerBatch" with a JSONata expression',
  'RoleArn.$': 'use "RoleArn" with a JSONata expression',
  // JSONata fields met in a JSONPath state.
  Arguments: 'use "Parameters" (keys ending in ".$" take paths), or set "QueryLanguage": "JSONata" on the state',
  Output: 'use "OutputPath" or "ResultSelector", or set "QueryLanguage": "JSONata" on the state',
  Items: 'use "ItemsPath", or set "QueryLanguage": "JSONata" on the state',
};

/** The field to use in the other query language, for quick fixes. */
export const otherLanguageReplacement: Record<string, string> = {
  Parameters: 'Arguments',
  ResultSelector: 'Output',
  OutputPath: 'Output',
  Result: 'Output',
  ItemsPath: 'Items',
  SecondsPath: 'Seconds',
  TimestampPath: 'Timestamp',
  TimeoutSecondsPath: 'TimeoutSeconds',
  HeartbeatSecondsPath: 'HeartbeatSeconds',
  ErrorPath: 'Error',
  CausePath: 'Cause',
  MaxConcurrencyPath: 'MaxConcurrency',
  ToleratedFailureCountPath: 'ToleratedFailureCount',
  ToleratedFailurePercentagePath: 'ToleratedFailurePercentage',
  Arguments: 'Parameters',
  Items: 'ItemsPath',
};

/** Fields that exclude each other: at most one of each group. */
export const exclusiveGroups: Partial<Record<StateType, string[][]>> = {
  Task: [
    ['TimeoutSeconds', 'TimeoutSecondsPath'],
    ['HeartbeatSeconds', 'HeartbeatSecondsPath'],
  ],
  Wait: [['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath']],
  Fail: [
    ['Error', 'ErrorPath'],
    ['Cause', 'CausePath'],
  ],
  Map: [
    ['ItemProcessor', 'Iterator'],
    ['ItemSelector', 'Parameters'],
    ['MaxConcurrency', 'MaxConcurrencyPath'],
    ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
    ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
  ],
};
export const nestedExclusiveGroups: Record<string, string[][]> = {
  ItemBatcher: [
    ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'],
    ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'],
  ],
  ReaderConfig: [['MaxItems', 'MaxItemsPath']],
  Credentials: [['RoleArn', 'RoleArn.$']],
};

/** The state types that have a field (in either language), for "belongs to" messages. */
export function stateTypesWithField(field: string): StateType[] {
  return (Object.keys(stateFields) as StateType[]).filter((type) => field in stateFields[type]);
}
