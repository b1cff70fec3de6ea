/**
 * Evaluates a JSONPath syntax tree (jsonpath.ts) against the input, the Context object and the
 * variables, as Jayway does in Step Functions: a definite path yields one value or nothing, an
 * indefinite one an array of every match.
 */
import type { FilterExpression, FilterOperand, JsonPathAst, JsonPathSegment } from './jsonpath';

/** Values a path can start from. */
export interface JsonPathRoots {
  input: unknown;
  context?: unknown;
  /** Looks up a variable; returns `undefined` when it does not exist. */
  variable?: (name: string) => { value: unknown } | undefined;
}

export type JsonPathResult = { found: true; value: unknown } | { found: false; missing: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Renders a path in Jayway's normalized form: $['a'][0]['b'] (used in AWS error messages). */
export function normalizedPath(ast: JsonPathAst, upTo = ast.segments.length): string {
  let out = ast.root === 'context' ? '$$' : ast.root === 'variable' ? `$${ast.variable}` : '$';
  for (let i = 0; i < upTo; i++) {
    const seg = ast.segments[i]!;
    const prefix = seg.deep ? '..' : '';
    switch (seg.kind) {
      case 'property':
        out += prefix + '[' + seg.names.map((n) => `'${n}'`).join(',') + ']';
        break;
      case 'wildcard':
        out += prefix + '[*]';
        break;
      case 'index':
        out += prefix + '[' + seg.indices.join(',') + ']';
        break;
      case 'slice':
        out += prefix + '[' + (seg.start ?? '') + ':' + (seg.end ?? '') + ']';
        break;
      case 'filter':
        out += prefix + '[?]';
        break;
      case 'function':
        out += `.${seg.name}()`;
        break;
    }
  }
  return out;
}

/**
 * Evaluates a parsed path. A definite path yields its single value or `found: false`; an indefinite
 * path always yields an array of every match (possibly empty), as Jayway does.
 */
export function evaluateJsonPath(ast: JsonPathAst, roots: JsonPathRoots): JsonPathResult {
  let start: unknown;
  if (ast.root === 'input') start = roots.input;
  else if (ast.root === 'context') start = roots.context;
  else {
    const found = roots.variable?.(ast.variable!);
    if (!found) return { found: false, missing: `$${ast.variable}` };
    start = found.value;
  }
  const segments = ast.segments;
  if (ast.definite) {
    let current = start;
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i]!;
      if (seg.kind === 'property') {
        const name = seg.names[0]!;
        if (!isObject(current) || !hasOwn.call(current, name)) return { found: false, missing: normalizedPath(ast, i + 1) };
        current = current[name];
      } else if (seg.kind === 'index') {
        if (!Array.isArray(current)) return { found: false, missing: normalizedPath(ast, i + 1) };
        let index = seg.indices[0]!;
        if (index < 0) index += current.length;
        if (index < 0 || index >= current.length) {
          // Measured on AWS: an index past the end as the last step selects null rather than nothing.
          if (index >= current.length && i === segments.length - 1) return { found: true, value: null };
          return { found: false, missing: normalizedPath(ast, i + 1) };
        }
        current = current[index];
      } else if (seg.kind === 'function') {
        const result = applyPathFunction(seg.name, current);
        if (result === undefined) return { found: false, missing: normalizedPath(ast, i + 1) };
        current = result;
      }
    }
    return { found: true, value: current };
  }
  let nodes: unknown[] = [start];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.kind === 'function') {
      const value = applyPathFunction(seg.name, nodes);
      if (value === undefined) return { found: false, missing: normalizedPath(ast, i + 1) };
      return { found: true, value };
    }
    const next: unknown[] = [];
    for (const node of nodes) {
      if (seg.deep) deepApply(seg, node, next, roots);
      else applySegment(seg, node, next, roots);
    }
    nodes = next;
  }
  return { found: true, value: nodes };
}

function applyPathFunction(name: string, value: unknown): unknown {
  const numbers = Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
  switch (name) {
    case 'length':
    case 'size':
      if (Array.isArray(value)) return value.length;
      if (typeof value === 'string') return value.length;
      if (isObject(value)) return Object.keys(value).length;
      return undefined;
    case 'keys':
      return isObject(value) ? Object.keys(value) : undefined;
    case 'first':
      return Array.isArray(value) && value.length ? value[0] : undefined;
    case 'last':
      return Array.isArray(value) && value.length ? value[value.length - 1] : undefined;
    case 'min':
      return numbers.length ? Math.min(...numbers) : undefined;
    case 'max':
      return numbers.length ? Math.max(...numbers) : undefined;
    case 'sum':
      return numbers.length ? numbers.reduce((a, b) => a + b, 0) : undefined;
    case 'avg':
      return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : undefined;
    case 'stddev': {
      if (!numbers.length) return undefined;
      const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
      return Math.sqrt(numbers.reduce((a, b) => a + (b - mean) ** 2, 0) / numbers.length);
    }
    default:
      return undefined;
  }
}

function applySegment(seg: JsonPathSegment, node: unknown, out: unknown[], roots: JsonPathRoots): void {
  switch (seg.kind) {
    case 'property':
      if (isObject(node)) for (const name of seg.names) if (hasOwn.call(node, name)) out.push(node[name]);
      return;
    case 'wildcard':
      if (Array.isArray(node)) out.push(...node);
      else if (isObject(node)) for (const key in node) out.push(node[key]);
      return;
    case 'index':
      if (Array.isArray(node)) {
        for (let index of seg.indices) {
          if (index < 0) index += node.length;
          if (index >= 0 && index < node.length) out.push(node[index]);
        }
      }
      return;
    case 'slice': {
      if (!Array.isArray(node)) return;
      const len = node.length;
      const step = seg.step ?? 1;
      let from = seg.start ?? 0;
      let to = seg.end ?? len;
      if (from < 0) from = Math.max(0, len + from);
      if (to < 0) to = len + to;
      to = Math.min(to, len);
      if (step <= 0) return;
      for (let i = from; i < to; i += step) out.push(node[i]);
      return;
    }
    case 'filter':
      if (Array.isArray(node)) {
        for (const item of node) if (filterMatches(seg.filter, item, roots)) out.push(item);
      } else if (isObject(node)) {
        if (filterMatches(seg.filter, node, roots)) out.push(node);
      }
      return;
    case 'function':
      return;
  }
}

function deepApply(seg: JsonPathSegment, node: unknown, out: unknown[], roots: JsonPathRoots): void {
  // A deep filter tests each object once (when the scan reaches it), not again as an array element.
  if (seg.kind !== 'filter' || isObject(node)) applySegment(seg, node, out, roots);
  if (Array.isArray(node)) for (const child of node) deepApply(seg, child, out, roots);
  else if (isObject(node)) for (const key in node) deepApply(seg, node[key], out, roots);
}

function operandValue(operand: FilterOperand, current: unknown, roots: JsonPathRoots): { value: unknown } | undefined {
  if (operand.kind === 'literal') return { value: operand.value };
  if (operand.kind === 'regex') return { value: operand };
  // Inherit from the roots (not spread) so lazily computed roots such as `context` stay lazy.
  const result = evaluateJsonPath(
    operand.path,
    operand.relative ? (Object.create(roots, { input: { value: current } }) as JsonPathRoots) : roots,
  );
  return result.found ? { value: result.value } : undefined;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function filterMatches(filter: FilterExpression, current: unknown, roots: JsonPathRoots): boolean {
  switch (filter.kind) {
    case 'or':
      return filterMatches(filter.left, current, roots) || filterMatches(filter.right, current, roots);
    case 'and':
      return filterMatches(filter.left, current, roots) && filterMatches(filter.right, current, roots);
    case 'not':
      return !filterMatches(filter.operand, current, roots);
    case 'exists':
      return operandValue(filter.operand, current, roots) !== undefined;
    case 'compare': {
      const left = operandValue(filter.left, current, roots);
      const right = operandValue(filter.right, current, roots);
      if (!left || !right) return filter.op === '!=' && (left !== undefined || right !== undefined);
      const a = left.value;
      const b = right.value;
      switch (filter.op) {
        case '==':
          return deepEqual(a, b);
        case '!=':
          return !deepEqual(a, b);
        case '<':
        case '<=':
        case '>':
        case '>=': {
          if (!((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string'))) return false;
          if (filter.op === '<') return a < b;
          if (filter.op === '<=') return a <= b;
          if (filter.op === '>') return a > b;
          return a >= b;
        }
        case '=~': {
          if (typeof a !== 'string' || typeof b !== 'object' || b === null) return false;
          const regex = b as { source: string; flags: string };
          try {
            // Jayway matches the whole string (Java Matcher.matches).
            return new RegExp(`^(?:${regex.source})$`, regex.flags.replace(/[^imsu]/g, '')).test(a);
          } catch {
            return false;
          }
        }
        case 'in':
          return Array.isArray(b) && b.some((v) => deepEqual(a, v));
        case 'nin':
          return Array.isArray(b) && !b.some((v) => deepEqual(a, v));
      }
    }
  }
}
