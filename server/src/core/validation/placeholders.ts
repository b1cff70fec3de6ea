/**
 * Template substitution placeholders: `${Name}` as written by SAM/CloudFormation
 * DefinitionSubstitutions, `Fn::Sub`, Terraform `templatefile` and the Serverless Framework. The
 * definition is not final until the tool substitutes them, so a placeholder stands for any value of
 * the expected kind (string, number or ARN) and must never cause a false error.
 */

import { isJsonataExpression } from '../expressions/jsonataExpression';

/** The one placeholder syntax, `${` + a name without braces + `}` (`${Name}`, `${AWS::Region}`); every test below derives from it. */
const PLACEHOLDER_SOURCE = '\\$\\{[^{}]+\\}';
const PLACEHOLDER = new RegExp(PLACEHOLDER_SOURCE);
const PLACEHOLDERS = new RegExp(PLACEHOLDER_SOURCE, 'g');
const PLACEHOLDER_ONLY = new RegExp(`^${PLACEHOLDER_SOURCE}$`);
/** `${Name}`, or LocalStack's `_tbd_` / `__TBD__`, which its test templates fill in before use. */
const WHOLE_PLACEHOLDER = new RegExp(`^(${PLACEHOLDER_SOURCE}|_+tbd_+)$`, 'i');

/** True when the string contains at least one `${...}` placeholder. */
export function hasPlaceholder(value: string): boolean {
  return value.includes('${') && PLACEHOLDER.test(value);
}

/** True when the string is exactly one `${...}` placeholder (a Resource ARN written as `"${FunctionArn}"`). */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER_ONLY.test(value);
}

/**
 * Replaces each `${...}` placeholder by `filler` repeated to the placeholder's length, so that a
 * checker sees a plain value and every offset after the placeholder stays where it was.
 */
export function substitutePlaceholders(value: string, filler: string): string {
  return value.includes('${') ? value.replace(PLACEHOLDERS, (match) => filler.repeat(match.length)) : value;
}

/**
 * Placeholders inside an intrinsic's quoted strings are harmless text; one outside quotes stands
 * for a whole argument we cannot know, so the call is not checked at all (undefined).
 */
export function substituteIntrinsicPlaceholders(value: string): string | undefined {
  if (!value.includes('${')) return value;
  let out = '';
  let quoted = false;
  for (let index = 0; index < value.length; index++) {
    const ch = value[index]!;
    if (ch === '\\' && quoted) {
      out += value.slice(index, index + 2);
      index++;
      continue;
    }
    if (ch === "'") quoted = !quoted;
    if (ch === '$' && value[index + 1] === '{') {
      const close = value.indexOf('}', index);
      if (close < 0) return out + value.slice(index);
      if (!quoted) return undefined;
      out += 'x'.repeat(close - index + 1);
      index = close;
      continue;
    }
    out += ch;
  }
  return out;
}

/**
 * In JSONata a placeholder inside a string literal is text (replaced by letters); outside one it
 * stands for a value, replaced by a string literal of the same length.
 */
export function substituteJsonataPlaceholders(value: string): string {
  if (!value.includes('${')) return value;
  let out = '';
  let quote: string | undefined;
  for (let index = 0; index < value.length; index++) {
    const ch = value[index]!;
    if (quote && ch === '\\') {
      out += value.slice(index, index + 2);
      index++;
      continue;
    }
    if (quote ? ch === quote : ch === '"' || ch === "'") quote = quote ? undefined : ch;
    if (ch === '$' && value[index + 1] === '{') {
      const close = value.indexOf('}', index);
      if (close < 0) return out + value.slice(index);
      const length = close - index + 1;
      out += quote ? 'x'.repeat(length) : `"${'x'.repeat(length - 2)}"`;
      index = close;
      continue;
    }
    out += ch;
  }
  return out;
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

export { isJsonataExpression };

/** Source text of the JSON Schema pattern that accepts a whole placeholder (JSONPath states). */
export const PLACEHOLDER_PATTERN = `^${PLACEHOLDER_SOURCE}$`;
/** Same, also accepting a JSONata expression (JSONata states, where most values may be computed). */
export const PLACEHOLDER_OR_JSONATA_PATTERN = `^(${PLACEHOLDER_SOURCE}|\\{%[\\s\\S]*%\\})$`;
