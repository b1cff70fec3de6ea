/**
 * Structure: the JSON Schema of current ASL (structure/schemas.ts), checked with ajv state by
 * state, plus the structural facts a schema cannot say well (fields that exclude each other, a
 * state type that needs one of several fields, duplicate keys). Every ajv error is mapped to the
 * exact node (the key of an unknown field, the value of a wrong one) with a human message.
 */
import type { ErrorObject } from 'ajv';
import type { QueryLanguage, State, StateMachine, StateType } from '../../model/types';
import { STATE_TYPES } from '../../model/types';
import { getProperty, type AstNode, type ObjectNode, type PropertyNode } from '../../syntax/tree';
import type { ValidationContext, ValidationRule } from '../context';
import type { Diagnostic } from '../diagnostic';
import { closestName, didYouMean, quotedList } from '../../text/suggest';
import { hasPlaceholder, isJsonataExpression, isWholePlaceholder } from '../placeholders';
import { exclusiveGroups, nestedExclusiveGroups } from '../structure/fields';
import { EXPECTED, KIND, OTHER_LANGUAGE_FIELDS, machineSchema, sharedSchemas, stateSchema } from '../structure/schemas';
import * as precompiled from '../structure/validators.generated';
import { MACHINE_VALIDATOR, stateValidatorName } from '../structure/validatorNames';
import { fastChecker } from '../structure/fastCheck';
import { checkDuplicateKeys } from './duplicateKeys';
import { MAX_STRUCTURAL_DEPTH, objectAnchor, reportSchemaErrors, SHALLOW_FIELDS, structuralValue } from './schemaErrors';

/** AWS refuses longer state names. */
export const MAX_STATE_NAME_LENGTH = 80;

/** A validator ajv wrote at build time (structure/validatorCode.ts): errors are left on `errors`. */
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
const validators = precompiled as unknown as Record<string, ValidateFunction>;

/** A schema with its quick check (when the schema allows one) and its ajv validator. */
interface SchemaCheck {
  schema: Record<string, unknown>;
  /** True when the object certainly satisfies the schema (structure/fastCheck.ts); undefined: always ask ajv. */
  fits: ((node: ObjectNode) => boolean) | undefined;
  validate: ValidateFunction;
}
const schemaChecks = new Map<string, SchemaCheck>();
/** Per query language and state type: looked up once per state, so no key strings are built. */
const stateChecks: Record<QueryLanguage, Partial<Record<StateType, SchemaCheck>>> = { JSONPath: {}, JSONata: {} };
let quickChecker: ReturnType<typeof fastChecker> | undefined;

/** `name` is the validator's export in validators.generated.ts (validatorNames.ts). */
function checkFor(name: string, build: () => Record<string, unknown>): SchemaCheck {
  let check = schemaChecks.get(name);
  if (!check) {
    const schema = build();
    quickChecker ??= fastChecker({
      shallowFields: SHALLOW_FIELDS,
      maxDepth: MAX_STRUCTURAL_DEPTH,
      annotations: [KIND, EXPECTED, OTHER_LANGUAGE_FIELDS],
      shared: sharedSchemas(),
    });
    const validate = validators[name];
    if (!validate) throw new Error(`validators.generated.ts has no validator "${name}": run scripts/generate-structure-validators.mjs`);
    check = { schema, fits: quickChecker.compile(schema), validate };
    schemaChecks.set(name, check);
  }
  return check;
}

/** Checks `node` against a schema: the quick check first, ajv (and its diagnostics) when that cannot say yes. */
function checkSchema(check: SchemaCheck, node: ObjectNode, language: QueryLanguage, report: (diagnostic: Diagnostic) => void): void {
  if (check.fits?.(node)) return;
  const validate = check.validate;
  if (!validate(structuralValue(node, 0)) && validate.errors) reportSchemaErrors(validate.errors, node, language, report);
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
  checkSchema(
    (stateChecks[language][type] ??= checkFor(stateValidatorName(type, language), () => stateSchema(type, language))),
    node,
    language,
    report,
  );
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
    checkSchema(checkFor(MACHINE_VALIDATOR, machineSchema), machine.node, 'JSONPath', context.report);
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
      ? checkFor(MACHINE_VALIDATOR, machineSchema)
      : checkFor(stateValidatorName(target.type, target.language), () => stateSchema(target.type, target.language));
  return { quick: check.fits ? check.fits(node) : undefined, ajv: check.validate(structuralValue(node, 0)) };
}
