/**
 * Duplicate keys: a key written twice in one object (only the last would count), and in JSONPath
 * states a "key.$" beside "key". Repeated state names are the graph rule's, with scope-aware messages.
 */
import type { QueryLanguage, StateMachine } from '../../model/types';
import type { ArrayNode, AstNode, ObjectNode, PropertyNode } from '../../syntax/tree';
import type { Diagnostic } from '../diagnostic';

/** Every object's keys, once: a key that repeats (also "a" beside "a.$") is ambiguous. */
export function checkDuplicateKeys(machine: StateMachine, report: (diagnostic: Diagnostic) => void): void {
  const root = machine.document.root;
  if (!root) return;
  const candidates = machine.document.repeatedKeyObjects;
  // The parser looked and found no repeated key (nearly every document): nothing to index.
  if (candidates && candidates.length === 0) return;
  // Repeated state names are reported by the graph rule, with scope-aware messages.
  const statesObjects = new Set<ObjectNode>();
  for (const scope of machine.scopes) if (scope.statesNode) statesObjects.add(scope.statesNode);
  // In JSONPath states a "key.$" becomes "key"; in JSONata states ".$" is an ordinary character.
  const stateLanguages = new Map<ObjectNode, QueryLanguage>();
  for (const state of machine.states) if (state.node) stateLanguages.set(state.node, state.queryLanguage);

  // Recursion is bounded: the parsers refuse documents nested deeper than MAX_NESTING_DEPTH.
  const visit = (node: AstNode, renamesDollar: boolean): void => {
    if (node.type === 'array') {
      for (const item of node.items) if (item.type === 'object' || item.type === 'array') visit(item, renamesDollar);
      return;
    }
    if (node.type !== 'object') return;
    const stateLanguage = stateLanguages.get(node);
    if (stateLanguage) renamesDollar = stateLanguage === 'JSONPath';
    const properties = node.properties;
    for (const property of properties) {
      const value = property.value;
      if (value && (value.type === 'object' || value.type === 'array')) visit(value, renamesDollar);
    }
    if (properties.length > 1 && !statesObjects.has(node)) checkObjectKeys(properties, renamesDollar, report);
  };
  if (!candidates) {
    visit(root, machine.queryLanguage === 'JSONPath');
    return;
  }
  // The parser found the objects with repeated keys; only the query language around each is left.
  for (const object of candidates) {
    if (statesObjects.has(object)) continue;
    checkObjectKeys(object.properties, enclosingLanguage(object, stateLanguages, machine.queryLanguage) === 'JSONPath', report);
  }
}

/** The query language of the innermost state around a node (the machine's outside any state). */
function enclosingLanguage(
  node: AstNode,
  stateLanguages: ReadonlyMap<ObjectNode, QueryLanguage>,
  machineLanguage: QueryLanguage,
): QueryLanguage {
  for (let current: AstNode | undefined = node; current;) {
    if (current.type === 'object') {
      const language = stateLanguages.get(current);
      if (language) return language;
    }
    const parent: PropertyNode | ArrayNode | undefined = current.parent;
    current = parent?.type === 'property' ? parent.parent : parent;
  }
  return machineLanguage;
}

function effectiveKey(raw: string, renamesDollar: boolean): string {
  return renamesDollar && raw.endsWith('.$') ? raw.slice(0, -2) : raw;
}

/** Small objects (nearly all) are compared pairwise; large ones go through a map. */
function checkObjectKeys(properties: readonly PropertyNode[], renamesDollar: boolean, report: (diagnostic: Diagnostic) => void): void {
  if (properties.length <= 12) {
    for (let index = 1; index < properties.length; index++) {
      const name = effectiveKey(properties[index]!.keyValue, renamesDollar);
      for (let earlier = 0; earlier < index; earlier++) {
        if (effectiveKey(properties[earlier]!.keyValue, renamesDollar) === name) {
          reportDuplicate(properties[earlier]!, properties[index]!, name, report);
          break;
        }
      }
    }
    return;
  }
  const seen = new Map<string, PropertyNode>();
  for (const property of properties) {
    const name = effectiveKey(property.keyValue, renamesDollar);
    const first = seen.get(name);
    if (first) reportDuplicate(first, property, name, report);
    else seen.set(name, property);
  }
}

function reportDuplicate(first: PropertyNode, property: PropertyNode, name: string, report: (diagnostic: Diagnostic) => void): void {
  const raw = property.keyValue;
  report({
    code: 'structure/duplicate-key',
    severity: 'error',
    message:
      first.keyValue === raw
        ? `"${raw}" appears more than once in this object; only the last one would count. Remove or rename one of them.`
        : `"${first.keyValue}" and "${raw}" both set the field "${name}" (a ".$" key is renamed without its suffix). Keep one of them.`,
    offset: property.offset,
    length: property.keyLength,
    data: { field: raw },
  });
}
