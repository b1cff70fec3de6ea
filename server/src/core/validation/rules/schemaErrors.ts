/**
 * Between ajv and the tree: the plain value ajv checks (payloads converted shallowly, so the cost does
 * not grow with them), and each ajv error mapped back to the exact node (the key of an unknown field,
 * the value of a wrong one) with a human message.
 */
import type { ErrorObject } from 'ajv';
import type { QueryLanguage } from '../../model/types';
import { getProperty, type AstNode, type PropertyNode } from '../../syntax/tree';
import type { Diagnostic } from '../diagnostic';
import { closestName, didYouMean, quotedList } from '../../text/suggest';
import { hasPlaceholder, isWholePlaceholder } from '../placeholders';
import { otherLanguageAdvice, otherLanguageReplacement, stateTypesWithField } from '../structure/fields';
import { EXPECTED, KIND, OTHER_LANGUAGE_FIELDS } from '../structure/schemas';

/**
 * Fields whose content is free-form (payload templates, JSONata values) or validated elsewhere
 * (nested States, Choice rules). The schema checks only their own type, so they are converted
 * shallowly: that keeps conversion cost independent of payload size.
 */
export const SHALLOW_FIELDS = new Set([
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
export const MAX_STRUCTURAL_DEPTH = 5;

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

export function structuralValue(node: AstNode, depth: number): unknown {
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
export function objectAnchor(object: AstNode): { offset: number; length: number } {
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
export function reportSchemaErrors(
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
