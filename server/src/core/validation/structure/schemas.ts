/**
 * JSON Schemas for ajv, built from the field tables in fields.ts. There is one schema per state
 * type and query language (16), one for the machine's top level, and nested ones inside them;
 * validating each state with the schema of its own type avoids a giant oneOf over all types, which
 * is both slow and gives useless errors ("must match exactly one schema").
 *
 * Every object schema carries `x-kind` (what the object is, for messages) and every field schema
 * `x-expected` (what its value must be). These annotations turn ajv's errors into human messages.
 */
import type { QueryLanguage, StateType } from '../../model/types';
import {
  branchFields,
  catcherFields,
  catcherRequired,
  itemProcessorFields,
  iteratorFields,
  machineFields,
  processorConfigSpec,
  retrierFields,
  retrierRequired,
  scopeRequired,
  stateFields,
  stateObjects,
  stateRequired,
  type FieldSpec,
  type JsonSchema,
  type ObjectSpec,
} from './fields';

export const KIND = 'x-kind';
export const EXPECTED = 'x-expected';
/** Fields of the object that exist only in the other query language. */
export const OTHER_LANGUAGE_FIELDS = 'x-other-language-fields';

function objectSchema(
  kind: string,
  fields: Record<string, FieldSpec>,
  required: string[],
  language: QueryLanguage,
  nested: Record<string, JsonSchema> = {},
  open = false,
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const otherLanguage: string[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.only && spec.only !== language) {
      otherLanguage.push(name);
      continue;
    }
    properties[name] = nested[name] ?? { ...spec.schema(language), [EXPECTED]: spec.expected(language) };
  }
  return {
    type: 'object',
    [KIND]: kind,
    [OTHER_LANGUAGE_FIELDS]: otherLanguage,
    properties,
    required: required.filter((name) => name in properties),
    ...(open ? {} : { additionalProperties: false }),
  };
}

function nestedObjectSchema(kind: string, spec: ObjectSpec, language: QueryLanguage, expected: string): JsonSchema {
  const nested: Record<string, JsonSchema> = {};
  for (const [name, child] of Object.entries(spec.objects ?? {})) nested[name] = nestedObjectSchema(name, child, language, 'an object');
  return { ...objectSchema(kind, spec.fields, spec.required, language, nested, spec.open), [EXPECTED]: expected };
}

function arrayOf(items: JsonSchema, expected: string, minItems = 0): JsonSchema {
  return { type: 'array', items, ...(minItems ? { minItems } : {}), [EXPECTED]: expected };
}

function scopeSchema(
  kind: string,
  fields: Record<string, FieldSpec>,
  language: QueryLanguage,
  nested: Record<string, JsonSchema> = {},
): JsonSchema {
  return { ...objectSchema(kind, fields, scopeRequired, language, nested), [EXPECTED]: 'an object with "StartAt" and "States"' };
}

export function retrierSchema(): JsonSchema {
  return objectSchema('retrier', retrierFields, retrierRequired, 'JSONPath');
}

export function catcherSchema(language: QueryLanguage): JsonSchema {
  return objectSchema('catcher', catcherFields, catcherRequired, language);
}

const RETRIER_ID = 'retrier.json';
const catcherId = (language: QueryLanguage) => `catcher-${language}.json`;

/**
 * Schemas that several state schemas use (Retry and Catch entries), registered once with ajv and
 * referenced by id, so they are compiled once instead of once per state type.
 */
export function sharedSchemas(): JsonSchema[] {
  return [
    { ...retrierSchema(), $id: RETRIER_ID },
    { ...catcherSchema('JSONPath'), $id: catcherId('JSONPath') },
    { ...catcherSchema('JSONata'), $id: catcherId('JSONata') },
  ];
}

/** The schema of one state of `type` in `language`. Nested scopes' States are validated state by state. */
export function stateSchema(type: StateType, language: QueryLanguage): JsonSchema {
  const fields = stateFields[type];
  const nested: Record<string, JsonSchema> = {};
  if ('Retry' in fields) nested.Retry = arrayOf({ $ref: RETRIER_ID }, 'an array of retriers (objects)');
  if ('Catch' in fields) nested.Catch = arrayOf({ $ref: catcherId(language) }, 'an array of catchers (objects)');
  for (const [name, spec] of Object.entries(stateObjects[type] ?? {})) {
    if (name === 'Credentials' && language === 'JSONPath') continue;
    nested[name] = nestedObjectSchema(name, spec, language, fields[name]!.expected(language));
    // A JSONata state may compute the whole Credentials object with one expression.
    if (name === 'Credentials' && language === 'JSONata') nested[name] = { ...nested[name], type: ['object', 'string'] };
  }
  if (type === 'Parallel')
    nested.Branches = arrayOf(
      scopeSchema('Parallel branch', branchFields, language),
      'a non-empty array of branches (objects with StartAt and States)',
      1,
    );
  if (type === 'Map') {
    const processorConfig = nestedObjectSchema('ProcessorConfig', processorConfigSpec, language, 'an object');
    nested.ItemProcessor = scopeSchema('ItemProcessor', itemProcessorFields, language, { ProcessorConfig: processorConfig });
    nested.Iterator = scopeSchema('Iterator', iteratorFields, language, { ProcessorConfig: processorConfig });
  }
  return objectSchema(`${type} state`, fields, stateRequired[type], language, nested);
}

export function machineSchema(): JsonSchema {
  return objectSchema('state machine', machineFields, scopeRequired, 'JSONPath');
}
