/**
 * Expression checks: JSONPath, intrinsic functions, JSONata and workflow variables. The analysis
 * (server/src/core/semantics) walks every expression once per machine; these rules report its
 * problems under their families, and check each `$var` read against the variable data flow.
 *
 * Codes (E error, W warning). Warnings are for definitions Step Functions accepts but that fail
 * or misbehave when the state runs.
 *   jsonpath/syntax E             a path that does not parse (one per path: the first problem)
 *   jsonpath/not-a-path E         a path field or `.$` value that does not start with `$` (nor is an intrinsic)
 *   jsonpath/payload-value E      a `.$` key whose value is not a string
 *   jsonpath/reference-path E     a wildcard, filter, slice, `..`, union or function in a reference path
 *   jsonpath/result-path-root E   ResultPath starting with `$$` or a variable
 *   jsonpath/context-member W     `$$.` member the Context object does not have, or Map.Item outside ItemSelector
 *   intrinsic/syntax E            a call that does not parse (leading whitespace included)
 *   intrinsic/unknown-function E  a name that is not one of the 18 States.* functions
 *   intrinsic/argument-count E    too few or too many arguments
 *   intrinsic/argument-type E     a literal argument of the wrong type
 *   intrinsic/argument-value W    a literal argument that always fails (hash algorithm, ArrayRange size...)
 *   intrinsic/format-arguments E  States.Format with `{}` placeholders and values that do not pair up
 *   intrinsic/not-allowed-here E  an intrinsic in a path-only field, or outside ErrorPath/CausePath's subset
 *   jsonata/syntax E              what the jsonata library rejects, on the exact characters
 *   jsonata/unclosed E            a string starting with `{%` that does not end with `%}`
 *   jsonata/unopened W            a string ending with `%}` that does not start with `{%`
 *   jsonata/delimiter-spacing W   not one space (or a line break) inside `{%` and `%}`
 *   jsonata/states-member E       `$states.x` that does not exist in that field
 *   jsonata/context-member W      `$states.context.` member the Context object does not have
 *   jsonata/function-unavailable E  `$eval`
 *   jsonata/input-reference E     top-level `$` or field name, or `$$` (no input document in Step Functions)
 *   jsonata/jsonpath-key W        a `.$` key in a JSONata state (kept literally, not evaluated)
 *   jsonata/in-jsonpath-state W/E `{% %}` in a JSONPath state: W in payloads (passed as text), E in path fields
 *   variables/undefined W         a `$var` no earlier state on any path assigns (data: name, reason)
 *   variables/reserved-name E     assigning `states`
 *   variables/invalid-name W      an Assign key that is not an identifier
 */
import type { ValidationContext, ValidationRule } from '../context';
import { analyzeExpressions } from '../../semantics/expressionSites';
import { analyzeVariables, RESERVED_VARIABLE_NAMES, VARIABLE_NAME } from '../../semantics/variables';
import { closestName } from '../../expressions/contextObject';

function reportFamily(context: ValidationContext, prefix: string): void {
  for (const diagnostic of analyzeExpressions(context.machine).diagnostics) {
    if (diagnostic.code.startsWith(prefix)) context.report(diagnostic);
  }
}

export const jsonPathRule: ValidationRule = { name: 'jsonpath', check: (context) => reportFamily(context, 'jsonpath/') };
export const intrinsicRule: ValidationRule = { name: 'intrinsic', check: (context) => reportFamily(context, 'intrinsic/') };
export const jsonataRule: ValidationRule = { name: 'jsonata', check: (context) => reportFamily(context, 'jsonata/') };

export const variablesRule: ValidationRule = {
  name: 'variables',
  check(context) {
    const analysis = analyzeVariables(context.machine);
    for (const assignment of analysis.assignments) {
      const { name, property } = assignment;
      if (RESERVED_VARIABLE_NAMES.has(name)) {
        context.report({
          code: 'variables/reserved-name',
          severity: 'error',
          message: `"${name}" is reserved by Step Functions ($states holds the state's input, result and context). Choose another variable name.`,
          offset: property.offset,
          length: property.keyLength,
        });
      } else if (!VARIABLE_NAME.test(name)) {
        context.report({
          code: 'variables/invalid-name',
          severity: 'warning',
          message: `"${name}" is not a valid identifier, so no expression can read it as $${name}. Start with a letter or "_" and use only letters, digits and "_" (no dots, dashes or spaces).`,
          offset: property.offset,
          length: property.keyLength,
        });
      }
    }
    const assignedNames = [...analysis.assignmentsByName.keys()];
    for (const reference of analysis.references) {
      const { state, name } = reference;
      // States that are never reached are reported by the graph checks; their reads prove nothing.
      if (!analysis.isReached(state) || analysis.isVisibleAt(state, name)) continue;
      const reason = analysis.whyNotVisible(state, name);
      let message: string;
      let suggestion: string | undefined;
      if (RESERVED_VARIABLE_NAMES.has(name)) {
        message = `$${name} exists only in JSONata expressions. In a JSONPath state, read the state input with "$" and the Context object with "$$".`;
      } else if (reason === 'never-assigned') {
        suggestion = closestName(name, assignedNames);
        message = `No state assigns the variable $${name}${suggestion ? `; did you mean $${suggestion}?` : '.'} Assign it in an earlier state ("Assign": {"${name}": ...}).`;
      } else if (reason === 'not-before') {
        message = `$${name} is not assigned on any path that leads to "${state.name}": a state's Assign takes effect only for the states after it. Assign it in a state that runs before "${state.name}".`;
      } else if (reason === 'distributed-map') {
        message = `$${name} is assigned outside this Distributed Map, whose child workflows cannot read outer variables. Pass the value in through ItemSelector and read it from the item's input.`;
      } else {
        message = `$${name} is assigned only inside a Parallel branch or Map item processor, and those variables are not visible outside it. Return the value in the branch's output and Assign it from the Parallel/Map result.`;
      }
      context.report({
        code: 'variables/undefined',
        // Step Functions accepts such a machine and fails only when the state runs.
        severity: 'warning',
        message,
        offset: reference.offset,
        length: reference.length,
        // For quick fixes: the name read, why it is not visible, and the closest assigned name.
        data: suggestion ? { name, reason, suggestion } : { name, reason },
      });
    }
  },
};

/** The expression rules in reporting order; rules.ts registers them. */
export const expressionRules: ValidationRule[] = [jsonPathRule, intrinsicRule, jsonataRule, variablesRule];
