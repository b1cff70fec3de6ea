// Coverage of a state machine by test runs: the states entered and the transitions taken, in every
// scope. A transition is an edge of the model: a Next, a Choice rule, a Default or a Catcher (the
// StartAt of a scope is no transition). The totals come from the model, so an edge no run can take
// (an unreachable state's) still counts against the machine.
import type { Catcher, ChoiceRule, State, StateMachine } from '../model/types';
import type { Transition, TransitionKind } from '../interpreter/types';

/** What runs did: state names entered and transition keys taken (see transitionKey). */
export interface CoverageRecord {
  states: Set<string>;
  transitions: Set<string>;
}

export function emptyCoverage(): CoverageRecord {
  return { states: new Set(), transitions: new Set() };
}

export function transitionKey(from: string, kind: Exclude<TransitionKind, 'StartAt'>, index: number): string {
  return `${from}\u0000${kind}\u0000${index}`;
}

/** An observer for StartExecutionOptions.onTransition that adds to `record`. */
export function recordTransitions(record: CoverageRecord): (transition: Transition) => void {
  return (transition) => {
    record.states.add(transition.to);
    if (transition.from !== undefined && transition.kind !== 'StartAt')
      record.transitions.add(transitionKey(transition.from, transition.kind, transition.index));
  };
}

export function mergeCoverage(into: CoverageRecord, from: CoverageRecord): void {
  for (const state of from.states) into.states.add(state);
  for (const transition of from.transitions) into.transitions.add(transition);
}

/** One edge of the machine, as coverage counts it. */
export interface CoverageEdge {
  from: State;
  to: string;
  kind: Exclude<TransitionKind, 'StartAt'>;
  index: number;
  /** The Choice rule or Catcher (branches in the editor's coverage); absent for Next and Default. */
  rule?: ChoiceRule | Catcher;
  covered: boolean;
}

export interface StateCoverage {
  state: State;
  covered: boolean;
  edges: CoverageEdge[];
}

export interface MachineCoverage {
  machine: StateMachine;
  states: StateCoverage[];
  summary: {
    states: { covered: number; total: number; uncovered: string[] };
    transitions: { covered: number; total: number };
  };
}

/** The machine's states and edges, each marked covered or not by `record`. */
export function computeCoverage(machine: StateMachine, record: CoverageRecord): MachineCoverage {
  const states: StateCoverage[] = [];
  let coveredStates = 0;
  let totalEdges = 0;
  let coveredEdges = 0;
  const uncovered: string[] = [];
  for (const state of machine.states) {
    const edges: CoverageEdge[] = [];
    const add = (kind: CoverageEdge['kind'], index: number, to: string | undefined, rule?: ChoiceRule | Catcher): void => {
      if (to === undefined) return;
      const edge: CoverageEdge = { from: state, to, kind, index, covered: record.transitions.has(transitionKey(state.name, kind, index)) };
      if (rule) edge.rule = rule;
      edges.push(edge);
    };
    add('Next', 0, state.next?.name);
    for (const rule of state.choices) add('Choice', rule.index, rule.next?.name, rule);
    add('Default', 0, state.defaultRef?.name);
    for (const catcher of state.catchers) add('Catch', catcher.index, catcher.next?.name, catcher);
    const covered = record.states.has(state.name);
    if (covered) coveredStates++;
    else uncovered.push(state.name);
    totalEdges += edges.length;
    coveredEdges += edges.filter((edge) => edge.covered).length;
    states.push({ state, covered, edges });
  }
  return {
    machine,
    states,
    summary: {
      states: { covered: coveredStates, total: machine.states.length, uncovered },
      transitions: { covered: coveredEdges, total: totalEdges },
    },
  };
}

/** States and transitions together, as a percentage (100 for a machine with nothing to cover). */
export function coveragePercent(summary: MachineCoverage['summary']): number {
  const total = summary.states.total + summary.transitions.total;
  if (total === 0) return 100;
  return ((summary.states.covered + summary.transitions.covered) / total) * 100;
}
