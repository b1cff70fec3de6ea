/**
 * Completion for Amazon States Language in JSON and YAML: keys allowed where the cursor is, state
 * types, Resource ARNs from the catalog (filling the Task's Parameters or Arguments), state names
 * of the right scope, error names, enumerated values, whole-state snippets, intrinsic functions,
 * Context object paths, JSONata functions, `$states` members and workflow variables.
 * Every edit carries its own quoting, commas and indentation.
 */
import { STATE_TYPES, type QueryLanguage, type State, type StateMachine, type StateType } from '../model/types';
import { asString, getProperty, getPropertyValue, type ObjectNode } from '../syntax/tree';
import {
  ITEM_READER_RESOURCES,
  RESULT_WRITER_RESOURCES,
  SERVICE_ACTIONS,
  findService,
  findSdkService,
  hasSdkAction,
  integrationArn,
  integrationErrors,
  parseResourceArn,
  RESOURCE_TEMPLATES,
  sdkActions,
  sdkServices,
  STATES_ERRORS,
  describePattern,
  type IntegrationParameter,
  type ServiceAction,
} from '../catalog/index';
import { cursorContext, locate, type KeyContext, type Location, type PathSegment, type ValueContext } from './cursorContext';
import {
  CHOICE_OPERATORS,
  CONTEXT_OBJECT_DOCS,
  ENUM_VALUES,
  INTRINSIC_DOCS,
  JSONATA_FUNCTION_DOCS,
  OBJECT_FIELD_DOCS,
  STATE_FIELD_DOCS,
  STATE_TYPE_DOCS,
  statesMembersFor,
  type FieldDoc,
} from './docs';
import {
  detectIndentUnit,
  escapeSnippet,
  formatScalar,
  lineIndentAt,
  renderProperties,
  renderValue,
  Snippet,
  type SnippetValue,
} from './textWriting';
import type { TextEdit } from './types';
import { visibleVariables } from './variableNavigation';
import { STATE_FIELDS, type JsonPathFieldRole } from '../validation/structure/fields';

export type CompletionKind =
  | 'stateType'
  | 'field'
  | 'state'
  | 'integration'
  | 'template'
  | 'error'
  | 'function'
  | 'variable'
  | 'value'
  | 'snippet'
  | 'contextPath'
  | 'member';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** The edit at the cursor; its span contains the cursor. */
  edit: TextEdit;
  /** True when edit.newText has snippet tab stops. */
  snippet: boolean;
  additionalEdits?: TextEdit[];
  /** The text the editor matches what was typed against (the label, with the opening quote when the edit starts at one). */
  filterText: string;
  sortText: string;
  /** Ask the editor to complete again after inserting (a key whose value has completions). */
  retrigger?: boolean;
}

interface Ctx {
  machine: StateMachine;
  text: string;
  json: boolean;
  unit: string;
  offset: number;
}

export function complete(machine: StateMachine, offset: number): CompletionEntry[] {
  const text = machine.document.text;
  const ctx: Ctx = { machine, text, json: machine.document.format === 'json', unit: detectIndentUnit(text), offset };
  if (!machine.document.root && text.trim() === '') return [machineSkeleton(ctx)];
  const cursor = cursorContext(machine, offset);
  if (!cursor) return [];
  let entries = cursor.kind === 'key' ? completeKey(ctx, cursor) : completeValue(ctx, cursor);
  if (
    entries.length === 0 &&
    cursor.kind === 'value' &&
    cursor.arrayItem &&
    !ctx.json &&
    (!cursor.node || cursor.node.type !== 'string' || cursor.node.style === 'plain')
  ) {
    // YAML `- |` or `- Err|` in a list of objects (Retry, Catch, Choices): the item is a new mapping.
    const replace =
      cursor.node && cursor.node.type !== 'null' ? { offset: cursor.node.offset, length: cursor.node.length } : cursor.replace;
    entries = completeKey(ctx, {
      kind: 'key',
      objectPath: cursor.valuePath,
      hasColon: false,
      replace,
      prefix: ctx.text.slice(replace.offset, offset),
    });
  }
  // Keep the order chosen here (most relevant first); the editor sorts by sortText.
  for (let index = 0; index < entries.length; index++)
    if (!entries[index]!.sortText) entries[index]!.sortText = String(index).padStart(5, '0');
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Keys

interface KeyCandidate {
  name: string;
  doc: FieldDoc | { description: string; shape: FieldDoc['shape'] };
  template?: SnippetValue;
  retrigger?: boolean;
}

function completeKey(ctx: Ctx, cursor: KeyContext): CompletionEntry[] {
  const location = locate(ctx.machine, cursor.objectPath);
  if (location.kind === 'states') return stateSnippets(ctx, cursor, location.scope?.owner?.queryLanguage ?? ctx.machine.queryLanguage);
  const candidates = keyCandidates(ctx, location);
  const present = new Set(
    (cursor.object?.properties ?? []).filter((property) => property.key !== cursor.keyNode).map((property) => property.keyValue),
  );
  return candidates.filter((candidate) => !present.has(candidate.name)).map((candidate) => keyEntry(ctx, cursor, candidate));
}

function languageOf(machine: StateMachine, location: Location): QueryLanguage {
  if (location.kind === 'state') return location.state?.queryLanguage ?? machine.queryLanguage;
  return location.scope?.owner?.queryLanguage ?? machine.queryLanguage;
}

function fromDocs(docs: Readonly<Record<string, FieldDoc>>, language: QueryLanguage): KeyCandidate[] {
  return Object.entries(docs)
    .filter(([, doc]) => !doc.only || doc.only === language)
    .map(([name, doc]) => ({ name, doc }));
}

function keyCandidates(ctx: Ctx, location: Location): KeyCandidate[] {
  const language = languageOf(ctx.machine, location);
  if (location.kind === 'scope') {
    const rest = location.rest;
    if (rest.length === 0) return withTemplates(fromDocs(OBJECT_FIELD_DOCS[location.scopeKind]!, language), language);
    if (location.scopeKind === 'itemProcessor' && rest.length === 1 && rest[0] === 'ProcessorConfig')
      return fromDocs(OBJECT_FIELD_DOCS.processorConfig!, language);
    return [];
  }
  if (location.kind !== 'state') return [];
  const rest = location.rest;
  const stateType = location.state?.type ?? typeFromTree(ctx, location);
  if (rest.length === 0) {
    const fields = Object.entries(STATE_FIELD_DOCS).filter(
      ([, doc]) => (!doc.only || doc.only === language) && (doc.types === 'all' || !stateType || doc.types.includes(stateType)),
    );
    return withTemplates(
      fields.map(([name, doc]) => ({ name, doc })),
      language,
    );
  }
  const [first, second] = rest;
  if (first === 'Retry' && typeof second === 'number' && rest.length === 2)
    return withTemplates(fromDocs(OBJECT_FIELD_DOCS.retrier!, language), language);
  if (first === 'Catch' && typeof second === 'number' && rest.length === 2)
    return withTemplates(fromDocs(OBJECT_FIELD_DOCS.catcher!, language), language);
  if (first === 'Choices' && typeof second === 'number') {
    const topLevel = rest.length === 2;
    const rule = fromDocs(OBJECT_FIELD_DOCS.choiceRule!, language).filter(
      (candidate) => topLevel || !['Next', 'Assign', 'Output', 'Comment'].includes(candidate.name),
    );
    const operators =
      language === 'JSONPath'
        ? CHOICE_OPERATORS.map((operator) => ({ name: operator.name, doc: { description: operator.description, shape: operator.shape } }))
        : [];
    return withTemplates([...rule, ...operators], language);
  }
  if (rest.length === 1 && (first === 'ItemReader' || first === 'ItemBatcher' || first === 'ResultWriter' || first === 'Credentials')) {
    const kind =
      first === 'ItemReader'
        ? 'itemReader'
        : first === 'ItemBatcher'
          ? 'itemBatcher'
          : first === 'ResultWriter'
            ? 'resultWriter'
            : 'credentials';
    return fromDocs(OBJECT_FIELD_DOCS[kind]!, language);
  }
  if (rest.length === 2 && first === 'ItemReader' && second === 'ReaderConfig') return fromDocs(OBJECT_FIELD_DOCS.readerConfig!, language);
  if (rest.length === 2 && first === 'ResultWriter' && second === 'WriterConfig')
    return fromDocs(OBJECT_FIELD_DOCS.writerConfig!, language);
  if (rest.length === 1 && (first === 'Parameters' || first === 'Arguments') && stateType === 'Task') {
    const integration = taskIntegration(location.state);
    if (integration) {
      return integration.parameters.map((parameter) => ({
        name: parameter.name,
        doc: { description: `${parameter.required ? '**Required.** ' : ''}${parameter.description}`, shape: parameter.shape },
      }));
    }
  }
  return [];
}

function typeFromTree(ctx: Ctx, location: Extract<Location, { kind: 'state' }>): StateType | undefined {
  let node: unknown = ctx.machine.document.root;
  for (const segment of location.statePath) {
    const object = node as ObjectNode | undefined;
    node = object?.type === 'object' ? getPropertyValue(object, String(segment)) : undefined;
  }
  const object = (node as ObjectNode | undefined)?.type === 'object' ? (node as ObjectNode) : undefined;
  const type = asString(getPropertyValue(object, 'Type'))?.value;
  return (STATE_TYPES as readonly string[]).includes(type ?? '') ? (type as StateType) : undefined;
}

/** Richer values for keys whose empty value would be useless. */
function withTemplates(candidates: KeyCandidate[], language: QueryLanguage): KeyCandidate[] {
  return candidates.map((candidate): KeyCandidate => {
    switch (candidate.name) {
      case 'Type':
      case 'Resource':
      case 'Next':
      case 'Default':
      case 'StartAt':
      case 'QueryLanguage':
        return { ...candidate, template: new Snippet(''), retrigger: true };
      case 'End':
        return { ...candidate, template: true };
      case 'Retry':
        return {
          ...candidate,
          template: [
            {
              ErrorEquals: [new Snippet('States.ALL')],
              IntervalSeconds: new Snippet('1', false),
              MaxAttempts: new Snippet('3', false),
              BackoffRate: new Snippet('2', false),
            },
          ],
        };
      case 'Catch':
        return { ...candidate, template: [{ ErrorEquals: [new Snippet('States.ALL')], Next: new Snippet('HandleError') }] };
      case 'Choices':
        return { ...candidate, template: [choiceRuleTemplate(language)] };
      case 'Branches':
        return { ...candidate, template: [{ StartAt: new Snippet('FirstState'), States: {} }] };
      case 'ItemProcessor':
        return {
          ...candidate,
          template: {
            ProcessorConfig: { Mode: new Snippet('INLINE', true, ['INLINE', 'DISTRIBUTED']) },
            StartAt: new Snippet('ProcessItem'),
            States: {},
          },
        };
      case 'ProcessorConfig':
        return { ...candidate, template: { Mode: new Snippet('INLINE', true, ['INLINE', 'DISTRIBUTED']) } };
      case 'ErrorEquals':
        return { ...candidate, template: [new Snippet('States.ALL')] };
      default:
        return candidate;
    }
  });
}

function choiceRuleTemplate(language: QueryLanguage): SnippetValue {
  return language === 'JSONata'
    ? { Condition: new Snippet('{% $states.input.status = "done" %}'), Next: new Snippet('NextState') }
    : { Variable: new Snippet('$.status'), StringEquals: new Snippet('done'), Next: new Snippet('NextState') };
}

function emptyValue(shape: FieldDoc['shape'], json: boolean): SnippetValue {
  switch (shape) {
    case 'string':
      return new Snippet('');
    case 'number':
      return new Snippet('0', false);
    case 'boolean':
      return new Snippet('true', false);
    case 'object':
      return {};
    case 'array':
      return [];
    default:
      // A value of any type: JSON needs one to stay valid (`{}`, selected so typing replaces it); an empty YAML value is null.
      return new Snippet(json ? '{}' : '', false);
  }
}

function keyEntry(ctx: Ctx, cursor: KeyContext, candidate: KeyCandidate): CompletionEntry {
  const documentation = candidate.doc.description;
  const quoteStart = ctx.json || (cursor.keyNode && cursor.keyNode.style !== 'plain');
  const filterText = (cursor.keyNode && quoteStart && cursor.replace.length > 0 ? ctx.text[cursor.replace.offset] : '') + candidate.name;
  if (cursor.hasColon) {
    return {
      label: candidate.name,
      kind: 'field',
      documentation,
      edit: { ...cursor.replace, newText: formatScalar(candidate.name, ctx.machine.document.format) },
      snippet: false,
      filterText,
      sortText: '',
    };
  }
  const indent = lineIndentAt(ctx.text, cursor.replace.offset);
  const value = candidate.template ?? emptyValue(candidate.doc.shape, ctx.json);
  let newText = renderProperties([[candidate.name, value]], { format: ctx.machine.document.format, indent, unit: ctx.unit, snippet: true });
  newText = addEmptyObjectStop(newText, ctx, indent);
  const { leading, trailing } = ctx.json
    ? commaEdits(ctx.text, cursor.replace.offset, cursor.replace.offset + cursor.replace.length)
    : { leading: undefined, trailing: '' };
  return {
    label: candidate.name,
    kind: 'field',
    detail: shapeLabel(candidate.doc.shape),
    documentation,
    edit: { ...cursor.replace, newText: newText + trailing },
    snippet: true,
    additionalEdits: leading ? [leading] : undefined,
    filterText,
    sortText: '',
    retrigger: candidate.retrigger,
  };
}

/** Puts the final tab stop inside an empty `{}` or `[]` value so the user continues typing there. */
function addEmptyObjectStop(newText: string, ctx: Ctx, indent: string): string {
  if (ctx.json) {
    if (newText.endsWith(': {}')) return `${newText.slice(0, -2)}{\n${indent}${ctx.unit}$0\n${indent}}`;
    if (newText.endsWith(': []')) return `${newText.slice(0, -2)}[$0]`;
    return newText;
  }
  // YAML: a block mapping or sequence on the following lines, one level deeper.
  if (newText.endsWith(': {}')) return `${newText.slice(0, -4)}:\n${indent}${ctx.unit}$0`;
  if (newText.endsWith(': []')) return `${newText.slice(0, -4)}:\n${indent}${ctx.unit}- $0`;
  return newText;
}

function shapeLabel(shape: FieldDoc['shape']): string {
  return shape === 'any' ? 'any value' : shape;
}

/**
 * JSON commas around an insertion at [start, end): a comma after the previous entry when it has
 * none, and one after the inserted text when another entry follows.
 */
function commaEdits(text: string, start: number, end: number): { leading?: TextEdit; trailing: string } {
  let before = start - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  let after = end;
  while (after < text.length && /\s/.test(text[after]!)) after++;
  const previous = text[before];
  const next = text[after];
  const leading = previous !== undefined && !'{[,:'.includes(previous) ? { offset: before + 1, length: 0, newText: ',' } : undefined;
  const trailing = next === '"' || next === '{' || next === '[' || (next !== undefined && /[0-9tfn-]/.test(next)) ? ',' : '';
  return { leading, trailing };
}

// ---------------------------------------------------------------------------------------------
// Whole states

function uniqueName(machine: StateMachine, base: string, taken: Set<string> = new Set()): string {
  let name = base;
  for (let suffix = 2; machine.statesByName.has(name) || taken.has(name); suffix++) name = `${base}${suffix}`;
  taken.add(name);
  return name;
}

function stateSnippets(ctx: Ctx, cursor: KeyContext, language: QueryLanguage): CompletionEntry[] {
  const jsonata = language === 'JSONata';
  const taken = new Set<string>();
  const next = new Snippet('NextState');
  const lambdaInput: SnippetValue = jsonata
    ? { FunctionName: new Snippet('arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME'), Payload: '{% $states.input %}' }
    : { FunctionName: new Snippet('arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME'), 'Payload.$': '$' };
  const inputField = jsonata ? 'Arguments' : 'Parameters';
  const branchStart = uniqueName(ctx.machine, 'BranchStart', taken);
  const itemStart = uniqueName(ctx.machine, 'ProcessItem', taken);
  const templates: [string, string, StateType, { [key: string]: SnippetValue }][] = [
    [
      'Task state',
      'Calls a Lambda function through the optimized integration.',
      'Task',
      { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', [inputField]: lambdaInput, Next: next },
    ],
    [
      'Task state with Retry and Catch',
      'Calls a Lambda function, retries its transient errors, and catches everything else.',
      'Task',
      {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        [inputField]: lambdaInput,
        Retry: [
          {
            ErrorEquals: [
              'Lambda.ServiceException',
              'Lambda.AWSLambdaException',
              'Lambda.SdkClientException',
              'Lambda.TooManyRequestsException',
            ],
            IntervalSeconds: 1,
            MaxAttempts: 3,
            BackoffRate: 2,
            JitterStrategy: 'FULL',
          },
        ],
        Catch: [
          jsonata
            ? { ErrorEquals: ['States.ALL'], Next: new Snippet('HandleError') }
            : { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: new Snippet('HandleError') },
        ],
        Next: next,
      },
    ],
    ['Pass state', 'Passes its input on, optionally reshaped.', 'Pass', { Type: 'Pass', Next: next }],
    [
      'Choice state with a rule',
      'Goes to the Next of the first matching rule, else to Default.',
      'Choice',
      { Type: 'Choice', Choices: [choiceRuleTemplate(language)], Default: new Snippet('DefaultState') },
    ],
    ['Wait state', 'Pauses for a number of seconds.', 'Wait', { Type: 'Wait', Seconds: new Snippet('10', false), Next: next }],
    [
      'Parallel state with a branch',
      'Runs branches at the same time.',
      'Parallel',
      { Type: 'Parallel', Branches: [{ StartAt: branchStart, States: { [branchStart]: { Type: 'Pass', End: true } } }], Next: next },
    ],
    [
      'Map state with an ItemProcessor',
      'Runs a small state machine for each item of an array.',
      'Map',
      {
        Type: 'Map',
        ...(jsonata ? { Items: new Snippet('{% $states.input.items %}') } : { ItemsPath: new Snippet('$.items') }),
        ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: itemStart, States: { [itemStart]: { Type: 'Pass', End: true } } },
        Next: next,
      },
    ],
    ['Succeed state', 'Ends the execution successfully.', 'Succeed', { Type: 'Succeed' }],
    [
      'Fail state',
      'Ends the execution with an error.',
      'Fail',
      { Type: 'Fail', Error: new Snippet('ErrorName'), Cause: new Snippet('What went wrong') },
    ],
  ];
  const indent = lineIndentAt(ctx.text, cursor.replace.offset);
  const { leading, trailing } = ctx.json
    ? commaEdits(ctx.text, cursor.replace.offset, cursor.replace.offset + cursor.replace.length)
    : { leading: undefined, trailing: '' };
  const format = ctx.machine.document.format;
  return templates.map(([label, description, type, value]) => {
    const name = uniqueName(ctx.machine, `My${type}`);
    const key = ctx.json ? `"\${1:${escapeSnippet(name)}}"` : `\${1:${escapeSnippet(name)}}`;
    const body = renderValue(value, { format, indent, unit: ctx.unit, snippet: true, firstStop: 1 });
    const newText = ctx.json ? `${key}: ${body}${trailing}` : `${key}:${body}`;
    return {
      label,
      kind: 'snippet' as const,
      detail: `${type} state`,
      documentation: `${description}\n\n${STATE_TYPE_DOCS[type]}`,
      edit: { ...cursor.replace, newText },
      snippet: true,
      additionalEdits: leading ? [leading] : undefined,
      filterText: (ctx.json && cursor.replace.length > 0 ? '"' : '') + label,
      sortText: '',
    };
  });
}

function machineSkeleton(ctx: Ctx): CompletionEntry {
  const value: SnippetValue = {
    Comment: new Snippet('What this state machine does'),
    StartAt: 'FirstState',
    States: { FirstState: { Type: 'Pass', End: true } },
  };
  const newText = renderValue(value, { format: ctx.machine.document.format, indent: '', unit: ctx.unit, snippet: true });
  return {
    label: 'New state machine',
    kind: 'snippet',
    documentation: 'A state machine with one Pass state.',
    edit: { offset: 0, length: ctx.text.length, newText: ctx.json ? newText : newText.replace(/^\n/, '') },
    snippet: true,
    filterText: 'New state machine',
    sortText: '',
  };
}

// ---------------------------------------------------------------------------------------------
// Values

function completeValue(ctx: Ctx, cursor: ValueContext): CompletionEntry[] {
  const location = locate(ctx.machine, cursor.valuePath);
  const state = location.kind === 'state' ? location.state : undefined;
  const language = languageOf(ctx.machine, location);
  if (cursor.string) {
    const expression = expressionCompletions(ctx, cursor, location, language);
    if (expression) return expression;
  }
  const key = cursor.key;
  const rest = location.rest;
  if (location.kind === 'state' && rest.length === 1 && key === 'Type') {
    return STATE_TYPES.map((type) =>
      valueEntry(ctx, cursor, type, 'stateType', { detail: 'state type', documentation: STATE_TYPE_DOCS[type] }),
    );
  }
  if (location.kind === 'state' && rest.length === 1 && key === 'Resource') {
    const string = cursor.string;
    const sdk = string ? sdkResourceEntries(ctx, string.content.offset, string.content.offset + string.content.length) : undefined;
    return sdk ?? resourceEntries(ctx, cursor, state, language);
  }
  if (
    location.kind === 'state' &&
    rest.length === 2 &&
    rest[0] === 'Resource' &&
    !ctx.json &&
    cursor.property?.keyStyle === 'plain' &&
    cursor.property.keyValue.startsWith('arn:')
  ) {
    // YAML reads `Resource: arn:aws:states:::aws-sdk:` (a colon ending the line) as a mapping whose
    // key is the ARN typed so far; the cursor is right after that colon.
    return sdkResourceEntries(ctx, cursor.property.offset, ctx.offset) ?? [];
  }
  if (location.kind === 'state' && rest.length === 2 && key === 'Resource' && (rest[0] === 'ItemReader' || rest[0] === 'ResultWriter')) {
    return (rest[0] === 'ItemReader' ? ITEM_READER_RESOURCES : RESULT_WRITER_RESOURCES).map((arn) =>
      valueEntry(ctx, cursor, arn, 'integration', { detail: rest[0] as string }),
    );
  }
  if (isStateReference(location)) {
    const scope = location.kind === 'state' ? (location.state?.scope ?? location.scope) : location.scope;
    const self = location.kind === 'state' ? location.state : undefined;
    // Thousands of names in a big scope: one inserter per request, then only string work per name.
    const insert = valueInserter(ctx, cursor, { plain: true });
    const entries: CompletionEntry[] = [];
    for (const candidate of scope?.stateList ?? []) {
      if (candidate === self && key === 'StartAt') continue;
      const { edit, filterText } = insert(candidate.name);
      // No documentation per name: the detail says the type, and thousands of copies of the type's
      // description would only slow the answer down.
      entries.push({
        label: candidate.name,
        kind: 'state',
        detail: candidate.type ? STATE_DETAILS[candidate.type] : 'state',
        edit,
        snippet: false,
        filterText,
        sortText: '',
      });
    }
    return entries;
  }
  if (location.kind === 'state' && isErrorEquals(rest, cursor)) return errorEntries(ctx, cursor, state);
  if (key && ENUM_VALUES[key]) return ENUM_VALUES[key]!.map((value) => valueEntry(ctx, cursor, value, 'value', {}));
  if (key === 'End') return [literalEntry(ctx, cursor, 'true')];
  const operator = CHOICE_OPERATORS.find((candidate) => candidate.name === key && candidate.shape === 'boolean');
  if (operator) return [literalEntry(ctx, cursor, 'true'), literalEntry(ctx, cursor, 'false')];
  return [];
}

function isStateReference(location: Location): boolean {
  const rest = location.rest;
  if (location.kind === 'scope') return rest.length === 1 && rest[0] === 'StartAt';
  if (location.kind !== 'state') return false;
  if (rest.length === 1) return rest[0] === 'Next' || rest[0] === 'Default';
  if (rest.length === 3 && rest[0] === 'Catch' && typeof rest[1] === 'number') return rest[2] === 'Next';
  if (rest.length === 3 && rest[0] === 'Choices' && typeof rest[1] === 'number') return rest[2] === 'Next';
  return false;
}

function isErrorEquals(rest: PathSegment[], cursor: ValueContext): boolean {
  const holder = rest[0] === 'Retry' || rest[0] === 'Catch';
  return (
    holder && typeof rest[1] === 'number' && rest[2] === 'ErrorEquals' && (rest.length === 4 || (rest.length === 3 && !cursor.arrayItem))
  );
}

function taskIntegration(state: State | undefined): ServiceAction | undefined {
  const resource = asString(getPropertyValue(state?.node, 'Resource'))?.value;
  return resource ? parseResourceArn(resource).integration : undefined;
}

function errorEntries(ctx: Ctx, cursor: ValueContext, state: State | undefined): CompletionEntry[] {
  const integration = taskIntegration(state);
  // The integration's own errors first: they are what a retrier of this Task is usually about.
  const entries: CompletionEntry[] = [];
  if (integration) {
    const service = findService(integration.service);
    for (const name of integrationErrors(integration)) {
      entries.push(
        valueEntry(ctx, cursor, name, 'error', {
          detail: `${service?.displayName ?? integration.service} error`,
          documentation: `Raised by ${integration.service}:${integration.action}.`,
          wrapInArray: !cursor.arrayItem,
        }),
      );
    }
  }
  for (const error of STATES_ERRORS)
    entries.push(
      valueEntry(ctx, cursor, error.name, 'error', {
        detail: 'predefined error',
        documentation: error.description,
        wrapInArray: !cursor.arrayItem,
      }),
    );
  return entries;
}

function resourceEntries(ctx: Ctx, cursor: ValueContext, state: State | undefined, language: QueryLanguage): CompletionEntry[] {
  const hasInput = !!state?.node && (getProperty(state.node, 'Parameters') || getProperty(state.node, 'Arguments'));
  const entries: CompletionEntry[] = [];
  for (const integration of SERVICE_ACTIONS) {
    const service = findService(integration.service);
    for (const pattern of integration.patterns) {
      const arn = integrationArn(integration, pattern);
      const fill = hasInput || !state?.node ? undefined : inputFill(ctx, cursor, integration, language);
      entries.push(
        valueEntry(ctx, cursor, arn, 'integration', {
          detail: `${service?.displayName ?? integration.service} · ${describePattern(pattern)}`,
          documentation: integrationDoc(integration, pattern, language),
          append: fill,
        }),
      );
    }
  }
  for (const template of RESOURCE_TEMPLATES) {
    entries.push(
      valueEntry(ctx, cursor, template.arn, 'template', {
        detail: template.label,
        documentation: template.description,
        placeholders: true,
      }),
    );
  }
  return entries;
}

const SDK_HEAD = /^arn:[^:]*:states:[^:]*:[^:]*:aws-sdk:/;
const SDK_NAME = /^[A-Za-z0-9-]*$/;

/**
 * Completion inside an AWS SDK Resource whose value spans [start, end): after "aws-sdk:" the
 * services, after "aws-sdk:<service>:" that service's actions, after "<action>." the
 * .waitForTaskToken pattern. Each edit replaces only the segment under the cursor. Undefined when
 * the text before the cursor is not an aws-sdk ARN (the whole catalog is offered then).
 */
function sdkResourceEntries(ctx: Ctx, start: number, end: number): CompletionEntry[] | undefined {
  const before = ctx.text.slice(start, ctx.offset);
  const head = SDK_HEAD.exec(before);
  if (!head) return undefined;
  const typed = before.slice(head[0].length);
  const after = ctx.text.slice(ctx.offset, Math.max(ctx.offset, end));
  const colon = typed.indexOf(':');
  if (colon < 0) {
    if (!SDK_NAME.test(typed)) return [];
    // The service segment, up to the next ":" (kept) or the end of the value.
    const nextColon = after.indexOf(':');
    const span = { offset: ctx.offset - typed.length, length: typed.length + (nextColon < 0 ? after.length : nextColon) };
    const addColon = nextColon < 0;
    return sdkServices().map((service) => ({
      label: service.service,
      kind: 'integration' as const,
      detail: service.displayName,
      documentation: `**${service.displayName}** through the AWS SDK integration: arn:aws:states:::aws-sdk:${service.service}:<action>. Its errors are named \`${service.exceptionPrefix}.<Error>\`.`,
      edit: { ...span, newText: addColon ? `${service.service}:` : service.service },
      snippet: false,
      filterText: service.service,
      sortText: '',
      // Go straight on to the service's actions.
      retrigger: addColon,
    }));
  }
  const service = findSdkService(typed.slice(0, colon));
  const actionTyped = typed.slice(colon + 1);
  if (!service || actionTyped.includes(':')) return [];
  const dot = actionTyped.indexOf('.');
  if (dot >= 0) {
    // The pattern: an AWS SDK integration supports .waitForTaskToken only.
    const suffix = actionTyped.slice(dot + 1);
    if (!hasSdkAction(service.service, actionTyped.slice(0, dot)) || !/^[A-Za-z:0-9]*$/.test(suffix)) return [];
    const span = { offset: ctx.offset - suffix.length, length: suffix.length + after.length };
    return [
      {
        label: 'waitForTaskToken',
        kind: 'value',
        detail: 'integration pattern',
        documentation:
          'Waits until someone calls SendTaskSuccess or SendTaskFailure with the task token ($$.Task.Token) that the call passes on.',
        edit: { ...span, newText: 'waitForTaskToken' },
        snippet: false,
        filterText: 'waitForTaskToken',
        sortText: '',
      },
    ];
  }
  if (!/^[A-Za-z0-9]*$/.test(actionTyped)) return [];
  // The action segment, up to a "." or ":" after the cursor or the end of the value.
  const stop = after.search(/[.:]/);
  const span = { offset: ctx.offset - actionTyped.length, length: actionTyped.length + (stop < 0 ? after.length : stop) };
  const entries: CompletionEntry[] = [];
  // Up to a few hundred actions (EC2 has the most); each entry is a few strings, no documentation.
  for (const action of sdkActions(service.service)) {
    entries.push({
      label: action,
      kind: 'integration',
      detail: service.displayName,
      edit: { ...span, newText: action },
      snippet: false,
      filterText: action,
      sortText: '',
    });
  }
  if (stop < 0 && hasSdkAction(service.service, actionTyped)) {
    const label = `${actionTyped}.waitForTaskToken`;
    entries.unshift({
      label,
      kind: 'integration',
      detail: `${service.displayName} · .waitForTaskToken`,
      edit: { ...span, newText: label },
      snippet: false,
      filterText: label,
      sortText: '',
    });
  }
  return entries;
}

export function integrationDoc(integration: ServiceAction, pattern: string | undefined, language: QueryLanguage): string {
  const service = findService(integration.service);
  const field = language === 'JSONata' ? 'Arguments' : 'Parameters';
  const parameters = integration.parameters
    .map((parameter) => `- \`${parameter.name}\`${parameter.required ? ' (required)' : ''}: ${parameter.description}`)
    .join('\n');
  const patterns = integration.patterns.map((candidate) => describePattern(candidate as never)).join(', ');
  return `**${service?.displayName ?? integration.service}: ${integration.action}**${pattern ? ` (${describePattern(pattern as never)})` : ''}\n\n${integration.description}\n\nPatterns: ${patterns}.\n\n${field}:\n${parameters}`;
}

/** The text that adds the integration's required (and customary) input after the Resource value. */
function inputFill(ctx: Ctx, cursor: ValueContext, integration: ServiceAction, language: QueryLanguage): string | undefined {
  const property = cursor.property;
  if (!property) return undefined;
  const jsonata = language === 'JSONata';
  const entries: [string, SnippetValue][] = integration.parameters
    .filter((parameter) => parameter.required || parameter.suggested)
    .map((parameter) => parameterEntry(parameter, jsonata));
  const indent = lineIndentAt(ctx.text, property.offset);
  const field = jsonata ? 'Arguments' : 'Parameters';
  const body = renderProperties([[field, Object.fromEntries(entries)]], {
    format: ctx.machine.document.format,
    indent,
    unit: ctx.unit,
    snippet: true,
  });
  return ctx.json ? `,\n${indent}${body}` : `\n${indent}${body}`;
}

function parameterEntry(parameter: IntegrationParameter, jsonata: boolean): [string, SnippetValue] {
  const takesInput =
    parameter.name === 'Payload' ||
    parameter.name === 'Input' ||
    parameter.name === 'MessageBody' ||
    parameter.name === 'Body' ||
    parameter.name === 'Message';
  if (takesInput) return jsonata ? [parameter.name, '{% $states.input %}'] : [`${parameter.name}.$`, '$'];
  return [
    parameter.name,
    parameter.shape === 'object'
      ? {}
      : parameter.shape === 'array'
        ? []
        : parameter.shape === 'number'
          ? new Snippet('0', false)
          : parameter.shape === 'boolean'
            ? new Snippet('true', false)
            : new Snippet(parameter.name),
  ];
}

interface ValueOptions {
  detail?: string;
  documentation?: string;
  /** Snippet text appended after the value (the Task's Parameters). */
  append?: string;
  /** The value has <placeholders> to turn into tab stops. */
  placeholders?: boolean;
  /** Insert `["value"]` (the cursor is on the value of ErrorEquals, not in its array). */
  wrapInArray?: boolean;
  /** The edit is plain text, not a snippet (no escaping of `$` and `}`). */
  plain?: boolean;
}

const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001f\u2028\u2029]/;

const STATE_DETAILS = Object.fromEntries(STATE_TYPES.map((type) => [type, `${type} state`])) as Record<StateType, string>;

/** A string value, quoted for its place; keeps what surrounds the cursor intact. */
function valueEntry(ctx: Ctx, cursor: ValueContext, value: string, kind: CompletionKind, options: ValueOptions): CompletionEntry {
  const { edit, filterText, additionalEdits } = valueInserter(ctx, cursor, options)(value);
  return {
    label: value,
    kind,
    detail: options.detail,
    documentation: options.documentation,
    edit,
    snippet: !options.plain,
    additionalEdits,
    filterText,
    sortText: '',
  };
}

/**
 * Works out once per request where and how a string value goes (inside the quotes, replacing a
 * scalar, or inserted with its own quotes and comma) and returns the per-value step.
 */
function valueInserter(
  ctx: Ctx,
  cursor: ValueContext,
  options: ValueOptions,
): (value: string) => { edit: TextEdit; filterText: string; additionalEdits?: TextEdit[] } {
  const string = cursor.string;
  const format = ctx.machine.document.format;
  let stop = 0;
  const body = (raw: string): string =>
    options.plain
      ? raw
      : options.placeholders
        ? raw.replace(/<([^<>]+)>/g, (_, name: string) => `\${${++stop}:${name}}`)
        : escapeSnippet(raw);
  const quoted = string && (string.node.style === 'json' || string.node.style === 'yaml-double' || string.node.style === 'yaml-single');
  if (quoted && !options.wrapInArray) {
    const single = string.node.style === 'yaml-single';
    const escape = (value: string) =>
      single ? value.replace(/'/g, "''") : NEEDS_JSON_ESCAPE.test(value) ? JSON.stringify(value).slice(1, -1) : value;
    if (options.append) {
      // Replace the whole string so the Parameters can follow its closing quote.
      const quote = ctx.text[string.node.offset]!;
      const end = string.unterminated ? ctx.offset : string.node.offset + string.node.length;
      // The Parameters go between the Resource and whatever follows: a comma after them when another
      // field follows without one (an unterminated string, or a closed one the user has not put a comma after yet).
      const trailing = ctx.json ? commaEdits(ctx.text, end, end).trailing : '';
      return (value) => ({
        edit: {
          offset: string.node.offset,
          length: end - string.node.offset,
          newText: `${quote}${body(escape(value))}${quote}${options.append}${trailing}`,
        },
        filterText: quote + value,
      });
    }
    const closing = string.unterminated
      ? ctx.text[string.node.offset]! + (ctx.json ? commaEdits(ctx.text, ctx.offset, ctx.offset).trailing : '')
      : '';
    const span = string.content;
    // A closed string followed straight by another field (the comma not typed yet) gets the comma too.
    const afterQuote = string.node.offset + string.node.length;
    const comma =
      ctx.json && !string.unterminated && commaEdits(ctx.text, afterQuote, afterQuote).trailing
        ? [{ offset: afterQuote, length: 0, newText: ',' }]
        : undefined;
    return (value) => ({
      edit: { offset: span.offset, length: span.length, newText: body(escape(value)) + closing },
      filterText: value,
      additionalEdits: comma,
    });
  }
  const replace =
    cursor.node && cursor.node.type !== 'object' && cursor.node.type !== 'array'
      ? { offset: cursor.node.offset, length: cursor.node.length }
      : cursor.replace;
  const trailing = ctx.json && !cursor.node ? commaEdits(ctx.text, replace.offset, replace.offset + replace.length).trailing : '';
  const startsWithQuote = ctx.json && replace.length > 0 && ctx.text[replace.offset] === '"';
  return (value) => {
    const scalar = ctx.json ? JSON.stringify(value) : formatScalar(value, format);
    const text = options.wrapInArray ? `[${scalar}]` : scalar;
    const filterText = (options.wrapInArray ? '[' : '') + (startsWithQuote ? `"${value}` : value);
    return {
      edit: { offset: replace.offset, length: replace.length, newText: body(text) + (options.append ?? '') + trailing },
      filterText,
    };
  };
}

function literalEntry(ctx: Ctx, cursor: ValueContext, literal: string): CompletionEntry {
  const replace =
    cursor.node && !cursor.string
      ? { offset: cursor.node.offset, length: cursor.node.length }
      : cursor.string
        ? {
            offset: cursor.string.node.offset,
            length: cursor.string.unterminated ? ctx.offset - cursor.string.node.offset : cursor.string.node.length,
          }
        : cursor.replace;
  const trailing = ctx.json && !cursor.node ? commaEdits(ctx.text, replace.offset, replace.offset + replace.length).trailing : '';
  return {
    label: literal,
    kind: 'value',
    edit: { ...replace, newText: literal + trailing },
    snippet: false,
    filterText: literal,
    sortText: '',
  };
}

// ---------------------------------------------------------------------------------------------
// Expressions inside strings

const PATH_ROLES: ReadonlySet<JsonPathFieldRole> = new Set(['path', 'reference', 'resultPath', 'errorCause']);
/** Fields whose whole value is a path: the state fields the state-field table gives a path role, and those of nested objects. */
const JSONPATH_FIELDS: ReadonlySet<string> = new Set([
  ...Object.entries(STATE_FIELDS)
    .filter(([, field]) => field.jsonPathRole && PATH_ROLES.has(field.jsonPathRole))
    .map(([name]) => name),
  'Variable',
  'MaxItemsPath',
  'MaxItemsPerBatchPath',
  'MaxInputBytesPerBatchPath',
]);

function expressionCompletions(ctx: Ctx, cursor: ValueContext, location: Location, language: QueryLanguage): CompletionEntry[] | undefined {
  const string = cursor.string!;
  const before = string.beforeCursor;
  const value = string.node.value;
  const state = location.kind === 'state' ? location.state : undefined;
  const rest = location.kind === 'state' ? location.rest : [];
  const jsonataOpen = before.lastIndexOf('{%');
  if (value.trimStart().startsWith('{%') && jsonataOpen >= 0 && before.indexOf('%}', jsonataOpen) < 0) {
    const inCatcher = rest[0] === 'Catch';
    const field = inCatcher ? (rest[2] as string | undefined) : (rest[0] as string | undefined);
    return jsonataCompletions(ctx, before, state, field, inCatcher);
  }
  const key = cursor.key ?? '';
  const isPathField =
    key.endsWith('.$') ||
    JSONPATH_FIELDS.has(key) ||
    (language === 'JSONPath' && rest.some((segment) => segment === 'Assign') && key.endsWith('.$'));
  if (!isPathField) return undefined;
  const contextMatch = /\$\$\.([\w.]*)$/.exec(before);
  if (contextMatch) return contextPathEntries(ctx, contextMatch[1]!, '$$.');
  const variable = /(?<![\w$])\$([A-Za-z_][\w]*)?$/.exec(before);
  if (variable && state) return variableEntries(ctx, state, variable[0]!);
  if (key.endsWith('.$')) {
    const intrinsic = /(?:^|[(,\s])(S[\w.]*|)$/.exec(before);
    if (intrinsic) {
      const word = intrinsic[1]!;
      return INTRINSIC_DOCS.map((fn) => ({
        label: fn.name,
        kind: 'function' as const,
        detail: fn.signature,
        documentation: fn.description,
        edit: { offset: ctx.offset - word.length, length: word.length, newText: `${fn.name}($1)` },
        snippet: true,
        filterText: fn.name,
        sortText: '',
      }));
    }
  }
  return [];
}

function contextPathEntries(ctx: Ctx, typed: string, prefixLabel: string): CompletionEntry[] {
  const dot = typed.lastIndexOf('.');
  const parent = dot < 0 ? '' : typed.slice(0, dot);
  const word = typed.slice(dot + 1);
  return CONTEXT_OBJECT_DOCS.filter((doc) => {
    const docDot = doc.path.lastIndexOf('.');
    return (docDot < 0 ? '' : doc.path.slice(0, docDot)) === parent;
  }).map((doc) => {
    const name = doc.path.slice(doc.path.lastIndexOf('.') + 1);
    return {
      label: name,
      kind: 'contextPath' as const,
      detail: `${prefixLabel}${doc.path}`,
      documentation: doc.description,
      edit: { offset: ctx.offset - word.length, length: word.length, newText: name },
      snippet: false,
      filterText: name,
      sortText: '',
    };
  });
}

function variableEntries(ctx: Ctx, state: State, typed: string): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  for (const [name, assignments] of visibleVariables(ctx.machine, state)) {
    const from = [...new Set(assignments.map((assignment) => assignment.state.name))].join(', ');
    entries.push({
      label: `$${name}`,
      kind: 'variable',
      detail: `variable, assigned in ${from}`,
      documentation: `Assigned by ${assignments.map((assignment) => `\`${assignment.state.name}\``).join(', ')}.`,
      edit: { offset: ctx.offset - typed.length, length: typed.length, newText: escapeSnippet(`$${name}`) },
      snippet: true,
      filterText: `$${name}`,
      sortText: '',
    });
  }
  return entries;
}

function jsonataCompletions(
  ctx: Ctx,
  before: string,
  state: State | undefined,
  field: string | undefined,
  inCatcher: boolean,
): CompletionEntry[] {
  const contextMatch = /\$states\.context\.([\w.]*)$/.exec(before);
  if (contextMatch) return contextPathEntries(ctx, contextMatch[1]!, '$states.context.');
  const member = /\$states\.(\w*)$/.exec(before);
  if (member) {
    const word = member[1]!;
    return statesMembersFor(state?.type, field, inCatcher).map((doc) => ({
      label: doc.name,
      kind: 'member' as const,
      detail: `$states.${doc.name}`,
      documentation: doc.description,
      edit: { offset: ctx.offset - word.length, length: word.length, newText: doc.name },
      snippet: false,
      filterText: doc.name,
      sortText: '',
    }));
  }
  const dollar = /\$\w*$/.exec(before);
  const word = dollar ? dollar[0] : /\w*$/.exec(before)![0];
  const replace = { offset: ctx.offset - word.length, length: word.length };
  const entries: CompletionEntry[] = [
    {
      label: '$states',
      kind: 'variable',
      detail: 'reserved variable',
      documentation: 'The input, result, error output and Context object of the state.',
      edit: { ...replace, newText: '\\$states' },
      snippet: true,
      filterText: '$states',
      sortText: '',
      retrigger: false,
    },
  ];
  if (state) entries.push(...variableEntries(ctx, state, word));
  for (const fn of JSONATA_FUNCTION_DOCS) {
    entries.push({
      label: fn.name,
      kind: 'function',
      detail: fn.signature,
      documentation: fn.description,
      edit: { ...replace, newText: `${escapeSnippet(fn.name)}($1)` },
      snippet: true,
      filterText: fn.name,
      sortText: '',
    });
  }
  return entries;
}
