/**
 * Terraform: `resource "aws_sfn_state_machine" "x"` blocks and `module "y"` blocks with a
 * `definition` argument. The HCL is parsed by the caller's parser (tree-sitter's HCL grammar in
 * Node, see server/src/node/hclParser.ts), which keeps positions; this module only reads its tree.
 * Forms: `jsonencode({...})` (HCL object syntax becomes the offset tree in place), heredocs
 * (`<<EOF`, `<<-EOF` with its indentation removed), quoted strings, and `templatefile(path, vars)` /
 * `file(path)` (an external file, its variables known when they are literals).
 */
import { PropertyNode, type ArrayNode, type AstNode, type ObjectNode, type ParsedDocument, type SyntaxProblem } from '../syntax/tree';
import { executionTypeOf, textDefinition } from './embed';
import { applySubstitutions, type KnownValues } from './intrinsics';
import { OffsetMap, OffsetMapBuilder } from './offsetMap';
import type { EmbeddedDefinition, HostReadResult } from './types';

/** The part of a syntax node this reader needs (web-tree-sitter's Node has it). */
export interface HclSyntaxNode {
  readonly type: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly text: string;
  readonly namedChildren: readonly (HclSyntaxNode | null)[];
  readonly hasError: boolean;
  readonly isMissing: boolean;
  childForFieldName(name: string): HclSyntaxNode | null;
}

/** Another `.tf` file of the module folder: its name (in the same folder) and text. */
export interface ModuleFile {
  name: string;
  text: string;
}

/** Parses HCL text to its root syntax node. Supplied by the caller (a port), since loading a parser is I/O. */
export type HclParser = (text: string) => HclSyntaxNode;

const MACHINE_RESOURCE = 'aws_sfn_state_machine';
const MAX_SYNTAX_PROBLEMS = 20;

/**
 * `moduleTexts`: the other `.tf` files of the module's folder, where `variable` defaults and
 * `locals` used by this file's definitions may be written.
 */
export function readTerraform(text: string, parse: HclParser | undefined, moduleTexts: readonly ModuleFile[] = []): HostReadResult {
  const problems: SyntaxProblem[] = [];
  if (!parse) {
    problems.push({
      code: 'host/hcl-unavailable',
      message: 'The Terraform (HCL) parser is not loaded, so this file cannot be read.',
      offset: 0,
      length: 0,
    });
    return { kind: 'terraform', definitions: [], problems };
  }
  let root: HclSyntaxNode;
  try {
    root = parse(text);
  } catch (error) {
    problems.push({
      code: 'syntax/hcl',
      message: `The Terraform file could not be read: ${error instanceof Error ? error.message : String(error)}`,
      offset: 0,
      length: 0,
    });
    return { kind: 'terraform', definitions: [], problems };
  }
  if (root.hasError) collectSyntaxProblems(root, problems, text.length);
  const definitions: EmbeddedDefinition[] = [];
  const body = children(root).find((child) => child.type === 'body');
  const blocks = children(body).filter((child) => child.type === 'block');
  // `definition = local.x` / `var.x` is followed to the locals block or variable default that defines
  // x in this file; literal values of locals and variable defaults of the whole module folder are
  // known values of `${local.x}` / `${var.x}` (and `= local.x` in jsonencode and templatefile vars).
  const locals = new Map<string, HclSyntaxNode>();
  const variables = new Map<string, HclSyntaxNode>();
  collectModuleValues(blocks, locals, variables);
  const known: KnownValues = new Map();
  addLiterals(locals, variables, text, known);
  // Where a `definition = local.x` / `var.x` of this file is written in another file of the module.
  const elsewhere = new Map<string, { file: ModuleFile; expression: HclSyntaxNode }>();
  for (const other of moduleTexts) {
    let otherRoot: HclSyntaxNode;
    try {
      otherRoot = parse(other.text);
    } catch {
      continue;
    }
    const otherLocals = new Map<string, HclSyntaxNode>();
    const otherVariables = new Map<string, HclSyntaxNode>();
    const otherBody = children(otherRoot).find((child) => child.type === 'body');
    collectModuleValues(
      children(otherBody).filter((child) => child.type === 'block'),
      otherLocals,
      otherVariables,
    );
    addLiterals(otherLocals, otherVariables, other.text, known);
    for (const [name, expression] of otherLocals)
      if (!elsewhere.has(`local.${name}`)) elsewhere.set(`local.${name}`, { file: other, expression });
    for (const [name, expression] of otherVariables)
      if (!elsewhere.has(`var.${name}`)) elsewhere.set(`var.${name}`, { file: other, expression });
  }
  for (const block of blocks) {
    const [kindNode, ...labelNodes] = children(block).filter((child) => child.type === 'identifier' || child.type === 'string_lit');
    const labels = labelNodes.map((label) => (label.type === 'string_lit' ? decodeHclString(innerText(label, text)) : label.text));
    const kind = kindNode?.text;
    let name: string | undefined;
    if (kind === 'resource' && labels[0] === MACHINE_RESOURCE && labels[1] !== undefined) name = `${MACHINE_RESOURCE}.${labels[1]}`;
    else if (kind === 'module' && labels[0] !== undefined) name = `module.${labels[0]}`;
    if (!name) continue;
    const attributes = new Map<string, HclSyntaxNode>();
    for (const attribute of children(children(block).find((child) => child.type === 'body')).filter(
      (child) => child.type === 'attribute',
    )) {
      const [identifier, expression] = children(attribute);
      if (identifier && expression) attributes.set(identifier.text, expression);
    }
    let expression = attributes.get('definition');
    if (!expression) continue;
    const typeNode = attributes.get('type');
    const executionType = executionTypeOf(typeNode ? stringLiteral(typeNode, text) : undefined);
    const reference = /^(local|var)\.([A-Za-z_][\w-]*)$/.exec(expression.text.trim());
    const here = reference ? (reference[1] === 'local' ? locals : variables).get(reference[2]!) : undefined;
    const there = reference && !here ? elsewhere.get(`${reference[1]}.${reference[2]}`) : undefined;
    if (there) {
      // Written in another file of the module: read there, in that file's offsets, like a followed file.
      const read = readDefinitionExpression(name, there.expression, there.file.text, executionType, known);
      if (read?.document)
        definitions.push({
          ...read,
          document: undefined,
          map: undefined,
          offset: expression.startIndex,
          length: expression.endIndex - expression.startIndex,
          form: 'file',
          external: {
            kind: 'file',
            path: there.file.name,
            offset: expression.startIndex,
            length: expression.endIndex - expression.startIndex,
            definition: read,
          },
        });
      continue;
    }
    if (here) expression = here;
    const definition = readDefinitionExpression(name, expression, text, executionType, known);
    if (definition) definitions.push(definition);
  }
  return { kind: 'terraform', definitions, problems };
}

function readDefinitionExpression(
  name: string,
  expression: HclSyntaxNode,
  text: string,
  executionType: EmbeddedDefinition['executionType'],
  moduleValues: KnownValues,
): EmbeddedDefinition | undefined {
  const inner = single(expression);
  if (inner?.type === 'function_call') {
    const [functionName, argumentList] = children(inner);
    const args = children(argumentList).filter((child) => child.type === 'expression');
    const fn = functionName?.text;
    if (fn === 'jsonencode' && args[0]) {
      const known: KnownValues = new Map(moduleValues);
      const root = applySubstitutions(convertExpression(args[0], text), known);
      root.parent = undefined;
      const document: ParsedDocument = { format: 'json', text, root, problems: [] };
      return {
        name,
        offset: args[0].startIndex,
        length: args[0].endIndex - args[0].startIndex,
        form: 'inline',
        document,
        map: OffsetMap.identity(),
        format: 'json',
        executionType,
        substitutions: known,
      };
    }
    if ((fn === 'templatefile' || fn === 'file') && args[0]) {
      const path = pathOf(args[0], text);
      const known: KnownValues = new Map();
      if (fn === 'templatefile' && args[1]) literalVariables(args[1], text, known, moduleValues);
      return {
        name,
        offset: args[0].startIndex,
        length: args[0].endIndex - args[0].startIndex,
        form: 'file',
        format: /\.ya?ml(\.tpl)?$/i.test(path ?? '') ? 'yaml' : 'json',
        executionType,
        substitutions: known,
        external: { kind: 'file', path: path ?? args[0].text, offset: args[0].startIndex, length: args[0].endIndex - args[0].startIndex },
        // templatefile() renders its file as a template; file() reads it as it is.
        ...(fn === 'templatefile' ? { directives: true } : {}),
      };
    }
    return undefined;
  }
  const template = inner?.type === 'template_expr' ? single(inner) : inner?.type === 'literal_value' ? single(inner) : undefined;
  if (template?.type === 'heredoc_template') {
    const built = heredocText(template, text);
    if (!built) return undefined;
    return textDefinition(name, span(template), built, 'heredoc', new Map(moduleValues), executionType, 'json', true);
  }
  if (template?.type === 'quoted_template' || template?.type === 'string_lit') {
    const builder = new OffsetMapBuilder();
    appendHclString(builder, template.startIndex + 1, template.endIndex - 1, text);
    return { ...textDefinition(name, span(template), builder.build(), 'string', new Map(moduleValues), executionType) };
  }
  return undefined;
}

/** An HCL expression as a tree node: objects, tuples and literals as they are; anything computed is a placeholder. */
function convertExpression(expression: HclSyntaxNode, text: string): AstNode {
  const node = expression.type === 'expression' ? (single(expression) ?? expression) : expression;
  const at = { offset: expression.startIndex, length: expression.endIndex - expression.startIndex };
  if (expression.type === 'expression' && children(expression).length > 1) return placeholder(expression, text);
  switch (node.type) {
    case 'collection_value':
      return convertExpression(single(node) ?? node, text);
    case 'object': {
      const object: ObjectNode = { type: 'object', offset: node.startIndex, length: node.endIndex - node.startIndex, properties: [] };
      for (const element of children(node).filter((child) => child.type === 'object_elem')) {
        const key = element.childForFieldName('key');
        const value = element.childForFieldName('val');
        if (!key) continue;
        const keyInner = deepest(key);
        const quoted = keyInner.type === 'string_lit';
        const keyValue = quoted ? decodeHclString(innerText(keyInner, text)) : key.text;
        const property = new PropertyNode(object, key.startIndex, key.endIndex - key.startIndex, keyValue, quoted ? 'json' : 'plain');
        const separator = text.slice(key.endIndex, value?.startIndex ?? key.endIndex).search(/[=:]/);
        if (separator >= 0) property.colonOffset = key.endIndex + separator;
        if (value) {
          const converted = convertExpression(value, text);
          converted.parent = property;
          property.value = converted;
          property.length = converted.offset + converted.length - property.offset;
        }
        object.properties.push(property);
      }
      return object;
    }
    case 'tuple': {
      const array: ArrayNode = { type: 'array', offset: node.startIndex, length: node.endIndex - node.startIndex, items: [] };
      for (const item of children(node).filter((child) => child.type === 'expression')) {
        const converted = convertExpression(item, text);
        converted.parent = array;
        array.items.push(converted);
      }
      return array;
    }
    case 'literal_value':
      return convertExpression(single(node) ?? node, text);
    case 'numeric_lit': {
      const value = Number(node.text);
      return { type: 'number', ...at, value, isInteger: !/[.eE]/.test(node.text) };
    }
    case 'bool_lit':
      return { type: 'boolean', ...at, value: node.text === 'true' };
    case 'null_lit':
      return { type: 'null', ...at, value: null };
    case 'string_lit':
    case 'quoted_template':
      return {
        type: 'string',
        offset: node.startIndex,
        length: node.endIndex - node.startIndex,
        value: decodeHclString(innerText(node, text)),
        style: 'json',
      };
    case 'template_expr':
      return convertExpression(single(node) ?? node, text);
    default:
      return placeholder(expression, text);
  }
}

function placeholder(node: HclSyntaxNode, text: string): AstNode {
  const source = text.slice(node.startIndex, node.endIndex).replace(/\s+/g, ' ');
  return {
    type: 'string',
    offset: node.startIndex,
    length: node.endIndex - node.startIndex,
    value: `\${${source.replace(/[{}]/g, '')}}`,
    style: 'block',
  };
}

/** The heredoc's body: the lines between the opening and closing markers, `<<-` indentation removed. */
function heredocText(template: HclSyntaxNode, text: string): { text: string; map: OffsetMap } | undefined {
  const identifiers = children(template).filter((child) => child.type === 'heredoc_identifier');
  const start = children(template).find((child) => child.type === 'heredoc_start');
  const opening = identifiers[0];
  const closing = identifiers[identifiers.length - 1];
  if (!opening || !closing || opening === closing) return undefined;
  const bodyStart = text.indexOf('\n', opening.endIndex) + 1;
  if (bodyStart <= 0) return undefined;
  let bodyEnd = closing.startIndex;
  while (bodyEnd > bodyStart && text[bodyEnd - 1] !== '\n') bodyEnd--;
  const lines: { offset: number; text: string }[] = [];
  for (let offset = bodyStart; offset < bodyEnd;) {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 || newline >= bodyEnd ? bodyEnd : newline;
    lines.push({ offset, text: text.slice(offset, end) });
    offset = end + 1;
  }
  const strip = start?.text.includes('-')
    ? Math.min(...lines.filter((line) => line.text.trim() !== '').map((line) => /^[ \t]*/.exec(line.text)![0].length), Infinity)
    : 0;
  const builder = new OffsetMapBuilder();
  for (const line of lines) {
    const cut = Math.min(Number.isFinite(strip) ? strip : 0, /^[ \t]*/.exec(line.text)![0].length);
    builder.verbatim(line.text.slice(cut), line.offset + cut);
    builder.verbatim('\n', line.offset + line.text.length);
  }
  return builder.build();
}

/** Appends a quoted HCL string's content, escapes decoded, each mapped to its host characters. */
function appendHclString(builder: OffsetMapBuilder, start: number, end: number, text: string): void {
  let runStart = start;
  for (let offset = start; offset < end;) {
    if (text[offset] !== '\\') {
      offset++;
      continue;
    }
    builder.verbatim(text.slice(runStart, offset), runStart);
    const length = text[offset + 1] === 'u' ? 6 : text[offset + 1] === 'U' ? 10 : 2;
    builder.replaced(decodeHclString(text.slice(offset, offset + length)), offset, length);
    offset += length;
    runStart = offset;
  }
  builder.verbatim(text.slice(runStart, end), runStart);
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

export function decodeHclString(raw: string): string {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (match, escape: string) => {
    if (escape[0] === 'u' || escape[0] === 'U') return String.fromCodePoint(parseInt(escape.slice(1), 16));
    return ESCAPES[escape] ?? match;
  });
}

function innerText(node: HclSyntaxNode, text: string): string {
  return text.slice(node.startIndex + 1, node.endIndex - 1);
}

function stringLiteral(expression: HclSyntaxNode, text: string): string | undefined {
  const literal = deepest(expression);
  return literal.type === 'string_lit' ? decodeHclString(innerText(literal, text)) : undefined;
}

/** A file path argument: a literal, or a template starting with ${path.module}/ (relative to this file's folder). */
function pathOf(expression: HclSyntaxNode, text: string): string | undefined {
  const literal = deepest(expression);
  if (literal.type !== 'string_lit' && literal.type !== 'quoted_template') return undefined;
  const raw = decodeHclString(innerText(literal, text));
  return raw.replace(/^\$\{path\.(module|root|cwd)\}\//, '');
}

function literalVariables(expression: HclSyntaxNode, text: string, known: KnownValues, moduleValues: KnownValues): void {
  const object = applySubstitutions(convertExpression(expression, text), moduleValues);
  if (object.type !== 'object') return;
  for (const property of object.properties) {
    const value = property.value;
    if (value?.type === 'number' || value?.type === 'boolean') known.set(property.keyValue, value.value);
    else if (value?.type === 'string' && value.style !== 'block') known.set(property.keyValue, value.value);
  }
}

/** The `locals` attributes and `variable` defaults of a file's blocks, by name. */
function collectModuleValues(blocks: HclSyntaxNode[], locals: Map<string, HclSyntaxNode>, variables: Map<string, HclSyntaxNode>): void {
  for (const block of blocks) {
    const [kindNode, label] = children(block);
    const attributes = children(children(block).find((child) => child.type === 'body')).filter((child) => child.type === 'attribute');
    if (kindNode?.text === 'locals') {
      for (const attribute of attributes) {
        const [identifier, expression] = children(attribute);
        if (identifier && expression) locals.set(identifier.text, expression);
      }
    } else if (kindNode?.text === 'variable' && label) {
      const name = label.type === 'string_lit' ? label.text.slice(1, -1) : label.text;
      const fallback = attributes.find((attribute) => children(attribute)[0]?.text === 'default');
      const expression = fallback ? children(fallback)[1] : undefined;
      if (expression) variables.set(name, expression);
    }
  }
}

/** Known values `local.x` and `var.x` for the literal ones (strings without interpolation, numbers, booleans). */
function addLiterals(locals: Map<string, HclSyntaxNode>, variables: Map<string, HclSyntaxNode>, text: string, known: KnownValues): void {
  for (const [prefix, values] of [
    ['local', locals],
    ['var', variables],
  ] as const) {
    for (const [name, expression] of values) {
      const key = `${prefix}.${name}`;
      if (known.has(key)) continue;
      const literal = deepest(expression);
      // A negative number is a unary operation in HCL's grammar: its text says what it is.
      if (literal.type === 'numeric_lit' || /^-\s*\d+(\.\d+)?([eE][+-]?\d+)?$/.test(expression.text.trim()))
        known.set(key, Number(expression.text.trim().replace(/\s+/g, '')));
      else if (literal.type === 'bool_lit') known.set(key, literal.text === 'true');
      else if (literal.type === 'string_lit' || (literal.type === 'quoted_template' && !/\$\{|%\{/.test(literal.text)))
        known.set(key, decodeHclString(innerText(literal, text)));
    }
  }
}

function collectSyntaxProblems(node: HclSyntaxNode, problems: SyntaxProblem[], textLength: number): void {
  if (problems.length >= MAX_SYNTAX_PROBLEMS) return;
  if (node.type === 'ERROR' || node.isMissing) {
    problems.push({
      code: 'syntax/hcl',
      message: node.isMissing ? `Terraform syntax: "${node.type}" is missing here.` : 'Terraform syntax error.',
      offset: node.startIndex,
      // At least one character so editors show it, but never past the end of the text.
      length: Math.min(Math.max(1, node.endIndex - node.startIndex), Math.max(0, textLength - node.startIndex)),
    });
    return;
  }
  for (const child of children(node)) if (child.hasError || child.isMissing) collectSyntaxProblems(child, problems, textLength);
}

function children(node: HclSyntaxNode | undefined | null): HclSyntaxNode[] {
  return node ? (node.namedChildren.filter(Boolean) as HclSyntaxNode[]) : [];
}

function single(node: HclSyntaxNode): HclSyntaxNode | undefined {
  const list = children(node);
  return list.length === 1 ? list[0] : undefined;
}

/** Follows single-child wrappers (expression, literal_value, template_expr) down to the node that says what it is. */
function deepest(node: HclSyntaxNode): HclSyntaxNode {
  let current = node;
  for (;;) {
    if (current.type === 'string_lit' || current.type === 'quoted_template') return current;
    const next = single(current);
    if (!next) return current;
    current = next;
  }
}

function span(node: HclSyntaxNode): { offset: number; length: number } {
  return { offset: node.startIndex, length: node.endIndex - node.startIndex };
}
