/**
 * JSONata-mode fields: strings written `{% expression %}` inside Arguments, Output, Assign,
 * Condition, Items, ... are compiled once with the `jsonata` library and evaluated with
 * `$states` and the workflow variables bound, plus Step Functions' extra functions.
 */
import jsonata from 'jsonata';
import { parseJsonValue } from '../expressions';
import { isJsonataExpression, jsonataSource } from '../expressions/jsonataExpression';
import { ERRORS, StateRuntimeError } from './errors';
import type { JsonataLimits } from './types';

export interface JsonataStates {
  input: unknown;
  context: unknown;
  result?: unknown;
  errorOutput?: unknown;
}

export interface JsonataExtras {
  hash?: (algorithm: string, data: string) => string;
  random?: () => number;
  uuid?: () => string;
}

/** Evaluates a compiled template; `variables` is the scope object of workflow variables. */
export type JsonataEvaluator = (states: JsonataStates, variables: object) => Promise<unknown>;

export { isJsonataExpression, jsonataSource };

function typeOfJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Strips jsonata's internal markers (sequences, frozen arrays) so results are plain JSON values. */
export function toPlainJson(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlainJson(value[i]);
    return out;
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const inner = (value as Record<string, unknown>)[key];
      if (inner !== undefined) out[key] = toPlainJson(inner);
    }
    return out;
  }
  return value;
}

function containsFunction(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (Array.isArray(value)) return value.some(containsFunction);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(containsFunction);
  return false;
}

export const DEFAULT_JSONATA_LIMITS: JsonataLimits = { timeoutMs: 10_000, maxDepth: 10_000 };

/** Where the limits travel with the extra functions (a symbol, so they are never bound as a variable). */
const LIMITS = Symbol('asl.jsonataLimits');

export function extraFunctions(extras: JsonataExtras, limits: JsonataLimits = DEFAULT_JSONATA_LIMITS): Record<string, unknown> {
  const functions = extraFunctionTable(extras);
  (functions as Record<symbol, unknown>)[LIMITS] = limits;
  return functions;
}

function extraFunctionTable(extras: JsonataExtras): Record<string, unknown> {
  const fail = (message: string): never => {
    throw new StateRuntimeError(ERRORS.QueryEvaluationError, message);
  };
  return {
    partition: (array: unknown, size: unknown) => {
      if (!Array.isArray(array)) fail('$partition: the first argument must be an array');
      if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0) fail('$partition: the chunk size must be a positive integer');
      const items = array as unknown[];
      const out: unknown[][] = [];
      for (let i = 0; i < items.length; i += size as number) out.push(items.slice(i, i + (size as number)));
      return out;
    },
    range: (start: unknown, end: unknown, step: unknown) => {
      if (typeof start !== 'number' || typeof end !== 'number' || typeof step !== 'number' || step === 0)
        fail('$range: start, end and a non-zero step must be numbers');
      const out: number[] = [];
      for (let v = start as number; (step as number) > 0 ? v <= (end as number) : v >= (end as number); v += step as number) {
        out.push(v);
        if (out.length > 1000) fail('$range: the result may not have more than 1000 items');
      }
      // A JSONata sequence of one value is that value.
      return out.length === 1 ? out[0] : out;
    },
    hash: (value: unknown, algorithm: unknown) => {
      if (typeof algorithm !== 'string') fail('$hash: the algorithm must be a string');
      if (!extras.hash) fail('$hash: no hash function was supplied to the interpreter');
      return extras.hash!(algorithm as string, typeof value === 'string' ? value : JSON.stringify(value));
    },
    // A seed is accepted for compatibility; the random port decides reproducibility.
    random: () => (extras.random ? extras.random() : fail('$random: no random function was supplied to the interpreter')),
    uuid: () => (extras.uuid ? extras.uuid() : fail('$uuid: no UUID function was supplied to the interpreter')),
    parse: (text: unknown) => {
      if (typeof text !== 'string') fail('$parse: the argument must be a string');
      try {
        return parseJsonValue(text as string);
      } catch {
        return fail(`$parse: the argument is not valid JSON: ${String(text)}`);
      }
    },
    // Step Functions removes $eval.
    eval: undefined,
  };
}

/**
 * Compiles a JSONata template. `field` names the field in error messages ('Output',
 * 'Assign/result', ...). Non-expression values are returned as they are.
 */
export function compileJsonataTemplate(template: unknown, field: string, extras: Record<string, unknown>): JsonataEvaluator {
  if (isJsonataExpression(template)) return compileExpression(jsonataSource(template), field, extras);
  if (Array.isArray(template)) {
    if (!containsExpression(template)) return async () => template;
    const items = template.map((item, index) => compileJsonataTemplate(item, `${field}[${index}]`, extras));
    return async (states, variables) => {
      const out: unknown[] = [];
      for (const item of items) out.push(await item(states, variables));
      return out;
    };
  }
  if (typeof template === 'object' && template !== null) {
    if (!containsExpression(template)) return async () => template;
    const fields = Object.entries(template).map(([key, value]) => ({
      key,
      value: compileJsonataTemplate(value, `${field}/${key}`, extras),
    }));
    return async (states, variables) => {
      const out: Record<string, unknown> = {};
      for (const f of fields) out[f.key] = await f.value(states, variables);
      return out;
    };
  }
  return async () => template;
}

function containsExpression(value: unknown): boolean {
  if (isJsonataExpression(value)) return true;
  if (Array.isArray(value)) return value.some(containsExpression);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(containsExpression);
  return false;
}

function compileExpression(source: string, field: string, extras: Record<string, unknown>): JsonataEvaluator {
  let expression: jsonata.Expression;
  const limits = ((extras as Record<symbol, unknown>)[LIMITS] as JsonataLimits | undefined) ?? DEFAULT_JSONATA_LIMITS;
  try {
    expression = jsonata(source, { timeout: limits.timeoutMs, stack: limits.maxDepth });
  } catch (error) {
    const message = (error as Error).message;
    return async () => {
      throw new StateRuntimeError(
        ERRORS.QueryEvaluationError,
        `The JSONata expression '${source}' specified for the field '${field}' could not be parsed: ${message}`,
      );
    };
  }
  return async (states, variables) => {
    // jsonata reads only own keys, so the scope chain of variables is flattened here.
    const bindings: Record<string, unknown> = {};
    for (const key in variables) bindings[key] = (variables as Record<string, unknown>)[key];
    for (const key in extras) bindings[key] = extras[key];
    bindings.states = states;
    let value: unknown;
    try {
      value = await expression.evaluate(null, bindings);
    } catch (error) {
      if (error instanceof StateRuntimeError) throw error;
      const e = error as { message?: string; code?: string };
      throw new StateRuntimeError(
        ERRORS.QueryEvaluationError,
        // AWS ends the sentence with ". CODE: message" for coded JSONata errors and ": message" otherwise.
        `The JSONata expression '${source}' specified for the field '${field}' threw an error during evaluation${e.code ? `. ${e.code}: ` : ': '}${e.message ?? String(error)}`,
      );
    }
    if (value === undefined) {
      throw new StateRuntimeError(
        ERRORS.QueryEvaluationError,
        `The JSONata expression '${source}' specified for the field '${field}' returned nothing (undefined).`,
      );
    }
    if (containsFunction(value)) {
      throw new StateRuntimeError(
        ERRORS.QueryEvaluationError,
        `The JSONata expression '${source}' specified for the field '${field}' returned an unsupported result type.`,
      );
    }
    return toPlainJson(value);
  };
}

/** Error for a JSONata field whose value has the wrong type (e.g. Items not an array). */
export function unexpectedType(source: string, field: string, expected: string, value: unknown): StateRuntimeError {
  return new StateRuntimeError(
    ERRORS.QueryEvaluationError,
    `The JSONata expression '${source}' specified for the field '${field}' returned an unexpected result type. Expected '${expected}', but was '${typeOfJson(value)}' for value: ${JSON.stringify(value)}`,
  );
}

export { typeOfJson };
