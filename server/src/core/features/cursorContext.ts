/**
 * Where the cursor is, in terms a feature can act on: completing a key of some object, or a value
 * of some property or array, with the exact span to replace. Works on incomplete documents: an
 * unterminated JSON string (`"Type": "`), a key with no value yet (`"Type": ` or YAML `Type: `),
 * or a blank YAML line whose indentation says which mapping it belongs to.
 */
import {
  findNodeAtOffset,
  getNodeAtPath,
  getNodePath,
  type AstNode,
  type ObjectNode,
  type PropertyNode,
  type StringNode,
} from '../syntax/tree';
import type { Scope, State, StateMachine } from '../model/types';
import { stateIndex } from './stateIndex';
import type { TextSpan } from './types';
import { contentSpan } from './navigation';

export type PathSegment = string | number;

export interface KeyContext {
  kind: 'key';
  /** Path of the object whose key is being written. */
  objectPath: PathSegment[];
  object?: ObjectNode;
  /** The partial key under the cursor, if any. */
  keyNode?: StringNode;
  /** True when the key already has a ":" (only the key itself is replaced). */
  hasColon: boolean;
  replace: TextSpan;
  /** What has been typed of the key so far. */
  prefix: string;
}

export interface ValueContext {
  kind: 'value';
  /** Path of the value: the object's path plus the key, or the array's path plus the index. */
  valuePath: PathSegment[];
  /** The property key when the value belongs to a property. */
  key?: string;
  property?: PropertyNode;
  /** True for an item of an array (ErrorEquals entries). */
  arrayItem: boolean;
  /** The scalar under the cursor, if any. */
  node?: AstNode;
  /** For a quoted string: the string, its characters' span, and what precedes the cursor inside it. */
  string?: { node: StringNode; content: TextSpan; unterminated: boolean; beforeCursor: string };
  replace: TextSpan;
}

export type CursorContext = KeyContext | ValueContext;

export function cursorContext(machine: StateMachine, offset: number): CursorContext | undefined {
  const { document } = machine;
  const text = document.text;
  const root = document.root;
  if (!root) return undefined;
  const node = findNodeAtOffset(root, offset);
  if (document.format === 'yaml') {
    const yaml = yamlContext(machine, node, offset);
    if (yaml) return yaml;
  }
  if (!node) return undefined;

  if (node.type === 'string') {
    // Multi-line plain scalars come out of the YAML reader as 'block'; real block scalars start with | or >.
    if (node.style === 'plain' || (node.style === 'block' && !'|>'.includes(text[node.offset]!))) {
      const end = text.indexOf('\n', offset);
      if (end >= 0 && end < node.offset + node.length) {
        // A YAML plain scalar being typed can run into the next line (`Ne` + `Type: Pass` reads
        // as the key "Ne Type"): only the cursor's line belongs to what is being typed.
        const clipped: StringNode = { ...node, style: 'plain', length: end - node.offset, value: text.slice(node.offset, end).trimEnd() };
        return plainContext(clipped, node, offset, text);
      }
    }
    const parent = node.parent;
    const quoted = node.style === 'json' || node.style === 'yaml-double' || node.style === 'yaml-single';
    if (quoted && offset <= node.offset) return undefined;
    const unterminated =
      quoted &&
      (node.length < 2 || text[node.offset + node.length - 1] !== text[node.offset] || text[node.offset + node.length - 2] === '\\');
    // Right after the closing quote the cursor is outside the string.
    if (quoted && !unterminated && offset >= node.offset + node.length) return undefined;
    if (parent?.type === 'property' && parent.key === node) {
      return {
        kind: 'key',
        objectPath: getNodePath(parent.parent),
        object: parent.parent,
        keyNode: node,
        hasColon: parent.colonOffset !== undefined,
        replace: unterminated ? { offset: node.offset, length: offset - node.offset } : { offset: node.offset, length: node.length },
        prefix: text.slice(quoted ? node.offset + 1 : node.offset, offset),
      };
    }
    return valueContext(node, offset, text, quoted, unterminated);
  }
  if (node.type === 'object') return keyOrValueInObject(node, offset, text);
  if (node.type === 'property') {
    if (node.colonOffset !== undefined && offset > node.colonOffset) {
      return {
        kind: 'value',
        valuePath: getNodePath(node),
        key: node.keyValue,
        property: node,
        arrayItem: false,
        replace: { offset, length: 0 },
      };
    }
    return undefined;
  }
  if (node.type === 'array') {
    return {
      kind: 'value',
      valuePath: [...getNodePath(node), itemIndexAt(node.items, offset)],
      arrayItem: true,
      replace: { offset, length: 0 },
    };
  }
  return valueContext(node, offset, text, false, false);
}

/** A plain YAML scalar clipped to the cursor's line: a key when the original was a key, else a value. */
function plainContext(clipped: StringNode, original: StringNode, offset: number, text: string): CursorContext {
  const parent = original.parent;
  if (parent?.type === 'property' && parent.key === original) {
    return {
      kind: 'key',
      objectPath: getNodePath(parent.parent),
      object: parent.parent,
      keyNode: clipped,
      hasColon: false,
      replace: { offset: clipped.offset, length: clipped.length },
      prefix: text.slice(clipped.offset, offset),
    };
  }
  return valueContext(clipped, offset, text, false, false);
}

function valueContext(node: AstNode, offset: number, text: string, quoted: boolean, unterminated: boolean): ValueContext {
  const parent = node.parent;
  const base: ValueContext = {
    kind: 'value',
    valuePath: getNodePath(node),
    key: parent?.type === 'property' ? parent.keyValue : undefined,
    property: parent?.type === 'property' ? parent : undefined,
    arrayItem: parent?.type === 'array',
    node,
    replace: { offset: node.offset, length: node.length },
  };
  if (node.type === 'string' && quoted) {
    const content = contentSpan(node, text);
    if (unterminated) content.length = Math.max(0, offset - content.offset);
    base.string = { node, content, unterminated, beforeCursor: text.slice(content.offset, offset) };
    if (unterminated) base.replace = { offset: node.offset, length: offset - node.offset };
  } else if (node.type === 'string') {
    base.string = {
      node,
      content: { offset: node.offset, length: node.length },
      unterminated: false,
      beforeCursor: text.slice(node.offset, offset),
    };
  }
  return base;
}

/** In an object's whitespace: after a ":" it is the value of that key, otherwise a new key. */
function keyOrValueInObject(object: ObjectNode, offset: number, text: string): CursorContext {
  let before = offset - 1;
  while (before >= object.offset && /\s/.test(text[before]!)) before--;
  if (text[before] === ':') {
    const property = object.properties.find((candidate) => candidate.colonOffset === before);
    if (property)
      return {
        kind: 'value',
        valuePath: getNodePath(property),
        key: property.keyValue,
        property,
        arrayItem: false,
        replace: { offset, length: 0 },
      };
  }
  return { kind: 'key', objectPath: getNodePath(object), object, hasColon: false, replace: { offset, length: 0 }, prefix: '' };
}

function itemIndexAt(items: AstNode[], offset: number): number {
  let index = 0;
  while (index < items.length && items[index]!.offset < offset) index++;
  return index;
}

/**
 * YAML: a blank line (or a line holding only the start of a key) belongs to the mapping whose
 * keys sit at the cursor's column; a line indented deeper than a key with no value yet starts
 * that key's mapping.
 */
function yamlContext(machine: StateMachine, node: ReturnType<typeof findNodeAtOffset>, offset: number): CursorContext | undefined {
  const text = machine.document.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const beforeOnLine = text.slice(lineStart, offset);
  // Text before the cursor on its line (a key being typed, a flow sequence): the tree already knows.
  if (!/^[ \t]*(- )?$/.test(beforeOnLine)) return undefined;
  if (node && node.type === 'string') return undefined;
  if (node && node.type === 'null' && node.length === 0 && node.parent?.type === 'property') return undefined;
  const column = beforeOnLine.length;
  const isItem = beforeOnLine.trimStart().startsWith('-');
  const root = machine.document.root!;
  let lineEnd = lineStart - 1;
  while (lineEnd > 0) {
    const previousStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(previousStart, lineEnd);
    lineEnd = previousStart - 1;
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    let indent = line.length - content.length;
    let keyOffset = previousStart + indent;
    if (content.startsWith('- ')) {
      if (isItem && indent === column - 2) {
        // Another item of the same sequence.
        const sibling = findNodeAtOffset(root, keyOffset + 2);
        const array = enclosingArray(sibling);
        if (array)
          return { kind: 'value', valuePath: [...getNodePath(array), array.items.length], arrayItem: true, replace: { offset, length: 0 } };
      }
      indent += 2;
      keyOffset += 2;
    }
    if (indent === column && !isItem) {
      const property = propertyAt(root, keyOffset);
      if (property)
        return {
          kind: 'key',
          objectPath: getNodePath(property.parent),
          object: property.parent,
          hasColon: false,
          replace: { offset, length: 0 },
          prefix: '',
        };
      return undefined;
    }
    if (indent < column) {
      const property = propertyAt(root, keyOffset);
      if (!property) return undefined;
      const value = property.value;
      if (isItem) {
        const array = value?.type === 'array' ? value : undefined;
        return {
          kind: 'value',
          valuePath: [...getNodePath(property), array ? array.items.length : 0],
          arrayItem: true,
          replace: { offset, length: 0 },
        };
      }
      if (value?.type === 'object')
        return { kind: 'key', objectPath: getNodePath(value), object: value, hasColon: false, replace: { offset, length: 0 }, prefix: '' };
      if (!value || value.type === 'null')
        return { kind: 'key', objectPath: getNodePath(property), hasColon: false, replace: { offset, length: 0 }, prefix: '' };
      return undefined;
    }
  }
  if (column === 0 && root.type === 'object')
    return { kind: 'key', objectPath: [], object: root, hasColon: false, replace: { offset, length: 0 }, prefix: '' };
  return undefined;
}

function propertyAt(root: AstNode, keyOffset: number): PropertyNode | undefined {
  const found = findNodeAtOffset(root, keyOffset, false);
  if (found?.type === 'string' && found.parent?.type === 'property' && found.parent.key === found) return found.parent;
  if (found?.type === 'property') return found;
  return undefined;
}

function enclosingArray(node: ReturnType<typeof findNodeAtOffset>) {
  let current = node;
  while (current) {
    if (current.type === 'array') return current;
    current = current.parent;
  }
  return undefined;
}

/** What a path means in a state machine. */
export type Location =
  | { kind: 'scope'; scope?: Scope; scopeKind: 'machine' | 'branch' | 'itemProcessor'; rest: PathSegment[] }
  | { kind: 'states'; scope?: Scope; rest: PathSegment[] }
  | { kind: 'state'; state?: State; scope?: Scope; statePath: PathSegment[]; rest: PathSegment[] };

/** Reads a path (from the root) as scope / States object / state plus the rest of the path. */
export function locate(machine: StateMachine, path: readonly PathSegment[]): Location {
  const index = stateIndex(machine);
  const root = machine.document.root;
  let scopeStart = 0;
  let scopeKind: 'machine' | 'branch' | 'itemProcessor' = 'machine';
  for (;;) {
    const scope = index.scopeByObject.get(getNodeAtPath(root, path.slice(0, scopeStart)) as object);
    const rest = path.slice(scopeStart);
    if (rest[0] !== 'States') return { kind: 'scope', scope, scopeKind, rest };
    if (rest.length === 1) return { kind: 'states', scope, rest: [] };
    const statePath = path.slice(0, scopeStart + 2);
    const stateRest = path.slice(scopeStart + 2);
    const state = index.stateByObject.get(getNodeAtPath(root, statePath) as object);
    if (stateRest[0] === 'Branches' && typeof stateRest[1] === 'number') {
      scopeStart += 4;
      scopeKind = 'branch';
      continue;
    }
    if ((stateRest[0] === 'ItemProcessor' || stateRest[0] === 'Iterator') && stateRest.length >= 1) {
      scopeStart += 3;
      scopeKind = 'itemProcessor';
      continue;
    }
    return { kind: 'state', state, scope: state?.scope ?? scope, statePath, rest: stateRest };
  }
}
