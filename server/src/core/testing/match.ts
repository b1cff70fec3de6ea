// Compares an expected JSON value with an actual one and names the first difference by its JSON
// path. Exact: equal JSON (object key order does not matter). Partial (`outputContains`): every
// key the expected object has must be there and match partially in turn; arrays and scalars match
// exactly.

export type MatchMode = 'exact' | 'partial';

export interface JsonDifference {
  /** `$`, `$.order.total`, `$.items[2]`, `$['odd key']`. */
  path: string;
  /** The expected value there; undefined when the actual value has a key the expected one lacks. */
  expected: unknown;
  /** The actual value there; undefined when it is missing. */
  actual: unknown;
  reason: 'value' | 'type' | 'missing' | 'unexpected' | 'length';
}

/** The first difference, in document order of the expected value, or undefined when they match. */
export function firstDifference(expected: unknown, actual: unknown, mode: MatchMode): JsonDifference | undefined {
  return compare(expected, actual, mode, '$');
}

function compare(expected: unknown, actual: unknown, mode: MatchMode, path: string): JsonDifference | undefined {
  const expectedKind = kindOf(expected);
  const actualKind = kindOf(actual);
  if (actualKind === 'missing') return { path, expected, actual, reason: 'missing' };
  if (expectedKind !== actualKind) return { path, expected, actual, reason: 'type' };
  if (expectedKind === 'array') {
    const e = expected as unknown[];
    const a = actual as unknown[];
    // Arrays match exactly, also inside a partial match: their elements compare exactly.
    for (let index = 0; index < Math.min(e.length, a.length); index++) {
      const difference = compare(e[index], a[index], 'exact', `${path}[${index}]`);
      if (difference) return difference;
    }
    if (e.length !== a.length) {
      const index = Math.min(e.length, a.length);
      return e.length > a.length
        ? { path: `${path}[${index}]`, expected: e[index], actual: undefined, reason: 'missing' }
        : { path: `${path}[${index}]`, expected: undefined, actual: a[index], reason: 'unexpected' };
    }
    return undefined;
  }
  if (expectedKind === 'object') {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      const childPath = path + pathSegment(key);
      if (!Object.prototype.hasOwnProperty.call(a, key)) return { path: childPath, expected: e[key], actual: undefined, reason: 'missing' };
      const difference = compare(e[key], a[key], mode, childPath);
      if (difference) return difference;
    }
    if (mode === 'exact') {
      for (const key of Object.keys(a)) {
        if (!Object.prototype.hasOwnProperty.call(e, key))
          return { path: path + pathSegment(key), expected: undefined, actual: a[key], reason: 'unexpected' };
      }
    }
    return undefined;
  }
  return Object.is(expected, actual) || expected === actual ? undefined : { path, expected, actual, reason: 'value' };
}

type Kind = 'missing' | 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'other';

function kindOf(value: unknown): Kind {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'object':
      return 'object';
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'other';
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function pathSegment(key: string): string {
  return IDENTIFIER.test(key) ? `.${key}` : `['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/** A value as one short line of JSON (`missing` for undefined), for messages. */
export function showJson(value: unknown, max = 200): string {
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "first difference at $.order.total: expected 42.5, actual 40" and the like. */
export function describeDifference(difference: JsonDifference): string {
  switch (difference.reason) {
    case 'missing':
      return `first difference at ${difference.path}: expected ${showJson(difference.expected)}, actual has nothing there`;
    case 'unexpected':
      return `first difference at ${difference.path}: not expected, actual ${showJson(difference.actual)}`;
    default:
      return `first difference at ${difference.path}: expected ${showJson(difference.expected)}, actual ${showJson(difference.actual)}`;
  }
}
