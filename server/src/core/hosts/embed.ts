/** Shared steps of every host reader: a definition parsed in place, or decoded from strings. */
import {
  asObject,
  type AstNode,
  type DocumentFormat,
  type ParsedDocument,
  type StringNode,
  type StringStyle,
  type SyntaxProblem,
} from '../syntax/tree';
import { appendStringNode } from './stringSource';
import { applySubstitutions, intrinsicOf, placeholderFor, replaceIntrinsics, type KnownValues } from './intrinsics';
import { OffsetMap, OffsetMapBuilder } from './offsetMap';
import { parseDefinitionText } from './definitionText';
import type { DefinitionForm, EmbeddedDefinition, ExecutionType } from './types';

export interface DefinitionHeader {
  name: string;
  executionType?: ExecutionType;
  known: KnownValues;
  parameters: KnownValues;
}

/**
 * A definition written as an object in the host (YAML or JSON): its subtree, detached from the
 * host tree, is the definition's tree, with the host text, so offsets need no map.
 */
export function inlineDefinition(host: ParsedDocument, node: AstNode, header: DefinitionHeader): EmbeddedDefinition {
  const known = new Map(header.known);
  let root = replaceIntrinsics(node, header.parameters, known);
  root.parent = undefined;
  root = applySubstitutions(root, known);
  root.parent = undefined;
  const document: ParsedDocument = {
    format: host.format,
    text: host.text,
    root,
    problems: host.problems.filter((problem) => within(problem, node)),
  };
  return {
    name: header.name,
    offset: node.offset,
    length: node.length,
    form: 'inline',
    document,
    map: OffsetMap.identity(),
    format: host.format,
    executionType: header.executionType,
    substitutions: known,
  };
}

/**
 * A definition written as a JSON string (DefinitionString, Fn::Sub of a string, Fn::Join of strings
 * and intrinsics as CDK writes it): its decoded text, parsed as JSON, with a map back to the host.
 * Undefined when the node is none of these forms.
 */
export function stringDefinition(
  host: ParsedDocument,
  node: AstNode,
  header: DefinitionHeader,
  readOnlyReason: string | undefined,
): EmbeddedDefinition | undefined {
  const builder = new OffsetMapBuilder();
  const known = new Map(header.known);
  const written: { style?: StringStyle } = {};
  const form = appendStringForm(builder, node, host.text, header.parameters, known, written);
  if (!form) return undefined;
  const built = builder.build();
  const { document, map } = parseDefinitionText(built.text, 'json', built.map, known);
  return {
    name: header.name,
    offset: node.offset,
    length: node.length,
    form,
    document,
    map,
    format: 'json',
    executionType: header.executionType,
    readOnly:
      form === 'join' ? (readOnlyReason ?? 'This definition is built with Fn::Join: edit its parts in the template.') : readOnlyReason,
    ...(form !== 'join' && written.style ? { stringStyle: written.style } : {}),
    substitutions: known,
  };
}

function appendStringForm(
  builder: OffsetMapBuilder,
  node: AstNode,
  text: string,
  parameters: KnownValues,
  known: KnownValues,
  written: { style?: StringStyle } = {},
): DefinitionForm | undefined {
  if (node.type === 'string') {
    appendStringNode(builder, node, text);
    written.style = node.style;
    return 'string';
  }
  const intrinsic = intrinsicOf(node);
  if (!intrinsic) return undefined;
  const argument = intrinsic.argument;
  if (intrinsic.name === 'Fn::Sub') {
    const template = argument?.type === 'array' ? argument.items[0] : argument;
    if (argument?.type === 'array') {
      const variables = asObject(argument.items[1]);
      for (const property of variables?.properties ?? []) {
        const value = property.value;
        if (value?.type === 'string' || value?.type === 'number' || value?.type === 'boolean') known.set(property.keyValue, value.value);
        else {
          const inner = intrinsicOf(value);
          if (inner?.name === 'Ref' && inner.argument?.type === 'string' && parameters.has(inner.argument.value))
            known.set(property.keyValue, parameters.get(inner.argument.value)!);
        }
      }
    }
    // In a Sub string, ${Parameter} is the parameter's value.
    for (const [name, value] of parameters) if (!known.has(name)) known.set(name, value);
    if (template?.type !== 'string') return undefined;
    appendStringNode(builder, template, text);
    written.style = template.style;
    return 'sub';
  }
  if (intrinsic.name === 'Fn::Join' && argument?.type === 'array') {
    const [separator, parts] = argument.items;
    if (separator?.type !== 'string' || parts?.type !== 'array') return undefined;
    parts.items.forEach((part, index) => {
      if (index > 0 && separator.value) builder.replaced(separator.value, separator.offset, separator.length);
      if (part.type === 'string') appendStringNode(builder, part as StringNode, text);
      else {
        const inner = intrinsicOf(part);
        if (inner?.name === 'Fn::Sub' || inner?.name === 'Fn::Join') {
          if (appendStringForm(builder, part, text, parameters, known)) return;
        }
        if (inner?.name === 'Ref' && inner.argument?.type === 'string' && parameters.has(inner.argument.value))
          known.set(inner.argument.value, parameters.get(inner.argument.value)!);
        builder.replaced(inner ? placeholderFor(inner.name, inner.argument) : '${?}', part.offset, part.length);
      }
    });
    return 'join';
  }
  return undefined;
}

/** A definition text taken from the host by the caller (a heredoc, a quoted HCL string) with its map. */
export function textDefinition(
  name: string,
  span: { offset: number; length: number },
  built: { text: string; map: OffsetMap },
  form: DefinitionForm,
  known: KnownValues,
  executionType: ExecutionType | undefined,
  format: DocumentFormat = 'json',
  directives = false,
): EmbeddedDefinition {
  const { document, map } = parseDefinitionText(built.text, format, built.map, known, { directives });
  return {
    name,
    offset: span.offset,
    length: span.length,
    form,
    document,
    map,
    format,
    executionType,
    substitutions: known,
    ...(directives ? { directives } : {}),
  };
}

export function within(problem: SyntaxProblem, node: { offset: number; length: number }): boolean {
  return problem.offset >= node.offset && problem.offset <= node.offset + node.length;
}

/** `EXPRESS`/`express`/`Express` as the type; undefined for anything else (a placeholder, a typo the host's own tools report). */
export function executionTypeOf(value: unknown): ExecutionType | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.toUpperCase();
  return upper === 'EXPRESS' || upper === 'STANDARD' ? upper : undefined;
}
