// What the expression checks (expressionSites.ts, intrinsicSites.ts, jsonataSites.ts) share: message
// text and the handling of problems from the expression parsers.

export const MAP_ITEM_SHORT =
  "The Context object has Map.Item (the current item and its index) only while a Map state builds each item's input";

/** A value shortened for a message. */
export function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Runs a recursive parser; an expression nested so deeply that it exhausts the stack becomes a
 * problem of its own instead of ending the whole check.
 */
export function guardDepth<T>(parse: () => T, tooDeepResult: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError) return tooDeepResult();
    throw error;
  }
}

export function tooDeep(text: string): { message: string; offset: number; length: number } {
  return { message: 'the expression is nested too deeply to be checked', offset: 0, length: Math.max(1, text.length) };
}

export function earliest<T extends { offset: number }>(problems: T[]): T | undefined {
  let first: T | undefined;
  for (const problem of problems) if (!first || problem.offset < first.offset) first = problem;
  return first;
}

/** A problem "at the end" of an expression is shown on its last character, inside the string. */
export function clampToValue(problem: { offset: number; length: number }, valueLength: number): [number, number] {
  if (valueLength === 0) return [0, 0];
  const offset = Math.min(problem.offset, valueLength - 1);
  return [offset, Math.max(1, Math.min(problem.length, valueLength - offset))];
}

/**
 * The `[?(...)]` filters and `[(...)]` script expressions of a path. Jayway (which Step Functions
 * runs) accepts more inside them than our parser knows (unquoted words, arithmetic), so syntax
 * problems inside them are not reported: a missed typo there is better than a false error.
 */
export function jaywayOnlyRegions(path: string): { start: number; end: number }[] {
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
