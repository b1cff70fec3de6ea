/**
 * Static facts about one JSONata expression (the text between `{%` and `%}`), for the validator
 * and the editing features: its syntax error, the workflow variables it reads, the `$states`
 * members it uses and calls of functions Step Functions does not provide. Parsing is delegated to
 * the `jsonata` library, so what we accept is what Step Functions' JSONata accepts.
 *
 * Offsets are relative to the expression text. Never throws.
 */
import jsonata from 'jsonata';
import { checkContextMembers } from './contextObject';

export interface JsonataProblem {
  code: 'jsonata/syntax' | 'jsonata/function-unavailable' | 'jsonata/context-member' | 'jsonata/input-reference';
  message: string;
  offset: number;
  length: number;
  /** Facts a quick fix needs (e.g. the closest Context object member). */
  data?: Record<string, unknown>;
}

export interface JsonataVariableUse {
  /** The name without `$`. */
  name: string;
  offset: number;
  length: number;
}

export interface JsonataStatesMemberUse {
  /** `input`, `result`, `errorOutput`, `context` or whatever was written after `$states.`. */
  member: string;
  offset: number;
  length: number;
}

export interface JsonataExpressionFacts {
  problems: JsonataProblem[];
  /** Reads of `$states.context.Map` (the range of `Map`), which exist only in a Map's ItemSelector. */
  contextMapReads: { offset: number; length: number }[];
  /** Free variables: read but bound neither in the expression nor by JSONata or Step Functions. */
  variables: JsonataVariableUse[];
  statesMembers: JsonataStatesMemberUse[];
}

/**
 * Functions JSONata 2.x binds in its static frame (jsonata.js `staticFrame.bind`), and the ones
 * Step Functions adds ("JSONata functions provided by Step Functions"). A `$name` that is one of
 * these is a function, not a workflow variable.
 */
export const JSONATA_BUILTIN_FUNCTIONS: ReadonlySet<string> = new Set(
  (
    'sum count max min average string substring substringBefore substringAfter lowercase uppercase length trim pad ' +
    'match contains replace split join formatNumber formatBase formatInteger parseInteger number floor ceil round abs ' +
    'sqrt power random boolean not map zip filter single reduce sift keys lookup append exists spread merge reverse ' +
    'each error assert type sort shuffle distinct encodeUrlComponent encodeUrl decodeUrlComponent decodeUrl eval ' +
    'toMillis fromMillis clone now millis'
  ).split(' '),
);

/** Step Functions' own JSONata functions. */
export const STEP_FUNCTIONS_JSONATA_FUNCTIONS: ReadonlySet<string> = new Set(['partition', 'range', 'hash', 'random', 'uuid', 'parse']);

/**
 * Built-ins that Step Functions removed: `$eval` ("not available; use $parse instead", from the
 * "Transforming data with JSONata" page).
 */
const UNAVAILABLE_FUNCTIONS: Readonly<Record<string, string>> = {
  eval: 'Step Functions does not provide $eval; use $parse() to turn a JSON string into a value.',
};

/** A plain `$name.member.member` read, the most common expression: analysed without the parser. */
const SIMPLE_PATH = /^(\s*)\$([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*$/;

/** Analyses one expression. `cache` (keyed by the text) saves parsing an expression twice in one validation. */
export function analyzeJsonataExpression(
  text: string,
  cache?: { get(text: string): JsonataExpressionFacts | undefined; set(text: string, facts: JsonataExpressionFacts): void },
): JsonataExpressionFacts {
  const cached = cache?.get(text);
  if (cached) return cached;
  const facts = SIMPLE_PATH.test(text) ? analyzeSimplePath(text) : (analyzeCommonSubset(text) ?? analyzeParsed(text));
  cache?.set(text, facts);
  return facts;
}

function analyzeSimplePath(text: string): JsonataExpressionFacts {
  const match = SIMPLE_PATH.exec(text)!;
  const start = match[1]!.length;
  const name = match[2]!;
  const members = match[3] ? match[3].slice(1).split('.') : [];
  const facts: JsonataExpressionFacts = { problems: [], contextMapReads: [], variables: [], statesMembers: [] };
  if (name === 'states') {
    if (members.length) {
      const memberOffset = start + name.length + 2;
      facts.statesMembers.push({ member: members[0]!, offset: memberOffset, length: members[0]!.length });
      if (members[0] === 'context') {
        let offset = memberOffset + members[0]!.length + 1;
        const chain: { name: string; offset: number }[] = [];
        for (const member of members.slice(1)) {
          chain.push({ name: member, offset });
          offset += member.length + 1;
        }
        checkContextChain(chain, facts);
      }
    }
  } else if (!isFunctionName(name)) {
    facts.variables.push({ name, offset: start, length: name.length + 1 });
  }
  return facts;
}

function isFunctionName(name: string): boolean {
  return JSONATA_BUILTIN_FUNCTIONS.has(name) || STEP_FUNCTIONS_JSONATA_FUNCTIONS.has(name);
}

interface JsonataError {
  code?: string;
  position?: number;
  token?: unknown;
  message?: string;
}

interface AstNode {
  type?: string;
  value?: unknown;
  position?: number;
  steps?: AstNode[];
  focus?: unknown;
  index?: unknown;
  [key: string]: unknown;
}

function analyzeParsed(text: string): JsonataExpressionFacts {
  const facts: JsonataExpressionFacts = { problems: [], contextMapReads: [], variables: [], statesMembers: [] };
  let ast: AstNode;
  try {
    ast = jsonata(text).ast() as AstNode;
  } catch (error) {
    if (error instanceof RangeError) {
      // The parser ran out of stack: say so rather than call it a syntax error.
      facts.problems.push({
        code: 'jsonata/syntax',
        message: 'This JSONata expression is nested too deeply to be checked; split it into smaller expressions (e.g. with variables).',
        offset: 0,
        length: Math.max(1, text.length),
      });
      return facts;
    }
    facts.problems.push(syntaxProblem(text, error as JsonataError));
    return facts;
  }
  const bound = new Set<string>();
  const reads: { name: string; node: AstNode }[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 500 || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const ast = node as AstNode;
    if (ast.type === 'variable' && typeof ast.value === 'string' && ast.value !== '' && ast.value !== '$') {
      reads.push({ name: ast.value, node: ast });
    }
    if (ast.type === 'variable' && ast.value === '$') {
      const end = Math.min(ast.position ?? 0, text.length);
      facts.problems.push({ code: 'jsonata/input-reference', message: NO_ROOT_VARIABLE, offset: Math.max(0, end - 2), length: 2 });
    }
    // `:=` bindings, lambda parameters and the `@$x` / `#$i` step bindings are local names.
    if (ast.type === 'bind') {
      const lhs = ast['lhs'] as AstNode | undefined;
      if (lhs?.type === 'variable' && typeof lhs.value === 'string') bound.add(lhs.value);
    }
    if (ast.type === 'lambda') {
      for (const parameter of (ast['arguments'] as AstNode[] | undefined) ?? []) {
        if (parameter.type === 'variable' && typeof parameter.value === 'string') bound.add(parameter.value);
      }
    }
    if (typeof ast.focus === 'string') bound.add(ast.focus);
    if (typeof ast.index === 'string') bound.add(ast.index);
    if (ast.type === 'path' && Array.isArray(ast.steps)) checkStatesPath(ast.steps, facts, text);
    for (const key in ast) {
      if (key === 'position' || key === 'value' || key === 'type') continue;
      visit(ast[key], depth + 1);
    }
  };
  visit(ast, 0);
  collectInputReads(ast, text, facts, 0);
  for (const { name, node } of reads) {
    const end = Math.min(node.position ?? 0, text.length);
    const range = { offset: Math.max(0, end - name.length - 1), length: name.length + 1 };
    const unavailable = UNAVAILABLE_FUNCTIONS[name];
    if (unavailable && !bound.has(name)) {
      facts.problems.push({ code: 'jsonata/function-unavailable', message: unavailable, ...range });
      continue;
    }
    if (name === 'states' || bound.has(name) || isFunctionName(name)) continue;
    facts.variables.push({ name, ...range });
  }
  return inTextOrder(facts);
}

/** Facts in the order they appear in the text, whichever analyser found them. */
function inTextOrder(facts: JsonataExpressionFacts): JsonataExpressionFacts {
  const byOffset = (a: { offset: number }, b: { offset: number }): number => a.offset - b.offset;
  facts.problems.sort(byOffset);
  facts.variables.sort(byOffset);
  facts.statesMembers.sort(byOffset);
  return facts;
}

const NO_ROOT_VARIABLE =
  'Step Functions gives JSONata no input document, so "$$" is always empty. Read the state input with $states.input and execution data with $states.context.';

function unqualifiedNameMessage(name: string): string {
  return `"${name}" at the top of an expression reads the JSONata input document, which Step Functions does not provide. Read it from the state input: $states.input.${name}.`;
}

const NO_CONTEXT_VALUE =
  '"$" at the top of an expression is the JSONata input document, which Step Functions does not provide. Use $states.input for the state input.';

/**
 * Reads of the JSONata input document: `$` or an unqualified field name evaluated at the top level
 * of the expression (not inside a predicate, a later path step or a function body). The States
 * Language specification forbids them ("a JSONata expression MUST NOT reference "$" or
 * unqualified field names at the top level"); nested ones refer to the value in context and are fine.
 */
function collectInputReads(node: AstNode | undefined, text: string, facts: JsonataExpressionFacts, depth: number): void {
  if (!node || typeof node !== 'object' || depth > 500) return;
  if (node.type === 'path' && Array.isArray(node.steps)) {
    const head = node.steps[0];
    if (head) collectInputReads(head, text, facts, depth + 1);
    return;
  }
  if (node.type === 'name' && typeof node.value === 'string') {
    facts.problems.push({ code: 'jsonata/input-reference', message: unqualifiedNameMessage(node.value), ...nameRange(node, text) });
    return;
  }
  if (node.type === 'variable') {
    if (node.value === '') {
      const end = Math.min(node.position ?? 0, text.length);
      facts.problems.push({ code: 'jsonata/input-reference', message: NO_CONTEXT_VALUE, offset: Math.max(0, end - 1), length: 1 });
    }
    return;
  }
  if (node.type === 'lambda') return;
  for (const key of ['lhs', 'rhs', 'condition', 'then', 'else', 'arguments', 'expressions', 'expression'] as const) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) {
        // An object constructor's lhs holds [key, value] pairs.
        if (Array.isArray(item)) for (const part of item) collectInputReads(part as AstNode, text, facts, depth + 1);
        else collectInputReads(item as AstNode, text, facts, depth + 1);
      }
    } else if (child && typeof child === 'object') {
      collectInputReads(child as AstNode, text, facts, depth + 1);
    }
  }
}

/** `$states.member...` as the head of a path: records the member and checks Context object reads. */
function checkStatesPath(steps: AstNode[], facts: JsonataExpressionFacts, text: string): void {
  const head = steps[0];
  const member = steps[1];
  if (head?.type !== 'variable' || head.value !== 'states' || member?.type !== 'name' || typeof member.value !== 'string') return;
  facts.statesMembers.push({ member: member.value, ...nameRange(member, text) });
  if (member.value !== 'context') return;
  const chain: { name: string; offset: number }[] = [];
  for (const step of steps.slice(2)) {
    if (step.type !== 'name' || typeof step.value !== 'string') break;
    chain.push({ name: step.value, offset: nameRange(step, text).offset });
  }
  checkContextChain(chain, facts);
}

function nameRange(node: AstNode, text: string): { offset: number; length: number } {
  const name = String(node.value);
  const end = Math.min(node.position ?? 0, text.length);
  // A quoted name (`$states.\`input\``) ends after its closing backtick.
  const quoted = text[end - 1] === '`';
  const length = name.length + (quoted ? 2 : 0);
  return { offset: Math.max(0, end - length), length };
}

function checkContextChain(chain: { name: string; offset: number }[], facts: JsonataExpressionFacts): void {
  if (chain[0]?.name === 'Map') facts.contextMapReads.push({ offset: chain[0].offset, length: 3 });
  const problem = checkContextMembers(chain.map((entry) => entry.name));
  if (!problem) return;
  const entry = chain[problem.index]!;
  const contextProblem: JsonataProblem = {
    code: 'jsonata/context-member',
    message: problem.message,
    offset: entry.offset,
    length: entry.name.length,
  };
  if (problem.suggestion) contextProblem.data = { suggestion: problem.suggestion };
  facts.problems.push(contextProblem);
}

function syntaxProblem(text: string, error: JsonataError): JsonataProblem {
  const message = typeof error?.message === 'string' ? error.message : String(error);
  const token = error?.token === undefined ? undefined : String(error.token);
  let end = typeof error?.position === 'number' ? Math.min(Math.max(error.position, 0), text.length) : text.length;
  if (token === undefined || token === '(end)') {
    // The expression ended too early: point at its last character.
    const trimmedEnd = text.trimEnd().length;
    end = Math.max(1, Math.min(end, trimmedEnd));
    return { code: 'jsonata/syntax', message: `JSONata syntax error: ${message}`, offset: end - 1, length: 1 };
  }
  const start =
    text.lastIndexOf(token, end) >= 0 && text.lastIndexOf(token, end) + token.length >= end - 1
      ? text.lastIndexOf(token, end)
      : Math.max(0, end - token.length);
  return {
    code: 'jsonata/syntax',
    message: `JSONata syntax error: ${message}`,
    offset: start,
    length: Math.max(1, Math.min(token.length, text.length - start)),
  };
}

// ---------------------------------------------------------------------------------------------
// A fast path for the everyday subset of JSONata

/**
 * Parses the everyday subset of JSONata (variable and field paths, literals, arithmetic,
 * comparison, `and`/`or`, parentheses, function calls, and array and object constructors as in
 * `$merge([$states.input, {"result": $states.result}])`) with a strict little parser, which is
 * much cheaper than building the library's full AST. Anything outside that subset, or anything it
 * does not accept, returns undefined and goes to the library, so its verdict is never weaker:
 * everything accepted here is valid JSONata (the subset's grammar is a sub-grammar of JSONata's,
 * with JSONata's precedences), and every error is reported by the library with its own message.
 */
function analyzeCommonSubset(text: string): JsonataExpressionFacts | undefined {
  const parser = new SubsetParser(text);
  try {
    parser.skipSpace();
    if (!parser.expression(0)) return undefined;
    parser.skipSpace();
    if (parser.position !== text.length) return undefined;
  } catch {
    return undefined;
  }
  const facts: JsonataExpressionFacts = { problems: [], contextMapReads: [], variables: [], statesMembers: [] };
  for (const { name, offset } of parser.inputNames) {
    facts.problems.push({ code: 'jsonata/input-reference', message: unqualifiedNameMessage(name), offset, length: name.length });
  }
  for (const read of parser.reads) {
    const { name, offset, members } = read;
    if (name === 'states') {
      if (members.length === 0) continue;
      facts.statesMembers.push({ member: members[0]!.name, offset: members[0]!.offset, length: members[0]!.name.length });
      if (members[0]!.name === 'context') checkContextChain(members.slice(1), facts);
      continue;
    }
    const unavailable = UNAVAILABLE_FUNCTIONS[name];
    if (unavailable) {
      facts.problems.push({ code: 'jsonata/function-unavailable', message: unavailable, offset, length: name.length + 1 });
      continue;
    }
    if (isFunctionName(name)) continue;
    facts.variables.push({ name, offset, length: name.length + 1 });
  }
  return inTextOrder(facts);
}

/** Binary operators of the subset with JSONata's binding powers (jsonata.js `operators`). */
const SUBSET_OPERATORS: Readonly<Record<string, number>> = {
  or: 25,
  and: 30,
  '=': 40,
  '!=': 40,
  '<': 40,
  '<=': 40,
  '>': 40,
  '>=': 40,
  '&': 50,
  '+': 50,
  '-': 50,
  '*': 60,
  '/': 60,
  '%': 60,
};

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;
/** Characters that may follow a name or number token and end it in JSONata's tokenizer too. */
const TOKEN_END = /[\s.,()=!<>&+\-*/%:\]}]/;
const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([Ee][-+]?[0-9]+)?/y;

class SubsetParser {
  position = 0;
  readonly reads: { name: string; offset: number; members: { name: string; offset: number }[] }[] = [];
  readonly inputNames: { name: string; offset: number }[] = [];
  constructor(private readonly text: string) {}

  skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position]!)) this.position++;
  }

  /** Precedence climbing; false when the text is not in the subset. */
  expression(minimumPower: number): boolean {
    if (!this.operand()) return false;
    for (;;) {
      this.skipSpace();
      const operator = this.peekOperator();
      if (operator === undefined) return true;
      const power = SUBSET_OPERATORS[operator]!;
      if (power <= minimumPower) return true;
      this.position += operator.length;
      this.skipSpace();
      // Comparisons do not chain in the subset (JSONata allows it; leave that to the library).
      if (!this.expression(power === 40 ? 40 : power)) return false;
      if (power === 40) {
        this.skipSpace();
        const next = this.peekOperator();
        if (next !== undefined && SUBSET_OPERATORS[next] === 40) return false;
      }
    }
  }

  private peekOperator(): string | undefined {
    const text = this.text;
    const at = this.position;
    const two = text.slice(at, at + 2);
    if (two === '!=' || two === '<=' || two === '>=') return two;
    const one = text[at];
    if (one === undefined) return undefined;
    if ('=<>&+-*/%'.includes(one)) {
      // `**`, `~>`, `/*` comments and the like are outside the subset.
      if (one === '*' && text[at + 1] === '*') throw new Error('outside the subset');
      if (one === '/' && text[at + 1] === '*') throw new Error('outside the subset');
      return one;
    }
    for (const word of ['and', 'or'] as const) {
      if (text.startsWith(word, at) && !NAME_PART.test(text[at + word.length] ?? '') && TOKEN_END.test(text[at + word.length] ?? ' '))
        return word;
    }
    return undefined;
  }

  private operand(): boolean {
    this.skipSpace();
    const text = this.text;
    const ch = text[this.position];
    if (ch === undefined) return false;
    if (ch === '-') {
      this.position++;
      return this.operand();
    }
    if (ch === '(') {
      this.position++;
      this.skipSpace();
      if (!this.expression(0)) return false;
      this.skipSpace();
      if (text[this.position] !== ')') return false;
      this.position++;
      return this.endsToken(false);
    }
    if (ch === '[') {
      // An array constructor (a `[` after an operand is a filter, which endsToken leaves out).
      this.position++;
      if (!this.list()) return false;
      return this.endsToken(false);
    }
    if (ch === '{') {
      // An object constructor (a `{` after an operand is a group-by, which endsToken leaves out).
      this.position++;
      if (!this.pairs()) return false;
      return this.endsToken(false);
    }
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, this.position + 1);
      if (close < 0) return false;
      const body = text.slice(this.position + 1, close);
      // Escapes (and a quote inside a name) are left to the library.
      if (body.includes('\\')) return false;
      this.position = close + 1;
      return this.endsToken(false);
    }
    if (/[0-9]/.test(ch)) {
      NUMBER.lastIndex = this.position;
      const match = NUMBER.exec(text);
      if (!match) return false;
      this.position += match[0].length;
      return this.endsToken(false);
    }
    if (ch === '$') {
      const offset = this.position;
      this.position++;
      const name = this.name();
      if (name === undefined) return false;
      const read = { name, offset, members: [] as { name: string; offset: number }[] };
      this.reads.push(read);
      this.skipSpace();
      if (text[this.position] === '(') {
        this.position++;
        this.skipSpace();
        if (text[this.position] !== ')') {
          for (;;) {
            if (!this.expression(0)) return false;
            this.skipSpace();
            if (text[this.position] === ',') {
              this.position++;
              continue;
            }
            break;
          }
        }
        if (text[this.position] !== ')') return false;
        this.position++;
        // A call's result is not a `$states` read: its members are not recorded.
        return this.members(undefined);
      }
      return this.members(read.members);
    }
    if (NAME_START.test(ch)) {
      const offset = this.position;
      const word = this.name();
      if (word === undefined || word === 'and' || word === 'or' || word === 'in') return false;
      if (word === 'true' || word === 'false' || word === 'null') return this.endsToken(false);
      // Every operand of the subset is at the top level, so a field name here reads the input document.
      this.inputNames.push({ name: word, offset });
      return this.members(undefined);
    }
    return false;
  }

  /** The items of an array constructor after its `[`, up to and including the `]`. */
  private list(): boolean {
    const text = this.text;
    this.skipSpace();
    if (text[this.position] === ']') {
      this.position++;
      return true;
    }
    for (;;) {
      if (!this.expression(0)) return false;
      this.skipSpace();
      const next = text[this.position];
      this.position++;
      if (next === ']') return true;
      if (next !== ',') return false;
    }
  }

  /** The `key: value` pairs of an object constructor after its `{`, up to and including the `}`. */
  private pairs(): boolean {
    const text = this.text;
    this.skipSpace();
    if (text[this.position] === '}') {
      this.position++;
      return true;
    }
    for (;;) {
      if (!this.expression(0)) return false;
      this.skipSpace();
      // `:=` is a binding, outside the subset.
      if (text[this.position] !== ':' || text[this.position + 1] === '=') return false;
      this.position++;
      if (!this.expression(0)) return false;
      this.skipSpace();
      const next = text[this.position];
      this.position++;
      if (next === '}') return true;
      if (next !== ',') return false;
    }
  }

  /** `.name` steps after a path head; each member is recorded in `into` when given. */
  private members(into: { name: string; offset: number }[] | undefined): boolean {
    const text = this.text;
    while (text[this.position] === '.') {
      if (text[this.position + 1] === '.') return false;
      this.position++;
      const offset = this.position;
      const name = this.name();
      if (name === undefined) return false;
      into?.push({ name, offset });
    }
    return this.endsToken(true);
  }

  /** A name: JSONata reads a name up to an operator or space, so anything else after it means "not the subset". */
  private name(): string | undefined {
    const text = this.text;
    const start = this.position;
    if (!NAME_START.test(text[start] ?? '')) return undefined;
    let end = start + 1;
    while (end < text.length && NAME_PART.test(text[end]!)) end++;
    this.position = end;
    const next = text[end];
    if (next !== undefined && !TOKEN_END.test(next)) throw new Error('outside the subset');
    return text.slice(start, end);
  }

  /** After a complete operand: the next character must end the token (no `[`, `{`, quotes...). */
  private endsToken(allowDot: boolean): boolean {
    const next = this.text[this.position];
    if (next === undefined) return true;
    if (next === '.' && !allowDot) throw new Error('outside the subset');
    if (!TOKEN_END.test(next)) throw new Error('outside the subset');
    return true;
  }
}

/** The two analysers, for tests that check the fast path against the library. */
export const JSONATA_ANALYZERS = { commonSubset: analyzeCommonSubset, library: analyzeParsed } as const;
