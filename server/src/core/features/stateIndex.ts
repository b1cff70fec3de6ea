/**
 * Per-analysis index of the spots that name states (state keys and references), sorted by
 * offset, and of the references to each state. Built once per StateMachine (cached in a WeakMap,
 * so it lives exactly as long as the analysis) and then answers each request in O(log n).
 */
import type { Scope, State, StateMachine, StateReference, StringNode } from '../model/types';

export interface StateSpot {
  /** The string node: a state's key, or a reference's value. */
  node: StringNode;
  /** The state whose key this is, or the state the reference resolves to (if it does). */
  state?: State;
  /** Set when the spot is a reference. */
  reference?: StateReference;
}

export interface StateIndex {
  spots: StateSpot[];
  referencesTo: Map<State, StateReference[]>;
  /** The state whose object is this node. */
  stateByObject: Map<object, State>;
  /** The scope whose object (machine root, branch, item processor) is this node. */
  scopeByObject: Map<object, Scope>;
}

const cache = new WeakMap<StateMachine, StateIndex>();

export function stateIndex(machine: StateMachine): StateIndex {
  let index = cache.get(machine);
  if (!index) {
    index = buildStateIndex(machine);
    cache.set(machine, index);
  }
  return index;
}

function buildStateIndex(machine: StateMachine): StateIndex {
  const spots: StateSpot[] = [];
  const referencesTo = new Map<State, StateReference[]>();
  const stateByObject = new Map<object, State>();
  for (const state of machine.states) {
    spots.push({ node: state.property.key, state });
    if (state.node) stateByObject.set(state.node, state);
  }
  for (const reference of machine.references) {
    spots.push({ node: reference.node, state: reference.target, reference });
    if (reference.target) {
      const list = referencesTo.get(reference.target);
      if (list) list.push(reference);
      else referencesTo.set(reference.target, [reference]);
    }
  }
  spots.sort((a, b) => a.node.offset - b.node.offset);
  const scopeByObject = new Map<object, Scope>(machine.scopes.map((scope) => [scope.node, scope]));
  return { spots, referencesTo, stateByObject, scopeByObject };
}

/**
 * Lets `next`, a copy of `previous` made after an edit inside a string that the model does not
 * read (AnalyzedDocument.edited), use the index built for `previous`: the index holds nodes and
 * model objects, which are the same, and reads their offsets when asked; such an edit moves the
 * nodes after it by the same amount, so their order stays.
 */
export function carryStateIndex(previous: StateMachine, next: StateMachine): void {
  const index = cache.get(previous);
  if (index) cache.set(next, index);
}

/** The state key or reference whose string contains `offset` (its quotes and end included). */
export function spotAt(machine: StateMachine, offset: number): StateSpot | undefined {
  const { spots } = stateIndex(machine);
  let low = 0;
  let high = spots.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spots[middle]!.node.offset <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (found < 0) return undefined;
  const spot = spots[found]!;
  return offset <= spot.node.offset + spot.node.length ? spot : undefined;
}
