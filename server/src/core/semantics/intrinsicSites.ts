/**
 * The intrinsic function checks of the expression analysis (expressionSites.ts): the call's syntax,
 * function names, argument counts, types and literal values, States.Format's placeholders, and the
 * fields that take only some functions. Path arguments are checked by the JSONPath checks the
 * analysis hands in; every finding goes through the one SiteReporter.
 */
import type { StringNode } from '../syntax/tree';
import type { JsonPathAst } from '../expressions/jsonpath';
import { parseIntrinsic, type IntrinsicArgument, type IntrinsicCall, type IntrinsicParseResult } from '../expressions/intrinsics';
import { substituteIntrinsicPlaceholders } from '../validation/placeholders';
import { clampToValue, earliest, guardDepth, jaywayOnlyRegions, tooDeep } from './siteShared';
import type { SiteReporter } from './siteReporter';
import { SHARED_CACHE_LIMIT, SharedCache } from './sharedCache';

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

/** The parse of each intrinsic call text, shared by every analysis (sharedCache.ts). */
const intrinsicCache = new SharedCache<string, IntrinsicParseResult>(SHARED_CACHE_LIMIT);

export class IntrinsicSiteChecks {
  constructor(
    private readonly reporter: SiteReporter,
    private readonly checkPathAst: (node: StringNode, ast: JsonPathAst, base: number) => void,
  ) {}

  /** Checks an intrinsic function call in a string value; `restrictedField` names a field that takes only some (ErrorPath, CausePath). */
  check(node: StringNode, restrictedField: string | undefined): void {
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

  private parseCall(text: string): IntrinsicParseResult {
    let result = intrinsicCache.get(text);
    if (!result) {
      result = guardDepth(
        () => parseIntrinsic(text),
        () => ({ problems: [tooDeep(text)] }),
      );
      intrinsicCache.set(text, result);
    }
    return result;
  }
}
