/**
 * Hover documentation: state types, fields (of states, retriers, catchers, choice rules and the
 * Map objects), integrations and their parameters, error names, state references, intrinsic
 * functions, JSONata functions, Context object paths, `$states` members and variables.
 */
import { STATE_TYPES, type StateMachine, type StateType } from '../model/types';
import { findNodeAtOffset, getNodePath, type ObjectNode, type StringNode } from '../syntax/tree';
import { describeError, parseResourceArn, RESOURCE_TEMPLATES, type ParsedResourceArn } from '../catalog/index';
import { locate } from './cursorContext';
import {
  CHOICE_OPERATORS,
  CONTEXT_OBJECT_DOCS,
  INTRINSIC_DOCS,
  JSONATA_FUNCTION_DOCS,
  OBJECT_FIELD_DOCS,
  STATE_FIELD_DOCS,
  STATE_TYPE_DOCS,
  STATES_MEMBER_DOCS,
  type FieldDoc,
} from './docs';
import { integrationDoc } from './completion';
import { spotAt, stateIndex } from './stateIndex';
import { stringValueIndexAt, stringValueOffset } from '../syntax/tree';
import type { TextSpan } from './types';
import { variableReferenceAt, visibleVariables } from './variableNavigation';
import { analyzeVariables } from '../semantics/variables';

export interface HoverResult {
  /** Markdown. */
  contents: string;
  span: TextSpan;
}

export function hover(machine: StateMachine, offset: number): HoverResult | undefined {
  const root = machine.document.root;
  if (!root) return undefined;
  const variable = variableHover(machine, offset);
  if (variable) return variable;
  const spot = spotAt(machine, offset);
  if (spot?.state && !spot.reference) {
    // A state's key: what it is.
    return {
      contents: stateSummary(spot.state.name, spot.state.type, spot.state.node ? commentOf(spot.state.node) : undefined),
      span: spanOf(spot.node),
    };
  }
  if (spot?.reference) {
    const target = spot.state;
    return {
      contents: target
        ? stateSummary(target.name, target.type, target.node ? commentOf(target.node) : undefined)
        : `No state named \`${spot.node.value}\` in this scope.`,
      span: spanOf(spot.node),
    };
  }
  const node = findNodeAtOffset(root, offset);
  if (node?.type !== 'string') return undefined;
  const parent = node.parent;
  if (parent?.type === 'property' && parent.key === node) return keyHover(machine, node, getNodePath(parent.parent));
  const path = getNodePath(node);
  const location = locate(machine, path);
  const key = parent?.type === 'property' ? parent.keyValue : undefined;
  if (
    location.kind === 'state' &&
    location.rest.length === 1 &&
    key === 'Type' &&
    (STATE_TYPES as readonly string[]).includes(node.value)
  ) {
    return { contents: `**${node.value} state**\n\n${STATE_TYPE_DOCS[node.value as StateType]}`, span: spanOf(node) };
  }
  if (key === 'Resource') return resourceHover(machine, node);
  if (parent?.type === 'array' && parent.parent?.type === 'property' && parent.parent.keyValue === 'ErrorEquals') {
    const description = describeError(node.value);
    return {
      contents: description
        ? `**${node.value}**\n\n${description}`
        : `**${node.value}**\n\nA custom error name (raised by a Fail state, a Lambda function or an activity).`,
      span: spanOf(node),
    };
  }
  return expressionHover(machine, node, offset);
}

function spanOf(node: { offset: number; length: number }): TextSpan {
  return { offset: node.offset, length: node.length };
}

function commentOf(node: ObjectNode): string | undefined {
  const comment = node.properties.find((property) => property.keyValue === 'Comment')?.value;
  return comment?.type === 'string' ? comment.value : undefined;
}

function stateSummary(name: string, type: StateType | undefined, comment: string | undefined): string {
  return `**${name}**${type ? ` (${type} state)` : ''}${comment ? `\n\n${comment}` : ''}${type ? `\n\n${STATE_TYPE_DOCS[type]}` : ''}`;
}

function keyHover(machine: StateMachine, key: StringNode, objectPath: (string | number)[]): HoverResult | undefined {
  const location = locate(machine, objectPath);
  const name = key.value;
  let doc: { description: string } | undefined;
  if (location.kind === 'scope') {
    const rest = location.rest;
    if (rest.length === 0) doc = OBJECT_FIELD_DOCS[location.scopeKind]?.[name];
    else if (rest.length === 1 && rest[0] === 'ProcessorConfig') doc = OBJECT_FIELD_DOCS.processorConfig?.[name];
  } else if (location.kind === 'state') {
    const [first, second] = location.rest;
    const rest = location.rest;
    if (rest.length === 0) doc = STATE_FIELD_DOCS[name];
    else if (first === 'Retry' && typeof second === 'number' && rest.length === 2) doc = OBJECT_FIELD_DOCS.retrier?.[name];
    else if (first === 'Catch' && typeof second === 'number' && rest.length === 2) doc = OBJECT_FIELD_DOCS.catcher?.[name];
    else if (first === 'Choices') doc = OBJECT_FIELD_DOCS.choiceRule?.[name] ?? CHOICE_OPERATORS.find((operator) => operator.name === name);
    else if (rest.length === 1 && first === 'ItemReader') doc = OBJECT_FIELD_DOCS.itemReader?.[name];
    else if (rest.length === 2 && first === 'ItemReader' && second === 'ReaderConfig') doc = OBJECT_FIELD_DOCS.readerConfig?.[name];
    else if (rest.length === 1 && first === 'ItemBatcher') doc = OBJECT_FIELD_DOCS.itemBatcher?.[name];
    else if (rest.length === 1 && first === 'ResultWriter') doc = OBJECT_FIELD_DOCS.resultWriter?.[name];
    else if (rest.length === 2 && first === 'ResultWriter' && second === 'WriterConfig') doc = OBJECT_FIELD_DOCS.writerConfig?.[name];
    else if (rest.length === 1 && first === 'Credentials') doc = OBJECT_FIELD_DOCS.credentials?.[name];
    else if (rest.length === 1 && (first === 'Parameters' || first === 'Arguments') && location.state) {
      const resource = location.state.node?.properties.find((property) => property.keyValue === 'Resource')?.value;
      const integration = resource?.type === 'string' ? parseResourceArn(resource.value).integration : undefined;
      const parameterName = name.endsWith('.$') ? name.slice(0, -2) : name;
      const parameter = integration?.parameters.find((candidate) => candidate.name === parameterName);
      if (parameter) doc = { description: `${parameter.required ? '**Required.** ' : ''}${parameter.description}` };
    }
  }
  if (!doc) return undefined;
  const only = (doc as FieldDoc).only;
  return { contents: `**${name}**${only ? ` (${only} only)` : ''}\n\n${doc.description}`, span: spanOf(key) };
}

function resourceHover(machine: StateMachine, node: StringNode): HoverResult | undefined {
  const parsed = parseResourceArn(node.value);
  const owner = node.parent?.type === 'property' ? stateIndex(machine).stateByObject.get(node.parent.parent) : undefined;
  const language = owner?.queryLanguage ?? machine.queryLanguage;
  let contents: string | undefined;
  if (parsed.integration) contents = integrationDoc(parsed.integration, parsed.pattern, language);
  else if (parsed.kind === 'aws-sdk') contents = sdkHover(parsed);
  else if (parsed.kind === 'lambda-function') contents = `**Lambda function ${parsed.name}**\n\n${RESOURCE_TEMPLATES[1].description}`;
  else if (parsed.kind === 'activity') contents = `**Activity ${parsed.name}**\n\n${RESOURCE_TEMPLATES[2].description}`;
  else if (parsed.kind === 'placeholder')
    contents = 'A substitution placeholder, replaced by your deployment tool (SAM, CloudFormation, CDK, Terraform).';
  if (parsed.problem) contents = `${contents ? `${contents}\n\n` : ''}⚠ ${parsed.problem.message}`;
  return contents ? { contents, span: spanOf(node) } : undefined;
}

/** An AWS SDK integration: the service's name, the action, how its parameters and errors are named. */
function sdkHover(parsed: ParsedResourceArn): string {
  const service = parsed.sdkService;
  const pattern = parsed.pattern === 'waitForTaskToken' ? ' (.waitForTaskToken)' : '';
  if (!service)
    return `**AWS SDK integration: ${parsed.service}:${parsed.action}**${pattern}\n\n${RESOURCE_TEMPLATES[0].description}\n\nParameters are the action's request fields in PascalCase.`;
  const operation = parsed.action ? parsed.action.charAt(0).toUpperCase() + parsed.action.slice(1) : '';
  return [
    `**${service.displayName}: ${parsed.action}**${pattern}`,
    `AWS SDK integration: calls the ${service.displayName} API action ${operation} with the Task's Parameters (JSONPath) or Arguments (JSONata), its request fields in PascalCase, and returns the API's response.`,
    `Its errors are named \`${service.exceptionPrefix}.<Error>\`, e.g. for a Retrier's or Catcher's ErrorEquals.`,
  ].join('\n\n');
}

/** The word of an expression under the cursor: `States.Format`, `$uppercase`, `$$.Execution.Id`, `$states.input`. */
function expressionHover(machine: StateMachine, node: StringNode, offset: number): HoverResult | undefined {
  if (node.style === 'block' || node.style === 'alias') return undefined;
  const text = machine.document.text;
  // Find the decoded index of the cursor, then the word around it.
  const value = node.value;
  const index = stringValueIndexAt(node, offset, text);
  const isWord = (char: string | undefined) => char !== undefined && /[\w.$]/.test(char);
  // A word longer than any name hovered here: stop looking (a 1 MB value of letters is not a word).
  const limit = 200;
  let start = index;
  while (start > 0 && index - start < limit && isWord(value[start - 1])) start--;
  let end = index;
  while (end < value.length && end - index < limit && isWord(value[end])) end++;
  const word = value.slice(start, end);
  if (!word) return undefined;
  const span = {
    offset: stringValueOffset(node, start, text),
    length: stringValueOffset(node, end, text) - stringValueOffset(node, start, text),
  };
  const intrinsic = INTRINSIC_DOCS.find((doc) => doc.name === word);
  if (intrinsic) return { contents: `**${intrinsic.signature}**\n\n${intrinsic.description}`, span };
  const jsonataFunction = JSONATA_FUNCTION_DOCS.find((doc) => doc.name === word);
  if (jsonataFunction && value.trimStart().startsWith('{%'))
    return { contents: `**${jsonataFunction.signature}**\n\n${jsonataFunction.description}`, span };
  const context = /^(?:\$\$\.|\$states\.context\.)([\w.]+)$/.exec(word);
  if (context) {
    const doc = CONTEXT_OBJECT_DOCS.find((candidate) => candidate.path === context[1]);
    if (doc) return { contents: `**Context object: ${doc.path}**\n\n${doc.description}`, span };
  }
  const member = /^\$states\.(input|context|result|errorOutput)/.exec(word);
  if (member) {
    const doc = STATES_MEMBER_DOCS[member[1] as keyof typeof STATES_MEMBER_DOCS];
    return { contents: `**$states.${doc.name}**\n\n${doc.description}`, span };
  }
  return undefined;
}

function variableHover(machine: StateMachine, offset: number): HoverResult | undefined {
  const reference = variableReferenceAt(machine, offset);
  if (!reference) return undefined;
  const visible = visibleVariables(machine, reference.state).get(reference.name);
  const all = analyzeVariables(machine).assignmentsByName.get(reference.name) ?? [];
  const where = (visible ?? []).map((assignment) => `\`${assignment.state.name}\``).join(', ');
  const contents = visible?.length
    ? `**$${reference.name}** (variable)\n\nAssigned before \`${reference.state.name}\` by ${where}.`
    : all.length
      ? `**$${reference.name}** (variable)\n\nAssigned by ${all.map((assignment) => `\`${assignment.state.name}\``).join(', ')}, but not on any path before \`${reference.state.name}\`.`
      : `**$${reference.name}** (variable)\n\nNo state assigns it.`;
  return { contents, span: { offset: reference.offset, length: reference.length } };
}
