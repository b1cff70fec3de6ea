// A breakpoint's hit count condition, as the Breakpoints view takes it: checked when the breakpoint
// is set (runtime.ts) and counted where the run is (controller.ts).

/** Parses `N`, `>N`, `>=N`, `<N`, `<=N`, `==N`, `=N` or `%N` (a plain N means from the Nth hit on). */
export function parseHitCondition(text: string): { op: string; n: number } | undefined {
  const match = /^\s*(>=|<=|==|=|>|<|%)?\s*(\d+)\s*$/.exec(text);
  return match ? { op: match[1] ?? '>=', n: Number(match[2]) } : undefined;
}

export function hitConditionHolds(text: string, hits: number): boolean {
  const parsed = parseHitCondition(text);
  if (!parsed) return true;
  const { op, n } = parsed;
  switch (op) {
    case '>':
      return hits > n;
    case '<':
      return hits < n;
    case '<=':
      return hits <= n;
    case '==':
    case '=':
      return hits === n;
    case '%':
      return n > 0 && hits % n === 0;
    default:
      return hits >= n;
  }
}
