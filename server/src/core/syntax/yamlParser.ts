import { Composer, Parser, isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Alias, type Node as YamlNode, type Document } from 'yaml';
import {
  PropertyNode,
  type ArrayNode,
  type AstNode,
  type ObjectNode,
  type ParsedDocument,
  type StringStyle,
  type SyntaxProblem,
} from './tree';
import { MAX_YAML_NESTING_DEPTH, checkNestingDepth, tooDeepProblem } from './limits';
import { parseSimpleYaml } from './yamlFastParser';
import { cstDepthBeyond } from './yamlDepth';
import { checkAliasExpansion } from './yamlExpansion';

export interface YamlOptions {
  /**
   * Read CloudFormation's short-form tags (`!Ref X`, `!GetAtt A.B`, `!Sub ...`) as their long form
   * (`{"Ref": "X"}`, `{"Fn::GetAtt": "A.B"}`, ...), for infrastructure templates (see ../hosts).
   */
  cloudFormationTags?: boolean;
}

/** CloudFormation's short-form tags and the key of their long form. */
const CLOUDFORMATION_TAGS: ReadonlyMap<string, string> = new Map(
  [
    'Base64',
    'Cidr',
    'FindInMap',
    'GetAtt',
    'GetAZs',
    'ImportValue',
    'Join',
    'Select',
    'Split',
    'Sub',
    'Transform',
    'If',
    'Equals',
    'And',
    'Or',
    'Not',
    'Length',
    'ToJsonString',
  ]
    .map((name): [string, string] => [`!${name}`, `Fn::${name}`])
    .concat([
      ['!Ref', 'Ref'],
      ['!Condition', 'Condition'],
    ]),
);

/**
 * Alias and merge expansion beyond this many nodes is refused ("billion laughs": a few hundred
 * bytes of anchors can stand for billions of values). Reusing a Retry or Catch block in every state
 * of a 5,000-state machine makes about 50,000; converting 100,000 takes a few tens of milliseconds.
 */
export const MAX_ALIAS_EXPANSION_NODES = 100_000;

const LIBRARY_OPTIONS = { merge: true, uniqueKeys: false, prettyErrors: false, strict: false } as const;

/**
 * Parses YAML (1.2 core schema, so `Yes`/`No` stay strings as the service reads them) into the
 * same offset tree as JSON. Anchors and aliases are resolved: an alias becomes a copy of its
 * anchor's value placed at the alias's position. Merge keys (`<<`) are applied. A second document
 * is refused. Never throws. `fastPath: false` reads with the yaml library even plain block YAML (for
 * tests that compare the two paths).
 */
export function parseYaml(text: string, fastPath = true, options: YamlOptions = {}): ParsedDocument {
  // A cheap first look: thousands of brackets are refused without building any tree.
  const bracketsTooDeep = checkNestingDepth(text);
  if (bracketsTooDeep !== undefined) return { format: 'yaml', text, problems: [tooDeepProblem(bracketsTooDeep, MAX_YAML_NESTING_DEPTH)] };
  // Plain block YAML (nearly every state machine file) takes the fast path; the rest, and every
  // document with a problem, is read by the yaml library below.
  const simple = fastPath && !options.cloudFormationTags ? parseSimpleYaml(text) : undefined;
  if (simple) return { format: 'yaml', text, root: simple, problems: [] };
  const problems: SyntaxProblem[] = [];
  let documents: Document.Parsed[];
  try {
    // The library's parser is not recursive; its composer is. Measure the nesting in between.
    const tokens = Array.from(new Parser().parse(text));
    const tooDeep = cstDepthBeyond(tokens, MAX_YAML_NESTING_DEPTH);
    if (tooDeep !== undefined) return { format: 'yaml', text, problems: [tooDeepProblem(tooDeep, MAX_YAML_NESTING_DEPTH)] };
    documents = Array.from(new Composer(LIBRARY_OPTIONS).compose(tokens)) as Document.Parsed[];
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

  const contents = document!.contents as YamlNode | null;
  let root: AstNode | undefined;
  try {
    const targets = contents ? aliasTargets(contents) : new Map<Alias, YamlNode>();
    // An alias bomb is refused whole, before any copy is made: its text is all there is to read.
    const expansion =
      contents && targets.size > 0 ? checkAliasExpansion(contents, targets, MAX_ALIAS_EXPANSION_NODES, MAX_YAML_NESTING_DEPTH) : undefined;
    if (expansion) {
      const [start, end] = expansion.alias.range ?? [0, 1];
      problems.push(
        expansion.kind === 'depth'
          ? { ...tooDeepProblem(start, MAX_YAML_NESTING_DEPTH), length: Math.max(1, end - start) }
          : aliasExpansionProblem(start, Math.max(1, end - start)),
      );
      return { format: 'yaml', text, problems };
    }
    root = contents
      ? new Converter(targets, text, problems, options.cloudFormationTags === true).convert(contents, undefined, 0)
      : undefined;
  } catch (error) {
    // Nesting and expansion are bounded above, so nothing should get here; report, don't crash.
    problems.push({ code: 'syntax/yaml', message: `The YAML could not be read: ${errorMessage(error)}`, offset: 0, length: 0 });
  }
  return { format: 'yaml', text, root, problems };
}

/**
 * The node each alias stands for: the last node before it (in document order, the alias's own
 * ancestors included) that carries its anchor, as YAML defines it. One walk over the document,
 * instead of the library's Alias.resolve, which walks the whole document again for every alias.
 */
function aliasTargets(root: YamlNode): Map<Alias, YamlNode> {
  const targets = new Map<Alias, YamlNode>();
  const anchors = new Map<string, YamlNode>();
  const pending: (YamlNode | null | undefined)[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node) continue;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      // Reversed onto the stack, so they come off in document order (a key before its value).
      for (let index = node.items.length - 1; index >= 0; index--) {
        const pair = node.items[index];
        if (!isPair(pair)) continue;
        pending.push(pair.value as YamlNode | null, pair.key as YamlNode | null);
      }
    } else if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) pending.push(node.items[index] as YamlNode | null);
    }
  }
  return targets;
}

class Converter {
  /** Nodes made by expanding aliases and merges so far (see MAX_ALIAS_EXPANSION_NODES). */
  private expanded = 0;
  private readonly resolving = new Set<YamlNode>();
  private reportedExpansion = false;
  private reportedDepth = false;

  constructor(
    private readonly targets: Map<Alias, YamlNode>,
    private readonly text: string,
    private readonly problems: SyntaxProblem[],
    private readonly cloudFormationTags = false,
  ) {}

  /**
   * Converts one YAML node at tree depth `depth`. `at` is the source range to use instead of the
   * node's own: set when the node is reached through an alias, so every copy points at the alias
   * the user wrote. Copies count toward the expansion limit, and their depth toward the nesting
   * limit (an alias inside an anchor inside an anchor nests deeper than the text shows).
   */
  convert(node: YamlNode, at: { offset: number; length: number } | undefined, depth: number): AstNode | undefined {
    if (at && !this.withinLimits(at, depth)) return undefined;
    const range = at ?? rangeOf(node);
    const tag = this.cloudFormationTags ? (node as { tag?: string }).tag : undefined;
    const longForm = tag !== undefined ? CLOUDFORMATION_TAGS.get(tag) : undefined;
    if (longForm !== undefined && !this.unwrapping.has(node)) return this.longForm(node, tag!, longForm, range, at, depth);
    if (isAlias(node)) {
      const target = this.targets.get(node);
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
        const copy = this.convert(target, range, depth);
        if (copy?.type === 'string') copy.style = 'alias';
        return copy;
      } finally {
        this.resolving.delete(target);
      }
    }
    if (isMap(node)) {
      const object: ObjectNode = { type: 'object', offset: range.offset, length: range.length, properties: [] };
      const merged: PropertyNode[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        // With merge keys on, the library marks `<<` with a symbol value.
        if (isScalar(keyNode) && (typeof keyNode.value === 'symbol' || (keyNode.value === '<<' && keyNode.type === Scalar.PLAIN))) {
          this.merge(merged, object, pair.value as YamlNode | null, at, depth);
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
          const value = this.convert(valueNode, at, depth + 1);
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
      if (merged.length > 0) applyMerge(object, merged);
      return object;
    }
    if (isSeq(node)) {
      const array: ArrayNode = { type: 'array', offset: range.offset, length: range.length, items: [] };
      for (const item of node.items) {
        const value = item ? this.convert(item as YamlNode, at, depth + 1) : undefined;
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

  /** Counts one expanded node; false (reported once) when the expansion or the depth is too much. */
  private withinLimits(at: { offset: number; length: number }, depth: number): boolean {
    if (depth > MAX_YAML_NESTING_DEPTH) {
      if (!this.reportedDepth) {
        this.reportedDepth = true;
        this.problems.push({ ...tooDeepProblem(at.offset, MAX_YAML_NESTING_DEPTH), length: Math.max(1, at.length) });
      }
      return false;
    }
    if (++this.expanded > MAX_ALIAS_EXPANSION_NODES) {
      if (!this.reportedExpansion) {
        this.reportedExpansion = true;
        this.problems.push(aliasExpansionProblem(at.offset, Math.max(1, at.length)));
      }
      return false;
    }
    return true;
  }

  /** Collects the properties a `<<` value brings (a mapping, an alias of one, or a sequence of them), in order. */
  private readonly unwrapping = new Set<YamlNode>();

  /** `!Tag value` as `{ "Fn::Tag": value }`: the object spans the tag and the value, its key is the tag. */
  private longForm(
    node: YamlNode,
    tag: string,
    key: string,
    range: { offset: number; length: number },
    at: { offset: number; length: number } | undefined,
    depth: number,
  ): AstNode | undefined {
    const found = at ? -1 : this.text.lastIndexOf(tag, range.offset);
    const tagOffset = found >= 0 && range.offset - found <= tag.length + 2 ? found : range.offset;
    const end = Math.max(range.offset + range.length, tagOffset + tag.length);
    const object: ObjectNode = { type: 'object', offset: tagOffset, length: end - tagOffset, properties: [] };
    const property = new PropertyNode(object, tagOffset, at ? 0 : tag.length, key, 'block');
    this.unwrapping.add(node);
    try {
      const value = this.convert(node, at, depth);
      if (value) {
        value.parent = property;
        property.value = value;
        property.length = Math.max(property.length, value.offset + value.length - property.offset);
      }
    } finally {
      this.unwrapping.delete(node);
    }
    object.properties.push(property);
    return object;
  }

  private merge(
    merged: PropertyNode[],
    object: ObjectNode,
    source: YamlNode | null,
    at: { offset: number; length: number } | undefined,
    depth: number,
  ): void {
    if (!source) return;
    const sources = isSeq(source) ? (source.items as YamlNode[]) : [source];
    for (const item of sources) {
      if (!item) continue;
      const copy = this.convert(item, at ?? rangeOf(item), depth);
      if (copy?.type !== 'object') continue;
      for (const property of copy.properties) {
        property.parent = object;
        merged.push(property);
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

/**
 * YAML's merge: a merged key is added only when the mapping does not set it itself, and the first
 * source that has it wins (`<<: [*a, *b]` takes a's). Merged keys go after the mapping's own, so
 * the tree holds each key once.
 */
function applyMerge(object: ObjectNode, merged: PropertyNode[]): void {
  const present = new Set(object.properties.map((property) => property.keyValue));
  for (const property of merged) {
    if (present.has(property.keyValue)) continue;
    present.add(property.keyValue);
    object.properties.push(property);
  }
}

function aliasExpansionProblem(offset: number, length: number): SyntaxProblem {
  return {
    code: 'syntax/yaml-alias-expansion',
    message: `Aliases and merge keys here expand to more than ${MAX_ALIAS_EXPANSION_NODES.toLocaleString('en-US')} values, which no state machine needs (an alias bomb?). Use fewer or smaller aliases.`,
    offset,
    length,
  };
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

function cleanYamlMessage(message: string): string {
  // The library appends "at line N, column M:" and a code excerpt; our range already says where.
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
