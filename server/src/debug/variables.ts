// The data of a paused state as the Variables view shows it: scopes (Input, Variables, Context;
// Result, Output and the processing stages of the state that just ran; the error when paused on
// one) and their JSON values, one level at a time, each with the expression that selects it.
// scopeContents runs in the run worker (controller.ts) and its plain data crosses to the adapter.
import type { DebugError, DebugStateOutcome, DebugStatePoint } from '../core/interpreter/index';

/** What the paused state itself adds to its frame: the error it raised, the outcome of the state before it. */
export interface PausedDetails {
  error?: DebugError;
  previous?: { outcome: DebugStateOutcome };
}

export interface VariableNode {
  name: string;
  value: unknown;
  /** A JSONPath that selects this value from the paused state (for watch and "Copy as Expression"). */
  evaluateName?: string;
  /** A scope lists its value's members; a scope holding a plain value lists that value. */
  isScope?: boolean;
}

export interface ScopeContent {
  name: string;
  node: VariableNode;
}

/** JSONPath stages in the order a state applies them, with the names the Variables view shows. */
const STAGES: Array<[key: string, name: string]> = [
  ['afterInputPath', 'After InputPath'],
  ['afterParameters', 'After Parameters'],
  ['afterResultSelector', 'After ResultSelector'],
  ['afterResultPath', 'After ResultPath'],
  ['errorOutput', 'Error Output'],
];

/** The scopes of a stack frame; `paused` is given for the innermost frame (the paused state itself). */
export function scopeContents(point: DebugStatePoint, paused: PausedDetails | undefined): ScopeContent[] {
  const scope = (name: string, value: unknown, evaluateName?: string): ScopeContent => ({
    name,
    node: { name, value, isScope: true, ...(evaluateName !== undefined ? { evaluateName } : {}) },
  });
  const scopes = [scope('Input', point.input, '$'), scope('Variables', point.variables(), ''), scope('Context', point.context(), '$$')];
  if (!paused) return scopes;
  if (paused.error) {
    const error: Record<string, unknown> = { Error: paused.error.error, Handled: paused.error.handled };
    if (paused.error.cause !== undefined) error.Cause = paused.error.cause;
    scopes.push(scope('Error', error));
    scopes.push(...stageScopes(paused.error.stages));
  }
  const previous = paused.previous;
  if (previous) {
    const stages = previous.outcome.stages;
    const states = stages.states as Record<string, unknown> | undefined;
    const result = states ? states.result : stages.result;
    if (result !== undefined) scopes.push(scope('Result', result));
    scopes.push(scope('Output', previous.outcome.output));
    scopes.push(...stageScopes(stages));
  }
  return scopes;
}

function stageScopes(stages: Record<string, unknown> | undefined): ScopeContent[] {
  if (!stages) return [];
  const out: ScopeContent[] = [];
  for (const [key, name] of STAGES) {
    if (key in stages) out.push({ name, node: { name, value: stages[key], isScope: true } });
  }
  const states = stages.states as Record<string, unknown> | undefined;
  if (states) {
    // $states.context is a getter on the interpreter's object: read it once into plain data.
    const plain: Record<string, unknown> = { input: states.input };
    if (states.result !== undefined) plain.result = states.result;
    if (states.errorOutput !== undefined) plain.errorOutput = states.errorOutput;
    plain.context = states.context;
    out.push({ name: '$states', node: { name: '$states', value: plain, isScope: true, evaluateName: '$states' } });
  }
  return out;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The members of an object or array (or, for a scope holding a plain value, that value). */
export function childrenOf(node: VariableNode): VariableNode[] {
  const { value, evaluateName } = node;
  const path = (suffix: string): string | undefined => (evaluateName === undefined ? undefined : `${evaluateName}${suffix}`);
  const child = (name: string, childValue: unknown, childPath: string | undefined): VariableNode =>
    childPath === undefined ? { name, value: childValue } : { name, value: childValue, evaluateName: childPath };
  if (Array.isArray(value)) return value.map((item, index) => child(`[${index}]`, item, path(`[${index}]`)));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([key, member]) => {
      // The Variables scope holds variables: each is `$name` on its own.
      if (evaluateName === '') return child(key, member, `$${key}`);
      return child(key, member, path(IDENTIFIER.test(key) ? `.${key}` : `['${key.replace(/'/g, "\\'")}']`));
    });
  }
  return node.isScope ? [child('value', value, evaluateName)] : [];
}

/** How a value is shown on one line, and whether it can be expanded. */
export function describeValue(value: unknown): { text: string; type: string; container: boolean } {
  if (Array.isArray(value)) return { text: `Array(${value.length})${preview(value)}`, type: 'array', container: true };
  if (value === null) return { text: 'null', type: 'null', container: false };
  if (typeof value === 'object') return { text: preview(value) || '{}', type: 'object', container: true };
  if (value === undefined) return { text: 'undefined', type: 'undefined', container: false };
  return { text: JSON.stringify(value), type: typeof value, container: false };
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  return text.length > 80 ? ` ${text.slice(0, 79)}…` : Array.isArray(value) ? ` ${text}` : text;
}
