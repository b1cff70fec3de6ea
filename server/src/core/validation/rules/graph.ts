/**
 * The graph of each scope: every state reachable from StartAt (real reachability, so orphan cycles
 * are found too), every non-terminal state with a way on, no loop without a way out, and state
 * names unique across the whole machine. Linear: transitions never leave their scope, so one pass
 * over the whole machine with per-state arrays (indexed by State.position) serves every scope.
 */
import type { State, StateMachine, StateReference } from '../../model/types';
import { getProperty } from '../../syntax/tree';
import type { ValidationContext, ValidationRule } from '../context';
import { describeScope } from '../scopes';
import { closestName, quotedList } from '../../text/suggest';

const NEEDS_TRANSITION = new Set(['Task', 'Pass', 'Wait', 'Parallel', 'Map']);
const MAX_NAMES_IN_MESSAGE = 5;
/** Guessing where an unknown reference meant to go costs a scan of its scope's names; past this many, every orphan is a guess. */
const MAX_GUESSES = 200;

export const graphRule: ValidationRule = {
  name: 'graph',
  check(context) {
    checkGraph(context.machine, context);
    checkDuplicateNames(context.machine, context);
  },
};

function hasUnresolvedReference(state: State): boolean {
  return unresolvedReferences(state).length > 0;
}

/** The state's transitions that name no state of its scope (reported by the reference rule). */
function unresolvedReferences(state: State): StateReference[] {
  const found: StateReference[] = [];
  if (state.next && !state.next.target) found.push(state.next);
  if (state.defaultRef && !state.defaultRef.target) found.push(state.defaultRef);
  for (const rule of state.choices) if (rule.next && !rule.next.target) found.push(rule.next);
  for (const catcher of state.catchers) if (catcher.next && !catcher.next.target) found.push(catcher.next);
  return found;
}

/** Only the first definition of a repeated name takes part; the others are reported as duplicates. */
function isFirstDefinition(state: State): boolean {
  return state.scope.states.get(state.name) === state;
}

/** Appends the transitions of a state, as positions; resolved targets are always first definitions in the same scope. */
function addSuccessors(state: State, targets: number[]): void {
  if (state.next?.target) targets.push(state.next.target.position);
  if (state.defaultRef?.target) targets.push(state.defaultRef.target.position);
  for (const rule of state.choices) if (rule.next?.target) targets.push(rule.next.target.position);
  for (const catcher of state.catchers) if (catcher.next?.target) targets.push(catcher.next.target.position);
}

function checkGraph(machine: StateMachine, context: ValidationContext): void {
  const states = machine.states;
  const count = states.length;
  const active = new Uint8Array(count);
  const exits = new Uint8Array(count);
  // The transitions of state p are forwardTargets[forwardStart[p] .. forwardStart[p + 1]): one flat
  // list for the whole machine instead of an array per state.
  const forwardStart = new Int32Array(count + 1);
  const forwardTargets: number[] = [];

  // Transitions: Next or End on the states that need one.
  for (const state of states) {
    const position = state.position;
    // States are numbered in order, so each one's transitions follow the previous one's.
    forwardStart[position] = forwardTargets.length;
    if (!isFirstDefinition(state)) continue;
    active[position] = 1;
    addSuccessors(state, forwardTargets);
    const node = state.node;
    if (!node || !state.type || state.type === 'Succeed' || state.type === 'Fail') {
      exits[position] = 1; // Terminal, or reported by the structure rule and not a graph problem.
      continue;
    }
    if (hasUnresolvedReference(state)) exits[position] = 1; // Reported by the reference rule.
    if (!NEEDS_TRANSITION.has(state.type)) continue;
    const next = getProperty(node, 'Next');
    const end = getProperty(node, 'End');
    const endsHere = end?.value?.type === 'boolean' && end.value.value;
    if (endsHere) exits[position] = 1;
    if (!next && !endsHere) {
      exits[position] = 1;
      const kind = state.scope.kind;
      context.report({
        code: 'graph/missing-transition',
        severity: 'error',
        message: `The ${state.type} state "${state.name}" has neither "Next" nor "End": true. Add "Next" with the state to run after it, or "End": true if the ${kind === 'machine' ? 'execution' : kind === 'branch' ? 'branch' : 'iteration'} ends here.`,
        offset: state.property.offset,
        length: state.property.keyLength,
      });
    } else if (next && endsHere) {
      context.report({
        code: 'graph/next-and-end',
        severity: 'error',
        message: `The state "${state.name}" has both "Next" and "End": true; a state either moves on or ends. Remove one of them.`,
        offset: end!.offset,
        length: end!.keyLength,
      });
    }
  }

  forwardStart[count] = forwardTargets.length;

  // Reachability from each scope's StartAt, breadth first; `order` keeps the order of discovery.
  const reached = new Uint8Array(count);
  const order: number[] = [];
  const checkedScopes = new Uint8Array(machine.scopes.length);
  machine.scopes.forEach((scope, scopeIndex) => {
    const start = scope.startAt?.target;
    if (!start || start.scope !== scope) return;
    checkedScopes[scopeIndex] = 1;
    if (reached[start.position]) return;
    reached[start.position] = 1;
    for (let cursor = order.push(start.position) - 1; cursor < order.length; cursor++) {
      const current = order[cursor]!;
      for (let edge = forwardStart[current]!; edge < forwardStart[current + 1]!; edge++) {
        const target = forwardTargets[edge]!;
        if (!reached[target]) {
          reached[target] = 1;
          order.push(target);
        }
      }
    }
  });
  const scopeIndexes = new Map(machine.scopes.map((scope, index) => [scope, index]));
  const behindUnknown = statesBehindUnknownReferences(machine, reached, active, forwardStart, forwardTargets);
  for (const state of states) {
    if (!active[state.position] || reached[state.position]) continue;
    const scope = state.scope;
    // Without a StartAt that names a state, every state would be "unreachable"; that is reported once, elsewhere.
    if (!checkedScopes[scopeIndexes.get(scope)!]) continue;
    const cause = behindUnknown.get(state.position);
    if (cause) {
      // One error at the cause (the reference rule's); the states cut off by it get a quieter note.
      const holder = cause.from ? ` (the "${cause.kind === 'Default' ? 'Default' : 'Next'}" of "${cause.from.name}")` : '';
      context.report({
        code: 'graph/unreachable-after-unknown-reference',
        // A hint: editors show it on the state, not as another entry in the list of problems.
        severity: 'hint',
        message: `The state "${state.name}" is not reached from "${scope.startAt!.name}" because "${cause.name}"${holder} names no state; fixing that reference may reach it.`,
        offset: state.property.offset,
        length: state.property.keyLength,
        related: [
          { offset: cause.node.offset, length: cause.node.length, message: `"${cause.name}" names no state of ${describeScope(scope)}.` },
        ],
      });
      continue;
    }
    context.report({
      code: 'graph/unreachable',
      severity: 'error',
      message: `The state "${state.name}" can never run: no path leads to it from "${scope.startAt!.name}" (the StartAt of ${describeScope(scope)}). Point a "Next" to it, or delete it.`,
      offset: state.property.offset,
      length: state.property.keyLength,
      tags: ['unnecessary'],
    });
  }

  // States that can reach an exit, found backwards from the exits.
  // The reversed transitions, flat in the same way: backwardSources[backwardStart[p] ..) lead to p.
  const edges = forwardTargets.length;
  const backwardStart = new Int32Array(count + 1);
  for (let edge = 0; edge < edges; edge++) backwardStart[forwardTargets[edge]! + 1]!++;
  for (let position = 0; position < count; position++) backwardStart[position + 1]! += backwardStart[position]!;
  const backwardSources = new Int32Array(edges);
  const fill = backwardStart.slice(0, count);
  for (let source = 0; source < count; source++) {
    for (let edge = forwardStart[source]!; edge < forwardStart[source + 1]!; edge++)
      backwardSources[fill[forwardTargets[edge]!]!++] = source;
  }
  const canExit = exits.slice();
  const queue: number[] = [];
  for (let position = 0; position < count; position++) if (exits[position]) queue.push(position);
  for (let cursor = 0; cursor < queue.length; cursor++) {
    const current = queue[cursor]!;
    for (let edge = backwardStart[current]!; edge < backwardStart[current + 1]!; edge++) {
      const source = backwardSources[edge]!;
      if (!canExit[source]) {
        canExit[source] = 1;
        queue.push(source);
      }
    }
  }

  // Reachable states that cannot exit form closed loops; report each connected group once, at the
  // state where the execution first enters it.
  const grouped = new Uint8Array(count);
  for (const entry of order) {
    if (canExit[entry] || grouped[entry]) continue;
    const members: number[] = [entry];
    grouped[entry] = 1;
    for (let cursor = 0; cursor < members.length; cursor++) {
      const current = members[cursor]!;
      const visit = (neighbour: number): void => {
        if (!canExit[neighbour] && reached[neighbour] && !grouped[neighbour]) {
          grouped[neighbour] = 1;
          members.push(neighbour);
        }
      };
      for (let edge = forwardStart[current]!; edge < forwardStart[current + 1]!; edge++) visit(forwardTargets[edge]!);
      for (let edge = backwardStart[current]!; edge < backwardStart[current + 1]!; edge++) visit(backwardSources[edge]!);
    }
    const names = members.slice(0, MAX_NAMES_IN_MESSAGE).map((member) => states[member]!.name);
    const more = members.length > MAX_NAMES_IN_MESSAGE ? ` and ${members.length - MAX_NAMES_IN_MESSAGE} more` : '';
    const entryState = states[entry]!;
    context.report({
      code: 'graph/no-exit-loop',
      severity: 'error',
      message: `Once the execution reaches "${entryState.name}" it can never finish: ${members.length === 1 ? 'it only leads back to itself' : `${quotedList(names, 'and')}${more} only lead to each other`}, and none of them reaches an "End": true, Succeed or Fail state. Add a Choice rule or "Next" that leaves the loop.`,
      offset: entryState.property.offset,
      length: entryState.property.keyLength,
      data: { states: members.map((member) => states[member]!.name) },
    });
  }
}

/**
 * The unreached states that an unknown reference may have been meant to reach, each with the
 * reference that cuts it off. Each unknown reference in a state that runs is taken to go where it
 * most likely meant: the state whose name is closest to what it says, or, when no name is close,
 * any state of its scope that nothing leads to. Whatever those reach is behind the broken
 * reference; what stays unreached is unreachable for good. Linear, like the reachability above.
 */
function statesBehindUnknownReferences(
  machine: StateMachine,
  reached: Uint8Array,
  active: Uint8Array,
  forwardStart: Int32Array,
  forwardTargets: number[],
): Map<number, StateReference> {
  const behind = new Map<number, StateReference>();
  const states = machine.states;
  const hasIncoming = new Uint8Array(states.length);
  for (const target of forwardTargets) hasIncoming[target] = 1;
  const orphansByScope = new Map<unknown, number[]>();
  for (const state of states) {
    if (!active[state.position] || reached[state.position] || hasIncoming[state.position]) continue;
    const orphans = orphansByScope.get(state.scope);
    if (orphans) orphans.push(state.position);
    else orphansByScope.set(state.scope, [state.position]);
  }
  if (orphansByScope.size === 0) return behind;

  let guesses = 0;
  const queue: number[] = [];
  // A scope's orphans are all taken after its first unguessable reference; later ones would add nothing.
  const orphansTaken = new Set<unknown>();
  const visit = (position: number, cause: StateReference): void => {
    if (reached[position] || behind.has(position) || !active[position]) return;
    behind.set(position, cause);
    queue.push(position);
  };
  const followUnknown = (state: State): void => {
    for (const reference of unresolvedReferences(state)) {
      const scope = reference.scope;
      const guess = guesses++ < MAX_GUESSES ? closestName(reference.name, scope.states.keys()) : undefined;
      const target = guess !== undefined ? scope.states.get(guess) : undefined;
      if (target) visit(target.position, reference);
      else if (!orphansTaken.has(scope)) {
        orphansTaken.add(scope);
        for (const orphan of orphansByScope.get(scope) ?? []) visit(orphan, reference);
      }
    }
  };
  for (const state of states) if (reached[state.position] && hasUnresolvedReference(state)) followUnknown(state);
  for (let cursor = 0; cursor < queue.length; cursor++) {
    const current = queue[cursor]!;
    const cause = behind.get(current)!;
    for (let edge = forwardStart[current]!; edge < forwardStart[current + 1]!; edge++) visit(forwardTargets[edge]!, cause);
    if (hasUnresolvedReference(states[current]!)) followUnknown(states[current]!);
  }
  return behind;
}

function checkDuplicateNames(machine: StateMachine, context: ValidationContext): void {
  // Over the values only: iterating the entries would build a [name, states] pair per state name.
  for (const states of machine.statesByName.values()) {
    if (states.length < 2) continue;
    const first = states[0]!;
    const name = first.name;
    for (const state of states.slice(1)) {
      const sameScope = state.scope === first.scope;
      context.report({
        code: 'graph/duplicate-state-name',
        severity: 'error',
        message: sameScope
          ? `A state named "${name}" is already defined in this "States" object; rename one of them.`
          : `A state named "${name}" already exists in ${describeScope(first.scope)}. State names must be unique across the whole state machine, including Parallel branches and Map item processors; rename one of them.`,
        offset: state.property.offset,
        length: state.property.keyLength,
        data: { name },
      });
    }
  }
}
