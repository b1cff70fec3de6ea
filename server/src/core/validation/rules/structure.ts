/**
 * Structure: the JSON Schema of current ASL (structure/schemas.ts), checked with ajv state by
 * state, plus the structural facts a schema cannot say well (fields that exclude each other, a
 * state type that needs one of several fields, duplicate keys). Every ajv error is mapped to the
 * exact node (the key of an unknown field, the value of a wrong one) with a human message.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { QueryLanguage, State, StateMachine, StateType } from '../../model/types';
import { STATE_TYPES } from '../../model/types';
import { getProperty, type ArrayNode, type AstNode, type ObjectNode, type PropertyNode } from '../../syntax/tree';
import type { ValidationContext, ValidationRule } from '../context';
import type { Diagnostic } from '../diagnostic';
import { closestName, didYouMean, quotedList } from '../../text/suggest';
import { hasPlaceholder, isJsonataExpression, isWholePlaceholder } from '../placeholders';
import {
  exclusiveGroups,
  nestedExclusiveGroups,
  otherLanguageAdvice,
  otherLanguageReplacement,
  stateTypesWithField,
} from '../structure/fields';
import { EXPECTED, KIND, OTHER_LANGUAGE_FIELDS, machineSchema, sharedSchemas, stateSchema } from '../structure/schemas';
import { fastChecker } from '../structure/fastCheck';

/** AWS refuses longer state names. */
export const MAX_STATE_NAME_LENGTH = 80;

let ajvInstance: Ajv | undefined;

/** A schema with its quick check (when the schema allows one) and, compiled on first need, its ajv validator. */
interface SchemaCheck {
  schema: Record<string, unknown>;
  /** True when the object certainly satisfies the schema (structure/fastCheck.ts); undefined: always ask ajv. */
  fits: ((node: ObjectNode) => boolean) | undefined;
  validate: ValidateFunction | undefined;
}
const schemaChecks = new Map<string, SchemaCheck>();
/** Per query language and state type: looked up once per state, so no key strings are built. */
const stateChecks: Record<QueryLanguage, Partial<Record<StateType, SchemaCheck>>> = { JSONPath: {}, JSONata: {} };
let quickChecker: ReturnType<typeof fastChecker> | undefined;

function checkFor(key: string, build: () => Record<string, unknown>): SchemaCheck {
  let check = schemaChecks.get(key);
  if (!check) {
    const schema = build();
    quickChecker ??= fastChecker({
      shallowFields: SHALLOW_FIELDS,
      maxDepth: MAX_STRUCTURAL_DEPTH,
      annotations: [KIND, EXPECTED, OTHER_LANGUAGE_FIELDS],
      shared: sharedSchemas(),
    });
    check = { schema, fits: quickChecker.compile(schema), validate: undefined };
    schemaChecks.set(key, check);
  }
  return check;
}

/**
 * Compiled on first use, once per process: compiling all 17 schemas up front would slow start-up,
 * and a document whose objects all pass the quick check never needs ajv at all.
 */
function validatorOf(check: SchemaCheck): ValidateFunction {
  if (!check.validate) {
    if (!ajvInstance) {
      // optimize: false compiles several times faster; the schemas are small, so validation is as fast.
      // inlineRefs: false compiles each shared schema once.
      ajvInstance = new Ajv({
        allErrors: true,
        verbose: true,
        allowUnionTypes: true,
        strict: true,
        validateSchema: false,
        addUsedSchema: false,
        inlineRefs: false,
        code: { optimize: false },
      });
      ajvInstance.addVocabulary([KIND, EXPECTED, OTHER_LANGUAGE_FIELDS]);
      for (const schema of sharedSchemas()) ajvInstance.addSchema(schema);
    }
    check.validate = ajvInstance.compile(check.schema);
  }
  return check.validate;
}

/** Checks `node` against a schema: the quick check first, ajv (and its diagnostics) when that cannot say yes. */
function checkSchema(check: SchemaCheck, node: ObjectNode, language: QueryLanguage, report: (diagnostic: Diagnostic) => void): void {
  if (check.fits?.(node)) return;
  const validate = validatorOf(check);
  if (!validate(structuralValue(node, 0)) && validate.errors) reportSchemaErrors(validate.errors, node, language, report);
}

/**
 * Fields whose content is free-form (payload templates, JSONata values) or validated elsewhere
 * (nested States, Choice rules). The schema checks only their own type, so they are converted
 * shallowly: that keeps conversion cost independent of payload size.
 */
const SHALLOW_FIELDS = new Set([
  'Parameters',
  'Arguments',
  'ResultSelector',
  'ItemSelector',
  'Result',
  'Output',
  'Assign',
  'BatchInput',
  'States',
  'Items',
  'Choices',
]);
/** No structural field is nested deeper than this below a state (Map > ItemReader > ReaderConfig > CSVHeaders > item). */
const MAX_STRUCTURAL_DEPTH = 5;

function shallowValue(node: AstNode): unknown {
  switch (node.type) {
    case 'object':
      return {};
    case 'array':
      return node.items.map((item) => (item.type === 'object' ? {} : item.type === 'array' ? [] : item.value));
    default:
      return node.value;
  }
}

function structuralValue(node: AstNode, depth: number): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (!property.value) continue;
        const key = property.keyValue;
        const value =
          SHALLOW_FIELDS.has(key) || depth >= MAX_STRUCTURAL_DEPTH
            ? shallowValue(property.value)
            : structuralValue(property.value, depth + 1);
        if (key === '__proto__') Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
        else result[key] = value;
      }
      return result;
    }
    case 'array':
      return node.items.map((item) => (depth >= MAX_STRUCTURAL_DEPTH ? shallowValue(item) : structuralValue(item, depth + 1)));
    default:
      return node.value;
  }
}

function article(kind: string): string {
  return /^[AEIOUaeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** The node at an ajv instancePath below `base`. */
function nodeAtPointer(base: AstNode, pointer: string): AstNode | undefined {
  if (pointer === '') return base;
  let node: AstNode | undefined = base;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node) return undefined;
    if (node.type === 'array') node = node.items[Number(segment)];
    else if (node.type === 'object') node = getProperty(node, segment)?.value;
    else return undefined;
  }
  return node;
}

function lastSegment(pointer: string): string {
  const segment = pointer
    .slice(pointer.lastIndexOf('/') + 1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  return segment;
}

/** Where to report a problem about a whole object: the key that holds it, else its opening bracket. */
function objectAnchor(object: AstNode): { offset: number; length: number } {
  const parent = object.parent;
  if (parent?.type === 'property') return { offset: parent.offset, length: parent.keyLength };
  return { offset: object.offset, length: 1 };
}

const typeNames: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** Turns the ajv errors of one object into diagnostics. */
function reportSchemaErrors(
  errors: readonly ErrorObject[],
  base: AstNode,
  language: QueryLanguage,
  report: (diagnostic: Diagnostic) => void,
): void {
  const reported = new Set<number>();
  for (const error of errors) {
    const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;
    const target = nodeAtPointer(base, error.instancePath);
    if (!target) continue;
    if (error.keyword === 'additionalProperties') {
      const field = String((error.params as { additionalProperty: string }).additionalProperty);
      const property = target.type === 'object' ? getProperty(target, field) : undefined;
      if (!property || reported.has(property.offset)) continue;
      reported.add(property.offset);
      report(unknownFieldDiagnostic(field, property, parentSchema, language));
      continue;
    }
    if (error.keyword === 'required') {
      const field = String((error.params as { missingProperty: string }).missingProperty);
      const kind = String(parentSchema[KIND] ?? 'object');
      const anchor = objectAnchor(target);
      report({
        code: 'structure/missing-field',
        severity: 'error',
        message: `${capitalize(article(kind))} needs "${field}".${missingFieldAdvice(field, kind)}`,
        ...anchor,
        data: { field },
      });
      continue;
    }
    // A placeholder stands for a value of whatever type belongs here.
    if (target.type === 'string' && isWholePlaceholder(target.value)) continue;
    if (reported.has(target.offset)) continue;
    reported.add(target.offset);
    const field = lastSegment(error.instancePath);
    let expected = parentSchema[EXPECTED] as string | undefined;
    let subject = `"${field}"`;
    if (expected === undefined) {
      // An array entry (ErrorEquals[0]); its schema has no annotation of its own.
      const arrayField = lastSegment(error.instancePath.slice(0, error.instancePath.lastIndexOf('/')));
      subject = `Each entry of "${arrayField}"`;
      const type = (error.params as { type?: string | string[] }).type;
      expected = typeof type === 'string' ? (typeNames[type] ?? type) : 'valid';
    }
    const code =
      error.keyword === 'type'
        ? 'structure/wrong-type'
        : error.keyword === 'minimum' || error.keyword === 'maximum' || error.keyword === 'exclusiveMinimum'
          ? 'structure/out-of-range'
          : error.keyword === 'minItems'
            ? 'structure/empty-array'
            : 'structure/invalid-value';
    let message = `${subject} must be ${expected}.`;
    if (error.keyword === 'enum' && target.type === 'string') {
      const allowed =
        (error.params as { allowedValues?: unknown[] }).allowedValues?.filter((value): value is string => typeof value === 'string') ?? [];
      message += didYouMean(closestName(target.value, allowed));
    }
    if (target.type === 'string' && hasPlaceholder(target.value) && code !== 'structure/wrong-type') {
      message += ' A "${...}" placeholder must be the whole value here.';
    }
    if (code === 'structure/empty-array' && field === 'ErrorEquals') {
      // The specification asks for at least one name, yet deployed templates (LocalStack's) carry
      // `[]`: such an entry can never match, which is worth a warning, not a refusal.
      report({
        code: 'error-handling/empty-error-equals',
        severity: 'warning',
        message:
          'This ErrorEquals is empty, so the entry matches no error and never applies. List the errors it handles, e.g. ["States.ALL"].',
        offset: target.offset,
        length: target.length,
        data: { field },
      });
      continue;
    }
    report({ code, severity: 'error', message, offset: target.offset, length: target.length, data: { field } });
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function missingFieldAdvice(field: string, kind: string): string {
  if (field === 'Resource' && kind === 'Task state')
    return ' It names the work to do: a Lambda function ARN, an activity ARN or an integration such as "arn:aws:states:::lambda:invoke".';
  if (field === 'Next' && kind === 'catcher') return ' It names the state to go to when the error is caught.';
  if (field === 'ErrorEquals') return ' List the error names it handles, e.g. ["States.ALL"].';
  if (field === 'StartAt') return ' It names the first state to run.';
  return '';
}

function unknownFieldDiagnostic(
  field: string,
  property: PropertyNode,
  parentSchema: Record<string, unknown>,
  language: QueryLanguage,
): Diagnostic {
  const kind = String(parentSchema[KIND] ?? 'object');
  const range = { offset: property.offset, length: property.keyLength };
  const otherLanguage = (parentSchema[OTHER_LANGUAGE_FIELDS] as string[] | undefined) ?? [];
  if (otherLanguage.includes(field)) {
    const other = language === 'JSONata' ? 'JSONPath' : 'JSONata';
    const advice = otherLanguageAdvice[field];
    const replacement = otherLanguageReplacement[field];
    return {
      code: 'structure/query-language-field',
      severity: 'error',
      message: `"${field}" is a ${other} field, but this ${kind} uses ${language}${advice ? `: ${advice}` : ''}.`,
      ...range,
      data: { field, queryLanguage: language, ...(replacement ? { replacement } : {}) },
    };
  }
  const stateType = kind.endsWith(' state') ? kind.slice(0, -' state'.length) : undefined;
  if (stateType) {
    const owners = stateTypesWithField(field);
    if (owners.length > 0) {
      let advice = `it belongs to ${quotedList(owners, 'and')} states`;
      if ((field === 'Next' || field === 'End') && stateType === 'Choice')
        advice = 'a Choice state moves on through "Next" in each of its Choices and its "Default"';
      else if ((field === 'Next' || field === 'End') && (stateType === 'Succeed' || stateType === 'Fail'))
        advice = `a ${stateType} state ends the execution (or its branch) by itself`;
      return {
        code: 'structure/field-not-allowed',
        severity: 'error',
        message: `"${field}" is not allowed in a ${stateType} state: ${advice}. Remove it.`,
        ...range,
        data: { field },
      };
    }
  }
  const allowed = Object.keys((parentSchema.properties as Record<string, unknown> | undefined) ?? {});
  const suggestion = closestName(field, allowed);
  return {
    code: 'structure/unknown-field',
    severity: 'error',
    message: `"${field}" is not a field of ${article(kind)}.${didYouMean(suggestion)}${suggestion ? '' : ` Its fields are ${quotedList(allowed, 'and')}.`}`,
    ...range,
    data: { field, ...(suggestion ? { suggestion } : {}) },
  };
}

const stateTypeSet = new Set<string>(STATE_TYPES);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function checkState(state: State, machine: StateMachine, context: ValidationContext): void {
  const report = context.report;
  if (state.name.length === 0) {
    report({
      code: 'structure/empty-state-name',
      severity: 'error',
      message: 'A state needs a name of 1 to 80 characters; give this one a name (and use it in "Next").',
      offset: state.property.offset,
      length: state.property.keyLength,
    });
  } else if (state.name.length > MAX_STATE_NAME_LENGTH) {
    report({
      code: 'structure/state-name-too-long',
      severity: 'error',
      message: `The state name is ${state.name.length} characters long; Step Functions allows at most ${MAX_STATE_NAME_LENGTH}. Shorten it (and every reference to it).`,
      offset: state.property.offset,
      length: state.property.keyLength,
    });
  }
  const node = state.node;
  if (!node) {
    const value = state.property.value;
    report({
      code: 'structure/state-not-object',
      severity: 'error',
      message: `The state "${state.name}" must be an object with a "Type", e.g. { "Type": "Pass", "End": true }.`,
      offset: value?.offset ?? state.property.offset,
      length: value?.length ?? state.property.keyLength,
    });
    return;
  }
  const declaredLanguage = getProperty(node, 'QueryLanguage')?.value;
  if (machine.queryLanguage === 'JSONata' && declaredLanguage?.type === 'string' && declaredLanguage.value === 'JSONPath') {
    // AWS rejects this for top-level states; inside Map and Parallel other validators accept it and
    // the documentation forbids it, so it is a warning there.
    report({
      code: 'structure/query-language-downgrade',
      severity: state.scope.kind === 'machine' ? 'error' : 'warning',
      message:
        'This state machine uses JSONata at the top level, so its states may not use JSONPath. Convert this state to JSONata, or make the top level JSONPath (the default) and set "QueryLanguage": "JSONata" only on the states that use it.',
      offset: declaredLanguage.offset,
      length: declaredLanguage.length,
    });
  }
  if (!state.type) {
    const typeNode = state.typeNode;
    if (!typeNode) {
      report({
        code: 'structure/missing-field',
        severity: 'error',
        message: `The state "${state.name}" needs a "Type": one of ${quotedList(STATE_TYPES)}.`,
        offset: state.property.offset,
        length: state.property.keyLength,
        data: { field: 'Type' },
      });
    } else if (typeNode.type !== 'string') {
      report({
        code: 'structure/wrong-type',
        severity: 'error',
        message: `"Type" must be a string: one of ${quotedList(STATE_TYPES)}.`,
        offset: typeNode.offset,
        length: typeNode.length,
        data: { field: 'Type' },
      });
    } else if (!stateTypeSet.has(typeNode.value)) {
      const suggestion = closestName(typeNode.value, STATE_TYPES);
      report({
        code: 'structure/unknown-state-type',
        severity: 'error',
        message: `"${typeNode.value}" is not a state type.${didYouMean(suggestion)} The types are ${quotedList(STATE_TYPES)}.`,
        offset: typeNode.offset,
        length: typeNode.length,
        data: suggestion ? { suggestion } : undefined,
      });
    }
    return;
  }
  const language = state.queryLanguage;
  const type = state.type;
  checkSchema((stateChecks[language][type] ??= checkFor(`${type}/${language}`, () => stateSchema(type, language))), node, language, report);
  // The fields that exclude each other.
  const exclusive = exclusiveIndex[type];
  let present: PropertyNode[][] | undefined;
  if (exclusive && hasTwoInOneGroup(node, exclusive)) {
    for (const property of node.properties) {
      const key = property.keyValue;
      const group = exclusive.get(key);
      if (group === undefined) continue;
      present ??= [];
      const members = (present[group] ??= []);
      if (!members.some((member) => member.keyValue === key)) members.push(property);
    }
  }

  if (present) {
    const groups = exclusiveGroups[type]!;
    present.forEach((members, group) => reportExclusive(members, groups[group]!, type, report));
  }
  if (type === 'Map' || type === 'Task') checkNestedExclusive(node, report);
  checkTypeSpecific(state, type, node, language, report);
}

/** Whether two fields of one exclusive group are present (nearly never): no lists are built to find out. */
function hasTwoInOneGroup(node: ObjectNode, exclusive: ReadonlyMap<string, number>): boolean {
  let seen = 0;
  for (const property of node.properties) {
    const group = exclusive.get(property.keyValue);
    if (group === undefined) continue;
    const bit = 2 ** group;
    if (Math.floor(seen / bit) % 2 === 1) return true;
    seen += bit;
  }
  return false;
}

/** The last property of each name, as getProperty would find it. */
function fieldsOf(node: ObjectNode): Record<string, PropertyNode> {
  const fields: Record<string, PropertyNode> = Object.create(null) as Record<string, PropertyNode>;
  for (const property of node.properties) fields[property.keyValue] = property;
  return fields;
}

/** For each state type: which exclusive group each field belongs to. */
const exclusiveIndex: Partial<Record<StateType, Map<string, number>>> = {};
for (const [type, groups] of Object.entries(exclusiveGroups) as [StateType, string[][]][]) {
  const index = new Map<string, number>();
  groups.forEach((group, position) => group.forEach((field) => index.set(field, position)));
  exclusiveIndex[type] = index;
}

function checkExclusive(
  fields: Record<string, PropertyNode>,
  groups: readonly string[][],
  owner: string,
  report: (diagnostic: Diagnostic) => void,
): void {
  for (const group of groups) {
    const present: PropertyNode[] = [];
    for (const field of group) {
      const property = fields[field];
      if (property) present.push(property);
    }
    reportExclusive(present, group, owner, report);
  }
}

function reportExclusive(
  present: readonly PropertyNode[],
  group: readonly string[],
  owner: string,
  report: (diagnostic: Diagnostic) => void,
): void {
  if (present.length < 2) return;
  for (const property of present.slice(1)) {
    report({
      code: 'structure/exclusive-fields',
      severity: 'error',
      message: `${owner} has both ${quotedList(
        present.map((p) => p.keyValue),
        'and',
      )}; only one of ${quotedList(group)} is allowed. Remove "${property.keyValue}" or the other.`,
      offset: property.offset,
      length: property.keyLength,
      data: { field: property.keyValue },
    });
  }
}

function checkNestedExclusive(node: ObjectNode, report: (diagnostic: Diagnostic) => void): void {
  const batcher = getProperty(node, 'ItemBatcher')?.value;
  if (batcher?.type === 'object') checkExclusive(fieldsOf(batcher), nestedExclusiveGroups.ItemBatcher!, 'ItemBatcher', report);
  const readerConfig = getProperty(getObject(node, 'ItemReader'), 'ReaderConfig')?.value;
  if (readerConfig?.type === 'object') checkExclusive(fieldsOf(readerConfig), nestedExclusiveGroups.ReaderConfig!, 'ReaderConfig', report);
  const credentials = getProperty(node, 'Credentials')?.value;
  if (credentials?.type === 'object') checkExclusive(fieldsOf(credentials), nestedExclusiveGroups.Credentials!, 'Credentials', report);
}

function getObject(node: ObjectNode | undefined, field: string): ObjectNode | undefined {
  const value = getProperty(node, field)?.value;
  return value?.type === 'object' ? value : undefined;
}

const WAIT_FIELDS: Record<QueryLanguage, string[]> = {
  JSONata: ['Seconds', 'Timestamp'],
  JSONPath: ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'],
};

function checkTypeSpecific(
  state: State,
  type: StateType,
  node: ObjectNode,
  language: QueryLanguage,
  report: (diagnostic: Diagnostic) => void,
): void {
  const key = state.property.key;
  if (type === 'Wait') {
    const fields = WAIT_FIELDS[language];
    if (!fields.some((field) => getProperty(node, field))) {
      report({
        code: 'structure/missing-field',
        severity: 'error',
        message: `A Wait state needs one of ${quotedList(fields)} to say how long to wait.`,
        offset: key.offset,
        length: key.length,
        data: { field: 'Seconds' },
      });
    }
    const timestamp = getProperty(node, 'Timestamp')?.value;
    if (
      timestamp?.type === 'string' &&
      !RFC3339.test(timestamp.value) &&
      !hasPlaceholder(timestamp.value) &&
      !(language === 'JSONata' && isJsonataExpression(timestamp.value))
    ) {
      report({
        code: 'structure/invalid-value',
        severity: 'error',
        message:
          '"Timestamp" must be an ISO-8601 (RFC 3339) date and time with an uppercase "T" and a time zone, e.g. "2026-03-14T01:59:00Z".',
        offset: timestamp.offset,
        length: timestamp.length,
        data: { field: 'Timestamp' },
      });
    }
  } else if (type === 'Map') {
    const processor = getProperty(node, 'ItemProcessor');
    const iterator = getProperty(node, 'Iterator');
    if (!processor && !iterator) {
      report({
        code: 'structure/missing-field',
        severity: 'error',
        message: 'A Map state needs "ItemProcessor": { "StartAt": ..., "States": {...} } with the states to run for each item.',
        offset: key.offset,
        length: key.length,
        data: { field: 'ItemProcessor' },
      });
    }
    if (iterator && !processor) {
      report({
        code: 'structure/deprecated-field',
        severity: 'hint',
        message:
          '"Iterator" is the older name of "ItemProcessor"; it still works, but "ItemProcessor" also supports ProcessorConfig (Distributed mode).',
        offset: iterator.offset,
        length: iterator.keyLength,
        tags: ['deprecated'],
        data: { field: 'Iterator', replacement: 'ItemProcessor' },
      });
    }
    const parameters = getProperty(node, 'Parameters');
    if (parameters && language === 'JSONPath' && !getProperty(node, 'ItemSelector')) {
      report({
        code: 'structure/deprecated-field',
        severity: 'hint',
        message: 'In a Map state, "Parameters" is the older name of "ItemSelector"; it still works.',
        offset: parameters.offset,
        length: parameters.keyLength,
        tags: ['deprecated'],
        data: { field: 'Parameters', replacement: 'ItemSelector' },
      });
    }
    checkDistributedOnly(node, processor?.value, report);
    checkLabel(node, report);
  } else if (type === 'Task') {
    const timeout = getProperty(node, 'TimeoutSeconds')?.value;
    const heartbeat = getProperty(node, 'HeartbeatSeconds')?.value;
    if (timeout?.type === 'number' && heartbeat?.type === 'number' && heartbeat.value >= timeout.value) {
      report({
        code: 'structure/heartbeat-not-below-timeout',
        severity: 'error',
        message: `"HeartbeatSeconds" (${heartbeat.value}) must be smaller than "TimeoutSeconds" (${timeout.value}): a heartbeat interval as long as the whole task never fires.`,
        offset: heartbeat.offset,
        length: heartbeat.length,
        data: { field: 'HeartbeatSeconds' },
      });
    }
    const credentials = getProperty(node, 'Credentials')?.value;
    if (credentials?.type === 'object' && language === 'JSONata' && !getProperty(credentials, 'RoleArn')) {
      report({
        code: 'structure/missing-field',
        severity: 'error',
        message: '"Credentials" needs "RoleArn": the IAM role the task assumes.',
        ...objectAnchor(credentials),
        data: { field: 'RoleArn' },
      });
    }
  }
}

/** Fields that only a Distributed Map (ItemProcessor.ProcessorConfig.Mode DISTRIBUTED) accepts. */
const DISTRIBUTED_ONLY = [
  'ItemReader',
  'ItemBatcher',
  'ResultWriter',
  'ToleratedFailureCount',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentage',
  'ToleratedFailurePercentagePath',
  'Label',
];

function checkDistributedOnly(node: ObjectNode, processor: AstNode | undefined, report: (diagnostic: Diagnostic) => void): void {
  const mode = getProperty(getProcessorConfig(processor), 'Mode')?.value;
  if (mode?.type === 'string' && mode.value === 'DISTRIBUTED') return;
  if (mode && mode.type !== 'string') return;
  for (const field of DISTRIBUTED_ONLY) {
    const property = getProperty(node, field);
    if (!property) continue;
    report({
      code: 'structure/distributed-only-field',
      // Other validators accept these fields in inline Maps, and the service's checks vary; warn.
      severity: 'warning',
      message: `"${field}" is only available in a Distributed Map: set "ItemProcessor": { "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" } }, or remove "${field}".`,
      offset: property.offset,
      length: property.keyLength,
      data: { field },
    });
  }
}

const LABEL_FORBIDDEN = /[\s?*<>{}[\]:;,\\|^~$#%&`"]/;

/** The service checks Label when the Map runs (LocalStack records it), so problems are warnings. */
function checkLabel(node: ObjectNode, report: (diagnostic: Diagnostic) => void): void {
  const label = getProperty(node, 'Label')?.value;
  if (label?.type !== 'string' || isWholePlaceholder(label.value)) return;
  const problem =
    label.value.length > 40
      ? `is ${label.value.length} characters long; at most 40 are allowed`
      : LABEL_FORBIDDEN.test(label.value)
        ? 'contains a space or one of ?*<>{}[]:;,\\|^~$#%&`" , which are not allowed'
        : undefined;
  if (!problem) return;
  report({
    code: 'structure/invalid-value',
    severity: 'warning',
    message: `"Label" ${problem}; the Map run will fail.`,
    offset: label.offset,
    length: label.length,
    data: { field: 'Label' },
  });
}

function getProcessorConfig(processor: AstNode | undefined): ObjectNode | undefined {
  return processor?.type === 'object' ? getObject(processor, 'ProcessorConfig') : undefined;
}

/** Every object's keys, once: a key that repeats (also "a" beside "a.$") is ambiguous. */
function checkDuplicateKeys(machine: StateMachine, report: (diagnostic: Diagnostic) => void): void {
  const root = machine.document.root;
  if (!root) return;
  const candidates = machine.document.repeatedKeyObjects;
  // The parser looked and found no repeated key (nearly every document): nothing to index.
  if (candidates && candidates.length === 0) return;
  // Repeated state names are reported by the graph rule, with scope-aware messages.
  const statesObjects = new Set<ObjectNode>();
  for (const scope of machine.scopes) if (scope.statesNode) statesObjects.add(scope.statesNode);
  // In JSONPath states a "key.$" becomes "key"; in JSONata states ".$" is an ordinary character.
  const stateLanguages = new Map<ObjectNode, QueryLanguage>();
  for (const state of machine.states) if (state.node) stateLanguages.set(state.node, state.queryLanguage);

  // Recursion is bounded: the parsers refuse documents nested deeper than MAX_NESTING_DEPTH.
  const visit = (node: AstNode, renamesDollar: boolean): void => {
    if (node.type === 'array') {
      for (const item of node.items) if (item.type === 'object' || item.type === 'array') visit(item, renamesDollar);
      return;
    }
    if (node.type !== 'object') return;
    const stateLanguage = stateLanguages.get(node);
    if (stateLanguage) renamesDollar = stateLanguage === 'JSONPath';
    const properties = node.properties;
    for (const property of properties) {
      const value = property.value;
      if (value && (value.type === 'object' || value.type === 'array')) visit(value, renamesDollar);
    }
    if (properties.length > 1 && !statesObjects.has(node)) checkObjectKeys(properties, renamesDollar, report);
  };
  if (!candidates) {
    visit(root, machine.queryLanguage === 'JSONPath');
    return;
  }
  // The parser found the objects with repeated keys; only the query language around each is left.
  for (const object of candidates) {
    if (statesObjects.has(object)) continue;
    checkObjectKeys(object.properties, enclosingLanguage(object, stateLanguages, machine.queryLanguage) === 'JSONPath', report);
  }
}

/** The query language of the innermost state around a node (the machine's outside any state). */
function enclosingLanguage(
  node: AstNode,
  stateLanguages: ReadonlyMap<ObjectNode, QueryLanguage>,
  machineLanguage: QueryLanguage,
): QueryLanguage {
  for (let current: AstNode | undefined = node; current;) {
    if (current.type === 'object') {
      const language = stateLanguages.get(current);
      if (language) return language;
    }
    const parent: PropertyNode | ArrayNode | undefined = current.parent;
    current = parent?.type === 'property' ? parent.parent : parent;
  }
  return machineLanguage;
}

function effectiveKey(raw: string, renamesDollar: boolean): string {
  return renamesDollar && raw.endsWith('.$') ? raw.slice(0, -2) : raw;
}

/** Small objects (nearly all) are compared pairwise; large ones go through a map. */
function checkObjectKeys(properties: readonly PropertyNode[], renamesDollar: boolean, report: (diagnostic: Diagnostic) => void): void {
  if (properties.length <= 12) {
    for (let index = 1; index < properties.length; index++) {
      const name = effectiveKey(properties[index]!.keyValue, renamesDollar);
      for (let earlier = 0; earlier < index; earlier++) {
        if (effectiveKey(properties[earlier]!.keyValue, renamesDollar) === name) {
          reportDuplicate(properties[earlier]!, properties[index]!, name, report);
          break;
        }
      }
    }
    return;
  }
  const seen = new Map<string, PropertyNode>();
  for (const property of properties) {
    const name = effectiveKey(property.keyValue, renamesDollar);
    const first = seen.get(name);
    if (first) reportDuplicate(first, property, name, report);
    else seen.set(name, property);
  }
}

function reportDuplicate(first: PropertyNode, property: PropertyNode, name: string, report: (diagnostic: Diagnostic) => void): void {
  const raw = property.keyValue;
  report({
    code: 'structure/duplicate-key',
    severity: 'error',
    message:
      first.keyValue === raw
        ? `"${raw}" appears more than once in this object; only the last one would count. Remove or rename one of them.`
        : `"${first.keyValue}" and "${raw}" both set the field "${name}" (a ".$" key is renamed without its suffix). Keep one of them.`,
    offset: property.offset,
    length: property.keyLength,
    data: { field: raw },
  });
}

export const structureRule: ValidationRule = {
  name: 'structure',
  check(context) {
    const machine = context.machine;
    const root = machine.document.root;
    if (!machine.node) {
      if (root) {
        context.report({
          code: 'structure/root-not-object',
          severity: 'error',
          message:
            'A state machine definition is an object with "StartAt" and "States", e.g. { "StartAt": "First", "States": { "First": { "Type": "Succeed" } } }.',
          offset: root.offset,
          length: root.length,
        });
      }
      return;
    }
    checkSchema(checkFor('machine', machineSchema), machine.node, 'JSONPath', context.report);
    for (const scope of machine.scopes) {
      if (scope.statesNode && scope.statesNode.properties.length === 0) {
        context.report({
          code: 'structure/empty-states',
          severity: 'error',
          message: '"States" must hold at least one state.',
          ...objectAnchor(scope.statesNode),
        });
      }
    }
    for (const state of machine.states) checkState(state, machine, context);
    checkDuplicateKeys(machine, context.report);
  },
};

/**
 * For tests: the quick check's and ajv's verdicts on one object, for the machine's schema or a
 * state's (`quick` is undefined when the schema has no quick check).
 */
export function schemaVerdicts(
  target: 'machine' | { type: StateType; language: QueryLanguage },
  node: ObjectNode,
): { quick: boolean | undefined; ajv: boolean } {
  const check =
    target === 'machine'
      ? checkFor('machine', machineSchema)
      : checkFor(`${target.type}/${target.language}`, () => stateSchema(target.type, target.language));
  return { quick: check.fits ? check.fits(node) : undefined, ajv: validatorOf(check)(structuralValue(node, 0)) as boolean };
}
