// What the debugger's editor commands point at, from a document's text alone (no vscode here, so
// the unit tests check it): the expression a hover evaluates, and the state "Run to State" runs to.
import { type DocumentFormat, type State, analyzeDocument } from '../../../server/src/core/index';

/** A JSONPath or a JSONata path written in the line: `$.order.id`, `$$.Map.Item.Value`, `$states.input.items[0]`, `$total`. */
const PATH = /\$\$?[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+|\[[^\]\n]*\])*/g;

/** The path under the cursor (0-based character in the line), with its start and end in the line. */
export function evaluatablePathAt(line: string, character: number): { start: number; end: number; expression: string } | undefined {
  for (const match of line.matchAll(PATH)) {
    const start = match.index;
    const end = start + match[0].length;
    if (character >= start && character <= end) return { start, end, expression: match[0] };
  }
  return undefined;
}

/** The innermost state whose definition (its key and value) contains the offset. */
export function stateAtOffset(text: string, format: DocumentFormat, offset: number): State | undefined {
  const { machine } = analyzeDocument(text, format);
  let best: State | undefined;
  for (const state of machine.states) {
    const { offset: start, length } = state.property;
    if (offset >= start && offset <= start + length && (!best || length < best.property.length)) best = state;
  }
  return best;
}
