/**
 * Evaluates one expression the way a state would, outside a run: a JSONPath (`$.a`, `$$.Execution.Input`,
 * `$var.x`), an intrinsic function (`States.Format(...)`), or a JSONata expression (bare or as
 * `{% ... %}`, with `$states.input`, `$states.context` and the variables bound). For a debugger's
 * watch, hover, console and conditional breakpoints; it reuses the interpreter's own evaluators.
 */
import { parseJsonPath } from '../expressions';
import { ERRORS, StateRuntimeError, StatesError } from './errors';
import { compileJsonataTemplate, extraFunctions, isJsonataExpression } from './jsonataProcessing';
import { compileDynamicValue, compilePathLookup } from './jsonpathProcessing';

export interface ExpressionEnvironment {
  input: unknown;
  /** Visible variables by name. */
  variables: Record<string, unknown>;
  context: unknown;
  hash?: (algorithm: string, data: string) => string;
}

export type ExpressionLanguage = 'JSONPath' | 'JSONata';

/** Which language an expression is in: `{% %}` and anything that is not a JSONPath or intrinsic is JSONata. */
export function expressionLanguage(text: string): ExpressionLanguage {
  const trimmed = text.trim();
  if (trimmed.startsWith('$states') || isJsonataExpression(trimmed)) return 'JSONata';
  if (/^States\.[A-Za-z]+\(/.test(trimmed)) return 'JSONPath';
  const parsed = parseJsonPath(trimmed);
  return parsed.ast && !parsed.problems.length ? 'JSONPath' : 'JSONata';
}

/** The value of the expression; rejects with a message worded as the interpreter words it. */
export async function evaluateExpression(text: string, env: ExpressionEnvironment): Promise<unknown> {
  const trimmed = text.trim();
  try {
    if (expressionLanguage(trimmed) === 'JSONPath') {
      const evaluate = compileDynamicValue(trimmed, 'expression', env.hash ? { hash: env.hash } : {});
      return evaluate({
        input: env.input,
        context: env.context,
        variable: (name) => (Object.prototype.hasOwnProperty.call(env.variables, name) ? { value: env.variables[name] } : undefined),
      });
    }
    const source = isJsonataExpression(trimmed) ? trimmed : `{% ${trimmed} %}`;
    const evaluate = compileJsonataTemplate(source, 'expression', extraFunctions(env.hash ? { hash: env.hash } : {}));
    return await evaluate({ input: env.input, context: env.context }, env.variables);
  } catch (error) {
    if (error instanceof StateRuntimeError || error instanceof StatesError) throw new Error(messageOf(error));
    throw error;
  }
}

function messageOf(error: StateRuntimeError | StatesError): string {
  if (error instanceof StatesError) return `${error.error ?? ERRORS.Runtime}: ${error.errorCause ?? ''}`.trim();
  return `${error.error}: ${error.message}`;
}

/**
 * A breakpoint condition: true when the JSONPath selects a value, or the JSONata expression yields
 * one, that is not false, null, 0, an empty string or an empty array. A path that selects nothing is
 * false (not an error): `$.priority` stops only where the input has a priority.
 */
export async function evaluateCondition(text: string, env: ExpressionEnvironment): Promise<boolean> {
  const trimmed = text.trim();
  if (expressionLanguage(trimmed) === 'JSONPath' && !/^States\./.test(trimmed)) {
    const lookup = compilePathLookup(trimmed)({
      input: env.input,
      context: env.context,
      variable: (name) => (Object.prototype.hasOwnProperty.call(env.variables, name) ? { value: env.variables[name] } : undefined),
    });
    return lookup.found && isTruthy(lookup.value);
  }
  if (expressionLanguage(trimmed) === 'JSONata') {
    const source = isJsonataExpression(trimmed) ? trimmed.slice(2, -2) : trimmed;
    // An expression that yields nothing is false here rather than an error.
    return isTruthy(await evaluateExpression(`{% $exists((${source})) and $boolean((${source})) %}`, env));
  }
  return isTruthy(await evaluateExpression(trimmed, env));
}

/** A condition holds when its value is there and not false, null, 0, an empty string or an empty array. */
export function isTruthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}
