/**
 * Template substitution placeholders: `${Name}` as written by SAM/CloudFormation
 * DefinitionSubstitutions, `Fn::Sub`, Terraform `templatefile` and the Serverless Framework. The
 * definition is not final until the tool substitutes them, so a placeholder stands for any value of
 * the expected kind (string, number or ARN) and must never cause a false error.
 */

const PLACEHOLDER = /\$\{[^{}]*\}/;
/** `${Name}`, or LocalStack's `_tbd_` / `__TBD__`, which its test templates fill in before use. */
const WHOLE_PLACEHOLDER = /^(\$\{[^{}]+\}|_+tbd_+)$/i;

/** True when the string contains at least one `${...}` placeholder. */
export function hasPlaceholder(value: string): boolean {
  return value.includes('${') && PLACEHOLDER.test(value);
}

/** True when the whole string is one placeholder, e.g. `"${WaitSeconds}"` in a number position; it may stand for a value of any type. */
export function isWholePlaceholder(value: string): boolean {
  return WHOLE_PLACEHOLDER.test(value);
}

/** True when a `${` is never closed: a broken placeholder that no tool will substitute. */
export function hasUnclosedPlaceholder(value: string): boolean {
  let from = 0;
  for (;;) {
    const start = value.indexOf('${', from);
    if (start < 0) return false;
    const end = value.indexOf('}', start + 2);
    if (end < 0) return true;
    from = end + 1;
  }
}

/** True when the whole string is a JSONata expression `{% ... %}`. */
export function isJsonataExpression(value: string): boolean {
  return value.startsWith('{%') && value.endsWith('%}') && value.length >= 4;
}

/** Source text of the JSON Schema pattern that accepts a whole placeholder (JSONPath states). */
export const PLACEHOLDER_PATTERN = '^\\$\\{[^{}]+\\}$';
/** Same, also accepting a JSONata expression (JSONata states, where most values may be computed). */
export const PLACEHOLDER_OR_JSONATA_PATTERN = '^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$';
