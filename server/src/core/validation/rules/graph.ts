/**
 * The graph of each scope: every state reachable from StartAt (real reachability, so orphan cycles
 * are found too), every non-terminal state with a way on, no loop without a way out, and state
 * names unique across the whole machine. Linear: each scope is indexed once and walked a constant
 * number of times.
 */
import type { Scope, State, StateMachine } from '../../model/types';
import { getProperty } from '../../syntax/tree';
import type { ValidationContext, ValidationRule } from '../context';
import { describeScope } from '../scopes';
import { quotedList } from '../suggest';

const NEEDS_TRANSITION = new Set(['Task', 'Pass', 'Wait', 'Parallel', 'Map']);
const MAX_NAMES_IN_MESSAGE = 5;

export const graphRule: ValidationRule = {
  name: 'graph',
  check(context) {
    for (const scope of context.machine.scopes) checkScope(scope, context);
    checkDuplicateNames(context.machine, context);
  },
};

/** The positions (in `index`) of the states a state can move to, within its scope. */
function successorPositions(state: State, index: ReadonlyMap<string, number>): number[] {
  const result: number[] = [];
  const add = (target: State | undefined): void => {
    if (!target) return;
    const position = index.get(target.name);
    if (position !== undefined) result.push(position);
  };
  add(state.next?.target);
  add(state.defaultRef?.target);
  for (const rule of state.choices) add(rule.next?.target);
  for (const catcher of state.catchers) add(catcher.next?.target);
  return result;
}

function hasUnresolvedReference(state: State): boolean {
  if (state.next && !state.next.target) return true;
  if (state.defaultRef && !state.defaultRef.target) return true;
  for (const rule of state.choices) if (rule.next && !rule.next.target) return true;
  for (const catcher of state.catchers) if (catcher.next && !catcher.next.target) return true;
  return false;
}

function checkScope(scope: Scope, context: ValidationContext): void {
  // Only the first definition of a repeated name takes part; the others are reported as duplicates.
  const states = scope.stateList.filter((state) => scope.states.get(state.name) === state);
  // Positions by name: resolved targets are exactly these first definitions, and a string key
  // hashes faster than an object key.
  const index = new Map<string, number>();
  states.forEach((state, position) => index.set(state.name, position));

  // Transitions: Next or End on the states that need one.
  const exits = new Array<boolean>(states.length).fill(false);
  states.forEach((state, position) => {
    const node = state.node;
    if (!node || !state.type) {
      exits[position] = true; // Reported by the structure rule; not a graph problem.
      return;
    }
    if (state.type === 'Succeed' || state.type === 'Fail') {
      exits[position] = true;
      return;
    }
    if (hasUnresolvedReference(state)) exits[position] = true; // Reported by the reference rule.
    if (!NEEDS_TRANSITION.has(state.type)) return;
    const next = getProperty(node, 'Next');
    const end = getProperty(node, 'End');
    const endsHere = end?.value?.type === 'boolean' && end.value.value;
    if (endsHere) exits[position] = true;
    if (!next && !endsHere) {
      exits[position] = true;
      context.report({
        code: 'graph/missing-transition',
        severity: 'error',
        message: `The ${state.type} state "${state.name}" has neither "Next" nor "End": true. Add "Next" with the state to run after it, or "End": true if the ${scope.kind === 'machine' ? 'execution' : scope.kind === 'branch' ? 'branch' : 'iteration'} ends here.`,
        offset: state.keyNode.offset,
        length: state.keyNode.length,
      });
    } else if (next && endsHere) {
      context.report({
        code: 'graph/next-and-end',
        severity: 'error',
        message: `The state "${state.name}" has both "Next" and "End": true; a state either moves on or ends. Remove one of them.`,
        offset: end!.key.offset,
        length: end!.key.length,
      });
    }
  });

  const start = scope.startAt?.target;
  if (!start || start.scope !== scope) return;

  // Reachability from StartAt, breadth first; `order` keeps the order of discovery.
  const reached = new Array<boolean>(states.length).fill(false);
  const order: number[] = [];
  const startIndex = index.get(start.name);
  if (startIndex === undefined) return;
  reached[startIndex] = true;
  order.push(startIndex);
  const forward: number[][] = states.map((state) => successorPositions(state, index));
  for (let cursor = 0; cursor < order.length; cursor++) {
    for (const target of forward[order[cursor]!]!) {
      if (!reached[target]) {
        reached[target] = true;
        order.push(target);
      }
    }
  }
  states.forEach((state, position) => {
    if (reached[position]) return;
    context.report({
      code: 'graph/unreachable',
      severity: 'error',
      message: `The state "${state.name}" can never run: no path leads to it from "${start.name}" (the StartAt of ${describeScope(scope)}). Point a "Next" to it, or delete it.`,
      offset: state.keyNode.offset,
      length: state.keyNode.length,
      tags: ['unnecessary'],
    });
  });

  // States that can reach an exit, found backwards from the exits.
  const backward: number[][] = states.map(() => []);
  forward.forEach((targets, source) => {
    for (const target of targets) backward[target]!.push(source);
  });
  const canExit = exits.slice();
  const queue: number[] = [];
  exits.forEach((isExit, position) => {
    if (isExit) queue.push(position);
  });
  for (let cursor = 0; cursor < queue.length; cursor++) {
    for (const source of backward[queue[cursor]!]!) {
      if (!canExit[source]) {
        canExit[source] = true;
        queue.push(source);
      }
    }
  }

  // Reachable states that cannot exit form closed loops; report each connected group once, at the
  // state where the execution first enters it.
  const group = new Array<number>(states.length).fill(-1);
  for (const entry of order) {
    if (canExit[entry] || group[entry] !== -1) continue;
    const members: number[] = [entry];
    group[entry] = entry;
    for (let cursor = 0; cursor < members.length; cursor++) {
      const current = members[cursor]!;
      for (const neighbour of [...forward[current]!, ...backward[current]!]) {
        if (!canExit[neighbour] && reached[neighbour] && group[neighbour] === -1) {
          group[neighbour] = entry;
          members.push(neighbour);
        }
      }
    }
    const names = members.slice(0, MAX_NAMES_IN_MESSAGE).map((member) => states[member]!.name);
    const more = members.length > MAX_NAMES_IN_MESSAGE ? ` and ${members.length - MAX_NAMES_IN_MESSAGE} more` : '';
    const entryState = states[entry]!;
    context.report({
      code: 'graph/no-exit-loop',
      severity: 'error',
      message: `Once the execution reaches "${entryState.name}" it can never finish: ${members.length === 1 ? 'it only leads back to itself' : `${quotedList(names, 'and')}${more} only lead to each other`}, and none of them reaches an "End": true, Succeed or Fail state. Add a Choice rule or "Next" that leaves the loop.`,
      offset: entryState.keyNode.offset,
      length: entryState.keyNode.length,
      data: { states: members.map((member) => states[member]!.name) },
    });
  }
}

function checkDuplicateNames(machine: StateMachine, context: ValidationContext): void {
  for (const [name, states] of machine.statesByName) {
    if (states.length < 2) continue;
    const first = states[0]!;
    for (const state of states.slice(1)) {
      const sameScope = state.scope === first.scope;
      context.report({
        code: 'graph/duplicate-state-name',
        severity: 'error',
        message: sameScope
          ? `A state named "${name}" is already defined in this "States" object; rename one of them.`
          : `A state named "${name}" already exists in ${describeScope(first.scope)}. State names must be unique across the whole state machine, including Parallel branches and Map item processors; rename one of them.`,
        offset: state.keyNode.offset,
        length: state.keyNode.length,
        data: { name },
      });
    }
  }
}
