/**
 * A fast path for the YAML that state machine files are written in: block mappings and sequences,
 * plain, single- and double-quoted scalars on one line, comments and blank lines, `[]` and `{}`.
 * It builds the offset tree directly, about ten times faster than the yaml library plus the
 * conversion in yamlParser.ts (a 2 MB definition: about 0.5 s there). It gives up (returns
 * undefined) at the first thing outside that subset or in doubt (anchors, aliases, tags, flow
 * collections with content, block and multi-line scalars, plain scalars that could be read as
 * numbers, booleans or null in other spellings, tabs, document markers, a comment indented where
 * the library would join it to a scalar, any syntax error), and the caller parses with the library,
 * which then also reports the problems. For what it accepts, the tree is the one the library path
 * builds, node for node (yaml-fast-path.test.ts checks it on the corpus converted to YAML and on
 * variations of it).
 *
 * Ranges follow the library's: a block collection starts at its first key or dash and ends where
 * its last value ends, which for a scalar is after the rest of its line (comment and line break
 * included), and for an empty value right after the colon.
 */
import { PropertyNode, type ArrayNode, type AstNode, type ObjectNode, type StringStyle } from './tree';
import { MAX_YAML_NESTING_DEPTH } from './limits';

class GiveUp {}
const GIVE_UP = new GiveUp();

/** The tree of `text`, or undefined when the text is outside the subset this parser reads. */
export function parseSimpleYaml(text: string): AstNode | undefined {
  // Tabs, carriage returns, a byte order mark and document or directive markers are left to the library.
  if (/[\t\r\ufeff]|^(?:---|\.\.\.|%)/m.test(text)) return undefined;
  try {
    return new SimpleYamlParser(text).document();
  } catch {
    // GIVE_UP, or a stack overflow (nesting is limited): either way the library path decides.
    return undefined;
  }
}

/** A plain scalar the core schema reads as something other than a string, or might. */
const NOT_PLAIN_STRING =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const DECIMAL_INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
const DECIMAL_FRACTION = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;
/** Characters that cannot start a plain scalar (YAML's c-indicators). */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');

/** Whether a plain scalar may start at `offset`: not at an indicator, except `-`, `?` and `:` before a non-space. */
function canStartPlain(text: string, offset: number): boolean {
  const char = text[offset]!;
  if (!INDICATORS.has(char)) return true;
  if (char !== '-' && char !== '?' && char !== ':') return false;
  const next = text.charCodeAt(offset + 1);
  return next !== 32 && next !== 10 && offset + 1 < text.length;
}
/** The library refuses implicit keys longer than this. */
const MAX_KEY_LENGTH = 1024;

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its first non-space character. */
  content: number;
}

class SimpleYamlParser {
  /** Offset just after the last line read (after its line break, or the end of the text). */
  private position = 0;
  private depth = 0;
  /**
   * The collections being read, outermost first: the column the library measures each one's
   * indentation from (a key's column; a dash's, also for a mapping that starts after a dash), the
   * column of its entries, and whether it is a sequence.
   */
  private readonly open: { libraryIndent: number; entryColumn: number; sequence: boolean; atKeyColumn?: boolean }[] = [];

  constructor(private readonly text: string) {}

  document(): AstNode | undefined {
    const first = this.nextContentLine('key');
    if (!first) return undefined;
    const root = this.blockNode(first, first.content - first.start);
    if (this.nextContentLine('collection')) throw GIVE_UP;
    return root;
  }

  /**
   * The next line that holds content, from `position`; blank and comment lines are skipped. The
   * library attaches a comment line to the innermost open collection indented less than the
   * comment, and then stretches that collection over it unless the collection goes on with an
   * entry after the comment; a comment indented deeper than the collection of a scalar just read
   * is even joined to that scalar. Either would change ranges: give up on such comments.
   * `after`: what was read last: a scalar of the innermost open collection, a collection, or a
   * key whose value starts below (then comments come before that value, and nothing stretches; also
   * used for a look ahead). `position` does not move.
   */
  private nextContentLine(after: 'scalar' | 'collection' | 'key'): Line | undefined {
    const text = this.text;
    let start = this.position;
    let deepestComment = -1;
    let next: Line | undefined;
    while (start < text.length) {
      let content = start;
      while (text.charCodeAt(content) === 32) content++;
      const char = text.charCodeAt(content);
      if (char === 10 || content >= text.length) {
        start = content + 1;
        continue;
      }
      if (char === 35 /* # */) {
        deepestComment = Math.max(deepestComment, content - start);
        const end = text.indexOf('\n', content);
        start = end < 0 ? text.length : end + 1;
        continue;
      }
      next = { start, content };
      break;
    }
    if (deepestComment >= 0 && after !== 'key') this.checkComments(deepestComment, after === 'scalar', next);
    return next;
  }

  private checkComments(column: number, afterScalar: boolean, next: Line | undefined): void {
    const open = this.open;
    if (afterScalar && open.length > 0 && column > open[open.length - 1]!.libraryIndent) throw GIVE_UP;
    // Inside a sequence written at its key's column, the library's placement of a comment at or
    // right of that column is not worth predicting.
    for (const collection of open) if (collection.atKeyColumn && column >= collection.entryColumn) throw GIVE_UP;
    // The innermost open collection indented less than the comment must not end right after it:
    // the next line is one of its entries, or deeper inside its last one. (Shallower comments
    // belong to collections around it, which then do not end either.)
    for (let index = open.length - 1; index >= 0; index--) {
      const collection = open[index]!;
      if (collection.libraryIndent >= column) continue;
      const nextColumn = next ? next.content - next.start : -1;
      if (nextColumn < collection.entryColumn) throw GIVE_UP;
      if (nextColumn === collection.entryColumn && this.isDash(next!.content) !== collection.sequence) throw GIVE_UP;
      return;
    }
  }

  /** A mapping or sequence starting at `line`, whose entries are at column `indent`. */
  private blockNode(line: Line, indent: number): ObjectNode | ArrayNode {
    return this.isDash(line.content) ? this.sequence(line, indent) : this.mapping(line.content, indent);
  }

  private isDash(offset: number): boolean {
    const next = this.text.charCodeAt(offset + 1);
    return this.text.charCodeAt(offset) === 45 /* - */ && (next === 32 || next === 10 || offset + 1 >= this.text.length);
  }

  /**
   * A block mapping whose first key starts at `keyStart`, column `indent`; `libraryIndent` is the
   * dash's column when the mapping starts after a dash (`- key: value`).
   */
  private mapping(keyStart: number, indent: number, libraryIndent = indent): ObjectNode {
    if (++this.depth > MAX_YAML_NESTING_DEPTH) throw GIVE_UP;
    const text = this.text;
    const object: ObjectNode = { type: 'object', offset: keyStart, length: 0, properties: [] };
    this.open.push({ libraryIndent, entryColumn: indent, sequence: false });
    let end = keyStart;
    for (;;) {
      const key = this.key(keyStart);
      const property = new PropertyNode(object, keyStart, key.end - keyStart, key.value, key.style);
      let offset = key.end + 1; // past the colon
      while (text.charCodeAt(offset) === 32) offset++;
      let value: AstNode;
      let last: 'scalar' | 'collection' = 'scalar';
      const char = text.charCodeAt(offset);
      const comment = char === 35 /* # */ && offset > key.end + 1;
      if (char === 10 || offset >= text.length || comment) {
        // The value is on the following lines, or empty (null).
        const lineEnd = this.lineEnd(offset);
        this.position = lineEnd >= text.length ? text.length : lineEnd + 1;
        const next = this.nextContentLine('key');
        const column = next ? next.content - next.start : -1;
        if (next && (column > indent || (column === indent && this.isDash(next.content)))) {
          value = column === indent ? this.sequence(next, indent, true) : this.blockNode(next, column);
          end = value.offset + value.length;
          last = 'collection';
        } else {
          // Where the library puts an empty value after spaces or a comment is its own business, and
          // it stretches an empty value over the comment lines below it.
          if (lineEnd > key.end + 1) throw GIVE_UP;
          const skipped = text.slice(this.position, next ? next.start : text.length);
          if (skipped.includes('#')) throw GIVE_UP;
          value = { type: 'null', offset: key.end + 1, length: 0, value: null };
          end = key.end + 1;
        }
      } else if (char === 124 /* | */ || char === 62 /* > */) {
        value = this.blockScalar(offset, indent);
        end = this.position;
      } else {
        value = this.inlineValue(offset, indent);
        end = this.position;
      }
      value.parent = property;
      property.value = value;
      property.length = Math.max(property.length, value.offset + value.length - property.offset);
      object.properties.push(property);
      const next = this.nextContentLine(last);
      if (!next) break;
      const column = next.content - next.start;
      if (column < indent) break;
      if (column > indent || this.isDash(next.content)) throw GIVE_UP;
      keyStart = next.content;
    }
    object.length = end - object.offset;
    this.depth--;
    this.open.pop();
    return object;
  }

  /**
   * A block sequence whose first dash is at `line.content`, column `indent`. `sharesKeyIndent`: the
   * sequence is a mapping value written at the key's own column (`Key:` then `- item` below it),
   * so a key at that column ends it.
   */
  private sequence(line: Line, indent: number, sharesKeyIndent = false): ArrayNode {
    if (++this.depth > MAX_YAML_NESTING_DEPTH) throw GIVE_UP;
    this.open.push({ libraryIndent: indent, entryColumn: indent, sequence: true, atKeyColumn: sharesKeyIndent });
    const text = this.text;
    const array: ArrayNode = { type: 'array', offset: line.content, length: 0, items: [] };
    let dash = line.content;
    let end = dash;
    for (;;) {
      let offset = dash + 1;
      while (text.charCodeAt(offset) === 32) offset++;
      const char = text.charCodeAt(offset);
      let item: AstNode;
      let last: 'scalar' | 'collection' = 'scalar';
      if (char === 10 || offset >= text.length) {
        this.position = offset >= text.length ? text.length : offset + 1;
        const next = this.nextContentLine('key');
        const column = next ? next.content - next.start : -1;
        if (!next || column <= indent) throw GIVE_UP; // an empty item: left to the library
        item = this.blockNode(next, column);
        end = item.offset + item.length;
        last = 'collection';
      } else if (char === 35 /* # */ || this.isDash(offset)) {
        throw GIVE_UP; // `- # comment` or `- - x`
      } else if (char === 124 /* | */ || char === 62 /* > */) {
        item = this.blockScalar(offset, indent);
        end = this.position;
      } else if (this.startsEntry(offset)) {
        // `- key: value`, a mapping whose keys are at the column of this first one.
        item = this.mapping(offset, offset - (dash - indent), indent);
        end = item.offset + item.length;
        last = 'collection';
      } else {
        item = this.inlineValue(offset, indent);
        end = this.position;
      }
      item.parent = array;
      array.items.push(item);
      const next = this.nextContentLine(last);
      if (!next) break;
      const column = next.content - next.start;
      if (column < indent || (column === indent && sharesKeyIndent && !this.isDash(next.content))) break;
      if (column > indent || !this.isDash(next.content)) throw GIVE_UP;
      dash = next.content;
    }
    array.length = end - array.offset;
    this.depth--;
    this.open.pop();
    return array;
  }

  /** Whether a mapping entry (`key:` then a space or the line's end) starts at `offset`. */
  private startsEntry(offset: number): boolean {
    const text = this.text;
    const char = text.charCodeAt(offset);
    if (char === 34 || char === 39) {
      const close = this.quotedEnd(offset);
      return text.charCodeAt(close) === 58 /* : */ && this.colonEndsKey(close);
    }
    return this.plainKeyColon(offset) >= 0;
  }

  /** The colon that ends a plain key starting at `offset` on its line, or -1 (none before a comment). */
  private plainKeyColon(offset: number): number {
    const text = this.text;
    const lineEnd = this.lineEnd(offset);
    for (let index = offset; index < lineEnd; index++) {
      const current = text.charCodeAt(index);
      if (current === 35 /* # */ && text.charCodeAt(index - 1) === 32) return -1;
      if (current === 58 /* : */ && this.colonEndsKey(index)) return index;
    }
    return -1;
  }

  /** Whether the colon at `offset` ends a key: a space or the line's end follows it. */
  private colonEndsKey(offset: number): boolean {
    const next = this.text.charCodeAt(offset + 1);
    return next === 32 || next === 10 || offset + 1 >= this.text.length;
  }

  /** A key at `offset`: its decoded name, style, and the offset of the colon after it. */
  private key(offset: number): { value: string; style: StringStyle; end: number } {
    const text = this.text;
    const char = text.charCodeAt(offset);
    if (char === 34 || char === 39) {
      const end = this.quotedEnd(offset);
      if (text.charCodeAt(end) !== 58 /* : */ || !this.colonEndsKey(end)) throw GIVE_UP;
      if (end - offset > MAX_KEY_LENGTH) throw GIVE_UP;
      return { value: this.decodeQuoted(offset, end), style: char === 34 ? 'yaml-double' : 'yaml-single', end };
    }
    if (!canStartPlain(text, offset)) throw GIVE_UP;
    const colon = this.plainKeyColon(offset);
    // No key, a space before the colon, a key that reads as another type, or a merge key: the library decides.
    if (colon < 0 || text.charCodeAt(colon - 1) === 32 || colon - offset > MAX_KEY_LENGTH) throw GIVE_UP;
    const value = text.slice(offset, colon);
    if (value === '<<' || NOT_PLAIN_STRING.test(value)) throw GIVE_UP;
    return { value, style: 'plain', end: colon };
  }

  /**
   * A value that starts on the current line at `offset` and ends on it: a quoted or plain scalar,
   * `[]` or `{}`. Afterwards `position` is at the start of the next line.
   */
  private inlineValue(offset: number, indent: number): AstNode {
    const text = this.text;
    const char = text.charCodeAt(offset);
    const lineEnd = this.lineEnd(offset);
    let node: AstNode;
    let after: number;
    if (char === 34 || char === 39) {
      after = this.quotedEnd(offset);
      node = {
        type: 'string',
        offset,
        length: after - offset,
        value: this.decodeQuoted(offset, after),
        style: char === 34 ? 'yaml-double' : 'yaml-single',
      };
    } else if ((char === 91 || char === 123) && text.charCodeAt(offset + 1) === char + 2) {
      after = offset + 2;
      node = char === 91 ? { type: 'array', offset, length: 2, items: [] } : { type: 'object', offset, length: 2, properties: [] };
    } else {
      node = this.plainScalar(offset, lineEnd);
      after = node.offset + node.length;
    }
    // Only spaces, or a comment after at least one space, may follow on the line.
    let rest = after;
    while (text.charCodeAt(rest) === 32) rest++;
    if (rest < lineEnd && !(text.charCodeAt(rest) === 35 && rest > after)) throw GIVE_UP;
    this.position = lineEnd >= text.length ? text.length : lineEnd + 1;
    // A following line indented deeper than the entry would continue a plain scalar, or be an error.
    const next = this.nextContentLine('key');
    if (next && next.content - next.start > indent) throw GIVE_UP;
    return node;
  }

  /**
   * A literal (`|`, `|-`) or folded (`>`, `>-`) block scalar whose indicator is at `offset`, in an
   * entry at column `indent`. Explicit indentation, keep chomping (`+`), a comment after the
   * indicator, leading blank lines, and more-indented lines in a folded scalar are left to the
   * library. Like the library's, the node runs from the indicator to the end of its last content line.
   */
  private blockScalar(offset: number, indent: number): AstNode {
    const text = this.text;
    const folded = text.charCodeAt(offset) === 62;
    let header = offset + 1;
    const strip = text.charCodeAt(header) === 45; /* - */
    if (strip) header++;
    while (text.charCodeAt(header) === 32) header++;
    if (text.charCodeAt(header) !== 10) throw GIVE_UP;
    const lines: string[] = [];
    let blockIndent = -1;
    let start = header + 1;
    let end = start;
    let blanks = 0;
    while (start < text.length) {
      const lineEnd = this.lineEnd(start);
      let content = start;
      while (text.charCodeAt(content) === 32) content++;
      if (content === lineEnd) {
        // A blank line: part of the scalar only if content follows; spaces beyond the indentation would be content.
        if (blockIndent < 0 || content - start > blockIndent) throw GIVE_UP;
        blanks++;
        start = lineEnd + 1;
        continue;
      }
      const column = content - start;
      if (blockIndent < 0) {
        if (column <= indent) throw GIVE_UP; // an empty block scalar
        blockIndent = column;
      }
      if (column < blockIndent) break;
      if (folded && column > blockIndent) throw GIVE_UP;
      for (; blanks > 0; blanks--) lines.push('');
      lines.push(text.slice(start + blockIndent, lineEnd));
      end = lineEnd >= text.length ? text.length : lineEnd + 1;
      start = end;
    }
    if (lines.length === 0) throw GIVE_UP;
    let value = '';
    if (!folded) value = lines.join('\n');
    else {
      for (let index = 0; index < lines.length; index++) {
        const line = lines[index]!;
        if (index === 0) value = line;
        else if (line === '') value += '\n';
        else value += lines[index - 1] === '' ? line : ' ' + line;
      }
    }
    if (!strip) value += '\n';
    this.position = end;
    return { type: 'string', offset, length: end - offset, value, style: 'block' };
  }

  private plainScalar(offset: number, lineEnd: number): AstNode {
    const text = this.text;
    if (!canStartPlain(text, offset)) throw GIVE_UP;
    let end = offset;
    for (let index = offset; index < lineEnd; index++) {
      const char = text.charCodeAt(index);
      if (char === 35 /* # */ && text.charCodeAt(index - 1) === 32) break;
      if (char === 58 /* : */ && this.colonEndsKey(index)) throw GIVE_UP;
      if (char !== 32) end = index + 1;
    }
    const source = text.slice(offset, end);
    const length = end - offset;
    if (!NOT_PLAIN_STRING.test(source)) return { type: 'string', offset, length, value: source, style: 'plain' };
    if (DECIMAL_INTEGER.test(source)) return { type: 'number', offset, length, value: Number(source), isInteger: true };
    if (DECIMAL_FRACTION.test(source)) return { type: 'number', offset, length, value: Number(source), isInteger: false };
    if (source === 'true' || source === 'false') return { type: 'boolean', offset, length, value: source === 'true' };
    if (source === 'null') return { type: 'null', offset, length, value: null };
    throw GIVE_UP;
  }

  /** The offset just past the closing quote of the quoted scalar at `offset`, on the same line. */
  private quotedEnd(offset: number): number {
    const text = this.text;
    const quote = text.charCodeAt(offset);
    for (let index = offset + 1; index < text.length; index++) {
      const char = text.charCodeAt(index);
      if (char === 10) throw GIVE_UP; // a scalar over several lines is folded: the library reads it
      if (quote === 34 && char === 92 /* \ */) {
        index++;
        continue;
      }
      if (char === quote) {
        if (quote === 39 && text.charCodeAt(index + 1) === 39) {
          index++;
          continue;
        }
        return index + 1;
      }
    }
    throw GIVE_UP;
  }

  private decodeQuoted(offset: number, end: number): string {
    const text = this.text;
    const inner = text.slice(offset + 1, end - 1);
    if (text.charCodeAt(offset) === 39) return inner.includes("''") ? inner.replace(/''/g, "'") : inner;
    if (!inner.includes('\\')) return inner;
    let value = '';
    for (let index = 0; index < inner.length; index++) {
      const char = inner[index]!;
      if (char !== '\\') {
        value += char;
        continue;
      }
      const escape = inner[++index];
      switch (escape) {
        case '"':
          value += '"';
          break;
        case '\\':
          value += '\\';
          break;
        case '/':
          value += '/';
          break;
        case 'b':
          value += '\b';
          break;
        case 'f':
          value += '\f';
          break;
        case 'n':
          value += '\n';
          break;
        case 'r':
          value += '\r';
          break;
        case 't':
          value += '\t';
          break;
        case 'u': {
          const hex = inner.slice(index + 1, index + 5);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw GIVE_UP;
          value += String.fromCharCode(parseInt(hex, 16));
          index += 4;
          break;
        }
        default:
          throw GIVE_UP; // YAML's other escapes (\x, \U, \N, \_, ...): the library decodes them
      }
    }
    return value;
  }

  private lineEnd(offset: number): number {
    const end = this.text.indexOf('\n', offset);
    return end < 0 ? this.text.length : end;
  }
}
