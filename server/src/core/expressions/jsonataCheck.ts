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
  code: 'jsonata/syntax' | 'jsonata/function-unavailable' | 'jsonata/context-member';
  message: string;
  offset: number;
  length: number;
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
const UNAVAILABLE_FUNCTIONS: Readonly<Record<string, string>> = { eval: 'Step Functions does not provide $eval; use $parse() to turn a JSON string into a value.' };

/** A plain `$name.member.member` read, the most common expression: analysed without the parser. */
const SIMPLE_PATH = /^(\s*)\$([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*$/;

/** Analyses one expression. `cache` (keyed by the text) saves parsing an expression twice in one validation. */
export function analyzeJsonataExpression(text: string, cache?: Map<string, JsonataExpressionFacts>): JsonataExpressionFacts {
  const cached = cache?.get(text);
  if (cached) return cached;
  const facts = SIMPLE_PATH.test(text) ? analyzeSimplePath(text) : analyzeParsed(text);
  cache?.set(text, facts);
  return facts;
}

function analyzeSimplePath(text: string): JsonataExpressionFacts {
  const match = SIMPLE_PATH.exec(text)!;
  const start = match[1]!.length;
  const name = match[2]!;
  const members = match[3] ? match[3].slice(1).split('.') : [];
  const facts: JsonataExpressionFacts = { problems: [], variables: [], statesMembers: [] };
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
  const facts: JsonataExpressionFacts = { problems: [], variables: [], statesMembers: [] };
  let ast: AstNode;
  try {
    ast = jsonata(text).ast() as AstNode;
  } catch (error) {
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
  return facts;
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
  const problem = checkContextMembers(chain.map((entry) => entry.name));
  if (!problem) return;
  const entry = chain[problem.index]!;
  facts.problems.push({ code: 'jsonata/context-member', message: problem.message, offset: entry.offset, length: entry.name.length });
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
  const start = text.lastIndexOf(token, end) >= 0 && text.lastIndexOf(token, end) + token.length >= end - 1 ? text.lastIndexOf(token, end) : Math.max(0, end - token.length);
  return { code: 'jsonata/syntax', message: `JSONata syntax error: ${message}`, offset: start, length: Math.max(1, Math.min(token.length, text.length - start)) };
}
