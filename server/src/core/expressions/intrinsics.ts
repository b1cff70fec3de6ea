/**
 * Intrinsic functions (`States.Format(...)` etc.): a parser that never throws, a table of
 * signatures shared with the validator, and an evaluator.
 *
 * AST shape (offsets relative to the start of the parsed string):
 *
 *   IntrinsicCall { kind: 'call', name ('States.Format'), nameOffset, nameLength, args, offset, length }
 *   IntrinsicArgument =
 *       IntrinsicCall
 *     | { kind: 'string', value, raw, offset, length }   'text' (raw keeps escapes, for Format's \{ \})
 *     | { kind: 'number', value, offset, length }
 *     | { kind: 'boolean', value, offset, length }
 *     | { kind: 'null', offset, length }
 *     | { kind: 'path', path: JsonPathAst, offset, length }   $.a  $$.Execution.Id  $var.x
 *
 * `parseIntrinsic` reports syntax problems, unknown function names, argument counts and literal
 * argument types (from INTRINSIC_SIGNATURES), each with an exact range.
 */
import { type ExpressionProblem, type JsonPathAst, MAX_EXPRESSION_NESTING, parseJsonPath } from './jsonpath';
import { evaluateJsonPath, type JsonPathRoots } from './jsonpathEvaluator';

export type IntrinsicArgType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'any';

export interface IntrinsicSignature {
  name: string;
  minArgs: number;
  /** `Infinity` for variadic functions. */
  maxArgs: number;
  /** Type of each positional argument; the last one repeats for variadic functions. */
  argTypes: IntrinsicArgType[];
}

/** The 18 intrinsic functions of Amazon States Language. */
export const INTRINSIC_SIGNATURES: Readonly<Record<string, IntrinsicSignature>> = Object.freeze(
  Object.fromEntries(
    (
      [
        ['States.Format', 1, Infinity, ['string', 'any']],
        ['States.StringToJson', 1, 1, ['string']],
        ['States.JsonToString', 1, 1, ['any']],
        ['States.Array', 0, Infinity, ['any']],
        ['States.ArrayPartition', 2, 2, ['array', 'integer']],
        ['States.ArrayContains', 2, 2, ['array', 'any']],
        ['States.ArrayRange', 3, 3, ['integer', 'integer', 'integer']],
        ['States.ArrayGetItem', 2, 2, ['array', 'integer']],
        ['States.ArrayLength', 1, 1, ['array']],
        ['States.ArrayUnique', 1, 1, ['array']],
        ['States.Base64Encode', 1, 1, ['string']],
        ['States.Base64Decode', 1, 1, ['string']],
        ['States.Hash', 2, 2, ['any', 'string']],
        ['States.JsonMerge', 3, 3, ['object', 'object', 'boolean']],
        ['States.MathRandom', 2, 3, ['integer', 'integer', 'integer']],
        ['States.MathAdd', 2, 2, ['number', 'number']],
        ['States.StringSplit', 2, 2, ['string', 'string']],
        ['States.UUID', 0, 0, []],
      ] as const
    ).map(([name, minArgs, maxArgs, argTypes]) => [name, { name, minArgs, maxArgs, argTypes: [...argTypes] }]),
  ),
);

export const HASH_ALGORITHMS = ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'] as const;

export interface IntrinsicCall {
  kind: 'call';
  name: string;
  nameOffset: number;
  nameLength: number;
  args: IntrinsicArgument[];
  offset: number;
  length: number;
}

export type IntrinsicArgument =
  | IntrinsicCall
  | { kind: 'string'; value: string; raw: string; offset: number; length: number }
  | { kind: 'number'; value: number; offset: number; length: number }
  | { kind: 'boolean'; value: boolean; offset: number; length: number }
  | { kind: 'null'; offset: number; length: number }
  | { kind: 'path'; path: JsonPathAst; offset: number; length: number };

export interface IntrinsicParseResult {
  ast?: IntrinsicCall;
  problems: ExpressionProblem[];
}

/** True when a `.$` string value is an intrinsic call rather than a path. */
export function looksLikeIntrinsic(text: string): boolean {
  return /^\s*States\.[A-Za-z0-9]*\s*\(/.test(text);
}

/** Parses an intrinsic function call. Never throws. */
export function parseIntrinsic(text: string): IntrinsicParseResult {
  const parser = new IntrinsicParser(text);
  const ast = parser.parseCall();
  if (ast) {
    parser.skipSpaces();
    if (parser.pos < text.length) parser.problem('Unexpected text after the intrinsic function call', parser.pos, text.length - parser.pos);
  }
  const result: IntrinsicParseResult = { problems: parser.problems };
  if (ast) result.ast = ast;
  return result;
}

class IntrinsicParser {
  pos = 0;
  problems: ExpressionProblem[] = [];
  private depth = 0;
  constructor(private readonly text: string) {}

  problem(message: string, offset: number, length = 1, code?: ExpressionProblem['code']): void {
    const problem: ExpressionProblem = { message, offset, length: Math.max(1, length) };
    if (code) problem.code = code;
    this.problems.push(problem);
  }

  skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  parseCall(): IntrinsicCall | undefined {
    if (this.depth >= MAX_EXPRESSION_NESTING) {
      this.problem('Intrinsic functions are nested too deeply', this.pos, Math.max(1, this.text.length - this.pos));
      this.pos = this.text.length;
      return undefined;
    }
    this.depth++;
    try {
      return this.parseCallNested();
    } finally {
      this.depth--;
    }
  }

  private parseCallNested(): IntrinsicCall | undefined {
    this.skipSpaces();
    const start = this.pos;
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.text.slice(this.pos));
    if (!m) {
      this.problem('Expected an intrinsic function name like States.Format', this.pos, 1);
      return undefined;
    }
    const name = m[0];
    this.pos += name.length;
    this.skipSpaces();
    if (this.text[this.pos] !== '(') {
      this.problem(`Expected "(" after ${name}`, this.pos, 1);
      return undefined;
    }
    this.pos++;
    const args: IntrinsicArgument[] = [];
    this.skipSpaces();
    if (this.text[this.pos] === ')') {
      this.pos++;
    } else {
      for (;;) {
        const arg = this.parseArgument();
        if (!arg) return undefined;
        args.push(arg);
        this.skipSpaces();
        const c = this.text[this.pos];
        if (c === ',') {
          this.pos++;
          continue;
        }
        if (c === ')') {
          this.pos++;
          break;
        }
        if (c === undefined) this.problem(`Missing ")" to close ${name}(`, start, this.pos - start);
        else this.problem(`Expected "," or ")" in the arguments of ${name}`, this.pos, 1);
        return undefined;
      }
    }
    const call: IntrinsicCall = {
      kind: 'call',
      name,
      nameOffset: start,
      nameLength: name.length,
      args,
      offset: start,
      length: this.pos - start,
    };
    this.checkSignature(call);
    return call;
  }

  private checkSignature(call: IntrinsicCall): void {
    const signature = INTRINSIC_SIGNATURES[call.name];
    if (!signature) {
      this.problem(`Unknown intrinsic function "${call.name}"`, call.nameOffset, call.nameLength, 'unknown-function');
      return;
    }
    const count = call.args.length;
    if (count < signature.minArgs || count > signature.maxArgs) {
      const expected =
        signature.maxArgs === Infinity
          ? `at least ${signature.minArgs}`
          : signature.minArgs === signature.maxArgs
            ? `${signature.minArgs}`
            : `${signature.minArgs} to ${signature.maxArgs}`;
      this.problem(
        `${call.name} takes ${expected} argument${expected === '1' ? '' : 's'} but got ${count}`,
        call.offset,
        call.length,
        'argument-count',
      );
    }
    call.args.forEach((arg, index) => {
      const expected = signature.argTypes[Math.min(index, signature.argTypes.length - 1)];
      if (!expected || expected === 'any') return;
      const actual = literalType(arg);
      if (actual && !typeAccepts(expected, actual, arg)) {
        this.problem(
          `Argument ${index + 1} of ${call.name} must be ${describeType(expected)}, not ${actual}`,
          arg.offset,
          arg.length,
          'argument-type',
        );
      }
    });
    if (call.name === 'States.Hash') {
      const algorithm = call.args[1];
      if (algorithm?.kind === 'string' && !(HASH_ALGORITHMS as readonly string[]).includes(algorithm.value)) {
        this.problem(
          `Unknown hash algorithm "${algorithm.value}"; use one of ${HASH_ALGORITHMS.join(', ')}`,
          algorithm.offset,
          algorithm.length,
          'argument-value',
        );
      }
    }
  }

  private parseArgument(): IntrinsicArgument | undefined {
    this.skipSpaces();
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === undefined) {
      this.problem('Expected an argument', this.pos, 1);
      return undefined;
    }
    if (c === "'") {
      this.pos++;
      let value = '';
      while (this.pos < this.text.length && this.text[this.pos] !== "'") {
        if (this.text[this.pos] === '\\' && this.pos + 1 < this.text.length) {
          value += this.text[this.pos + 1];
          this.pos += 2;
        } else {
          value += this.text[this.pos++];
        }
      }
      if (this.text[this.pos] !== "'") {
        this.problem('Unterminated string literal', start, this.pos - start);
        return undefined;
      }
      this.pos++;
      return { kind: 'string', value, raw: this.text.slice(start + 1, this.pos - 1), offset: start, length: this.pos - start };
    }
    if (c === '$') {
      const result = parseJsonPath(this.text, { start: this.pos, embedded: true });
      this.problems.push(...result.problems);
      this.pos = result.end;
      if (!result.ast) return undefined;
      return { kind: 'path', path: result.ast, offset: start, length: this.pos - start };
    }
    const num = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (num) {
      this.pos += num[0].length;
      return { kind: 'number', value: Number(num[0]), offset: start, length: num[0].length };
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.text.slice(this.pos));
    if (word) {
      const after = this.text.slice(this.pos + word[0].length).trimStart();
      if (after.startsWith('(')) return this.parseCall();
      this.pos += word[0].length;
      if (word[0] === 'true' || word[0] === 'false')
        return { kind: 'boolean', value: word[0] === 'true', offset: start, length: word[0].length };
      if (word[0] === 'null') return { kind: 'null', offset: start, length: 4 };
      this.problem(`Unexpected "${word[0]}": strings must be quoted with single quotes`, start, word[0].length);
      return undefined;
    }
    this.problem(`Unexpected character "${c}"`, this.pos, 1);
    return undefined;
  }
}

function literalType(arg: IntrinsicArgument): string | undefined {
  switch (arg.kind) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'call':
      return arg.name === 'States.Array' ||
        arg.name === 'States.ArrayPartition' ||
        arg.name === 'States.ArrayRange' ||
        arg.name === 'States.StringSplit' ||
        arg.name === 'States.ArrayUnique'
        ? 'array'
        : arg.name === 'States.Format' ||
            arg.name === 'States.JsonToString' ||
            arg.name === 'States.Base64Encode' ||
            arg.name === 'States.Base64Decode' ||
            arg.name === 'States.Hash' ||
            arg.name === 'States.UUID'
          ? 'string'
          : arg.name === 'States.MathAdd' || arg.name === 'States.MathRandom' || arg.name === 'States.ArrayLength'
            ? 'number'
            : undefined;
    default:
      return undefined;
  }
}

function typeAccepts(expected: IntrinsicArgType, actual: string, arg: IntrinsicArgument): boolean {
  if (expected === 'integer') return actual === 'number' && (arg.kind !== 'number' || Number.isInteger(arg.value));
  return expected === actual;
}

function describeType(type: IntrinsicArgType): string {
  return type === 'integer' ? 'an integer' : type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/** Services an intrinsic evaluation needs from outside the pure core. */
export interface IntrinsicPorts {
  /** Hex digest of UTF-8 `data` with an algorithm from HASH_ALGORITHMS. */
  hash?: (algorithm: string, data: string) => string;
  /** A random float in [0, 1); `seed` is given when the caller passed one to MathRandom. */
  random?: (seed?: number) => number;
  uuid?: () => string;
}

/** An error raised while evaluating an intrinsic: AWS reports it as States.IntrinsicFailure. */
export class IntrinsicError extends Error {
  constructor(
    message: string,
    public readonly errorName = 'States.IntrinsicFailure',
  ) {
    super(message);
  }
}

/** An argument path that matched nothing: AWS reports it as States.Runtime. */
export class IntrinsicPathError extends Error {
  constructor(
    public readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => jsonEqual(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Encode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += BASE64[a >> 2]! + BASE64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : BASE64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : BASE64[c & 63]!;
  }
  return out;
}

function base64Decode(text: string): string {
  const clean = text.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean)) throw new IntrinsicError('Invalid base64 input');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    buffer = (buffer << 6) | BASE64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** States.Format renders non-string arguments as Java's toString would: {a=1, b=[x, y]}. */
function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}=${formatValue(v)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** JSON.parse without negative zero (JSON has no -0 in AWS's output). */
export function parseJsonValue(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => (Object.is(value, -0) ? 0 : value));
}

/** Evaluates a parsed intrinsic call. Throws IntrinsicError / IntrinsicPathError on failure. */
export function evaluateIntrinsic(call: IntrinsicCall, roots: JsonPathRoots, ports: IntrinsicPorts = {}): unknown {
  const args = call.args.map((arg) => evaluateArgument(arg, roots, ports));
  // The hottest call in loops; kept free of per-call closures.
  if (call.name === 'States.MathAdd' && args.length === 2 && typeof args[0] === 'number' && typeof args[1] === 'number') {
    // AWS rounds each operand half up (like Java's Math.round) before adding.
    return Math.round(args[0]) + Math.round(args[1]) || 0;
  }
  return evaluateGeneral(call, args, ports);
}

function fail(message: string): never {
  throw new IntrinsicError(message);
}

function evaluateGeneral(call: IntrinsicCall, args: unknown[], ports: IntrinsicPorts): unknown {
  const needArray = (i: number): unknown[] =>
    Array.isArray(args[i]) ? (args[i] as unknown[]) : fail(`${call.name}: argument ${i + 1} must be an array but was ${typeName(args[i])}`);
  const needNumber = (i: number): number =>
    typeof args[i] === 'number'
      ? (args[i] as number)
      : fail(`${call.name}: argument ${i + 1} must be a number but was ${typeName(args[i])}`);
  const needInteger = (i: number): number => {
    const n = needNumber(i);
    return Number.isInteger(n) ? n : fail(`${call.name}: argument ${i + 1} must be an integer but was ${n}`);
  };
  const needString = (i: number): string =>
    typeof args[i] === 'string'
      ? (args[i] as string)
      : fail(`${call.name}: argument ${i + 1} must be a string but was ${typeName(args[i])}`);
  const signature = INTRINSIC_SIGNATURES[call.name];
  if (!signature) fail(`Unknown intrinsic function ${call.name}`);
  if (args.length < signature!.minArgs || args.length > signature!.maxArgs)
    fail(`${call.name}: wrong number of arguments (${args.length})`);

  switch (call.name) {
    case 'States.Format': {
      const template = call.args[0]!;
      const raw = template.kind === 'string' ? template.raw : needString(0);
      let out = '';
      let next = 1;
      for (let i = 0; i < raw.length; i++) {
        const ch = raw[i]!;
        if (ch === '\\' && i + 1 < raw.length) {
          out += raw[++i];
        } else if (ch === '{' && raw[i + 1] === '}') {
          if (next >= args.length) fail('States.Format: the number of arguments does not match the number of {} placeholders');
          out += formatValue(args[next++]);
          i++;
        } else {
          out += ch;
        }
      }
      if (next !== args.length) fail('States.Format: the number of arguments does not match the number of {} placeholders');
      return out;
    }
    case 'States.StringToJson': {
      const text = needString(0);
      // AWS's parser yields null for blank input rather than failing.
      if (text.trim() === '') return null;
      try {
        return parseJsonValue(text);
      } catch {
        return fail(`States.StringToJson: the argument is not valid JSON: ${text}`);
      }
    }
    case 'States.JsonToString':
      return JSON.stringify(args[0]);
    case 'States.Array':
      return args;
    case 'States.ArrayPartition': {
      const array = needArray(0);
      const size = needInteger(1);
      if (size <= 0) fail('States.ArrayPartition: the chunk size must be greater than 0');
      const out: unknown[][] = [];
      for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size));
      return out;
    }
    case 'States.ArrayContains': {
      const array = needArray(0);
      return array.some((item) => jsonEqual(item, args[1]));
    }
    case 'States.ArrayRange': {
      const start = needInteger(0);
      const end = needInteger(1);
      const step = needInteger(2);
      if (step === 0) fail('States.ArrayRange: the step must not be 0');
      const out: number[] = [];
      for (let v = start; step > 0 ? v <= end : v >= end; v += step) {
        out.push(v);
        if (out.length > 1000) fail('States.ArrayRange: the result may not have more than 1000 items');
      }
      return out;
    }
    case 'States.ArrayGetItem': {
      const array = needArray(0);
      const index = needInteger(1);
      if (index < 0 || index >= array.length) fail(`States.ArrayGetItem: index ${index} is out of bounds`);
      return array[index];
    }
    case 'States.ArrayLength':
      return needArray(0).length;
    case 'States.ArrayUnique': {
      const out: unknown[] = [];
      for (const item of needArray(0)) if (!out.some((seen) => jsonEqual(seen, item))) out.push(item);
      return out;
    }
    case 'States.Base64Encode':
      return base64Encode(needString(0));
    case 'States.Base64Decode':
      return base64Decode(needString(0));
    case 'States.Hash': {
      const algorithm = needString(1);
      if (!(HASH_ALGORITHMS as readonly string[]).includes(algorithm)) fail(`States.Hash: unsupported algorithm ${algorithm}`);
      if (!ports.hash) fail('States.Hash: no hash function was supplied to the interpreter');
      const data = typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0]);
      return ports.hash!(algorithm, data);
    }
    case 'States.JsonMerge': {
      const [a, b, deep] = args;
      if (typeName(a) !== 'object' || typeName(b) !== 'object') fail('States.JsonMerge: both arguments must be objects');
      if (deep !== false) fail('States.JsonMerge: only shallow merges (false) are supported');
      return { ...(a as object), ...(b as object) };
    }
    case 'States.MathRandom': {
      const start = needInteger(0);
      const end = needInteger(1);
      const seed = args.length > 2 ? needInteger(2) : undefined;
      if (!ports.random) fail('States.MathRandom: no random function was supplied to the interpreter');
      const random = ports.random!(seed);
      return start + Math.floor(random * (end - start));
    }
    case 'States.MathAdd':
      // AWS rounds each operand half up (like Java's Math.round) before adding.
      return Math.round(needNumber(0)) + Math.round(needNumber(1)) || 0;
    case 'States.StringSplit': {
      const text = needString(0);
      const delimiters = needString(1);
      const parts: string[] = [];
      let current = '';
      for (const ch of text) {
        if (delimiters.includes(ch)) {
          if (current) parts.push(current);
          current = '';
        } else current += ch;
      }
      if (current) parts.push(current);
      return parts;
    }
    case 'States.UUID':
      if (!ports.uuid) fail('States.UUID: no UUID function was supplied to the interpreter');
      return ports.uuid!();
  }
  return fail(`Unknown intrinsic function ${call.name}`);
}

function evaluateArgument(arg: IntrinsicArgument, roots: JsonPathRoots, ports: IntrinsicPorts): unknown {
  switch (arg.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return arg.value;
    case 'null':
      return null;
    case 'call':
      return evaluateIntrinsic(arg, roots, ports);
    case 'path': {
      const result = evaluateJsonPath(arg.path, roots);
      if (!result.found) throw new IntrinsicPathError(arg.path.text, `The JsonPath argument ${arg.path.text} could not be found`);
      return result.value;
    }
  }
}
