/**
 * JSONPath Choice rules compiled to predicates. Type mismatches compare false (as on AWS); a
 * Variable that selects nothing is a States.Runtime error except for IsPresent.
 */
import type { JsonPathRoots } from '../expressions';
import { ERRORS, StateRuntimeError } from './errors';
import { compilePathLookup } from './jsonpathProcessing';

export type ChoicePredicate = (roots: JsonPathRoots) => boolean;

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an RFC 3339 timestamp, or undefined when it is not one. */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = TIMESTAMP.exec(value);
  if (!m) return undefined;
  const [, , mo, d, h, mi, s] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60)
    return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * StringMatches: `*` matches any run of characters (none included); `\*` (written "\\*" in JSON) is a
 * literal asterisk and `\\` a literal backslash, as AWS escapes them; a backslash before any other
 * character stands for that character. Linear: the pattern is split at its stars into literal pieces, the first must start the
 * value, the last must end it, and each piece between is taken at its leftmost place after the one
 * before, which is always right when `*` is the only wildcard. No backtracking, unlike a RegExp.
 */
export function stringMatches(value: string, pattern: string): boolean {
  const pieces = wildcardPieces(pattern);
  if (pieces.length === 1) return value === pieces[0];
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    if (!piece) continue;
    const found = value.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** The literal pieces between the unescaped stars of a StringMatches pattern (n stars: n + 1 pieces). */
function wildcardPieces(pattern: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\' && i + 1 < pattern.length) piece += pattern[++i]!;
    else if (ch === '*') {
      pieces.push(piece);
      piece = '';
    } else piece += ch;
  }
  pieces.push(piece);
  return pieces;
}

type Comparison = (a: unknown, b: unknown) => boolean;

const isNumber = (v: unknown): v is number => typeof v === 'number';
const isString = (v: unknown): v is string => typeof v === 'string';

const COMPARISONS: Record<string, Comparison> = {
  StringEquals: (a, b) => isString(a) && isString(b) && a === b,
  StringLessThan: (a, b) => isString(a) && isString(b) && a < b,
  StringGreaterThan: (a, b) => isString(a) && isString(b) && a > b,
  StringLessThanEquals: (a, b) => isString(a) && isString(b) && a <= b,
  StringGreaterThanEquals: (a, b) => isString(a) && isString(b) && a >= b,
  StringMatches: (a, b) => isString(a) && isString(b) && stringMatches(a, b),
  NumericEquals: (a, b) => isNumber(a) && isNumber(b) && a === b,
  NumericLessThan: (a, b) => isNumber(a) && isNumber(b) && a < b,
  NumericGreaterThan: (a, b) => isNumber(a) && isNumber(b) && a > b,
  NumericLessThanEquals: (a, b) => isNumber(a) && isNumber(b) && a <= b,
  NumericGreaterThanEquals: (a, b) => isNumber(a) && isNumber(b) && a >= b,
  BooleanEquals: (a, b) => typeof a === 'boolean' && a === b,
  TimestampEquals: (a, b) => compareTimestamps(a, b, (x, y) => x === y),
  TimestampLessThan: (a, b) => compareTimestamps(a, b, (x, y) => x < y),
  TimestampGreaterThan: (a, b) => compareTimestamps(a, b, (x, y) => x > y),
  TimestampLessThanEquals: (a, b) => compareTimestamps(a, b, (x, y) => x <= y),
  TimestampGreaterThanEquals: (a, b) => compareTimestamps(a, b, (x, y) => x >= y),
};

function compareTimestamps(a: unknown, b: unknown, compare: (x: number, y: number) => boolean): boolean {
  const x = parseTimestamp(a);
  const y = parseTimestamp(b);
  return x !== undefined && y !== undefined && compare(x, y);
}

const TYPE_TESTS: Record<string, (v: unknown) => boolean> = {
  IsNull: (v) => v === null,
  IsNumeric: (v) => typeof v === 'number',
  IsString: (v) => typeof v === 'string',
  IsBoolean: (v) => typeof v === 'boolean',
  IsTimestamp: (v) => parseTimestamp(v) !== undefined,
};

/** Names of every comparison operator a rule may use (with and without the Path suffix). */
export const CHOICE_OPERATORS = [
  ...Object.keys(COMPARISONS),
  ...Object.keys(COMPARISONS)
    .filter((k) => k !== 'StringMatches')
    .map((k) => `${k}Path`),
  ...Object.keys(TYPE_TESTS),
  'IsPresent',
];

function missing(text: string, rendered: string): never {
  throw new StateRuntimeError(ERRORS.Runtime, `Invalid path '${text}' : No results for path: ${rendered}`);
}

export function compileChoiceRule(rule: Record<string, unknown>): ChoicePredicate {
  if (Array.isArray(rule.And)) {
    const parts = (rule.And as Record<string, unknown>[]).map(compileChoiceRule);
    return (roots) => parts.every((p) => p(roots));
  }
  if (Array.isArray(rule.Or)) {
    const parts = (rule.Or as Record<string, unknown>[]).map(compileChoiceRule);
    return (roots) => parts.some((p) => p(roots));
  }
  if (rule.Not && typeof rule.Not === 'object') {
    const inner = compileChoiceRule(rule.Not as Record<string, unknown>);
    return (roots) => !inner(roots);
  }
  const variableText = typeof rule.Variable === 'string' ? rule.Variable : '$';
  const variable = compilePathLookup(variableText);
  for (const [key, operand] of Object.entries(rule)) {
    if (key === 'IsPresent') {
      return (roots) => variable(roots).found === (operand === true);
    }
    const typeTest = TYPE_TESTS[key];
    if (typeTest) {
      return (roots) => {
        const v = variable(roots);
        if (!v.found) return missing(variableText, v.missing);
        return typeTest(v.value) === (operand === true);
      };
    }
    const comparison = COMPARISONS[key];
    if (comparison) {
      return (roots) => {
        const v = variable(roots);
        if (!v.found) return missing(variableText, v.missing);
        return comparison(v.value, operand);
      };
    }
    if (key.endsWith('Path') && COMPARISONS[key.slice(0, -4)]) {
      const pathComparison = COMPARISONS[key.slice(0, -4)]!;
      const operandText = String(operand);
      const other = compilePathLookup(operandText);
      return (roots) => {
        const v = variable(roots);
        if (!v.found) return missing(variableText, v.missing);
        const o = other(roots);
        if (!o.found) return missing(operandText, o.missing);
        return pathComparison(v.value, o.value);
      };
    }
  }
  return () => {
    throw new StateRuntimeError(ERRORS.Runtime, 'A Choice rule has no comparison operator');
  };
}
