import { parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Node as YamlNode, type Document } from 'yaml';
import {
  PropertyNode,
  type ArrayNode,
  type AstNode,
  type ObjectNode,
  type ParsedDocument,
  type StringStyle,
  type SyntaxProblem,
} from './tree';
import { MAX_NESTING_DEPTH, checkNestingDepth, tooDeepProblem } from './limits';
import { parseSimpleYaml } from './yamlFastParser';

/** Alias expansion beyond this many nodes is refused ("billion laughs"). */
const MAX_EXPANDED_NODES = 1_000_000;

/**
 * Parses YAML (1.2 core schema, so `Yes`/`No` stay strings as the service reads them) into the
 * same offset tree as JSON. Anchors and aliases are resolved: an alias becomes a copy of its
 * anchor's value placed at the alias's position. Merge keys (`<<`) are applied. A second document
 * is refused. Never throws. `fastPath: false` reads with the yaml library even plain block YAML (for
 * tests that compare the two paths).
 */
export function parseYaml(text: string, fastPath = true): ParsedDocument {
  const tooDeep = checkNestingDepth(text) ?? checkIndentDepth(text);
  if (tooDeep !== undefined) return { format: 'yaml', text, problems: [tooDeepProblem(tooDeep)] };
  // Plain block YAML (nearly every state machine file) takes the fast path; the rest, and every
  // document with a problem, is read by the yaml library below.
  const simple = fastPath ? parseSimpleYaml(text) : undefined;
  if (simple) return { format: 'yaml', text, root: simple, problems: [] };
  const problems: SyntaxProblem[] = [];
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { merge: true, uniqueKeys: false, prettyErrors: false, strict: false }) as Document.Parsed[];
    if (!Array.isArray(documents)) documents = [documents];
  } catch (error) {
    problems.push({ code: 'syntax/yaml', message: `The YAML could not be read: ${errorMessage(error)}`, offset: 0, length: 0 });
    return { format: 'yaml', text, problems };
  }
  if (documents.length === 0) return { format: 'yaml', text, problems };

  const [document, ...extra] = documents;
  for (const other of extra) {
    const start = other.range?.[0] ?? 0;
    problems.push({
      code: 'syntax/yaml-multiple-documents',
      message:
        'A state machine file holds exactly one YAML document: remove this second document (and the "---" before it), or move it to its own file.',
      offset: start,
      length: Math.min(Math.max(1, (other.range?.[1] ?? start) - start), Math.max(0, text.length - start)),
    });
  }
  for (const error of document!.errors) {
    problems.push({
      code: 'syntax/yaml',
      message: cleanYamlMessage(error.message),
      offset: Math.min(error.pos[0], text.length),
      length: Math.min(Math.max(1, error.pos[1] - error.pos[0]), Math.max(0, text.length - error.pos[0])),
    });
  }

  const converter = new Converter(document!, text, problems);
  let root: AstNode | undefined;
  try {
    root = document!.contents ? converter.convert(document!.contents as YamlNode, undefined) : undefined;
  } catch (error) {
    // Only a stack overflow can get here (the depth pre-check makes it unlikely); report, don't crash.
    problems.push({ code: 'syntax/yaml', message: `The YAML could not be read: ${errorMessage(error)}`, offset: 0, length: 0 });
    root = undefined;
  }
  return { format: 'yaml', text, root, problems };
}

class Converter {
  private expanded = 0;
  private readonly resolving = new Set<YamlNode>();
  private reportedExpansion = false;

  constructor(
    private readonly document: Document.Parsed,
    private readonly text: string,
    private readonly problems: SyntaxProblem[],
  ) {}

  /**
   * Converts one YAML node. `at` is the source range to use instead of the node's own: set when
   * the node is reached through an alias, so every copy points at the alias the user wrote.
   */
  convert(node: YamlNode, at: { offset: number; length: number } | undefined): AstNode | undefined {
    if (++this.expanded > MAX_EXPANDED_NODES) {
      if (!this.reportedExpansion) {
        this.reportedExpansion = true;
        this.problems.push({
          code: 'syntax/yaml-alias-expansion',
          message: 'Aliases expand to too many nodes; this document cannot be a state machine.',
          offset: at?.offset ?? 0,
          length: at?.length ?? 1,
        });
      }
      return undefined;
    }
    const range = at ?? rangeOf(node);
    if (isAlias(node)) {
      const target = node.resolve(this.document) as YamlNode | undefined;
      if (!target) {
        this.problems.push({
          code: 'syntax/yaml-unknown-alias',
          message: `The alias *${node.source} names no anchor defined before it.`,
          offset: range.offset,
          length: range.length,
        });
        return { type: 'null', offset: range.offset, length: range.length, value: null };
      }
      if (this.resolving.has(target)) {
        this.problems.push({
          code: 'syntax/yaml-recursive-alias',
          message: `The alias *${node.source} refers to a value that contains it.`,
          offset: range.offset,
          length: range.length,
        });
        return { type: 'null', offset: range.offset, length: range.length, value: null };
      }
      this.resolving.add(target);
      try {
        const copy = this.convert(target, range);
        if (copy?.type === 'string') copy.style = 'alias';
        return copy;
      } finally {
        this.resolving.delete(target);
      }
    }
    if (isMap(node)) {
      const object: ObjectNode = { type: 'object', offset: range.offset, length: range.length, properties: [] };
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        // With merge keys on, the library marks `<<` with a symbol value.
        if (isScalar(keyNode) && (typeof keyNode.value === 'symbol' || (keyNode.value === '<<' && keyNode.type === Scalar.PLAIN))) {
          this.merge(object, pair.value as YamlNode | null, at);
          continue;
        }
        const keyRange = keyNode ? (at ?? rangeOf(keyNode)) : range;
        let keyValue: string;
        let style: StringStyle = 'plain';
        if (!keyNode) keyValue = '';
        else if (isScalar(keyNode)) {
          keyValue = keyNode.value === null ? (keyNode.source ?? '') : String(keyNode.value);
          style = styleOf(keyNode, this.text);
        } else {
          this.problems.push({
            code: 'syntax/yaml-complex-key',
            message: 'Only simple keys (names) are allowed in a state machine.',
            offset: keyRange.offset,
            length: keyRange.length,
          });
          continue;
        }
        const property = new PropertyNode(object, keyRange.offset, keyRange.length, keyValue, at ? 'alias' : style);
        const valueNode = pair.value as YamlNode | null;
        if (valueNode) {
          const value = this.convert(valueNode, at);
          if (value) {
            value.parent = property;
            property.value = value;
            property.length = Math.max(property.length, value.offset + value.length - property.offset);
          }
        } else {
          // `Key:` with nothing after it is null in YAML; place the null right after the key.
          const end = keyRange.offset + keyRange.length;
          const colon = this.text.indexOf(':', end);
          const nullOffset = colon >= 0 && colon - end < 4 ? colon + 1 : end;
          property.value = { type: 'null', offset: nullOffset, length: 0, value: null, parent: property };
          if (colon >= 0 && colon - end < 4) property.colonOffset = colon;
        }
        object.properties.push(property);
      }
      return object;
    }
    if (isSeq(node)) {
      const array: ArrayNode = { type: 'array', offset: range.offset, length: range.length, items: [] };
      for (const item of node.items) {
        const value = item ? this.convert(item as YamlNode, at) : undefined;
        if (value) {
          value.parent = array;
          array.items.push(value);
        }
      }
      return array;
    }
    if (isScalar(node)) return this.scalar(node, range, at !== undefined);
    return undefined;
  }

  private merge(object: ObjectNode, source: YamlNode | null, at: { offset: number; length: number } | undefined): void {
    if (!source) return;
    const sources = isSeq(source) ? (source.items as YamlNode[]) : [source];
    for (const item of sources) {
      const merged = this.convert(item, at ?? rangeOf(item));
      if (merged?.type !== 'object') continue;
      for (const property of merged.properties) {
        property.parent = object;
        object.properties.push(property);
      }
    }
  }

  private scalar(node: Scalar, range: { offset: number; length: number }, viaAlias: boolean): AstNode {
    const { offset, length } = range;
    const value = node.value;
    if (value === null || value === undefined) return { type: 'null', offset, length, value: null };
    if (typeof value === 'boolean') return { type: 'boolean', offset, length, value };
    if (typeof value === 'number') {
      const source = node.source ?? String(value);
      return { type: 'number', offset, length, value, isInteger: Number.isInteger(value) && !/[.eE]/.test(source) };
    }
    if (typeof value === 'bigint') return { type: 'number', offset, length, value: Number(value), isInteger: true };
    if (typeof value === 'string') {
      return { type: 'string', offset, length, value, style: viaAlias ? 'alias' : styleOf(node, this.text) };
    }
    // Dates and other typed scalars from custom tags: keep the written text.
    return { type: 'string', offset, length, value: node.source ?? String(value), style: 'block' };
  }
}

function rangeOf(node: YamlNode): { offset: number; length: number } {
  const range = node.range;
  if (!range) return { offset: 0, length: 0 };
  return { offset: range[0], length: Math.max(0, range[1] - range[0]) };
}

function styleOf(node: Scalar, text: string): StringStyle {
  const [start, end] = node.range ?? [0, 0];
  // A scalar written over several lines is folded by YAML: no exact character mapping.
  const multiline = text.slice(start, end).includes('\n');
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return multiline ? 'block' : 'yaml-double';
    case Scalar.QUOTE_SINGLE:
      return multiline ? 'block' : 'yaml-single';
    case Scalar.PLAIN:
      return multiline ? 'block' : 'plain';
    default:
      return 'block';
  }
}

/** YAML block indentation is nesting too; refuse absurd depths before the recursive parser sees them. */
function checkIndentDepth(text: string): number | undefined {
  let offset = 0;
  while (offset < text.length) {
    let indent = 0;
    while (text.charCodeAt(offset + indent) === 32) indent++;
    if (indent > MAX_NESTING_DEPTH * 4) return offset + indent;
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return undefined;
}

function cleanYamlMessage(message: string): string {
  // The library appends "at line N, column M:" and a code excerpt; our range already says where.
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
