/**
 * A fast path for well-formed JSON: one pass over the character codes that builds the offset tree
 * directly, several times faster than an event-based parser on multi-megabyte definitions. It
 * gives up (returns undefined) at the first thing that is not plain, valid JSON, and the caller
 * falls back to the error-recovering parser, which produces the problems and the partial tree.
 * The trees of both parsers are identical for valid JSON (the parser tests check it).
 */
import { PropertyNode, type ArrayNode, type AstNode, type ObjectNode, type StringNode } from './tree';
import { MAX_NESTING_DEPTH } from './limits';
import { commonString } from './commonStrings';

// Every node is created with all of its fields (parent, value, colonOffset) already present, so
// V8 keeps them inside the object: adding a field later would allocate a second backing store per
// node, doubling the garbage on a multi-megabyte document.

/** Placeholder while a container is open; replaced by the container's own array when it closes. */
const EMPTY: never[] = [];

/** A run of string characters that need no decoding (sticky: matches where lastIndex points). */
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;

/** A run of JSON whitespace (sticky, like PLAIN_RUN). */
const WHITESPACE_RUN = /[ \n\r\t]*/y;

class GiveUp {}
const GIVE_UP = new GiveUp();

export interface WellFormedJson {
  root: AstNode;
  /** Objects in which a key repeats, also as "a" beside "a.$" (see ParsedDocument). */
  repeatedKeyObjects: ObjectNode[];
}

/** The tree of `text`, or undefined when the text is not well-formed JSON with a value. */
export function parseWellFormedJson(text: string): WellFormedJson | undefined {
  const parser = new FastParser(text);
  try {
    parser.skipWhitespace();
    if (parser.position >= text.length) return undefined;
    const root = parser.value();
    parser.skipWhitespace();
    return parser.position === text.length ? { root, repeatedKeyObjects: parser.repeatedKeyObjects } : undefined;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    // Only a stack overflow can get here (nesting is limited before parsing); fall back as well.
    return undefined;
  }
}

/**
 * The decoded value of `token` when all of it is one well-formed JSON string (quotes included),
 * decoded exactly as the parser decodes strings; undefined otherwise. Lets an edit inside a string
 * be applied to the tree without parsing the document again (see stringEdit.ts).
 */
export function decodeJsonStringToken(token: string): string | undefined {
  if (token.charCodeAt(0) !== 34 /* " */) return undefined;
  const parser = new FastParser(token);
  try {
    const value = parser.stringValue();
    return parser.position === token.length ? value : undefined;
  } catch {
    return undefined;
  }
}

class FastParser {
  position = 0;
  /** Open containers; beyond the limit the slow path reports the nesting problem. */
  private depth = 0;
  readonly repeatedKeyObjects: ObjectNode[] = [];
  /**
   * The properties and items of the open containers. Each container takes an exact-size copy of
   * its own when it closes: an array grown by push keeps spare capacity (17 slots for one item),
   * which on a multi-megabyte document is megabytes of live garbage-collected memory.
   */
  private readonly stack: (PropertyNode | AstNode)[] = [];
  /** The end of the used part of `stack` (never shrunk, so the stack's storage is allocated once). */
  private top = 0;

  constructor(private readonly text: string) {}

  skipWhitespace(): void {
    const text = this.text;
    const position = this.position;
    const char = text.charCodeAt(position);
    // Most runs are one space or none; a line break starts a run of indentation.
    if (char === 32) {
      if (text.charCodeAt(position + 1) > 32) {
        this.position = position + 1;
        return;
      }
    } else if (char !== 10 && char !== 13 && char !== 9) return;
    WHITESPACE_RUN.lastIndex = position;
    WHITESPACE_RUN.test(text);
    this.position = WHITESPACE_RUN.lastIndex;
  }

  value(): AstNode {
    const char = this.text.charCodeAt(this.position);
    switch (char) {
      case 123 /* { */:
        return this.object();
      case 91 /* [ */:
        return this.array();
      case 34 /* " */:
        return this.string();
      case 116 /* t */:
        return this.literal('true', { type: 'boolean', offset: this.position, length: 4, value: true, parent: undefined });
      case 102 /* f */:
        return this.literal('false', { type: 'boolean', offset: this.position, length: 5, value: false, parent: undefined });
      case 110 /* n */:
        return this.literal('null', { type: 'null', offset: this.position, length: 4, value: null, parent: undefined });
      default:
        if (char === 45 /* - */ || (char >= 48 && char <= 57)) return this.number();
        throw GIVE_UP;
    }
  }

  private literal(word: string, node: AstNode): AstNode {
    if (!this.text.startsWith(word, this.position)) throw GIVE_UP;
    this.position += word.length;
    return node;
  }

  private object(): ObjectNode {
    if (++this.depth > MAX_NESTING_DEPTH) throw GIVE_UP;
    const text = this.text;
    const node: ObjectNode = { type: 'object', offset: this.position, length: 0, properties: EMPTY, parent: undefined };
    this.position++;
    this.skipWhitespace();
    if (text.charCodeAt(this.position) === 125 /* } */) {
      this.position++;
      node.length = this.position - node.offset;
      node.properties = [];
      this.depth--;
      return node;
    }
    const stack = this.stack;
    const base = this.top;
    for (;;) {
      if (text.charCodeAt(this.position) !== 34) throw GIVE_UP;
      const keyOffset = this.position;
      const keyValue = this.stringValue();
      const property = new PropertyNode(node, keyOffset, this.position - keyOffset, keyValue, 'json');
      this.skipWhitespace();
      if (text.charCodeAt(this.position) !== 58 /* : */) throw GIVE_UP;
      property.colonOffset = this.position;
      this.position++;
      this.skipWhitespace();
      const value = this.value();
      value.parent = property;
      property.value = value;
      property.length = value.offset + value.length - property.offset;
      stack[this.top++] = property;
      this.skipWhitespace();
      const next = text.charCodeAt(this.position);
      this.position++;
      if (next === 44 /* , */) {
        this.skipWhitespace();
        continue;
      }
      if (next === 125 /* } */) break;
      throw GIVE_UP;
    }
    node.properties = stack.slice(base, this.top) as PropertyNode[];
    this.top = base;
    node.length = this.position - node.offset;
    this.depth--;
    if (node.properties.length > 1 && hasRepeatedKey(node.properties)) this.repeatedKeyObjects.push(node);
    return node;
  }

  private array(): ArrayNode {
    if (++this.depth > MAX_NESTING_DEPTH) throw GIVE_UP;
    const text = this.text;
    const node: ArrayNode = { type: 'array', offset: this.position, length: 0, items: EMPTY, parent: undefined };
    this.position++;
    this.skipWhitespace();
    if (text.charCodeAt(this.position) === 93 /* ] */) {
      this.position++;
      node.length = this.position - node.offset;
      node.items = [];
      this.depth--;
      return node;
    }
    const stack = this.stack;
    const base = this.top;
    for (;;) {
      const item = this.value();
      item.parent = node;
      stack[this.top++] = item;
      this.skipWhitespace();
      const next = text.charCodeAt(this.position);
      this.position++;
      if (next === 44 /* , */) {
        this.skipWhitespace();
        continue;
      }
      if (next === 93 /* ] */) break;
      throw GIVE_UP;
    }
    node.items = stack.slice(base, this.top) as AstNode[];
    this.top = base;
    node.length = this.position - node.offset;
    this.depth--;
    return node;
  }

  private string(): StringNode {
    const start = this.position;
    const value = this.stringValue();
    return { type: 'string', offset: start, length: this.position - start, value, style: 'json', parent: undefined };
  }

  /** The decoded value of the string at the position; the position moves past its closing quote. */
  stringValue(): string {
    const text = this.text;
    const start = this.position;
    // Fast scan: most strings have no escapes; the regular expression runs as native code.
    PLAIN_RUN.lastIndex = start + 1;
    PLAIN_RUN.test(text);
    let position = PLAIN_RUN.lastIndex;
    const stop = text.charCodeAt(position);
    if (stop === 34) {
      this.position = position + 1;
      return commonString(text, start + 1, position) ?? text.slice(start + 1, position);
    }
    if (stop !== 92 /* \ */) throw GIVE_UP;
    let value = text.slice(start + 1, position);
    for (;;) {
      const char = text.charCodeAt(position);
      if (char === 34) break;
      if (char < 32 || Number.isNaN(char)) throw GIVE_UP;
      if (char !== 92) {
        let end = position + 1;
        while (end < text.length) {
          const next = text.charCodeAt(end);
          if (next === 34 || next === 92 || next < 32) break;
          end++;
        }
        value += text.slice(position, end);
        position = end;
        continue;
      }
      const escape = text.charCodeAt(position + 1);
      switch (escape) {
        case 34:
          value += '"';
          break;
        case 92:
          value += '\\';
          break;
        case 47:
          value += '/';
          break;
        case 98:
          value += '\b';
          break;
        case 102:
          value += '\f';
          break;
        case 110:
          value += '\n';
          break;
        case 114:
          value += '\r';
          break;
        case 116:
          value += '\t';
          break;
        case 117 /* u */: {
          const hex = text.slice(position + 2, position + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw GIVE_UP;
          value += String.fromCharCode(parseInt(hex, 16));
          position += 6;
          continue;
        }
        default:
          throw GIVE_UP;
      }
      position += 2;
    }
    this.position = position + 1;
    return value;
  }

  private number(): AstNode {
    const text = this.text;
    const start = this.position;
    let position = start;
    let integer = true;
    if (text.charCodeAt(position) === 45) position++;
    const first = text.charCodeAt(position);
    if (first === 48) position++;
    else if (first >= 49 && first <= 57) {
      while (isDigit(text.charCodeAt(position))) position++;
    } else throw GIVE_UP;
    if (text.charCodeAt(position) === 46 /* . */) {
      integer = false;
      position++;
      if (!isDigit(text.charCodeAt(position))) throw GIVE_UP;
      while (isDigit(text.charCodeAt(position))) position++;
    }
    const exponent = text.charCodeAt(position);
    if (exponent === 101 || exponent === 69) {
      integer = false;
      position++;
      const sign = text.charCodeAt(position);
      if (sign === 43 || sign === 45) position++;
      if (!isDigit(text.charCodeAt(position))) throw GIVE_UP;
      while (isDigit(text.charCodeAt(position))) position++;
    }
    this.position = position;
    return {
      type: 'number',
      offset: start,
      length: position - start,
      value: Number(text.slice(start, position)),
      isInteger: integer,
      parent: undefined,
    };
  }
}

/** The length of a key without a trailing ".$", which a JSONPath payload template removes. */
function baseLength(key: string): number {
  return key.length > 2 && key.charCodeAt(key.length - 1) === 36 && key.charCodeAt(key.length - 2) === 46 ? key.length - 2 : key.length;
}

/** Whether two keys are equal once a trailing ".$" is removed from each, without building strings. */
function sameBaseKey(a: string, b: string): boolean {
  if (a.length === b.length) return a === b;
  const length = baseLength(a);
  if (length !== baseLength(b)) return false;
  // One key has the suffix and the other is exactly the base: compare the base characters.
  return a.length > b.length ? a.startsWith(b) : b.startsWith(a);
}

export function hasRepeatedKey(properties: readonly PropertyNode[]): boolean {
  if (properties.length <= 12) {
    for (let index = 1; index < properties.length; index++) {
      const key = properties[index]!.keyValue;
      for (let earlier = 0; earlier < index; earlier++) if (sameBaseKey(properties[earlier]!.keyValue, key)) return true;
    }
    return false;
  }
  const seen = new Set<string>();
  for (const property of properties) {
    const raw = property.keyValue;
    const length = baseLength(raw);
    const key = length === raw.length ? raw : raw.slice(0, length);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

function isDigit(char: number): boolean {
  return char >= 48 && char <= 57;
}
