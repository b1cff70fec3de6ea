/**
 * One offset tree for JSON and YAML documents. Every feature works on this tree, so it serves both
 * formats alike. Offsets are UTF-16 code unit offsets into the document text; line/character
 * positions are computed only at the edge (see ../text/lines.ts).
 */
import type { DiagnosticCode } from '../validation/codes';

import { quotedValueIndexAt, quotedValueOffset } from './stringOffsets';

export type AstNode = ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | NullNode;

interface BaseNode {
  /** Start offset of the node in the document text. */
  offset: number;
  /** Length in UTF-16 code units (for strings: including quotes). */
  length: number;
  /** The property whose value this node is, or the array/object that contains it. */
  parent?: PropertyNode | ArrayNode;
}

export interface ObjectNode extends BaseNode {
  type: 'object';
  properties: PropertyNode[];
}

export interface ArrayNode extends BaseNode {
  type: 'array';
  items: AstNode[];
}

/**
 * How a string was written. Used to map a character of the decoded value back to the document:
 * `json` and `yaml-double` use backslash escapes, `yaml-single` doubles quotes, `plain` is
 * verbatim, `block` (YAML | and >) and `alias` have no reliable character mapping.
 */
export type StringStyle = 'json' | 'yaml-double' | 'yaml-single' | 'plain' | 'block' | 'alias';

export interface StringNode extends BaseNode {
  type: 'string';
  value: string;
  style: StringStyle;
}

export interface NumberNode extends BaseNode {
  type: 'number';
  value: number;
  /** True when the source text had no fraction or exponent ("1" but not "1.0"). */
  isInteger: boolean;
}

export interface BooleanNode extends BaseNode {
  type: 'boolean';
  value: boolean;
}

export interface NullNode extends BaseNode {
  type: 'null';
  value: null;
}

/**
 * A property of an object. Its key is stored in the property itself (`keyValue`, `keyLength`,
 * `keyStyle`; the key starts where the property starts): the `key` node is made only when
 * something asks for it, then kept, so it is always the same node. On a multi-megabyte document
 * that is one small object fewer per property for the garbage collector to copy and promote.
 * Read the key's name as `keyValue` (same as `key.value`, without making the node).
 */
export class PropertyNode {
  /** On the prototype (see below): the same for every property, so no field in each. */
  declare readonly type: 'property';
  offset: number;
  length: number;
  parent: ObjectNode;
  /** Missing when the document is incomplete, e.g. `"Type":` at the end of the text. */
  value: AstNode | undefined = undefined;
  /** Offset of the `:` separator, when present. */
  colonOffset: number | undefined = undefined;
  /** The key's name. YAML keys that are not strings (numbers, booleans) are converted to their string form. */
  readonly keyValue: string;
  /** The key's length in the text (for strings: including quotes). */
  readonly keyLength: number;
  /** `json` (from the prototype) unless the parser gave another style (YAML keys). */
  declare readonly keyStyle: StringStyle;
  private keyNode: StringNode | undefined = undefined;

  constructor(parent: ObjectNode, keyOffset: number, keyLength: number, keyValue: string, keyStyle: StringStyle) {
    this.offset = keyOffset;
    this.length = keyLength;
    this.parent = parent;
    this.keyValue = keyValue;
    this.keyLength = keyLength;
    if (keyStyle !== 'json') (this as { keyStyle: StringStyle }).keyStyle = keyStyle;
  }

  /** The key as a string node (made on first use, then the same node every time). */
  get key(): StringNode {
    return (this.keyNode ??= {
      type: 'string',
      offset: this.offset,
      length: this.keyLength,
      value: this.keyValue,
      style: this.keyStyle,
      parent: this,
    });
  }
}
// Fields shared by every property live on the prototype: 8 bytes less per property each (V8
// without pointer compression, as node ships), about 1 MB of a 5,000-state document's tree.
(PropertyNode.prototype as { type: 'property' }).type = 'property';
(PropertyNode.prototype as { keyStyle: StringStyle }).keyStyle = 'json';

export type TreeNode = AstNode | PropertyNode;

export type DocumentFormat = 'json' | 'yaml';

export interface SyntaxProblem {
  code: DiagnosticCode;
  message: string;
  offset: number;
  length: number;
}

export interface ParsedDocument {
  format: DocumentFormat;
  text: string;
  /** The root value; undefined when the text holds no value at all. */
  root?: AstNode;
  /** Syntax problems; the tree still holds everything that could be recovered. */
  problems: SyntaxProblem[];
  /**
   * When the parser looked for repeated keys while building the tree: the objects where a key
   * repeats, also as "a" beside "a.$". Undefined when it did not look (then a validator walks the
   * tree itself). Spares multi-megabyte documents a second walk over every object.
   */
  repeatedKeyObjects?: ObjectNode[];
}

/** The property of `object` named `name` (the last one when a key is repeated, as JSON.parse does). */
export function getProperty(object: ObjectNode | undefined, name: string): PropertyNode | undefined {
  if (!object) return undefined;
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index]!;
    if (property.keyValue === name) return property;
  }
  return undefined;
}

/** The value node of `object[name]`. */
export function getPropertyValue(object: ObjectNode | undefined, name: string): AstNode | undefined {
  return getProperty(object, name)?.value;
}

export function asObject(node: AstNode | undefined): ObjectNode | undefined {
  return node?.type === 'object' ? node : undefined;
}

export function asArray(node: AstNode | undefined): ArrayNode | undefined {
  return node?.type === 'array' ? node : undefined;
}

export function asString(node: AstNode | undefined): StringNode | undefined {
  return node?.type === 'string' ? node : undefined;
}

/** The plain JavaScript value of a node, as JSON.parse would give it. */
export function toValue(node: AstNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.value === undefined) continue;
        // defineProperty keeps "__proto__" an ordinary key, as JSON.parse does.
        Object.defineProperty(result, property.keyValue, {
          value: toValue(property.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
    case 'array':
      return node.items.map(toValue);
    default:
      return node.value;
  }
}

/** The innermost node (property key, value or container) that contains `offset`. */
export function findNodeAtOffset(root: AstNode | undefined, offset: number, includeRightBound = true): TreeNode | undefined {
  if (!root || !contains(root, offset, includeRightBound)) return undefined;
  let node: TreeNode = root;
  for (;;) {
    let next: TreeNode | undefined;
    if (node.type === 'object') {
      next = node.properties.find((property) => contains(property, offset, includeRightBound));
    } else if (node.type === 'array') {
      next = node.items.find((item) => contains(item, offset, includeRightBound));
    } else if (node.type === 'property') {
      if (contains(node.key, offset, includeRightBound)) return node.key;
      if (node.value && contains(node.value, offset, includeRightBound)) next = node.value;
    }
    if (!next) return node;
    node = next;
  }
}

function contains(node: { offset: number; length: number }, offset: number, includeRightBound: boolean): boolean {
  return offset >= node.offset && (offset < node.offset + node.length || (includeRightBound && offset === node.offset + node.length));
}

/** The path of property names and array indexes from the root to `node`. */
export function getNodePath(node: TreeNode): (string | number)[] {
  const path: (string | number)[] = [];
  let current: TreeNode | undefined = node;
  while (current) {
    const parent: TreeNode | undefined = current.type === 'property' ? current.parent : current.parent;
    if (current.type === 'property') {
      path.unshift(current.keyValue);
    } else if (parent?.type === 'array') {
      path.unshift(parent.items.indexOf(current as AstNode));
    } else if (parent?.type === 'property' && current === parent.key) {
      // A key node: the path is that of its property.
    }
    current = parent;
  }
  return path;
}

/** The node at a path of property names and indexes. */
export function getNodeAtPath(root: AstNode | undefined, path: readonly (string | number)[]): AstNode | undefined {
  let node = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = node.type === 'array' ? node.items[segment] : undefined;
    else node = node.type === 'object' ? getPropertyValue(node, segment) : undefined;
  }
  return node;
}

/**
 * The document offset of character `index` of a string node's decoded value, when that can be
 * known exactly; otherwise the start of the node's content. Used to place problems found inside
 * JSONPath, intrinsic and JSONata expressions on the exact characters.
 */
export function stringValueOffset(node: StringNode, index: number, text: string): number {
  switch (node.style) {
    case 'plain':
      return node.offset + Math.min(index, node.value.length);
    case 'yaml-single':
    case 'json':
    case 'yaml-double':
      return quotedValueOffset(node, index, text);
    default:
      return node.offset;
  }
}

/**
 * The index in a string node's decoded value of the character at document `offset` (the inverse
 * of stringValueOffset): the last character that starts at or before it, 0 before the first.
 * For `block` and `alias` strings, which have no character mapping, 0.
 */
export function stringValueIndexAt(node: StringNode, offset: number, text: string): number {
  switch (node.style) {
    case 'plain':
      return Math.max(0, Math.min(offset - node.offset, node.value.length));
    case 'yaml-single':
    case 'json':
    case 'yaml-double':
      return quotedValueIndexAt(node, offset, text);
    default:
      return 0;
  }
}
