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
 * Computed once per machine (cached on the machine object) and linear in the document.
 */
import { asArray, asObject, asString, getPropertyValue, type AstNode, type ObjectNode, type StringNode } from '../syntax/tree';
import type { State, StateMachine } from '../model/types';
import type { Diagnostic } from '../validation/diagnostic';
import { STATE_FIELDS, type JsonPathFieldRole } from '../validation/structure/fields';
import { parseJsonPath, type FilterExpression, type JsonPathAst, type JsonPathParseResult } from '../expressions/jsonpath';
import {
  looksLikeIntrinsic,
  parseIntrinsic,
  type IntrinsicArgument,
  type IntrinsicCall,
  type IntrinsicParseResult,
} from '../expressions/intrinsics';
import { checkContextMembers } from '../expressions/contextObject';
import { isJsonataExpression } from '../expressions/jsonataExpression';
import { substituteIntrinsicPlaceholders, substitutePlaceholders } from '../validation/placeholders';
import { SiteReporter, type Finding } from './siteReporter';
import { JsonataSiteChecks } from './jsonataSites';
import { MAP_ITEM_SHORT, truncate } from './siteMessages';

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

/**
 * Intrinsics that ErrorPath and CausePath accept: the ones that return a string (AWS developer
 * guide, "Fail workflow state").
 */
export const ERROR_CAUSE_INTRINSICS: ReadonlySet<string> = new Set([
  'States.Format',
  'States.JsonToString',
  'States.ArrayGetItem',
  'States.Base64Encode',
  'States.Base64Decode',
  'States.Hash',
  'States.UUID',
]);

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

/**
 * The `[?(...)]` filters and `[(...)]` script expressions of a path. Jayway (which Step Functions
 * runs) accepts more inside them than our parser knows (unquoted words, arithmetic), so syntax
 * problems inside them are not reported: a missed typo there is better than a false error.
 */
function jaywayOnlyRegions(path: string): { start: number; end: number }[] {
  const regions: { start: number; end: number }[] = [];
  for (let index = path.indexOf('['); index >= 0 && index < path.length; index = path.indexOf('[', index + 1)) {
    let open = index + 1;
    while (path[open] === ' ') open++;
    if (path[open] === '?') open++;
    while (path[open] === ' ') open++;
    if (path[open] !== '(') continue;
    let depth = 0;
    let quote: string | undefined;
    let end = path.length;
    for (let cursor = open; cursor < path.length; cursor++) {
      const ch = path[cursor]!;
      if (quote) {
        if (ch === '\\') cursor++;
        else if (ch === quote) quote = undefined;
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) {
        const close = path.indexOf(']', cursor);
        end = close < 0 ? path.length : close + 1;
        break;
      }
    }
    regions.push({ start: index, end });
    index = end - 1;
  }
  return regions;
}

class ExpressionWalker {
  private readonly reporter: SiteReporter;
  private readonly jsonata: JsonataSiteChecks;
  // Machines repeat the same paths and calls ("$.Payload", "$$.Execution.Id") many times; the
  // parse results hold offsets relative to the text, so one parse serves every occurrence.
  private readonly pathCache = new Map<string, JsonPathParseResult>();
  private readonly intrinsicCache = new Map<string, IntrinsicParseResult>();
  private readonly findingsCache = new Map<string, Map<string, Map<string, Finding[]>>>();
  /** True while visiting a Map state's ItemSelector (or legacy Parameters): `$$.Map.Item` exists there. */
  private inMapItemSelector = false;

  constructor(private readonly machine: StateMachine) {
    this.reporter = new SiteReporter(machine.document.text);
    this.jsonata = new JsonataSiteChecks(this.reporter);
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
    // Keyed by kind, field and value, each a string the tree already holds (messages name the field).
    const cacheKind = this.inMapItemSelector ? `${kind}@ItemSelector` : kind;
    let byField = this.findingsCache.get(cacheKind);
    if (!byField) this.findingsCache.set(cacheKind, (byField = new Map()));
    let byValue = byField.get(field);
    if (!byValue) byField.set(field, (byValue = new Map()));
    let findings = byValue.get(stringNode.value);
    if (!findings) {
      findings = this.reporter.record(() => this.computePathField(stringNode, kind, field));
      byValue.set(stringNode.value, findings);
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
      this.checkIntrinsic(stringNode, kind === 'errorCause' ? field : undefined);
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
    let result = this.pathCache.get(text);
    if (!result) {
      // Variables are accepted everywhere here; ResultPath's own rule reports a variable root.
      result = guardDepth(
        () => parseJsonPath(text, { allowVariables: true }),
        () => ({ problems: [tooDeep(text)], end: text.length }),
      );
      this.pathCache.set(text, result);
    }
    return result;
  }

  private parseCall(text: string): IntrinsicParseResult {
    let result = this.intrinsicCache.get(text);
    if (!result) {
      result = guardDepth(
        () => parseIntrinsic(text),
        () => ({ problems: [tooDeep(text)] }),
      );
      this.intrinsicCache.set(text, result);
    }
    return result;
  }

  private textOfSegment(node: StringNode, start: number, length: number): string {
    return node.value.slice(start, start + length);
  }

  private checkIntrinsic(node: StringNode, restrictedField: string | undefined): void {
    const value = node.value;
    const substituted = substituteIntrinsicPlaceholders(value);
    if (substituted === undefined) return;
    let result = this.parseCall(substituted);
    if (result.problems.length) {
      // Jayway filters inside path arguments: parse again with each one masked by an index of the
      // same length (`[000]`), so the rest of the call is still checked with exact offsets.
      const regions = jaywayOnlyRegions(substituted);
      if (regions.length) {
        let masked = substituted;
        for (const region of regions) {
          const length = region.end - region.start;
          if (length >= 3) masked = masked.slice(0, region.start) + '[' + '0'.repeat(length - 2) + ']' + masked.slice(region.end);
        }
        result = parseIntrinsic(masked);
      }
    }
    const syntaxProblems = result.problems.filter((problem) => !problem.code && !problem.message.startsWith('Unexpected "[" after "."'));
    const firstSyntaxProblem = earliest(syntaxProblems);
    for (const problem of result.problems) {
      if (!problem.code && problem !== firstSyntaxProblem) continue;
      const code =
        problem.code === 'unknown-function'
          ? 'intrinsic/unknown-function'
          : problem.code === 'argument-count'
            ? 'intrinsic/argument-count'
            : problem.code === 'argument-type'
              ? 'intrinsic/argument-type'
              : problem.code === 'argument-value'
                ? 'intrinsic/argument-value'
                : 'intrinsic/syntax';
      let message = problem.message;
      if (code === 'intrinsic/unknown-function')
        message += `. The intrinsic functions are States.Format, States.StringToJson, States.JsonToString, States.Array, States.ArrayPartition, States.ArrayContains, States.ArrayRange, States.ArrayGetItem, States.ArrayLength, States.ArrayUnique, States.Base64Encode, States.Base64Decode, States.Hash, States.JsonMerge, States.MathRandom, States.MathAdd, States.StringSplit and States.UUID`;
      else if (code === 'intrinsic/syntax') message = `Invalid intrinsic function call: ${message}`;
      this.reporter.reportAt(
        node,
        ...clampToValue(problem, substituted.length),
        code,
        code === 'intrinsic/argument-value' ? 'warning' : 'error',
        `${message}.`,
      );
    }
    const call = result.ast;
    if (!call) return;
    if (
      restrictedField &&
      !ERROR_CAUSE_INTRINSICS.has(call.name) &&
      result.problems.every((problem) => problem.code !== 'unknown-function')
    ) {
      this.reporter.reportAt(
        node,
        call.nameOffset,
        call.nameLength,
        'intrinsic/not-allowed-here',
        'error',
        `${restrictedField} accepts only intrinsic functions that return a string: ${[...ERROR_CAUSE_INTRINSICS].join(', ')}. Wrap the value, e.g. States.JsonToString(...) or States.Format('{}', ...).`,
      );
    }
    this.checkCall(node, call, 0);
  }

  private checkCall(node: StringNode, call: IntrinsicCall, depth: number): void {
    if (depth > 100) return;
    if (call.name === 'States.Format') this.checkFormat(node, call);
    else this.checkLiteralValues(node, call);
    for (const argument of call.args) this.checkArgument(node, argument, depth);
  }

  /**
   * Literal arguments whose value always makes the call fail (AWS developer guide, "Intrinsic
   * functions": ArrayRange's 1000-item limit and non-zero step, ArrayPartition's positive chunk
   * size, ArrayGetItem's index, JsonMerge's shallow-only mode, and literal text StringToJson or
   * Base64Decode cannot decode).
   */
  private checkLiteralValues(node: StringNode, call: IntrinsicCall): void {
    const number = (index: number): number | undefined => {
      const argument = call.args[index];
      return argument?.kind === 'number' ? argument.value : undefined;
    };
    const fail = (index: number, message: string): void => {
      const argument = call.args[index]!;
      // Step Functions accepts the definition; the call fails when the state runs.
      this.reporter.reportAt(node, argument.offset, argument.length, 'intrinsic/argument-value', 'warning', message);
    };
    switch (call.name) {
      case 'States.ArrayRange': {
        const [start, end, step] = [number(0), number(1), number(2)];
        if (step === 0) fail(2, 'States.ArrayRange needs a step other than 0.');
        else if (start !== undefined && end !== undefined && step !== undefined && Math.floor((end - start) / step) + 1 > 1000) {
          fail(
            1,
            `States.ArrayRange(${start}, ${end}, ${step}) would make ${Math.floor((end - start) / step) + 1} items, but the limit is 1000.`,
          );
        }
        return;
      }
      case 'States.ArrayPartition': {
        const size = number(1);
        if (size !== undefined && size <= 0) fail(1, 'States.ArrayPartition needs a chunk size greater than 0.');
        return;
      }
      case 'States.ArrayGetItem': {
        const index = number(1);
        if (index !== undefined && index < 0)
          fail(1, 'States.ArrayGetItem needs an index of 0 or more (negative indexes are not supported).');
        return;
      }
      case 'States.JsonMerge': {
        const deep = call.args[2];
        if (deep?.kind === 'boolean' && deep.value)
          fail(2, 'States.JsonMerge supports only a shallow merge: pass false as the third argument.');
        return;
      }
      case 'States.StringToJson': {
        const text = call.args[0];
        if (text?.kind === 'string' && text.value.trim() !== '') {
          try {
            JSON.parse(text.value);
          } catch {
            fail(0, 'States.StringToJson fails on this text: it is not valid JSON.');
          }
        }
        return;
      }
      case 'States.Base64Decode': {
        const text = call.args[0];
        if (text?.kind === 'string' && !/^[A-Za-z0-9+/]*={0,2}$/.test(text.value))
          fail(0, 'States.Base64Decode fails on this text: it is not base64 (A-Z, a-z, 0-9, +, / and = padding).');
        return;
      }
    }
  }

  private checkArgument(node: StringNode, argument: IntrinsicArgument, depth: number): void {
    if (argument.kind === 'call') this.checkCall(node, argument, depth + 1);
    else if (argument.kind === 'path') this.checkPathAst(node, argument.path, 0);
  }

  /** States.Format fails at run time when the `{}` placeholders and the arguments do not pair up. */
  private checkFormat(node: StringNode, call: IntrinsicCall): void {
    const template = call.args[0];
    if (template?.kind !== 'string') return;
    let placeholders = 0;
    const raw = template.raw;
    for (let index = 0; index < raw.length; index++) {
      if (raw[index] === '\\') index++;
      else if (raw[index] === '{' && raw[index + 1] === '}') {
        placeholders++;
        index++;
      }
    }
    const values = call.args.length - 1;
    if (placeholders !== values) {
      this.reporter.reportAt(
        node,
        call.offset,
        call.length,
        'intrinsic/format-arguments',
        'error',
        `States.Format has ${placeholders} "{}" placeholder${placeholders === 1 ? '' : 's'} but ${values} value${values === 1 ? '' : 's'} to put in them; give one value per "{}" (write "\\\\{" for a literal brace).`,
      );
    }
  }
}

/**
 * Runs a recursive parser; an expression nested so deeply that it exhausts the stack becomes a
 * problem of its own instead of ending the whole check.
 */
function guardDepth<T>(parse: () => T, tooDeepResult: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError) return tooDeepResult();
    throw error;
  }
}

function tooDeep(text: string): { message: string; offset: number; length: number } {
  return { message: 'the expression is nested too deeply to be checked', offset: 0, length: Math.max(1, text.length) };
}

function earliest<T extends { offset: number }>(problems: T[]): T | undefined {
  let first: T | undefined;
  for (const problem of problems) if (!first || problem.offset < first.offset) first = problem;
  return first;
}

/** A problem "at the end" of an expression is shown on its last character, inside the string. */
function clampToValue(problem: { offset: number; length: number }, valueLength: number): [number, number] {
  if (valueLength === 0) return [0, 0];
  const offset = Math.min(problem.offset, valueLength - 1);
  return [offset, Math.max(1, Math.min(problem.length, valueLength - offset))];
}
