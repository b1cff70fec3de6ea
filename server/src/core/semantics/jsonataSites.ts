/**
 * The JSONata checks of the expression analysis (expressionSites.ts): which fields of a JSONata
 * state are evaluated (the state-field table's `jsonata`), the `{% %}` delimiters, the expression's
 * syntax with the jsonata library, `$states` members per field, and the variables it reads. Every
 * finding goes through the one SiteReporter.
 */
import type { State } from '../model/types';
import { getPropertyValue, type AstNode, type ObjectNode, type PropertyNode, type StringNode } from '../syntax/tree';
import { STATE_FIELDS } from '../validation/structure/fields';
import { substituteJsonataPlaceholders } from '../validation/placeholders';
import { analyzeJsonataExpression, type JsonataExpressionFacts } from '../expressions/jsonataCheck';
import { MAP_ITEM_SHORT, truncate } from './siteShared';
import type { Severity } from '../validation/diagnostic';
import type { SiteReporter } from './siteReporter';
import { SHARED_CACHE_LIMIT, SharedCache } from './sharedCache';

const MAP_ITEM_ONLY_IN_ITEM_SELECTOR_JSONATA = `${MAP_ITEM_SHORT}, in its ItemSelector. Select the value there (for example "value": "{% $states.context.Map.Item.Value %}") and read it from $states.input in the states inside.`;

/** `$states` members and where they exist (AWS developer guide, "Reserved variable: $states"). */
const STATES_MEMBERS = ['input', 'context', 'result', 'errorOutput'] as const;

/** JSONata state fields whose string values are evaluated when they are `{% %}` expressions (the state-field table's `jsonata`). */
const JSONATA_FIELD_SET: ReadonlySet<string> = new Set(
  Object.entries(STATE_FIELDS)
    .filter(([, field]) => field.jsonata)
    .map(([name]) => name),
);

interface JsonataFieldRules {
  /** `$states.result` exists here (Output/Assign of Task, Map and Parallel). */
  result: boolean;
  /** `$states.errorOutput` exists here (Output/Assign of a Catch). */
  errorOutput: boolean;
  /** Where we are, for messages: `Output`, `Catch[0].Assign`... */
  field: string;
  /** A Map state's ItemSelector, where `$states.context.Map.Item` exists. */
  mapItemSelector?: boolean;
}

/** The facts of each JSONata expression text, shared by every analysis (sharedCache.ts). */
const jsonataCache = new SharedCache<string, JsonataExpressionFacts>(SHARED_CACHE_LIMIT);

export class JsonataSiteChecks {
  constructor(private readonly reporter: SiteReporter) {}

  /** Checks every JSONata field of a JSONata state, its Choice rules and its Catch entries. */
  visitState(state: State, node: ObjectNode): void {
    const hasResult = state.type === 'Task' || state.type === 'Map' || state.type === 'Parallel';
    for (const property of node.properties) {
      const field = property.keyValue;
      const value = property.value;
      if (!value || !JSONATA_FIELD_SET.has(field)) continue;
      const resultAllowed = hasResult && (field === 'Output' || field === 'Assign');
      const rules: JsonataFieldRules = { result: resultAllowed, errorOutput: false, field };
      if (state.type === 'Map' && field === 'ItemSelector') rules.mapItemSelector = true;
      this.visitJsonataValue(value, rules, field === 'Assign' ? 'assign' : 'template', 0);
    }
    state.choices.forEach((rule) => {
      for (const field of ['Condition', 'Output', 'Assign'] as const) {
        const value = getPropertyValue(rule.node, field);
        if (value)
          this.visitJsonataValue(
            value,
            { result: false, errorOutput: false, field: `Choices[${rule.index}].${field}` },
            field === 'Assign' ? 'assign' : 'template',
            0,
          );
      }
    });
    state.catchers.forEach((catcher) => {
      for (const field of ['Output', 'Assign'] as const) {
        const value = getPropertyValue(catcher.node, field);
        if (value)
          this.visitJsonataValue(
            value,
            { result: false, errorOutput: true, field: `Catch[${catcher.index}].${field}` },
            field === 'Assign' ? 'assign' : 'template',
            0,
          );
      }
    });
  }

  /**
   * A JSONata field's value: any string in it (at any depth) is an expression when wrapped in
   * `{% %}`. `.$` keys belong to JSONPath and are errors here (in Assign the key names a variable,
   * which the variable checks report).
   */
  private visitJsonataValue(node: AstNode, rules: JsonataFieldRules, role: 'assign' | 'template', depth: number): void {
    if (depth > 200) return;
    if (node.type === 'string') {
      this.checkJsonataString(node, rules);
      return;
    }
    if (node.type === 'array') {
      for (const item of node.items) this.visitJsonataValue(item, rules, 'template', depth + 1);
      return;
    }
    if (node.type !== 'object') return;
    for (const property of node.properties) {
      if (property.keyValue.endsWith('.$') && !(role === 'assign' && depth === 0)) this.reportJsonPathKey(property);
      if (property.value) this.visitJsonataValue(property.value, rules, 'template', depth + 1);
    }
  }

  private reportJsonPathKey(property: PropertyNode): void {
    const key = property.keyValue;
    this.reporter.report(
      'jsonata/jsonpath-key',
      'warning',
      `"${key}" is JSONPath syntax, but this state uses JSONata: the key is kept as is, with ".$", and its value is not evaluated as a path. Rename it to "${key.slice(0, -2)}" and write its value as "{% ... %}" (for example "{% $states.input.field %}").`,
      property.offset,
      property.keyLength,
    );
  }

  private checkJsonataString(node: StringNode, rules: JsonataFieldRules): void {
    const value = node.value;
    if (value.startsWith('{%')) {
      if (!value.endsWith('%}') || value.length < 4) {
        this.reporter.report(
          'jsonata/unclosed',
          'error',
          `This JSONata expression is not closed: end the string with "%}", as in "{% ${truncate(value.slice(2).replace(/%\s*$/, '').trim()) || 'expression'} %}".`,
          node.offset,
          node.length,
        );
        return;
      }
      this.checkJsonataExpression(node, value, rules);
      return;
    }
    if (value.endsWith('%}') && !value.includes('{%') && !/^\s/.test(value)) {
      this.reporter.report(
        'jsonata/unopened',
        'warning',
        `This string ends with "%}" but does not start with "{%", so it is a plain string, not a JSONata expression. Start it with "{%" to evaluate it.`,
        node.offset,
        node.length,
      );
    }
  }

  /**
   * Step Functions reads "{%expr%}" and "{% expr   %}" alike, so this is a warning, not an error:
   * the documented form is one space inside each delimiter (or a line break, for an expression
   * written over several lines), and other validators reject anything else.
   */
  private checkJsonataDelimiters(node: StringNode, inner: string): void {
    const leading = /^\s*/.exec(inner)![0];
    const trailing = /\s*$/.exec(inner)![0];
    const conventional = (space: string) => space === ' ' || space.includes('\n');
    if (conventional(leading) && conventional(trailing)) return;
    const expression = inner.trim();
    const message = `Write a JSONata expression as "{% ${truncate(expression)} %}": one space after "{%" and one before "%}" (or line breaks around a multi-line expression). ${leading === '' || trailing === '' ? 'Without the space' : 'With extra spaces'} some tools reject it.`;
    if (!conventional(leading)) this.reporter.reportAt(node, 0, 2 + leading.length, 'jsonata/delimiter-spacing', 'warning', message);
    else
      this.reporter.reportAt(
        node,
        2 + inner.length - trailing.length,
        trailing.length + 2,
        'jsonata/delimiter-spacing',
        'warning',
        message,
      );
  }

  private checkJsonataExpression(node: StringNode, value: string, rules: JsonataFieldRules): void {
    const inner = value.slice(2, -2);
    if (inner.trim() === '') {
      this.reporter.report(
        'jsonata/syntax',
        'error',
        'This JSONata expression is empty: write an expression between "{%" and "%}".',
        node.offset,
        node.length,
      );
      return;
    }
    this.checkJsonataDelimiters(node, inner);
    const expression = substituteJsonataPlaceholders(inner);
    const facts = analyzeJsonataExpression(expression, jsonataCache);
    const base = 2;
    for (const problem of facts.problems) {
      const severity: Severity = problem.code === 'jsonata/context-member' ? 'warning' : 'error';
      this.reporter.reportAt(node, base + problem.offset, problem.length, problem.code, severity, problem.message, problem.data);
    }
    if (!rules.mapItemSelector) {
      for (const read of facts.contextMapReads)
        this.reporter.reportAt(
          node,
          base + read.offset,
          read.length,
          'jsonata/context-member',
          'warning',
          MAP_ITEM_ONLY_IN_ITEM_SELECTOR_JSONATA,
        );
    }
    for (const use of facts.statesMembers) {
      const message = statesMemberProblem(use.member, rules);
      if (message) this.reporter.reportAt(node, base + use.offset, use.length, 'jsonata/states-member', 'error', message);
    }
    for (const variable of facts.variables) {
      this.reporter.addReference(node, variable.name, base + variable.offset, variable.length);
    }
  }
}

function statesMemberProblem(member: string, rules: JsonataFieldRules): string | undefined {
  if (member === 'input' || member === 'context') return undefined;
  if (member === 'result') {
    if (rules.result) return undefined;
    return rules.errorOutput
      ? `$states.result does not exist in ${rules.field}: the state failed, so use $states.errorOutput (the error and its cause).`
      : `$states.result exists only in the Output and Assign of a Task, Parallel or Map state, not in ${rules.field}. Use $states.input here.`;
  }
  if (member === 'errorOutput') {
    if (rules.errorOutput) return undefined;
    return `$states.errorOutput exists only in the Output and Assign of a Catch, not in ${rules.field}.`;
  }
  return `$states has no member "${member}". Its members are ${STATES_MEMBERS.map((name) => `$states.${name}`).join(', ')}.`;
}
