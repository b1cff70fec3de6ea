import type { ArrayNode, AstNode, ObjectNode, ParsedDocument, PropertyNode, StringNode } from '../syntax/tree';

export const STATE_TYPES = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'] as const;
export type StateType = (typeof STATE_TYPES)[number];

export const QUERY_LANGUAGES = ['JSONPath', 'JSONata'] as const;
export type QueryLanguage = (typeof QUERY_LANGUAGES)[number];

/**
 * The typed model of a state machine, built once from the offset tree. Every element keeps its
 * tree node, so features report and navigate by exact ranges. The model tolerates any tree: fields
 * of the wrong shape are simply absent here, and validation reports them.
 */
export interface StateMachine {
  document: ParsedDocument;
  /** The root object; undefined when the document's root is not an object. */
  node?: ObjectNode;
  /** The top-level scope (the machine's StartAt and States). */
  root?: Scope;
  /** The machine's QueryLanguage (JSONPath when absent). */
  queryLanguage: QueryLanguage;
  /** Every scope: the machine first, then Parallel branches and Map item processors in document order. */
  scopes: Scope[];
  /** Every state of every scope, in document order. */
  states: State[];
  /** Every state of every scope by name; more than one entry means a duplicate name. */
  statesByName: Map<string, State[]>;
  /** Every reference to a state (StartAt, Next, Default, Choices[].Next, Catch[].Next). */
  references: StateReference[];
}

export type ScopeKind = 'machine' | 'branch' | 'itemProcessor';

/** A set of states with its own StartAt: the machine, a Parallel branch, or a Map item processor. */
export interface Scope {
  kind: ScopeKind;
  /** The object that holds StartAt and States. */
  node: ObjectNode;
  /** The Parallel or Map state this scope belongs to; undefined for the machine. */
  owner?: State;
  /** The enclosing scope; undefined for the machine. */
  parent?: Scope;
  /** For a Parallel branch: its index in Branches. */
  branchIndex?: number;
  /** Nesting depth: 0 for the machine. */
  depth: number;
  startAt?: StateReference;
  /** The States object. */
  statesNode?: ObjectNode;
  /** The states of this scope by name (the first definition when a name repeats). */
  states: Map<string, State>;
  /** The states of this scope in document order (duplicates included). */
  stateList: State[];
}

export interface State {
  name: string;
  /** The state's position in StateMachine.states, for analyses that keep per-state arrays. */
  position: number;
  /** The property `"Name": {...}` in States. */
  property: PropertyNode;
  /** The state's object; undefined when the value is not an object. */
  node?: ObjectNode;
  scope: Scope;
  /** The state type when it is one of the eight; see typeNode for what was written. */
  type?: StateType;
  typeNode?: AstNode;
  /** The query language in force for this state: its own QueryLanguage, else the machine's. */
  queryLanguage: QueryLanguage;
  next?: StateReference;
  /** True when `"End": true`. */
  end: boolean;
  /** Choice: the Default reference. */
  defaultRef?: StateReference;
  /** Choice: the top-level rules. */
  choices: ChoiceRule[];
  /** Task, Parallel, Map: Retry entries. */
  retriers: Retrier[];
  /** Task, Parallel, Map: Catch entries. */
  catchers: Catcher[];
  /** Parallel: one scope per branch. */
  branches: Scope[];
  /** Map: the ItemProcessor (or legacy Iterator) scope. */
  itemProcessor?: Scope;
}

export interface ChoiceRule {
  node: ObjectNode;
  index: number;
  next?: StateReference;
}

export interface Retrier {
  node: ObjectNode;
  index: number;
  errorEquals: ErrorName[];
}

export interface Catcher {
  node: ObjectNode;
  index: number;
  errorEquals: ErrorName[];
  next?: StateReference;
}

export interface ErrorName {
  name: string;
  node: StringNode;
}

export type ReferenceKind = 'StartAt' | 'Next' | 'Default' | 'ChoiceNext' | 'CatchNext';

/** A string that names a state. `target` is the state it resolves to in its scope, if any. */
export interface StateReference {
  name: string;
  node: StringNode;
  kind: ReferenceKind;
  /** The scope in which the name must resolve. */
  scope: Scope;
  /** The state that holds the reference; undefined for StartAt. */
  from?: State;
  target?: State;
}

export type { ArrayNode, AstNode, ObjectNode, PropertyNode, StringNode };
