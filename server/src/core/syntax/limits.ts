/** Deeper nesting than this is refused before parsing: no state machine needs it, and recursive
 * walks over a 10,000-deep document would exhaust the stack. */
import type { SyntaxProblem } from './tree';

export const MAX_NESTING_DEPTH = 1000;

/**
 * YAML's limit is lower: the yaml library composes recursively with two to three stack frames per
 * level (flow collections more), and a stack overflow inside it can leave V8 unable to run the next
 * analysis in the same process (it aborted with SIGABRT). 200 levels of every shape pass with 40% of
 * node's default stack (--stack-size=400), and no state machine nests a tenth as deep.
 */
export const MAX_YAML_NESTING_DEPTH = 200;

/**
 * Scans JSON-like text (also YAML flow collections) for bracket nesting beyond the limit.
 * Returns the offset where the limit is crossed, or undefined. Linear; strings are skipped.
 */
export function checkNestingDepth(text: string, limit = MAX_NESTING_DEPTH): number | undefined {
  let depth = 0;
  let quote = '';
  for (let offset = 0; offset < text.length; offset++) {
    const char = text.charCodeAt(offset);
    if (quote) {
      if (char === 92 /* \ */ && quote === '"') offset++;
      else if (char === quote.charCodeAt(0)) quote = '';
      continue;
    }
    if (char === 34 /* " */) quote = '"';
    else if (char === 123 /* { */ || char === 91 /* [ */) {
      if (++depth > limit) return offset;
    } else if (char === 125 /* } */ || char === 93 /* ] */) {
      if (depth > 0) depth--;
    }
  }
  return undefined;
}

/** The problem reported when the depth limit is crossed at `offset`. */
export function tooDeepProblem(offset: number, limit = MAX_NESTING_DEPTH): SyntaxProblem {
  return {
    code: 'syntax/too-deep',
    message: `The document nests deeper than ${limit} levels; no state machine needs that. Flatten the structure.`,
    offset,
    length: 1,
  };
}
