/**
 * An edit inside one string of a well-formed JSON document, applied to its tree in place instead of
 * parsing the document again. Most keystrokes land inside a string (a name, an expression, a
 * comment) and leave the document's shape as it was: the tree then differs only in that string's
 * value and length, the lengths of its ancestors, and the offsets of everything after it. Updating
 * those is a walk over the tree that allocates nothing, where a parse of a 20,000-state document
 * allocates tens of megabytes of new nodes (and the garbage collector copies them).
 *
 * The tree after the edit is exactly the one parseDocument gives for the new text (the stringEdit
 * tests check it on the corpus and on random edits); any edit it cannot apply so is refused.
 */
import type { AstNode, ObjectNode, ParsedDocument, PropertyNode, StringNode } from './tree';
import { decodeJsonStringToken, hasRepeatedKey } from './jsonFastParser';
import { forgetStringOffsets } from './stringOffsets';

/** A replacement of `length` characters at `offset` by `newText` (offsets into the text before it). */
export interface TextChange {
  offset: number;
  length: number;
  newText: string;
}

/** The string an edit changed: a value, or the key of a property. */
export type EditedString =
  { kind: 'value'; node: StringNode; previousValue: string } | { kind: 'key'; property: PropertyNode; previousValue: string };

/**
 * Applies `change` to `document`'s tree when it falls inside the content of one string (after its
 * opening quote, up to its closing quote) and the string stays one well-formed JSON string. Then
 * `document` itself now describes `newText` (the text after the change) and the string is
 * returned; anything that kept offsets of the old text must not be used with it again. Otherwise
 * (YAML, a document with syntax problems, an edit across a quote or outside strings, an escape or
 * control character left incomplete) nothing changes and the result is undefined: parse again.
 */
export function applyEditInsideString(document: ParsedDocument, change: TextChange, newText: string): EditedString | undefined {
  // Only trees of the fast path: for those, the new text being well-formed JSON means parseDocument
  // takes the fast path again, and repeatedKeyObjects is kept up to date below.
  if (document.format !== 'json' || document.problems.length > 0 || !document.root || !document.repeatedKeyObjects) return undefined;
  const oldText = document.text;
  const editEnd = change.offset + change.length;
  const delta = change.newText.length - change.length;
  if (editEnd > oldText.length || newText.length !== oldText.length + delta) return undefined;

  const target = stringAt(document.root, change.offset, editEnd);
  if (!target) return undefined;
  const start = target.offset;
  const oldLength = target.length;
  // The token after the change, from the token before it: no copy of the (possibly large) new text.
  const oldToken = oldText.slice(start, start + oldLength);
  const relative = change.offset - start;
  const newToken = oldToken.slice(0, relative) + change.newText + oldToken.slice(relative + change.length);
  const value = decodeJsonStringToken(newToken);
  if (value === undefined) return undefined;
  // The new text must hold the token where the tree will say it is (a change the caller described
  // differently from the text it gave would otherwise leave a tree of another text).
  if (!newText.startsWith(newToken, start)) return undefined;

  shiftAfter(document.root, editEnd, delta);
  document.text = newText;
  // A value sliced from a multi-megabyte text keeps all of that text alive: copy it out.
  const ownValue = value.length >= 13 ? flatCopy(value) : value;
  if (target.kind === 'value') {
    const node = target.node;
    const previousValue = node.value;
    node.value = ownValue;
    forgetStringOffsets(node);
    return { kind: 'value', node, previousValue };
  }
  const property = target.property;
  const previousValue = property.keyValue;
  setKey(property, ownValue, oldLength + delta);
  updateRepeatedKeys(document.repeatedKeyObjects, property.parent);
  return { kind: 'key', property, previousValue };
}

type Target =
  | { kind: 'value'; node: StringNode; offset: number; length: number }
  | { kind: 'key'; property: PropertyNode; offset: number; length: number };

/** The string whose content holds the range [from, to] (after its opening quote, up to its closing quote). */
function stringAt(root: AstNode, from: number, to: number): Target | undefined {
  let node: AstNode = root;
  for (;;) {
    if (node.type === 'string') {
      return inside(node.offset, node.length, from, to) ? { kind: 'value', node, offset: node.offset, length: node.length } : undefined;
    }
    if (node.type === 'object') {
      const property = lastStartingAtOrBefore(node.properties, from);
      if (!property) return undefined;
      if (inside(property.offset, property.keyLength, from, to))
        return { kind: 'key', property, offset: property.offset, length: property.keyLength };
      const value = property.value;
      if (!value || value.offset > from) return undefined;
      node = value;
    } else if (node.type === 'array') {
      const item = lastStartingAtOrBefore(node.items, from);
      if (!item) return undefined;
      node = item;
    } else {
      return undefined;
    }
  }
}

function inside(offset: number, length: number, from: number, to: number): boolean {
  return from > offset && to < offset + length;
}

/** The last of `nodes` (in document order) that starts at or before `offset`. */
function lastStartingAtOrBefore<T extends { offset: number }>(nodes: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = nodes.length - 1;
  if (high < 0 || nodes[0]!.offset > offset) return undefined;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (nodes[middle]!.offset <= offset) low = middle;
    else high = middle - 1;
  }
  return nodes[low];
}

/**
 * Moves every node that starts at or after `editEnd` by `delta`, and lengthens every node that
 * spans the edit (the string and its ancestors). Nodes that end before the edit are not visited.
 */
function shiftAfter(node: AstNode, editEnd: number, delta: number): void {
  if (node.offset >= editEnd) {
    shiftAll(node, delta);
    return;
  }
  if (node.offset + node.length < editEnd) return;
  node.length += delta;
  if (node.type === 'object') {
    for (const property of node.properties) {
      if (property.offset >= editEnd) shiftProperty(property, delta);
      else if (property.offset + property.length >= editEnd) {
        property.length += delta;
        if (property.colonOffset !== undefined && property.colonOffset >= editEnd) property.colonOffset += delta;
        if (property.value) shiftAfter(property.value, editEnd, delta);
      }
    }
  } else if (node.type === 'array') {
    for (const item of node.items) shiftAfter(item, editEnd, delta);
  }
}

function shiftAll(node: AstNode, delta: number): void {
  node.offset += delta;
  if (node.type === 'object') {
    for (const property of node.properties) shiftProperty(property, delta);
  } else if (node.type === 'array') {
    for (const item of node.items) shiftAll(item, delta);
  }
}

function shiftProperty(property: PropertyNode, delta: number): void {
  property.offset += delta;
  if (property.colonOffset !== undefined) property.colonOffset += delta;
  const key = writableProperty(property).keyNode;
  if (key) key.offset = property.offset;
  if (property.value) shiftAll(property.value, delta);
}

/**
 * The fields of a property that only the parser sets, and the key node it made on request
 * (PropertyNode.key), read without making one: a property that never made its key node needs none.
 */
function writableProperty(property: PropertyNode): { keyValue: string; keyLength: number; keyNode: StringNode | undefined } {
  return property as unknown as { keyValue: string; keyLength: number; keyNode: StringNode | undefined };
}

function setKey(property: PropertyNode, value: string, length: number): void {
  const writable = writableProperty(property);
  writable.keyValue = value;
  writable.keyLength = length;
  const key = writable.keyNode;
  if (key) {
    key.value = value;
    key.length = length;
    forgetStringOffsets(key);
  }
}

/** Keeps `objects` (in the order the parser closes objects: by end offset) right for an object whose keys changed. */
function updateRepeatedKeys(objects: ObjectNode[], object: ObjectNode): void {
  const index = objects.indexOf(object);
  const repeated = object.properties.length > 1 && hasRepeatedKey(object.properties);
  if (repeated && index < 0) {
    const end = object.offset + object.length;
    let at = objects.length;
    while (at > 0 && objects[at - 1]!.offset + objects[at - 1]!.length > end) at--;
    objects.splice(at, 0, object);
  } else if (!repeated && index >= 0) {
    objects.splice(index, 1);
  }
}

/**
 * A copy of `value` that shares no storage with the text it came from: V8 can make a long slice a
 * view into its source, and a view would keep that source alive with the tree.
 */
function flatCopy(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}
