/**
 * Workflow variables: where each one is assigned (`Assign` of a state, of a Choice rule, of a
 * Catch) and which ones may hold a value when a state starts.
 *
 * The rules (AWS developer guide, "Passing data between states with variables"):
 * - A state's Assign takes effect when the state completes, so its own fields still see the old
 *   values; the next state sees the new ones. A Choice rule's Assign applies when the rule is taken;
 *   a Catch's Assign (not the state's) when the error is caught.
 * - The states of a Parallel branch or a Map item processor see the variables of the enclosing
 *   scope as they were when the Parallel/Map started; what they assign stays inside. A Distributed
 *   Map's child workflows see no outer variables at all.
 *
 * The analysis is a "may be assigned" data flow: a variable is visible at a state when some path
 * from the scope's StartAt to the state passes an assignment. It runs once per machine over
 * bitsets (one bit per variable name), scope by scope from the outside in, so it stays linear in
 * practice even for thousands of states.
 */
import { asObject, asString, getPropertyValue, type AstNode, type ObjectNode, type PropertyNode } from '../syntax/tree';
import type { Scope, State, StateMachine } from '../model/types';
import { analyzeExpressions, type VariableReference } from './expressionSites';

export type AssignmentKind = 'state' | 'choiceRule' | 'catcher';

/** One `"name": value` entry of an Assign object. */
export interface VariableAssignment {
  /** The variable name (for a JSONPath `"name.$"` key, without `.$`). */
  name: string;
  /** The state that holds the Assign. */
  state: State;
  kind: AssignmentKind;
  /** For choiceRule and catcher: the index of the rule or catcher. */
  index?: number;
  /** The property in the Assign object; its key is the definition to navigate to. */
  property: PropertyNode;
}

export interface VariableAnalysis {
  /** Every assignment in the machine, in document order. */
  assignments: VariableAssignment[];
  /** Assignments by variable name. */
  assignmentsByName: Map<string, VariableAssignment[]>;
  /** Every `$name` read in an expression. */
  references: VariableReference[];
  /** False for states that the data flow never reaches (unreachable from their scope's StartAt). */
  isReached(state: State): boolean;
  /** True when some path to `state` assigns `name` before `state` starts. */
  isVisibleAt(state: State, name: string): boolean;
  /**
   * The variables that may hold a value when `state` starts, each with the assignments that may
   * have set it (for completion, hover and go to definition). Linear in the machine per call.
   */
  visibleAt(state: State): Map<string, VariableAssignment[]>;
  /** Why a name is not visible: never assigned, or assigned only where `state` cannot see it. */
  whyNotVisible(state: State, name: string): 'never-assigned' | 'not-before' | 'distributed-map' | 'inner-scope';
  /** The `$name` read whose range contains `offset` (end included), for hover and go to definition. */
  referenceAt(offset: number): VariableReference | undefined;
  /** The Assign entries that may have set the variable a read sees (go to definition). */
  definitionsOf(reference: VariableReference): VariableAssignment[];
  /** Every read that may see the value `assignment` sets (find references, rename). */
  referencesTo(assignment: VariableAssignment): VariableReference[];
}

/** The reserved variable name (`$states` in JSONata). */
export const RESERVED_VARIABLE_NAMES: ReadonlySet<string> = new Set(['states']);

/**
 * Valid variable names follow Unicode identifier rules (AWS: "the rules for Unicode identifiers");
 * `_` is accepted as a first character too, as JSONata does.
 */
export const VARIABLE_NAME = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;

/** The variable name an Assign key defines (`"x.$"` in JSONPath states defines `x`). */
export function variableNameOfKey(key: string): string {
  return key.endsWith('.$') ? key.slice(0, -2) : key;
}

const analyses = new WeakMap<StateMachine, VariableAnalysis>();
const NO_ASSIGNMENTS: number[] = [];

/** The variable analysis of a machine, computed on first use and cached. */
export function analyzeVariables(machine: StateMachine): VariableAnalysis {
  let analysis = analyses.get(machine);
  if (!analysis) {
    analysis = new VariableFlow(machine).solve();
    analyses.set(machine, analysis);
  }
  return analysis;
}

/** An edge of the state graph and the assignments made when it is taken. */
interface Edge {
  target: number;
  /** Indexes into `assignments`. */
  assignments: number[];
  /** The names those assignments set, as a bitset; undefined when there are none. */
  bits?: Uint32Array;
}

class VariableFlow {
  private readonly assignments: VariableAssignment[] = [];
  private readonly assignmentsByName = new Map<string, VariableAssignment[]>();
  private readonly nameIndex = new Map<string, number>();
  private readonly stateIndex = new Map<State, number>();
  private readonly edges: Edge[][] = [];
  /** Per state, `words` words: the bitset of names that may be assigned at its entry. */
  private entries = new Uint32Array(0);
  /** Per state: 1 once the data flow reaches it from its scope's StartAt. */
  private reached = new Uint8Array(0);
  /** Per state: its position in its scope's visiting order. */
  private rank = new Int32Array(0);
  /** Per state: seen by the depth-first walk (each state belongs to one scope, walked once). */
  private visited = new Uint8Array(0);
  private words = 1;

  constructor(private readonly machine: StateMachine) {}

  solve(): VariableAnalysis {
    for (const state of this.machine.states) this.collectAssignments(state);
    return this.result();
  }

  private solved = false;

  /**
   * The data flow itself, run on first need: a machine whose expressions read no variable (most
   * machines) never pays for it.
   */
  private ensureFlow(): void {
    if (this.solved) return;
    this.solved = true;
    const states = this.machine.states;
    states.forEach((state, index) => this.stateIndex.set(state, index));
    this.assignments.forEach((assignment, position) => {
      const list = this.assignmentsOfState.get(assignment.state);
      if (list) list.push(position);
      else this.assignmentsOfState.set(assignment.state, [position]);
    });
    this.words = Math.max(1, Math.ceil(this.nameIndex.size / 32));
    for (const state of states) this.edges.push(this.edgesOf(state));
    this.entries = new Uint32Array(states.length * this.words);
    this.reached = new Uint8Array(states.length);
    this.rank = new Int32Array(states.length);
    this.visited = new Uint8Array(states.length);
    for (const scope of this.machine.scopes) this.solveScope(scope);
  }

  private collectAssignments(state: State): void {
    const node = state.node;
    if (!node) return;
    this.collectAssign(getPropertyValue(node, 'Assign'), state, 'state', undefined);
    for (const rule of state.choices) this.collectAssign(getPropertyValue(rule.node, 'Assign'), state, 'choiceRule', rule.index);
    for (const catcher of state.catchers) this.collectAssign(getPropertyValue(catcher.node, 'Assign'), state, 'catcher', catcher.index);
  }

  private collectAssign(value: AstNode | undefined, state: State, kind: AssignmentKind, index: number | undefined): void {
    const assign: ObjectNode | undefined = asObject(value);
    if (!assign) return;
    for (const property of assign.properties) {
      // Only JSONPath states mark evaluated values with ".$"; in JSONata the key is the name as written.
      const name = state.queryLanguage === 'JSONPath' ? variableNameOfKey(property.keyValue) : property.keyValue;
      const assignment: VariableAssignment = { name, state, kind, property };
      if (index !== undefined) assignment.index = index;
      this.assignments.push(assignment);
      const list = this.assignmentsByName.get(name);
      if (list) list.push(assignment);
      else this.assignmentsByName.set(name, [assignment]);
      if (!this.nameIndex.has(name)) this.nameIndex.set(name, this.nameIndex.size);
    }
  }

  /** Indexes (into `assignments`) of the assignments of one kind in a state. */
  private assignmentIndexes(state: State, kind: AssignmentKind, index?: number): number[] {
    const out: number[] = [];
    for (const position of this.assignmentsOfState.get(state) ?? []) {
      const assignment = this.assignments[position]!;
      if (assignment.kind === kind && assignment.index === index) out.push(position);
    }
    return out;
  }

  private readonly assignmentsOfState = new Map<State, number[]>();

  private edgesOf(state: State): Edge[] {
    const edges: Edge[] = [];
    const own = this.assignmentsOfState.has(state) ? this.assignmentIndexes(state, 'state') : NO_ASSIGNMENTS;
    const add = (target: State | undefined, assignments: number[]): void => {
      const index = target ? this.stateIndex.get(target) : undefined;
      if (index === undefined) return;
      const edge: Edge = { target: index, assignments };
      if (assignments.length) edge.bits = this.bitsOf(assignments);
      edges.push(edge);
    };
    add(state.next?.target, own);
    add(state.defaultRef?.target, own);
    // A rule's Assign applies when the rule is taken; the state's Assign is included too, so a
    // variable is never reported missing because of which of the two AWS applies.
    const assigns = this.assignmentsOfState.has(state);
    for (const rule of state.choices)
      add(rule.next?.target, assigns ? [...own, ...this.assignmentIndexes(state, 'choiceRule', rule.index)] : NO_ASSIGNMENTS);
    for (const catcher of state.catchers)
      add(catcher.next?.target, assigns ? this.assignmentIndexes(state, 'catcher', catcher.index) : NO_ASSIGNMENTS);
    return edges;
  }

  private bitsOf(assignments: number[]): Uint32Array {
    const bits = new Uint32Array(this.words);
    for (const position of assignments) {
      const name = this.nameIndex.get(this.assignments[position]!.name)!;
      bits[name >>> 5]! |= 1 << (name & 31);
    }
    return bits;
  }

  private solveScope(scope: Scope): void {
    const start = scope.startAt?.target;
    if (!start) return;
    const words = this.words;
    const entries = this.entries;
    const startIndex = this.stateIndex.get(start)!;
    const owner = scope.owner;
    if (owner) {
      const ownerIndex = this.stateIndex.get(owner)!;
      // An owner that is never reached leaves its inner states unreached too.
      if (!this.reached[ownerIndex]) return;
      // Inline Map and Parallel: the inner scope starts with the variables visible at the owner.
      if (!isDistributedMap(owner)) entries.copyWithin(startIndex * words, ownerIndex * words, (ownerIndex + 1) * words);
    }
    this.reached[startIndex] = 1;
    // Visit in reverse postorder, so every state is merged from all its forward predecessors
    // before it passes its own set on; only loops (back edges) need another round.
    const order = this.reversePostorder(startIndex);
    // Scopes have disjoint states, so one rank array serves them all.
    const rank = this.rank;
    order.forEach((state, position) => (rank[state] = position));
    let again = true;
    for (let round = 0; again && round < 32 * words + 2; round++) {
      again = false;
      for (const from of order) {
        if (!this.reached[from]) continue;
        const fromBase = from * words;
        for (const edge of this.edges[from]!) {
          const targetBase = edge.target * words;
          const bits = edge.bits;
          let changed = !this.reached[edge.target];
          this.reached[edge.target] = 1;
          for (let word = 0; word < words; word++) {
            const current = entries[targetBase + word]!;
            const merged = current | entries[fromBase + word]! | (bits ? bits[word]! : 0);
            if (merged !== current) {
              entries[targetBase + word] = merged;
              changed = true;
            }
          }
          if (changed && rank[edge.target]! <= rank[from]!) again = true;
        }
      }
    }
  }

  /** The states reachable from `start`, in reverse postorder of a depth-first walk (iterative). */
  private reversePostorder(start: number): number[] {
    const postorder: number[] = [];
    const visited = this.visited;
    const stack: { state: number; next: number }[] = [{ state: start, next: 0 }];
    visited[start] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const edges = this.edges[top.state]!;
      if (top.next < edges.length) {
        const target = edges[top.next++]!.target;
        if (!visited[target]) {
          visited[target] = 1;
          stack.push({ state: target, next: 0 });
        }
      } else {
        postorder.push(top.state);
        stack.pop();
      }
    }
    return postorder.reverse();
  }

  private result(): VariableAnalysis {
    const { assignments, assignmentsByName, nameIndex, stateIndex, edges, machine } = this;
    const references = analyzeExpressions(machine).variableReferences;
    const isReached = (state: State): boolean => {
      this.ensureFlow();
      const index = stateIndex.get(state);
      return index !== undefined && this.reached[index] === 1;
    };
    const isVisibleAt = (state: State, name: string): boolean => {
      this.ensureFlow();
      const index = stateIndex.get(state);
      const bit = nameIndex.get(name);
      if (index === undefined || bit === undefined) return false;
      return this.reached[index] === 1 && (this.entries[index * this.words + (bit >>> 5)]! & (1 << (bit & 31))) !== 0;
    };
    let predecessors: number[][] | undefined;
    const visibleAt = (state: State): Map<string, VariableAssignment[]> => {
      const visible = new Map<string, VariableAssignment[]>();
      this.ensureFlow();
      if (!stateIndex.has(state)) return visible;
      predecessors ??= buildPredecessors(edges);
      // Walk back from the state (and from the owners of its enclosing scopes) over the edges
      // that lead to it, collecting the assignments those edges make.
      let current: State | undefined = state;
      while (current) {
        const seen = new Set<number>();
        const stack = [stateIndex.get(current)!];
        while (stack.length) {
          const target = stack.pop()!;
          for (const from of predecessors[target]!) {
            for (const edge of edges[from]!) {
              if (edge.target !== target) continue;
              for (const position of edge.assignments) {
                const assignment = assignments[position]!;
                const list = visible.get(assignment.name);
                if (!list) visible.set(assignment.name, [assignment]);
                else if (!list.includes(assignment)) list.push(assignment);
              }
            }
            if (!seen.has(from)) {
              seen.add(from);
              stack.push(from);
            }
          }
        }
        const owner: State | undefined = current.scope.owner;
        current = owner && !isDistributedMap(owner) ? owner : undefined;
      }
      return visible;
    };
    const whyNotVisible = (state: State, name: string): 'never-assigned' | 'not-before' | 'distributed-map' | 'inner-scope' => {
      const candidates = assignmentsByName.get(name);
      if (!candidates) return 'never-assigned';
      const outerScopes = new Set<Scope>();
      let distributedOwner = false;
      for (let scope: Scope | undefined = state.scope; scope; scope = scope.parent) {
        outerScopes.add(scope);
        if (scope.owner && isDistributedMap(scope.owner)) {
          distributedOwner = true;
          break;
        }
      }
      if (candidates.some((assignment) => outerScopes.has(assignment.state.scope))) return 'not-before';
      if (distributedOwner && candidates.some((assignment) => !isInside(assignment.state.scope, state.scope))) return 'distributed-map';
      return 'inner-scope';
    };
    const referenceAt = (offset: number): VariableReference | undefined =>
      references.find((reference) => offset >= reference.offset && offset <= reference.offset + reference.length);
    const definitionsOf = (reference: VariableReference): VariableAssignment[] => visibleAt(reference.state).get(reference.name) ?? [];
    const referencesTo = (assignment: VariableAssignment): VariableReference[] => {
      // One backward walk per state that reads the name, not per read.
      const seesIt = new Map<State, boolean>();
      return references.filter((reference) => {
        if (reference.name !== assignment.name) return false;
        let sees = seesIt.get(reference.state);
        if (sees === undefined) {
          sees = (visibleAt(reference.state).get(assignment.name) ?? []).includes(assignment);
          seesIt.set(reference.state, sees);
        }
        return sees;
      });
    };
    return {
      assignments,
      assignmentsByName,
      references,
      isReached,
      isVisibleAt,
      visibleAt,
      whyNotVisible,
      referenceAt,
      definitionsOf,
      referencesTo,
    };
  }
}

function buildPredecessors(edges: Edge[][]): number[][] {
  const predecessors: number[][] = edges.map(() => []);
  edges.forEach((list, from) => {
    for (const edge of list) {
      const into = predecessors[edge.target]!;
      if (into[into.length - 1] !== from) into.push(from);
    }
  });
  return predecessors;
}

function isInside(scope: Scope, container: Scope): boolean {
  for (let current: Scope | undefined = scope; current; current = current.parent) if (current === container) return true;
  return false;
}

/** A Map whose item processor runs as child workflow executions (ProcessorConfig.Mode DISTRIBUTED). */
export function isDistributedMap(state: State): boolean {
  if (state.type !== 'Map' || !state.node) return false;
  const processor = asObject(getPropertyValue(state.node, 'ItemProcessor'));
  const config = asObject(getPropertyValue(processor, 'ProcessorConfig'));
  return asString(getPropertyValue(config, 'Mode'))?.value === 'DISTRIBUTED';
}
