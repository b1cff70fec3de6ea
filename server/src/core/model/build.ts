import {
  asArray,
  asObject,
  asString,
  getProperty,
  getPropertyValue,
  type AstNode,
  type ObjectNode,
  type ParsedDocument,
  type StringNode,
} from '../syntax/tree';
import type { EditedString } from '../syntax/stringEdit';
import {
  STATE_TYPES,
  type Catcher,
  type ChoiceRule,
  type ErrorName,
  type QueryLanguage,
  type ReferenceKind,
  type Retrier,
  type Scope,
  type ScopeKind,
  type State,
  type StateMachine,
  type StateReference,
  type StateType,
} from './types';

const stateTypeSet = new Set<string>(STATE_TYPES);

/**
 * The shared empty list of a state without choices, retriers, catchers or branches. Never pushed
 * to: a state gets its own array before its first entry (only this file adds entries). Not frozen:
 * V8 iterates a frozen array with `for...of` through the generic iterator, allocating an iterator
 * and a result object per loop, and every rule loops over these lists for every state.
 */
const NONE: never[] = [];

/** Builds the typed model from a parsed document. Linear in the size of the tree; never throws. */
export function buildStateMachine(document: ParsedDocument): StateMachine {
  const node = asObject(document.root);
  const queryLanguage = readQueryLanguage(node) ?? 'JSONPath';
  const machine: StateMachine = {
    document,
    node,
    queryLanguage,
    scopes: [],
    states: [],
    statesByName: new Map(),
    references: [],
  };
  if (node) machine.root = buildScope(machine, node, 'machine', undefined, undefined, 0);
  for (const reference of machine.references) reference.target = reference.scope.states.get(reference.name);
  return machine;
}

function readQueryLanguage(node: ObjectNode | undefined): QueryLanguage | undefined {
  const value = asString(getPropertyValue(node, 'QueryLanguage'))?.value;
  return value === 'JSONata' || value === 'JSONPath' ? value : undefined;
}

function buildScope(
  machine: StateMachine,
  node: ObjectNode,
  kind: ScopeKind,
  owner: State | undefined,
  branchIndex: number | undefined,
  depth: number,
): Scope {
  const scope: Scope = {
    kind,
    node,
    owner,
    parent: owner?.scope,
    branchIndex,
    depth,
    startAt: undefined,
    statesNode: asObject(getPropertyValue(node, 'States')),
    states: new Map(),
    stateList: [],
  };
  machine.scopes.push(scope);
  scope.startAt = reference(machine, getPropertyValue(node, 'StartAt'), 'StartAt', scope, undefined);

  for (const property of scope.statesNode?.properties ?? []) {
    const stateNode = asObject(property.value);
    const fields = readStateFields(stateNode, depth);
    const typeNode = fields.Type;
    const typeName = asString(typeNode)?.value;
    const queryLanguage = asString(fields.QueryLanguage)?.value;
    const state: State = {
      name: property.keyValue,
      position: machine.states.length,
      property,
      node: stateNode,
      scope,
      type: typeName !== undefined && stateTypeSet.has(typeName) ? (typeName as StateType) : undefined,
      typeNode,
      queryLanguage: queryLanguage === 'JSONata' || queryLanguage === 'JSONPath' ? queryLanguage : machine.queryLanguage,
      end: fields.End?.type === 'boolean' && fields.End.value,
      // Set below; present from the start so every State has one object shape. The lists start as
      // one shared empty (frozen) list and get their own array when they have an entry.
      next: undefined,
      defaultRef: undefined,
      choices: NONE,
      retriers: NONE,
      catchers: NONE,
      branches: NONE,
      itemProcessor: undefined,
    };
    if (!scope.states.has(state.name)) scope.states.set(state.name, state);
    scope.stateList.push(state);
    machine.states.push(state);
    const sameName = machine.statesByName.get(state.name);
    if (sameName) sameName.push(state);
    else machine.statesByName.set(state.name, [state]);
    if (stateNode) buildStateDetails(machine, state, fields, depth);
  }
  return scope;
}

/**
 * The fields the model reads from a state, found in one pass (the last of a repeated key wins, as
 * in JSON.parse). A class with every field set up front keeps one object shape for all states, so
 * reading these fields stays fast on machines with thousands of states.
 */
class StateFields {
  Type: AstNode | undefined = undefined;
  QueryLanguage: AstNode | undefined = undefined;
  End: AstNode | undefined = undefined;
  Next: AstNode | undefined = undefined;
  Default: AstNode | undefined = undefined;
  Choices: AstNode | undefined = undefined;
  Retry: AstNode | undefined = undefined;
  Catch: AstNode | undefined = undefined;
  Branches: AstNode | undefined = undefined;
  ItemProcessor: AstNode | undefined = undefined;
  Iterator: AstNode | undefined = undefined;
}

/** One StateFields per nesting depth, reused: a state's fields are read before its nested scopes are built. */
const fieldsByDepth: StateFields[] = [];

function readStateFields(node: ObjectNode | undefined, depth: number): StateFields {
  let fields = fieldsByDepth[depth];
  if (fields) {
    fields.Type = fields.QueryLanguage = fields.End = fields.Next = fields.Default = fields.Choices = undefined;
    fields.Retry = fields.Catch = fields.Branches = fields.ItemProcessor = fields.Iterator = undefined;
  } else {
    fields = fieldsByDepth[depth] = new StateFields();
  }
  if (!node) return fields;
  for (const property of node.properties) {
    const value = property.value;
    switch (property.keyValue) {
      case 'Type':
        fields.Type = value;
        break;
      case 'QueryLanguage':
        fields.QueryLanguage = value;
        break;
      case 'End':
        fields.End = value;
        break;
      case 'Next':
        fields.Next = value;
        break;
      case 'Default':
        fields.Default = value;
        break;
      case 'Choices':
        fields.Choices = value;
        break;
      case 'Retry':
        fields.Retry = value;
        break;
      case 'Catch':
        fields.Catch = value;
        break;
      case 'Branches':
        fields.Branches = value;
        break;
      case 'ItemProcessor':
        fields.ItemProcessor = value;
        break;
      case 'Iterator':
        fields.Iterator = value;
        break;
    }
  }
  return fields;
}

function buildStateDetails(machine: StateMachine, state: State, fields: StateFields, depth: number): void {
  const scope = state.scope;
  state.next = reference(machine, fields.Next, 'Next', scope, state);

  if (state.type === 'Choice') {
    state.defaultRef = reference(machine, fields.Default, 'Default', scope, state);
    const items = asArray(fields.Choices)?.items ?? NONE;
    for (let index = 0; index < items.length; index++) {
      const ruleNode = asObject(items[index]);
      if (!ruleNode) continue;
      const rule: ChoiceRule = {
        node: ruleNode,
        index,
        next: reference(machine, getPropertyValue(ruleNode, 'Next'), 'ChoiceNext', scope, state),
      };
      if (state.choices === NONE) state.choices = [];
      state.choices.push(rule);
    }
  }

  const retry = asArray(fields.Retry)?.items ?? NONE;
  for (let index = 0; index < retry.length; index++) {
    const retrierNode = asObject(retry[index]);
    if (!retrierNode) continue;
    const retrier: Retrier = { node: retrierNode, index, errorEquals: errorNames(retrierNode) };
    if (state.retriers === NONE) state.retriers = [];
    state.retriers.push(retrier);
  }
  const catches = asArray(fields.Catch)?.items ?? NONE;
  for (let index = 0; index < catches.length; index++) {
    const catcherNode = asObject(catches[index]);
    if (!catcherNode) continue;
    const catcher: Catcher = {
      node: catcherNode,
      index,
      errorEquals: errorNames(catcherNode),
      next: reference(machine, getPropertyValue(catcherNode, 'Next'), 'CatchNext', scope, state),
    };
    if (state.catchers === NONE) state.catchers = [];
    state.catchers.push(catcher);
  }

  if (state.type === 'Parallel') {
    const branches = asArray(fields.Branches)?.items ?? NONE;
    for (let index = 0; index < branches.length; index++) {
      const branchNode = asObject(branches[index]);
      if (!branchNode) continue;
      if (state.branches === NONE) state.branches = [];
      state.branches.push(buildScope(machine, branchNode, 'branch', state, index, depth + 1));
    }
  } else if (state.type === 'Map') {
    const processor = asObject(fields.ItemProcessor) ?? asObject(fields.Iterator);
    if (processor) state.itemProcessor = buildScope(machine, processor, 'itemProcessor', state, undefined, depth + 1);
  }
}

function errorNames(node: ObjectNode): ErrorName[] {
  const names: ErrorName[] = [];
  for (const item of asArray(getPropertyValue(node, 'ErrorEquals'))?.items ?? []) {
    if (item.type === 'string') names.push({ name: item.value, node: item });
  }
  return names;
}

function reference(
  machine: StateMachine,
  node: AstNode | undefined,
  kind: ReferenceKind,
  scope: Scope,
  from: State | undefined,
): StateReference | undefined {
  if (node?.type !== 'string') return undefined;
  const result: StateReference = { name: node.value, node: node as StringNode, kind, scope, from, target: undefined };
  machine.references.push(result);
  return result;
}

/**
 * Every key whose value the model reads: the fields above, StartAt, States and ErrorEquals. The
 * model reads the other keys of a States object too: they are the state names.
 */
const MODEL_KEYS = new Set<string>([...Object.keys(new StateFields()), 'StartAt', 'States', 'ErrorEquals']);

/**
 * Whether the model takes more from this string than its node: a state name, a Type, a reference,
 * an error name. When false, an edit of the string's characters (stringEdit.ts) leaves the model as
 * it was, since it holds the same node objects. Errs on the side of true.
 */
export function modelReadsString(edited: EditedString): boolean {
  if (edited.kind === 'key') {
    const object = edited.property.parent;
    return (
      MODEL_KEYS.has(edited.previousValue) ||
      MODEL_KEYS.has(edited.property.keyValue) ||
      (object.parent?.type === 'property' && object.parent.keyValue === 'States')
    );
  }
  const parent = edited.node.parent;
  if (parent?.type === 'property') return MODEL_KEYS.has(parent.keyValue);
  // An item of an array: ErrorEquals, or any array under a key the model reads.
  return parent?.parent?.type !== 'property' || MODEL_KEYS.has(parent.parent.keyValue);
}

/** The property node of a state's field, for ranges. */
export function stateField(state: State, name: string) {
  return getProperty(state.node, name);
}
