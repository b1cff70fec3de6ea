/**
 * JSONPath as AWS Step Functions understands it (Jayway flavour): the syntax tree and a parser that
 * never throws. The evaluator over the tree is jsonpathEvaluator.ts.
 *
 * AST shape (all offsets are relative to the start of the expression string that was parsed):
 *
 *   JsonPathAst   { root: 'input' ($) | 'context' ($$) | 'variable' ($name), variable?, segments,
 *                   definite, offset, length, text }
 *   JsonPathSegment (each has `deep` = reached through `..`, plus offset/length):
 *     property  { names: string[] }        .a  ['a']  ['a','b']
 *     wildcard  {}                         .*  [*]
 *     index     { indices: number[] }      [0]  [-1]  [0,2]
 *     slice     { start?, end?, step? }    [1:3]  [:2]  [-2:]
 *     filter    { filter: FilterExpression }  [?(@.x > 1 && @.y)]
 *     function  { name }                   .length()  (Jayway path functions; only at the end)
 *   FilterExpression:
 *     { kind: 'or' | 'and', left, right } | { kind: 'not', operand }
 *     | { kind: 'compare', op, left: FilterOperand, right: FilterOperand }
 *     | { kind: 'exists', operand: FilterOperand }
 *   FilterOperand: { kind: 'path', relative: boolean (@ vs $), path: JsonPathAst }
 *                | { kind: 'literal', value } | { kind: 'regex', source, flags }
 *
 * A path is "definite" when it can only ever select one value (no wildcard, filter, slice, deep
 * scan or multi-index/multi-name); an indefinite path always evaluates to an array of matches.
 *
 * Problems are reported as { message, offset, length }; parsing never throws.
 */

export interface ExpressionProblem {
  message: string;
  offset: number;
  length: number;
  /**
   * What kind of problem, for problems a validator reports under their own stable code
   * (intrinsic signature checks set it; syntax problems leave it out).
   */
  code?: 'unknown-function' | 'argument-count' | 'argument-type' | 'argument-value';
}

export type JsonPathRootKind = 'input' | 'context' | 'variable';

export interface JsonPathAst {
  root: JsonPathRootKind;
  /** Name of the variable for root 'variable' ($name), without the `$`. */
  variable?: string;
  segments: JsonPathSegment[];
  definite: boolean;
  offset: number;
  length: number;
  /** The exact source text of the path. */
  text: string;
}

interface SegmentBase {
  deep: boolean;
  offset: number;
  length: number;
}

export type JsonPathSegment =
  | (SegmentBase & { kind: 'property'; names: string[] })
  | (SegmentBase & { kind: 'wildcard' })
  | (SegmentBase & { kind: 'index'; indices: number[] })
  | (SegmentBase & { kind: 'slice'; start?: number; end?: number; step?: number })
  | (SegmentBase & { kind: 'filter'; filter: FilterExpression })
  | (SegmentBase & { kind: 'function'; name: string });

export type FilterCompareOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~' | 'in' | 'nin';

export type FilterExpression =
  | { kind: 'or' | 'and'; left: FilterExpression; right: FilterExpression; offset: number; length: number }
  | { kind: 'not'; operand: FilterExpression; offset: number; length: number }
  | { kind: 'compare'; op: FilterCompareOperator; left: FilterOperand; right: FilterOperand; offset: number; length: number }
  | { kind: 'exists'; operand: FilterOperand; offset: number; length: number };

export type FilterOperand =
  | { kind: 'path'; relative: boolean; path: JsonPathAst; offset: number; length: number }
  | { kind: 'literal'; value: unknown; offset: number; length: number }
  | { kind: 'regex'; source: string; flags: string; offset: number; length: number };

export interface JsonPathParseResult {
  /** Undefined only when the text does not start like a path at all. */
  ast?: JsonPathAst;
  problems: ExpressionProblem[];
  /** Offset just after the last character consumed (useful when parsing inside a larger string). */
  end: number;
}

export interface JsonPathParseOptions {
  /** Where in `text` to start (default 0). Offsets in the result stay relative to `text`. */
  start?: number;
  /** Stop at a top-level `,` or `)` instead of reporting it (paths inside intrinsic arguments). */
  embedded?: boolean;
  /** Accept `$name` variable roots (default true). */
  allowVariables?: boolean;
}

/** Deeper nesting than this is reported as a problem instead of risking the call stack. */
export const MAX_EXPRESSION_NESTING = 64;

const PATH_FUNCTIONS = new Set(['length', 'size', 'min', 'max', 'avg', 'stddev', 'sum', 'keys', 'first', 'last', 'concat', 'append']);

function isNameStart(ch: string): boolean {
  return /[A-Za-z_]/.test(ch);
}

/** Parses a JSONPath expression (`$...`, `$$...` or `$var...`). Never throws. */
export function parseJsonPath(text: string, options: JsonPathParseOptions = {}): JsonPathParseResult {
  const parser = new PathParser(text, options.start ?? 0, options.embedded ?? false, options.allowVariables ?? true);
  return parser.parsePath();
}

class PathParser {
  problems: ExpressionProblem[] = [];
  constructor(
    private readonly text: string,
    public pos: number,
    private readonly embedded: boolean,
    private readonly allowVariables: boolean,
    private depth = 0,
  ) {}

  /** Enters one level of nesting; false (with a problem) when that is too deep. */
  private nest(): boolean {
    if (++this.depth <= MAX_EXPRESSION_NESTING) return true;
    this.problem('The JSONPath filter is nested too deeply', this.pos, Math.max(1, this.text.length - this.pos));
    this.pos = this.text.length;
    return false;
  }

  private problem(message: string, offset: number, length = 1): void {
    this.problems.push({ message, offset, length: Math.max(1, length) });
  }

  private peek(ahead = 0): string {
    return this.text[this.pos + ahead] ?? '';
  }

  private skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  parsePath(relativeRoot = false): JsonPathParseResult {
    const start = this.pos;
    const text = this.text;
    let root: JsonPathRootKind = 'input';
    let variable: string | undefined;
    if (relativeRoot && text[this.pos] === '@') {
      this.pos++;
    } else if (text[this.pos] !== '$') {
      this.problem('A JSONPath must start with "$"', this.pos, 1);
      return { problems: this.problems, end: this.pos };
    } else if (text[this.pos + 1] === '$') {
      root = 'context';
      this.pos += 2;
    } else {
      this.pos++;
      if (isNameStart(this.peek())) {
        const nameStart = this.pos;
        while (this.pos < text.length && /[A-Za-z0-9_]/.test(text[this.pos]!)) this.pos++;
        variable = text.slice(nameStart, this.pos);
        root = 'variable';
        if (!this.allowVariables) this.problem('Variables ($name) are not allowed here', start, this.pos - start);
      }
    }
    const segments: JsonPathSegment[] = [];
    let definite = true;
    while (this.pos < text.length) {
      const ch = text[this.pos]!;
      if (this.embedded && (ch === ',' || ch === ')' || /\s/.test(ch))) break;
      if (relativeRoot && (ch === ')' || /\s/.test(ch) || '=!<>&|'.includes(ch))) break;
      const segStart = this.pos;
      let deep = false;
      if (ch === '.') {
        if (text[this.pos + 1] === '.') {
          deep = true;
          this.pos += 2;
        } else {
          this.pos += 1;
        }
        const next = this.peek();
        if (next === '[') {
          // `$.[0]` is accepted by Jayway (and used in the wild) as `$[0]`.
          const seg = this.parseBracket(segStart, deep);
          if (!seg) break;
          segments.push(seg);
          continue;
        }
        if (next === '*') {
          this.pos++;
          segments.push({ kind: 'wildcard', deep, offset: segStart, length: this.pos - segStart });
          continue;
        }
        const nameStart = this.pos;
        while (this.pos < text.length) {
          const c = text[this.pos]!;
          if (c === '.' || c === '[' || c === '(' || /\s/.test(c)) break;
          if ((this.embedded || relativeRoot) && (c === ',' || c === ')')) break;
          if (relativeRoot && '=!<>&|'.includes(c)) break;
          this.pos++;
        }
        const name = text.slice(nameStart, this.pos);
        if (!name) {
          this.problem('Expected a property name after "."', segStart, this.pos - segStart + 1);
          break;
        }
        if (this.peek() === '(' && this.peek(1) === ')') {
          this.pos += 2;
          if (!PATH_FUNCTIONS.has(name)) this.problem(`Unknown JSONPath function "${name}()"`, nameStart, this.pos - nameStart);
          segments.push({ kind: 'function', name, deep, offset: segStart, length: this.pos - segStart });
          continue;
        }
        segments.push({ kind: 'property', names: [name], deep, offset: segStart, length: this.pos - segStart });
        continue;
      }
      if (ch === '[') {
        const seg = this.parseBracket(segStart, false);
        if (!seg) break;
        segments.push(seg);
        continue;
      }
      if (/\s/.test(ch) && text.slice(this.pos).trim() === '') {
        // Trailing whitespace is ignored, as AWS does.
        this.pos = text.length;
        break;
      }
      this.problem(`Unexpected character "${ch}" in JSONPath`, this.pos, 1);
      this.pos++;
      // Skip the rest so one mistake yields one problem.
      while (this.pos < text.length && !(this.embedded && (text[this.pos] === ',' || text[this.pos] === ')'))) this.pos++;
      break;
    }
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i]!;
      if (seg.kind === 'function' && i !== segments.length - 1) {
        this.problem('A JSONPath function must be the last segment', seg.offset, seg.length);
      }
      if (seg.deep || seg.kind === 'wildcard' || seg.kind === 'filter' || seg.kind === 'slice') definite = false;
      if (seg.kind === 'index' && seg.indices.length > 1) definite = false;
      if (seg.kind === 'property' && seg.names.length > 1) definite = false;
    }
    const ast: JsonPathAst = {
      root,
      segments,
      definite,
      offset: start,
      length: this.pos - start,
      text: text.slice(start, this.pos),
    };
    if (variable !== undefined) ast.variable = variable;
    return { ast, problems: this.problems, end: this.pos };
  }

  private parseBracket(segStart: number, deep: boolean): JsonPathSegment | undefined {
    const open = this.pos;
    this.pos++; // [
    this.skipSpaces();
    const ch = this.peek();
    let seg: JsonPathSegment | undefined;
    if (ch === '*') {
      this.pos++;
      seg = { kind: 'wildcard', deep, offset: segStart, length: 0 };
    } else if (ch === '?') {
      this.pos++;
      this.skipSpaces();
      if (this.peek() !== '(') {
        this.problem('Expected "(" after "?" in a filter', this.pos, 1);
        return this.recoverBracket(open);
      }
      this.pos++;
      const filter = this.parseFilterOr();
      this.skipSpaces();
      if (this.peek() !== ')') {
        this.problem('Expected ")" to close the filter', this.pos, 1);
        return this.recoverBracket(open);
      }
      this.pos++;
      if (!filter) return this.recoverBracket(open);
      seg = { kind: 'filter', filter, deep, offset: segStart, length: 0 };
    } else if (ch === "'" || ch === '"') {
      const names: string[] = [];
      for (;;) {
        const name = this.parseQuoted();
        if (name === undefined) return this.recoverBracket(open);
        names.push(name);
        this.skipSpaces();
        if (this.peek() === ',') {
          this.pos++;
          this.skipSpaces();
          continue;
        }
        break;
      }
      seg = { kind: 'property', names, deep, offset: segStart, length: 0 };
    } else if (ch === ':' || ch === '-' || /[0-9]/.test(ch)) {
      const first = this.parseInt();
      this.skipSpaces();
      if (this.peek() === ':') {
        this.pos++;
        this.skipSpaces();
        const end = this.parseInt();
        let step: number | undefined;
        this.skipSpaces();
        if (this.peek() === ':') {
          this.pos++;
          step = this.parseInt();
        }
        const slice: JsonPathSegment = { kind: 'slice', deep, offset: segStart, length: 0 };
        if (first !== undefined) slice.start = first;
        if (end !== undefined) slice.end = end;
        if (step !== undefined) slice.step = step;
        seg = slice;
      } else {
        if (first === undefined) {
          this.problem('Expected an array index', this.pos, 1);
          return this.recoverBracket(open);
        }
        const indices = [first];
        while (this.peek() === ',') {
          this.pos++;
          this.skipSpaces();
          const next = this.parseInt();
          if (next === undefined) {
            this.problem('Expected an array index after ","', this.pos, 1);
            return this.recoverBracket(open);
          }
          indices.push(next);
          this.skipSpaces();
        }
        seg = { kind: 'index', indices, deep, offset: segStart, length: 0 };
      }
    } else {
      this.problem('Expected an index, a quoted name, "*" or a filter inside "[...]"', this.pos, 1);
      return this.recoverBracket(open);
    }
    this.skipSpaces();
    if (this.peek() !== ']') {
      this.problem('Expected "]"', this.pos, 1);
      return this.recoverBracket(open);
    }
    this.pos++;
    seg.length = this.pos - segStart;
    return seg;
  }

  private recoverBracket(open: number): undefined {
    const close = this.text.indexOf(']', this.pos);
    this.pos = close < 0 ? this.text.length : close + 1;
    if (close < 0) this.problem('Unclosed "["', open, 1);
    return undefined;
  }

  private parseInt(): number | undefined {
    const start = this.pos;
    if (this.peek() === '-') this.pos++;
    while (/[0-9]/.test(this.peek())) this.pos++;
    const raw = this.text.slice(start, this.pos);
    if (raw === '' || raw === '-') {
      this.pos = start;
      return undefined;
    }
    return Number(raw);
  }

  private parseQuoted(): string | undefined {
    const quote = this.peek();
    const start = this.pos;
    this.pos++;
    let out = '';
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (c === '\\') {
        // Jayway unescapes only the quote character; other backslashes stay as written.
        const n = this.text[this.pos + 1];
        if (n === undefined) break;
        out += n === quote ? n : c + n;
        this.pos += 2;
        continue;
      }
      if (c === quote) {
        this.pos++;
        return out;
      }
      out += c;
      this.pos++;
    }
    this.problem('Unterminated quoted name', start, this.pos - start);
    return undefined;
  }

  private parseFilterOr(): FilterExpression | undefined {
    const start = this.pos;
    let left = this.parseFilterAnd();
    for (;;) {
      this.skipSpaces();
      if (!left || !(this.peek() === '|' && this.peek(1) === '|')) return left;
      this.pos += 2;
      const right = this.parseFilterAnd();
      if (!right) return undefined;
      left = { kind: 'or', left, right, offset: start, length: this.pos - start };
    }
  }

  private parseFilterAnd(): FilterExpression | undefined {
    const start = this.pos;
    let left = this.parseFilterUnary();
    for (;;) {
      this.skipSpaces();
      if (!left || !(this.peek() === '&' && this.peek(1) === '&')) return left;
      this.pos += 2;
      const right = this.parseFilterUnary();
      if (!right) return undefined;
      left = { kind: 'and', left, right, offset: start, length: this.pos - start };
    }
  }

  private parseFilterUnary(): FilterExpression | undefined {
    if (!this.nest()) return undefined;
    try {
      return this.parseFilterUnaryNested();
    } finally {
      this.depth--;
    }
  }

  private parseFilterUnaryNested(): FilterExpression | undefined {
    this.skipSpaces();
    const start = this.pos;
    if (this.peek() === '!' && this.peek(1) !== '=') {
      this.pos++;
      const operand = this.parseFilterUnary();
      if (!operand) return undefined;
      return { kind: 'not', operand, offset: start, length: this.pos - start };
    }
    if (this.peek() === '(') {
      this.pos++;
      const inner = this.parseFilterOr();
      this.skipSpaces();
      if (this.peek() !== ')') {
        this.problem('Expected ")"', this.pos, 1);
        return undefined;
      }
      this.pos++;
      return inner;
    }
    const left = this.parseOperand();
    if (!left) return undefined;
    this.skipSpaces();
    const op = this.parseCompareOperator();
    if (!op) return { kind: 'exists', operand: left, offset: start, length: this.pos - start };
    this.skipSpaces();
    const right = this.parseOperand();
    if (!right) return undefined;
    return { kind: 'compare', op, left, right, offset: start, length: this.pos - start };
  }

  private parseCompareOperator(): FilterCompareOperator | undefined {
    for (const op of ['==', '!=', '<=', '>=', '=~', '<', '>'] as const) {
      if (this.text.startsWith(op, this.pos)) {
        this.pos += op.length;
        return op;
      }
    }
    for (const op of ['nin', 'in'] as const) {
      if (this.text.startsWith(op, this.pos) && /\s/.test(this.text[this.pos + op.length] ?? '')) {
        this.pos += op.length;
        return op;
      }
    }
    return undefined;
  }

  private parseOperand(): FilterOperand | undefined {
    this.skipSpaces();
    const start = this.pos;
    const ch = this.peek();
    if (ch === '@' || ch === '$') {
      const sub = new PathParser(this.text, this.pos, false, this.allowVariables, this.depth + 1);
      const result = sub.parseFilterPath();
      this.problems.push(...result.problems);
      this.pos = result.end;
      if (!result.ast) return undefined;
      return { kind: 'path', relative: ch === '@', path: result.ast, offset: start, length: this.pos - start };
    }
    if (ch === "'" || ch === '"') {
      const value = this.parseQuoted();
      if (value === undefined) return undefined;
      return { kind: 'literal', value, offset: start, length: this.pos - start };
    }
    if (ch === '/') {
      const close = this.text.indexOf('/', this.pos + 1);
      if (close < 0) {
        this.problem('Unterminated regular expression', start, 1);
        return undefined;
      }
      const source = this.text.slice(this.pos + 1, close);
      this.pos = close + 1;
      let flags = '';
      while (/[a-z]/.test(this.peek())) flags += this.text[this.pos++];
      return { kind: 'regex', source, flags, offset: start, length: this.pos - start };
    }
    if (ch === '[') {
      // A JSON array literal for `in` / `nin`.
      const end = this.findClosing(this.pos, '[', ']');
      if (end < 0) {
        this.problem('Unclosed "["', start, 1);
        return undefined;
      }
      const raw = this.text.slice(this.pos, end + 1).replace(/'/g, '"');
      this.pos = end + 1;
      try {
        return { kind: 'literal', value: JSON.parse(raw), offset: start, length: this.pos - start };
      } catch {
        this.problem('Invalid array literal', start, this.pos - start);
        return undefined;
      }
    }
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.pos));
    if (m) {
      this.pos += m[0].length;
      return { kind: 'literal', value: JSON.parse(m[0]), offset: start, length: m[0].length };
    }
    this.problem('Expected a value in the filter', this.pos, 1);
    return undefined;
  }

  private findClosing(from: number, open: string, close: string): number {
    let depth = 0;
    for (let i = from; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === open) depth++;
      else if (c === close && --depth === 0) return i;
    }
    return -1;
  }

  /** A path inside a filter: stops at operators, whitespace and the closing parenthesis. */
  parseFilterPath(): JsonPathParseResult {
    return this.parsePath(true);
  }
}
