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

const common: Record<string, FieldSpec> = {
  Type: plain({ type: 'string' }, 'a state type'),
  Comment: text,
  QueryLanguage: queryLanguageField,
};
const inputOutput: Record<string, FieldSpec> = { InputPath: nullablePath, OutputPath: nullablePath };
const transition: Record<string, FieldSpec> = { Next: stateName, End: endField };
const assign: Record<string, FieldSpec> = { Assign: plain({ type: 'object' }, 'an object of variable assignments') };
const output: Record<string, FieldSpec> = { Output: anyValue('JSONata') };
const errorHandling: Record<string, FieldSpec> = {
  Retry: plain({ type: 'array', items: { type: 'object' } }, 'an array of retriers (objects)'),
  Catch: plain({ type: 'array', items: { type: 'object' } }, 'an array of catchers (objects)'),
};
const result: Record<string, FieldSpec> = { ResultPath: nullablePath, ResultSelector: payload('JSONPath') };

export const stateFields: Record<StateType, Record<string, FieldSpec>> = {
  Pass: {
    ...common,
    ...inputOutput,
    ...transition,
    ...assign,
    ...output,
    Parameters: parameters,
    Result: anyValue('JSONPath'),
    ResultPath: nullablePath,
  },
  Task: {
    ...common,
    ...inputOutput,
    ...transition,
    ...assign,
    ...output,
    ...result,
    ...errorHandling,
    // An object here is a CloudFormation intrinsic ({"Fn::GetAtt": ...}); the resource rule checks it.
    Resource: plain({ type: ['string', 'object'] }, 'an ARN string'),
    Parameters: parameters,
    Arguments: jsonataValue,
    // In JSONPath states Credentials is a payload template ("RoleArn.$" and friends); in JSONata
    // states it is checked field by field (stateObjects).
    Credentials: {
      schema: (language) => ({ type: language === 'JSONata' ? ['object', 'string'] : 'object' }),
      expected: () => 'an object with "RoleArn"',
    },
    TimeoutSeconds: integer(1, 99999999, ' (seconds)'),
    TimeoutSecondsPath: path(),
    HeartbeatSeconds: integer(1, 99999999, ' (seconds)'),
    HeartbeatSecondsPath: path(),
  },
  Choice: {
    ...common,
    ...inputOutput,
    ...assign,
    ...output,
    Choices: plain({ type: 'array', minItems: 1, items: { type: 'object' } }, 'a non-empty array of choice rules (objects)'),
    Default: stateName,
  },
  Wait: {
    ...common,
    ...inputOutput,
    ...transition,
    ...assign,
    ...output,
    Seconds: integer(0, 99999999, ' (seconds)'),
    SecondsPath: path(),
    Timestamp: textOrJsonata,
    TimestampPath: path(),
  },
  Succeed: { ...common, ...inputOutput, ...output },
  Fail: { ...common, Error: textOrJsonata, ErrorPath: path(), Cause: textOrJsonata, CausePath: path() },
  Parallel: {
    ...common,
    ...inputOutput,
    ...transition,
    ...assign,
    ...output,
    ...result,
    ...errorHandling,
    Branches: plain(
      { type: 'array', minItems: 1, items: { type: 'object' } },
      'a non-empty array of branches (objects with StartAt and States)',
    ),
    Parameters: parameters,
    Arguments: jsonataValue,
  },
  Map: {
    ...common,
    ...inputOutput,
    ...transition,
    ...assign,
    ...output,
    ...result,
    ...errorHandling,
    ItemProcessor: plain({ type: 'object' }, 'an object with StartAt and States'),
    Iterator: plain({ type: 'object' }, 'an object with StartAt and States'),
    ItemsPath: path(),
    Items: {
      schema: () => ({ type: ['array', 'string'] }),
      expected: () => 'an array or a JSONata expression "{% ... %}"',
      only: 'JSONata',
    },
    ItemSelector: payload(),
    Parameters: parameters,
    ItemReader: plain({ type: 'object' }, 'an object'),
    ItemBatcher: plain({ type: 'object' }, 'an object'),
    ResultWriter: plain({ type: 'object' }, 'an object'),
    MaxConcurrency: integer(0),
    MaxConcurrencyPath: path(),
    ToleratedFailureCount: integer(0),
    ToleratedFailureCountPath: path(),
    ToleratedFailurePercentage: number(0, 100),
    ToleratedFailurePercentagePath: path(),
    Label: plain({ type: 'string' }, 'a string'),
  },
};

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
