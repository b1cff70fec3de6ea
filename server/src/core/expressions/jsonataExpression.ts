/**
 * What makes a string value a JSONata expression: the whole value is `{% ... %}`. Validation, the
 * graph and the interpreter all ask this one module.
 */
const EXPRESSION = /^\{%([\s\S]*)%\}$/;

/** True when the whole value is a JSONata expression `{% ... %}` (a guard for values not yet known to be strings). */
export function isJsonataExpression(value: string): boolean;
export function isJsonataExpression(value: unknown): value is string;
export function isJsonataExpression(value: unknown): boolean {
  // The same as EXPRESSION.test(value), without a regular expression run for every string the checks see.
  return typeof value === 'string' && value.length >= 4 && value.startsWith('{%') && value.endsWith('%}');
}

/** The expression between `{%` and `%}`, trimmed; for a value isJsonataExpression accepted. */
export function jsonataSource(value: string): string {
  return EXPRESSION.exec(value)![1]!.trim();
}
