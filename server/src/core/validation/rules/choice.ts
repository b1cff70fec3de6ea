/**
 * Choice rules: their shape (one comparison operator, And/Or/Not holding rules, Variable in
 * JSONPath rules, Condition in JSONata ones, Next only at the top level) and the type of each
 * operand. The contents of Variable, *Path operands and Condition are expressions, checked by the
 * expression rules.
 */
import type { QueryLanguage } from '../../model/types';
import { getProperty, type AstNode, type ObjectNode, type PropertyNode } from '../../syntax/tree';
import type { ValidationRule } from '../context';
import type { Diagnostic } from '../diagnostic';
import { hasPlaceholder, isWholePlaceholder } from '../placeholders';
import { closestName, didYouMean } from '../../text/suggest';

type OperandKind = 'string' | 'number' | 'boolean' | 'timestamp' | 'path' | 'typeTest';

const COMPARISONS = ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'];
/** Every comparison operator and the kind of operand it takes. */
export const CHOICE_OPERATORS: ReadonlyMap<string, OperandKind> = (() => {
  const operators = new Map<string, OperandKind>();
  for (const [prefix, kind] of [
    ['String', 'string'],
    ['Numeric', 'number'],
    ['Timestamp', 'timestamp'],
  ] as const) {
    for (const comparison of COMPARISONS) {
      operators.set(prefix + comparison, kind);
      operators.set(`${prefix}${comparison}Path`, 'path');
    }
  }
  operators.set('StringMatches', 'string');
  operators.set('BooleanEquals', 'boolean');
  operators.set('BooleanEqualsPath', 'path');
  for (const test of ['IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp']) operators.set(test, 'typeTest');
  return operators;
})();
const COMBINATORS = ['And', 'Or', 'Not'];
const JSONPATH_RULE_FIELDS = ['Variable', 'Next', 'Comment', 'Assign', ...COMBINATORS, ...CHOICE_OPERATORS.keys()];
const JSONATA_RULE_FIELDS = ['Condition', 'Next', 'Comment', 'Assign', 'Output'];
const TOP_LEVEL_ONLY = new Set(['Next', 'Assign', 'Output']);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const operandAdvice: Record<OperandKind, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  timestamp: 'an ISO-8601 timestamp string such as "2026-01-31T12:00:00Z"',
  path: 'a path to the value to compare with, such as "$.limit"',
  typeTest: 'true or false',
};

/** A key such as "%ComparisonOperatorType%" or "${Operator}": a template slot that a tool fills in. */
function isTemplateKey(key: string): boolean {
  return (key.length > 2 && key.startsWith('%') && key.endsWith('%')) || isWholePlaceholder(key);
}

function anchorOf(rule: ObjectNode): { offset: number; length: number } {
  const first = rule.properties[0];
  return first ? { offset: first.offset, length: first.keyLength } : { offset: rule.offset, length: Math.min(rule.length, 2) };
}

export const choiceRule: ValidationRule = {
  name: 'choice',
  check(context) {
    for (const state of context.machine.states) {
      if (state.type !== 'Choice') continue;
      for (const rule of state.choices) checkRule(rule.node, true, state.queryLanguage, context.report);
    }
  },
};

function checkRule(rule: ObjectNode, topLevel: boolean, language: QueryLanguage, report: (diagnostic: Diagnostic) => void): void {
  if (language === 'JSONata') {
    checkJsonataRule(rule, topLevel, report);
    return;
  }
  const operators: PropertyNode[] = [];
  let variable: PropertyNode | undefined;
  let unknownFields = 0;
  for (const property of rule.properties) {
    const key = property.keyValue;
    if (CHOICE_OPERATORS.has(key) || COMBINATORS.includes(key) || isTemplateKey(key)) operators.push(property);
    else if (key === 'Variable') variable = property;
    else if (key === 'Comment') continue;
    else if (TOP_LEVEL_ONLY.has(key) && key !== 'Output') {
      if (!topLevel) {
        report({
          code: 'choice/unexpected-field',
          severity: 'error',
          message: `"${key}" is only allowed in a top-level choice rule, not inside And, Or or Not. Move it to the enclosing rule.`,
          offset: property.offset,
          length: property.keyLength,
          data: { field: key },
        });
      }
    } else if (key === 'Condition' || key === 'Output') {
      report({
        code: 'choice/query-language-field',
        severity: 'error',
        message: `"${key}" belongs to JSONata choice rules, but this Choice state uses JSONPath: compare with "Variable" and an operator such as "StringEquals", or set "QueryLanguage": "JSONata" on the state.`,
        offset: property.offset,
        length: property.keyLength,
        data: { field: key },
      });
    } else {
      unknownFields++;
      const suggestion = closestName(key, JSONPATH_RULE_FIELDS);
      report({
        code: 'choice/unknown-field',
        severity: 'error',
        message: `"${key}" is not a field of a choice rule.${didYouMean(suggestion)}${suggestion ? '' : ' A rule has "Variable" and one comparison operator (such as "StringEquals" or "NumericGreaterThan"), or one of "And", "Or", "Not".'}`,
        offset: property.offset,
        length: property.keyLength,
        data: { field: key, ...(suggestion ? { suggestion } : {}) },
      });
    }
  }

  if (topLevel && !getProperty(rule, 'Next')) {
    report({
      code: 'choice/missing-next',
      severity: 'error',
      message: 'A top-level choice rule needs "Next": the state to go to when the rule matches.',
      ...anchorOf(rule),
      data: { field: 'Next' },
    });
  }
  if (operators.length === 0) {
    // A misspelt operator was just reported; saying that the rule compares nothing adds nothing.
    if (unknownFields > 0) return;
    report({
      code: 'choice/missing-operator',
      severity: 'error',
      message:
        'This choice rule compares nothing: add a comparison operator (such as "StringEquals", "NumericGreaterThan" or "IsPresent") with "Variable", or combine rules with "And", "Or" or "Not".',
      ...anchorOf(rule),
    });
    return;
  }
  for (const extra of operators.slice(1)) {
    report({
      code: 'choice/multiple-operators',
      severity: 'error',
      message: `A choice rule has exactly one operator, and this one already has "${operators[0]!.keyValue}". Combine several comparisons with "And" or "Or": { "And": [ {...}, {...} ] }.`,
      offset: extra.offset,
      length: extra.keyLength,
      data: { field: extra.keyValue },
    });
  }
  const operator = operators[0]!;
  const name = operator.keyValue;
  if (COMBINATORS.includes(name)) {
    if (variable) {
      report({
        code: 'choice/unexpected-field',
        severity: 'error',
        message: `"Variable" has no meaning in a rule that uses "${name}": put it in each of the rules inside "${name}".`,
        offset: variable.offset,
        length: variable.keyLength,
        data: { field: 'Variable' },
      });
    }
    checkCombinator(operator, language, report);
    return;
  }
  if (!variable) {
    report({
      code: 'choice/missing-variable',
      severity: 'error',
      message: `"${isTemplateKey(name) ? 'this rule' : name}" needs "Variable": the path of the value to compare, such as "$.status".`,
      offset: operator.offset,
      length: operator.keyLength,
      data: { field: 'Variable' },
    });
  } else if (variable.value && variable.value.type !== 'string') {
    report({
      code: 'choice/operand-type',
      severity: 'error',
      message: '"Variable" must be a path string, such as "$.status".',
      offset: variable.value.offset,
      length: variable.value.length,
      data: { field: 'Variable' },
    });
  }
  const kind = CHOICE_OPERATORS.get(name);
  if (kind && operator.value) checkOperand(name, kind, operator.value, report);
}

function checkOperand(operator: string, kind: OperandKind, value: AstNode, report: (diagnostic: Diagnostic) => void): void {
  if (value.type === 'string' && isWholePlaceholder(value.value)) return;
  let valid: boolean;
  switch (kind) {
    case 'string':
      valid = value.type === 'string';
      break;
    case 'number':
      valid = value.type === 'number';
      break;
    case 'boolean':
    case 'typeTest':
      valid = value.type === 'boolean';
      break;
    case 'timestamp':
      valid = value.type === 'string' && (RFC3339.test(value.value) || hasPlaceholder(value.value));
      break;
    case 'path':
      // The path's syntax is checked by the expression rules.
      valid = value.type === 'string';
      break;
  }
  if (valid) return;
  let hint = '';
  if (kind === 'number' && value.type === 'string' && value.value.trim() !== '' && !Number.isNaN(Number(value.value)))
    hint = ` Write ${value.value.trim()} without quotes.`;
  if (kind === 'boolean' && value.type === 'string' && (value.value === 'true' || value.value === 'false'))
    hint = ` Write ${value.value} without quotes.`;
  if (kind === 'timestamp' && value.type === 'string')
    hint = ' The date and time need an uppercase "T" between them and a time zone ("Z" or "+01:00").';
  if (kind === 'string' && value.type !== 'string') hint = ` To compare numbers, use "Numeric${operator.slice('String'.length)}".`;
  if (kind === 'path') hint = ` To compare with a fixed value, use "${operator.slice(0, -'Path'.length)}".`;
  report({
    code: 'choice/operand-type',
    severity: 'error',
    message: `"${operator}" takes ${operandAdvice[kind]}.${hint}`,
    offset: value.offset,
    length: value.length,
    data: { field: operator },
  });
}

function checkCombinator(operator: PropertyNode, language: QueryLanguage, report: (diagnostic: Diagnostic) => void): void {
  const name = operator.keyValue;
  const value = operator.value;
  if (!value) return;
  if (name === 'Not') {
    if (value.type !== 'object') {
      report({
        code: 'choice/invalid-combinator',
        severity: 'error',
        message: '"Not" takes one choice rule (an object), e.g. { "Not": { "Variable": "$.done", "BooleanEquals": true } }.',
        offset: value.offset,
        length: value.length,
        data: { field: name },
      });
      return;
    }
    checkRule(value, false, language, report);
    return;
  }
  if (value.type !== 'array' || value.items.length === 0) {
    report({
      code: 'choice/invalid-combinator',
      severity: 'error',
      message: `"${name}" takes a non-empty array of choice rules, e.g. { "${name}": [ {...}, {...} ] }.`,
      offset: value.offset,
      length: value.length,
      data: { field: name },
    });
    return;
  }
  for (const item of value.items) {
    if (item.type === 'object') checkRule(item, false, language, report);
    else
      report({
        code: 'choice/invalid-combinator',
        severity: 'error',
        message: `Each entry of "${name}" must be a choice rule (an object).`,
        offset: item.offset,
        length: item.length,
        data: { field: name },
      });
  }
}

function checkJsonataRule(rule: ObjectNode, topLevel: boolean, report: (diagnostic: Diagnostic) => void): void {
  for (const property of rule.properties) {
    const key = property.keyValue;
    if (key === 'Condition' || key === 'Comment') continue;
    if (TOP_LEVEL_ONLY.has(key)) continue;
    if (key === 'Variable' || CHOICE_OPERATORS.has(key) || COMBINATORS.includes(key)) {
      report({
        code: 'choice/query-language-field',
        severity: 'error',
        message: `"${key}" belongs to JSONPath choice rules, but this Choice state uses JSONata: write the whole test as "Condition": "{% ... %}" (e.g. "{% $states.input.status = 'done' %}").`,
        offset: property.offset,
        length: property.keyLength,
        data: { field: key, replacement: 'Condition' },
      });
    } else if (!isTemplateKey(key)) {
      const suggestion = closestName(key, JSONATA_RULE_FIELDS);
      report({
        code: 'choice/unknown-field',
        severity: 'error',
        message: `"${key}" is not a field of a JSONata choice rule.${didYouMean(suggestion)}${suggestion ? '' : ' A rule has "Condition" and "Next", and may have "Assign", "Output" and "Comment".'}`,
        offset: property.offset,
        length: property.keyLength,
        data: { field: key, ...(suggestion ? { suggestion } : {}) },
      });
    }
  }
  if (topLevel && !getProperty(rule, 'Next')) {
    report({
      code: 'choice/missing-next',
      severity: 'error',
      message: 'A choice rule needs "Next": the state to go to when its Condition is true.',
      ...anchorOf(rule),
      data: { field: 'Next' },
    });
  }
  const condition = getProperty(rule, 'Condition');
  if (!condition) {
    report({
      code: 'choice/missing-condition',
      severity: 'error',
      message: 'A JSONata choice rule needs "Condition": "{% ... %}", an expression that is true when the rule matches.',
      ...anchorOf(rule),
      data: { field: 'Condition' },
    });
  } else if (condition.value && condition.value.type !== 'string' && condition.value.type !== 'boolean') {
    report({
      code: 'choice/operand-type',
      severity: 'error',
      message: '"Condition" must be a JSONata expression string "{% ... %}".',
      offset: condition.value.offset,
      length: condition.value.length,
      data: { field: 'Condition' },
    });
  }
}
