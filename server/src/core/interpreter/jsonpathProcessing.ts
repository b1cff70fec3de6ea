/**
 * JSONPath-mode input and output processing, precompiled: InputPath, Parameters / ResultSelector /
 * ItemSelector payload templates, ResultPath and OutputPath, with AWS's error messages.
 */
import {
  type IntrinsicCall,
  type IntrinsicPorts,
  type JsonPathAst,
  type JsonPathRoots,
  IntrinsicError,
  IntrinsicPathError,
  evaluateIntrinsic,
  evaluateJsonPath,
  looksLikeIntrinsic,
  normalizedPath,
  parseIntrinsic,
  parseJsonPath,
} from '../expressions';
import { ERRORS, StateRuntimeError } from './errors';

export type Evaluator = (roots: JsonPathRoots) => unknown;

/** Parses a path at compile time; a broken path becomes a runtime error when used, as on AWS. */
export function compilePath(text: string): JsonPathAst | StateRuntimeError {
  const result = parseJsonPath(text);
  if (!result.ast || result.problems.length) {
    return new StateRuntimeError(ERRORS.Runtime, `Invalid path '${text}' : ${result.problems[0]?.message ?? 'not a JSONPath'}`);
  }
  return result.ast;
}

export type PathLookup = { found: true; value: unknown } | { found: false; missing: string };

/**
 * A path compiled once. Evaluating an invalid path throws its States.Runtime error (AWS reports it
 * when the state runs); a path that selects nothing gives `missing`, the path as AWS's causes name it.
 */
export function compilePathLookup(text: string): (roots: JsonPathRoots) => PathLookup {
  const ast = compilePath(text);
  if (ast instanceof StateRuntimeError) {
    return () => {
      throw ast;
    };
  }
  return (roots) => {
    const result = evaluateJsonPath(ast, roots);
    return result.found ? result : { found: false, missing: normalizedPath(ast) };
  };
}

/** A compiled path or intrinsic (the value of a `"key.$"` field, ErrorPath, Variable, ...). */
export function compileDynamicValue(text: string, fieldName: string, ports: IntrinsicPorts): Evaluator {
  if (looksLikeIntrinsic(text)) {
    const parsed = parseIntrinsic(text);
    if (!parsed.ast || parsed.problems.length) {
      const message = parsed.problems[0]?.message ?? 'invalid intrinsic function';
      return () => {
        throw new StateRuntimeError(
          ERRORS.IntrinsicFailure,
          `The value for the field '${fieldName}' must be a valid JSONPath or a valid intrinsic function call: ${message}`,
        );
      };
    }
    const call: IntrinsicCall = parsed.ast;
    return (roots) => {
      try {
        return evaluateIntrinsic(call, roots, ports);
      } catch (error) {
        if (error instanceof IntrinsicPathError) {
          throw new StateRuntimeError(
            ERRORS.Runtime,
            `The JSONPath '${error.path}' specified for the field '${fieldName}' could not be found in the input '${stringify(roots.input)}'`,
          );
        }
        if (error instanceof IntrinsicError) throw new StateRuntimeError(error.errorName, error.message);
        throw error;
      }
    };
  }
  const ast = compilePath(text);
  if (ast instanceof StateRuntimeError) {
    return () => {
      throw new StateRuntimeError(
        ERRORS.Runtime,
        `The value for the field '${fieldName}' must be a valid JSONPath or a valid intrinsic function call`,
      );
    };
  }
  return (roots) => {
    const result = evaluateJsonPath(ast, roots);
    if (!result.found) {
      if (ast.root === 'variable' && result.missing === `$${ast.variable}`) {
        throw new StateRuntimeError(
          ERRORS.Runtime,
          `The JSONPath '${text}' specified for the field '${fieldName}' refers to the variable $${ast.variable}, which is not defined`,
        );
      }
      // Worded as AWS's own engine (Step Functions Local 2) words it.
      throw new StateRuntimeError(
        ERRORS.Runtime,
        `The JSONPath '${text}' specified for the field '${fieldName}' could not be found in the input '${stringify(ast.root === 'context' ? roots.context : roots.input)}'`,
      );
    }
    return result.value;
  };
}

export function stringify(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

/**
 * Compiles a Parameters-like template: keys ending in `.$` take a path or intrinsic; nested objects
 * and arrays are processed recursively; static parts are shared (values are never mutated).
 */
export function compilePayload(template: unknown, ports: IntrinsicPorts): Evaluator {
  if (Array.isArray(template)) {
    if (!template.some(isDynamic)) return () => template;
    const items = template.map((item) => compilePayload(item, ports));
    return (roots) => items.map((item) => item(roots));
  }
  if (typeof template === 'object' && template !== null) {
    if (!isDynamic(template)) return () => template;
    const fields: Array<{ key: string; value: Evaluator }> = [];
    for (const [key, value] of Object.entries(template as Record<string, unknown>)) {
      if (key.endsWith('.$') && typeof value === 'string') {
        fields.push({ key: key.slice(0, -2), value: compileDynamicValue(value, key, ports) });
      } else {
        fields.push({ key, value: compilePayload(value, ports) });
      }
    }
    const count = fields.length;
    return (roots) => {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < count; i++) {
        const field = fields[i]!;
        out[field.key] = field.value(roots);
      }
      return out;
    };
  }
  return () => template;
}

function isDynamic(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isDynamic);
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) if (key.endsWith('.$') || isDynamic(inner)) return true;
  }
  return false;
}

/** InputPath / OutputPath: `null` yields {}, a missing definite path is a States.Runtime error. */
export function compileSelectPath(raw: unknown): Evaluator | undefined {
  if (raw === undefined || raw === '$') return undefined;
  if (raw === null) return () => ({});
  const text = String(raw);
  const lookup = compilePathLookup(text);
  return (roots) => {
    const result = lookup(roots);
    if (!result.found) throw new StateRuntimeError(ERRORS.Runtime, `Invalid path '${text}' : No results for path: ${result.missing}`);
    return result.value;
  };
}

export type ResultPathApplier = (rawInput: unknown, result: unknown) => unknown;

/** ResultPath: `$` (default) replaces, `null` discards the result, a reference path merges. */
export function compileResultPath(raw: unknown, present: boolean): ResultPathApplier {
  if (!present || raw === '$') return (_input, result) => result;
  if (raw === null) return (input) => input;
  const text = String(raw);
  const ast = compilePath(text);
  if (ast instanceof StateRuntimeError) {
    return () => {
      throw ast;
    };
  }
  const steps: Array<string | number> = [];
  for (const segment of ast.segments) {
    if (segment.kind === 'property' && segment.names.length === 1) steps.push(segment.names[0]!);
    else if (segment.kind === 'index' && segment.indices.length === 1) steps.push(segment.indices[0]!);
    else {
      return () => {
        throw new StateRuntimeError(ERRORS.Runtime, `Invalid ResultPath '${text}': only reference paths are allowed`);
      };
    }
  }
  if (steps.length === 0) return (_input, result) => result;
  return (input, result) => {
    const fail = (): never => {
      throw new StateRuntimeError(ERRORS.ResultPathMatchFailure, `Unable to apply ResultPath "${text}" to input "${stringify(input)}"`);
    };
    const write = (container: unknown, depth: number): unknown => {
      const step = steps[depth]!;
      const last = depth === steps.length - 1;
      if (typeof step === 'number') {
        if (!Array.isArray(container) || step < 0 || step >= container.length) return fail();
        const copy = container.slice();
        copy[step] = last ? result : write(copy[step], depth + 1);
        return copy;
      }
      let base: Record<string, unknown>;
      if (container === undefined) base = {};
      else if (typeof container === 'object' && container !== null && !Array.isArray(container))
        base = { ...(container as Record<string, unknown>) };
      else return fail();
      base[step] = last ? result : write(base[step], depth + 1);
      return base;
    };
    return write(input, 0);
  };
}
