/**
 * Every expression in a state machine, checked once: JSONPath paths (`InputPath`, `.$` payload
 * fields, Choice `Variable`...), intrinsic function calls and JSONata `{% %}` expressions. The
 * result is the list of expression problems (codes `jsonpath/*`, `intrinsic/*`, `jsonata/*`) and
 * every workflow-variable read (`$name`), which the variable analysis checks and the editing
 * features use (go to definition, rename).
 *
 * Which field holds which kind of expression follows the AWS Step Functions developer guide:
 * "Paths" and "Reference paths" (InputPath/OutputPath/ResultPath/ItemsPath/...Path), "Payload
 * templates" (`.$` keys), the Fail state (ErrorPath/CausePath and their intrinsic subset) and
 * "Transforming data with JSONata" (which fields of a JSONata state are evaluated, and `$states`).
 *
 * Computed once per machine (cached on the machine object) and linear in the document. This file
 * walks the states and checks JSONPath; intrinsicSites.ts and jsonataSites.ts check the other two
 * languages, and every finding goes through the one SiteReporter (siteReporter.ts).
 */
import { asArray, asObject, asString, getPropertyValue, type AstNode, type ObjectNode, type StringNode } from '../syntax/tree';
import type { State, StateMachine } from '../model/types';
import type { Diagnostic } from '../validation/diagnostic';
import { STATE_FIELDS, type JsonPathFieldRole } from '../validation/structure/fields';
import { parseJsonPath, type FilterExpression, type JsonPathAst, type JsonPathParseResult } from '../expressions/jsonpath';
import { looksLikeIntrinsic } from '../expressions/intrinsics';
import { checkContextMembers } from '../expressions/contextObject';
import { isJsonataExpression } from '../expressions/jsonataExpression';
import { substitutePlaceholders } from '../validation/placeholders';
import { SiteReporter, type Finding } from './siteReporter';
import { JsonataSiteChecks } from './jsonataSites';
import { clampToValue, earliest, guardDepth, jaywayOnlyRegions, MAP_ITEM_SHORT, tooDeep, truncate } from './siteShared';
import { IntrinsicSiteChecks } from './intrinsicSites';
import { SHARED_CACHE_LIMIT, SharedCache } from './sharedCache';

/** A `$name` read of a workflow variable, in a JSONPath path, an intrinsic argument or JSONata. */
export interface VariableReference {
  /** The name without `$`. */
  name: string;
  /** The state whose field holds the reference (the variables visible there are those at its entry). */
  state: State;
  /** The string node that holds the expression. */
  node: StringNode;
  /** Document range of `$name`. */
  offset: number;
  length: number;
}

export interface ExpressionAnalysis {
  /** Problems in expressions; their codes start with `jsonpath/`, `intrinsic/` or `jsonata/`. */
  diagnostics: Diagnostic[];
  variableReferences: VariableReference[];
}

const MAP_ITEM_ONLY_IN_ITEM_SELECTOR = `${MAP_ITEM_SHORT}, in its ItemSelector. Select the value there (for example "value.$": "$$.Map.Item.Value") and read it from the input of the states inside.`;

/** What each field of a JSONPath state holds (the state-field table's `jsonPathRole`). */
const JSONPATH_FIELD_ROLES: ReadonlyMap<string, JsonPathFieldRole> = new Map(
  Object.entries(STATE_FIELDS).flatMap(([name, field]) => (field.jsonPathRole ? [[name, field.jsonPathRole] as const] : [])),
);

type PathFieldKind =
  /** InputPath, OutputPath, Choice Variable and *Path operators: any path. */
  | 'path'
  /** A reference path: definite, no functions. */
  | 'reference'
  /** ResultPath: a reference path into the state input (`$...` only). */
  | 'resultPath'
  /** ErrorPath/CausePath: a reference path or one of ERROR_CAUSE_INTRINSICS. */
  | 'errorCause'
  /** A `.$` field of a payload template: a path or any intrinsic call. */
  | 'payload';

const analyses = new WeakMap<StateMachine, ExpressionAnalysis>();

// Machines repeat the same paths and calls ("$.Payload", "$$.Execution.Id") many times, and so do
// the files of a repository; the parse results hold offsets relative to the text, so one parse
// serves every occurrence in every document (sharedCache.ts).
const pathCache = new SharedCache<string, JsonPathParseResult>(SHARED_CACHE_LIMIT);
/** Findings of a path field by kind, field and value, relative to the value (see checkPathField). */
const findingsCache = new SharedCache<string, Finding[]>(SHARED_CACHE_LIMIT);

/** The expression analysis of a machine, computed on first use. */
export function analyzeExpressions(machine: StateMachine): ExpressionAnalysis {
  let analysis = analyses.get(machine);
  if (!analysis) {
    analysis = new ExpressionWalker(machine).run();
    analyses.set(machine, analysis);
  }
  return analysis;
}

/** LocalStack's template placeholders (`"%LAMBDA_FUNCTION_ARN_LITERAL_PLACEHOLDER%"`), a whole value. */
const LITERAL_PLACEHOLDER = /^%[A-Za-z0-9_]+%$/;

class ExpressionWalker {
  private readonly reporter: SiteReporter;
  private readonly jsonata: JsonataSiteChecks;
  private readonly intrinsics: IntrinsicSiteChecks;
  /** True while visiting a Map state's ItemSelector (or legacy Parameters): `$$.Map.Item` exists there. */
  private inMapItemSelector = false;

  constructor(private readonly machine: StateMachine) {
    this.reporter = new SiteReporter(machine.document.text);
    this.jsonata = new JsonataSiteChecks(this.reporter);
    this.intrinsics = new IntrinsicSiteChecks(this.reporter, (node, ast, base) => this.checkPathAst(node, ast, base));
  }

  run(): ExpressionAnalysis {
    for (const state of this.machine.states) {
      if (!state.node) continue;
      this.reporter.state = state;
      if (state.queryLanguage === 'JSONata') this.jsonata.visitState(state, state.node);
      else this.visitJsonPathState(state, state.node);
    }
    return { diagnostics: this.reporter.diagnostics, variableReferences: this.reporter.references };
  }

  // ---------------------------------------------------------------------------------------------
  // JSONPath states

  private visitJsonPathState(state: State, node: ObjectNode): void {
    // One pass over the state's fields (a state has few; a machine has thousands of states).
    for (const property of node.properties) {
      const field = property.keyValue;
      const role = JSONPATH_FIELD_ROLES.get(field);
      if (!role || !property.value) continue;
      const value = property.value;
      if (role === 'template') {
        this.inMapItemSelector = state.type === 'Map' && (field === 'ItemSelector' || field === 'Parameters');
        this.visitPayloadTemplate(value);
        this.inMapItemSelector = false;
      } else if (role === 'ItemReader') {
        const itemReader = asObject(value);
        this.visitPayloadTemplate(getPropertyValue(itemReader, 'Parameters'));
        this.checkPathField(
          getPropertyValue(asObject(getPropertyValue(itemReader, 'ReaderConfig')), 'MaxItemsPath'),
          'reference',
          'MaxItemsPath',
        );
      } else if (role === 'ItemBatcher') {
        const itemBatcher = asObject(value);
        this.visitPayloadTemplate(getPropertyValue(itemBatcher, 'BatchInput'));
        this.checkPathField(getPropertyValue(itemBatcher, 'MaxItemsPerBatchPath'), 'reference', 'MaxItemsPerBatchPath');
        this.checkPathField(getPropertyValue(itemBatcher, 'MaxInputBytesPerBatchPath'), 'reference', 'MaxInputBytesPerBatchPath');
      } else if (role === 'ResultWriter') {
        this.visitPayloadTemplate(getPropertyValue(asObject(value), 'Parameters'));
      } else {
        this.checkPathField(value, role, field);
      }
    }
    for (const rule of state.choices) this.visitJsonPathChoiceRule(rule.node, 0);
    for (const catcher of state.catchers) {
      this.checkPathField(getPropertyValue(catcher.node, 'ResultPath'), 'resultPath', 'ResultPath');
      this.visitPayloadTemplate(getPropertyValue(catcher.node, 'Assign'));
    }
  }

  private visitJsonPathChoiceRule(rule: ObjectNode, depth: number): void {
    if (depth > 200) return;
    for (const property of rule.properties) {
      const key = property.keyValue;
      const value = property.value;
      if (!value) continue;
      if (key === 'And' || key === 'Or') {
        for (const item of asArray(value)?.items ?? []) {
          const nested = asObject(item);
          if (nested) this.visitJsonPathChoiceRule(nested, depth + 1);
        }
      } else if (key === 'Not') {
        const nested = asObject(value);
        if (nested) this.visitJsonPathChoiceRule(nested, depth + 1);
      } else if (key === 'Variable' || (key.endsWith('Path') && key !== 'Path')) {
        this.checkPathField(value, 'path', key);
      } else if (key === 'Assign' && depth === 0) {
        this.visitPayloadTemplate(value);
      }
    }
  }

  /** A payload template: every `.$` field holds a path or an intrinsic, at any depth. */
  private visitPayloadTemplate(node: AstNode | undefined, depth = 0): void {
    if (!node || depth > 200) return;
    if (node.type === 'array') {
      for (const item of node.items) this.visitPayloadTemplate(item, depth + 1);
      return;
    }
    if (node.type === 'string') {
      this.warnJsonataInJsonPathState(node);
      return;
    }
    if (node.type !== 'object') return;
    for (const property of node.properties) {
      const value = property.value;
      if (!value) continue;
      if (property.keyValue.endsWith('.$')) {
        if (value.type === 'string') this.checkPathField(value, 'payload', property.keyValue);
        else {
          this.reporter.report(
            'jsonpath/payload-value',
            'error',
            `"${property.keyValue}" ends with ".$", so its value must be a string holding a JSONPath or an intrinsic function call. Remove ".$" from the key to use a literal ${value.type}.`,
            value.offset,
            value.length,
          );
        }
      } else {
        this.visitPayloadTemplate(value, depth + 1);
      }
    }
  }

  private warnJsonataInJsonPathState(node: StringNode): void {
    const value = node.value;
    if (isJsonataExpression(value)) {
      this.reporter.report(
        'jsonata/in-jsonpath-state',
        'warning',
        `This state uses JSONPath, so "${truncate(value)}" is passed on as a plain string, not evaluated. Add "QueryLanguage": "JSONata" to the state (or the machine) to evaluate it.`,
        node.offset,
        node.length,
      );
    }
  }

  /**
   * Checks a field that holds a path (or, where allowed, an intrinsic call). Machines repeat the
   * same field values many times, so the findings for one (kind, field, value) are computed once,
   * relative to the value, and replayed at each occurrence.
   */
  private checkPathField(node: AstNode | undefined, kind: PathFieldKind, field: string): void {
    const stringNode = asString(node);
    if (!stringNode) return;
    // Keyed by kind, field and value (messages name the field); the findings depend on nothing else.
    // The field's length before it keeps the key unambiguous whatever characters field and value hold.
    const key = `${this.inMapItemSelector ? `${kind}@ItemSelector` : kind} ${field.length}:${field}${stringNode.value}`;
    let findings = findingsCache.get(key);
    if (!findings) {
      findings = this.reporter.record(() => this.computePathField(stringNode, kind, field));
      findingsCache.set(key, findings);
    }
    this.reporter.replay(stringNode, findings);
  }

  private computePathField(stringNode: StringNode, kind: PathFieldKind, field: string): void {
    const value = stringNode.value;
    // A whole-value placeholder (`"${ItemsPath}"`, LocalStack's `"%NAME%"`) is filled in at deploy time.
    if (value.startsWith('${') || LITERAL_PLACEHOLDER.test(value)) return;
    if (isJsonataExpression(value)) {
      this.reporter.reportWhole(
        'jsonata/in-jsonpath-state',
        'error',
        `${field} takes a JSONPath in a JSONPath state, not a JSONata expression. Write a path such as "$.field", or add "QueryLanguage": "JSONata" to the state and use its JSONata fields.`,
      );
      return;
    }
    const trimmed = value.trimStart();
    if (looksLikeIntrinsic(value) || trimmed.startsWith('States.')) {
      if (kind !== 'payload' && kind !== 'errorCause') {
        this.reporter.reportWhole(
          'intrinsic/not-allowed-here',
          'error',
          `${field} takes a path, not an intrinsic function call. Compute the value in Parameters (with a "key.$" field) and select it here with a path.`,
        );
        return;
      }
      if (trimmed !== value) {
        this.reporter.reportAt(
          stringNode,
          0,
          value.length - trimmed.length,
          'intrinsic/syntax',
          'error',
          'Remove the whitespace before the intrinsic function name.',
        );
        return;
      }
      this.intrinsics.check(stringNode, kind === 'errorCause' ? field : undefined);
      return;
    }
    if (!value.startsWith('$')) {
      const expected =
        kind === 'payload'
          ? 'a JSONPath starting with "$" (or "$$." for the Context object), or an intrinsic function call such as States.Format(...)'
          : kind === 'errorCause'
            ? 'a reference path starting with "$", or an intrinsic function that returns a string'
            : 'a JSONPath starting with "$"';
      const hint = kind === 'payload' ? ` To pass "${truncate(value)}" literally, remove ".$" from the key.` : '';
      const start = value.length - trimmed.length;
      this.reporter.reportWhole(
        'jsonpath/not-a-path',
        'error',
        `${field} must be ${expected}.${hint}`,
        start === 0 ? undefined : { leadingWhitespace: start },
      );
      return;
    }
    // Trailing whitespace is ignored by Step Functions (seen in working real-world machines).
    const substituted = substitutePlaceholders(value, 'x').trimEnd();
    const result = this.parsePath(substituted);
    const lenient = result.problems.length || substituted.includes('[') ? jaywayOnlyRegions(substituted) : [];
    const problems = result.problems.filter(
      (problem) =>
        !lenient.some((region) => problem.offset >= region.start && problem.offset < region.end) &&
        !problem.message.startsWith('Unexpected "[" after "."'),
    );
    // One syntax error per path: the later ones are mostly consequences of the first.
    const first = earliest(problems);
    if (first)
      this.reporter.reportAt(
        stringNode,
        ...clampToValue(first, substituted.length),
        'jsonpath/syntax',
        'error',
        `Invalid JSONPath: ${first.message}.`,
      );
    const ast = result.ast;
    if (!ast) return;
    if (kind === 'resultPath' && ast.root !== 'input') {
      const what = ast.root === 'context' ? 'the Context object ($$)' : `a variable ($${ast.variable ?? ''})`;
      this.reporter.reportAt(
        stringNode,
        0,
        ast.root === 'context' ? 2 : 1 + (ast.variable?.length ?? 0),
        'jsonpath/result-path-root',
        'error',
        `ResultPath places the result into the state input, so it must start with "$" and cannot name ${what}. To keep the result in a variable, use Assign.`,
      );
    }
    if (kind === 'reference' || kind === 'resultPath' || kind === 'errorCause') {
      if (lenient.length) {
        this.reporter.reportAt(
          stringNode,
          lenient[0]!.start,
          lenient[0]!.end - lenient[0]!.start,
          'jsonpath/reference-path',
          'error',
          `${field} must be a reference path, which selects a single value: it cannot use a filter or script expression. Use only ".name" and "[index]" steps.`,
        );
      } else if (problems.length === 0) {
        this.checkReferencePath(stringNode, ast, field);
      }
    }
    this.checkPathAst(stringNode, ast, 0);
  }

  /** Reference paths select exactly one node: no wildcards, filters, slices, `..`, unions or functions. */
  private checkReferencePath(node: StringNode, ast: JsonPathAst, field: string): void {
    for (const segment of ast.segments) {
      const indefinite =
        segment.deep ||
        segment.kind === 'wildcard' ||
        segment.kind === 'filter' ||
        segment.kind === 'slice' ||
        segment.kind === 'function' ||
        (segment.kind === 'index' && segment.indices.length > 1) ||
        (segment.kind === 'property' && segment.names.length > 1);
      if (!indefinite) continue;
      const what =
        segment.kind === 'function'
          ? 'a path function'
          : segment.deep
            ? 'a deep scan (..)'
            : segment.kind === 'property' || segment.kind === 'index'
              ? 'a union of several names or indexes'
              : `a ${segment.kind}`;
      this.reporter.reportAt(
        node,
        ast.offset + segment.offset,
        segment.length,
        'jsonpath/reference-path',
        'error',
        `${field} must be a reference path, which selects a single value: it cannot use ${what}. Use only ".name" and "[index]" steps.`,
      );
      return;
    }
  }

  /** Context object members and variable reads of a parsed path (and of the paths in its filters). */
  private checkPathAst(node: StringNode, ast: JsonPathAst, base: number): void {
    if (ast.root === 'context') {
      const chain: { name: string; offset: number; length: number }[] = [];
      for (const segment of ast.segments) {
        if (segment.kind !== 'property' || segment.deep || segment.names.length !== 1) break;
        const name = segment.names[0]!;
        // `.name` puts the name after the dot; `['name']` inside quotes: point at the whole step.
        const plain = this.textOfSegment(node, base + segment.offset, segment.length) === `.${name}`;
        chain.push({ name, offset: plain ? segment.offset + 1 : segment.offset, length: plain ? name.length : segment.length });
      }
      const problem = checkContextMembers(chain.map((entry) => entry.name));
      if (problem) {
        const entry = chain[problem.index]!;
        this.reporter.reportAt(
          node,
          base + entry.offset,
          entry.length,
          'jsonpath/context-member',
          'warning',
          problem.message,
          problem.suggestion ? { suggestion: problem.suggestion } : undefined,
        );
      } else if (chain[0]?.name === 'Map' && !this.inMapItemSelector) {
        this.reporter.reportAt(
          node,
          base + chain[0].offset,
          chain[0].length,
          'jsonpath/context-member',
          'warning',
          MAP_ITEM_ONLY_IN_ITEM_SELECTOR,
        );
      }
    } else if (ast.root === 'variable' && ast.variable !== undefined) {
      this.reporter.addReference(node, ast.variable, base + ast.offset, ast.variable.length + 1);
    }
    for (const segment of ast.segments) {
      if (segment.kind === 'filter') this.checkFilter(node, segment.filter, base);
    }
  }

  private checkFilter(node: StringNode, filter: FilterExpression, base: number): void {
    switch (filter.kind) {
      case 'or':
      case 'and':
        this.checkFilter(node, filter.left, base);
        this.checkFilter(node, filter.right, base);
        return;
      case 'not':
        this.checkFilter(node, filter.operand, base);
        return;
      case 'exists':
        if (filter.operand.kind === 'path' && !filter.operand.relative) this.checkPathAst(node, filter.operand.path, base);
        return;
      case 'compare':
        for (const operand of [filter.left, filter.right]) {
          if (operand.kind === 'path' && !operand.relative) this.checkPathAst(node, operand.path, base);
        }
    }
  }

  private parsePath(text: string): JsonPathParseResult {
    let result = pathCache.get(text);
    if (!result) {
      // Variables are accepted everywhere here; ResultPath's own rule reports a variable root.
      result = guardDepth(
        () => parseJsonPath(text, { allowVariables: true }),
        () => ({ problems: [tooDeep(text)], end: text.length }),
      );
      pathCache.set(text, result);
    }
    return result;
  }

  private textOfSegment(node: StringNode, start: number, length: number): string {
    return node.value.slice(start, start + length);
  }
}
