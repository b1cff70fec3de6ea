// The graphs the graph benchmark sends to the preview: generated machines of several sizes, and
// for each an edit that keeps the shape (a Comment), a rename (one state), and an added state.
import { analyzeDocument } from '../../server/src/core/index';
import { buildGraph } from '../../server/src/core/graph/index';
import { generateMachine } from '../generate';

export { previewBodyMarkup } from '../../client/src/preview/pageBody';

function graphOf(definition: unknown) {
  return buildGraph(analyzeDocument(JSON.stringify(definition, null, 2), 'json').machine);
}

export function benchGraphs(sizes: number[]) {
  return sizes.map((size) => {
    const definition = JSON.parse(generateMachine(size)) as {
      Comment: string;
      StartAt: string;
      States: Record<string, Record<string, unknown>>;
    };
    const first = definition.StartAt;
    const keptShape = structuredClone(definition);
    keptShape.States[first]!.Comment = 'An edit that changes no name, edge or box: a Comment';
    // A visible change that keeps the shape: one retrier's MaxAttempts (the retry badge's count).
    const visibleKept = structuredClone(definition);
    const withRetry = Object.values(visibleKept.States).find((state) => Array.isArray(state.Retry));
    const retrier = (withRetry?.Retry as { MaxAttempts?: number }[] | undefined)?.[0];
    if (retrier) retrier.MaxAttempts = (retrier.MaxAttempts ?? 3) + 1;
    const renamed = JSON.parse(JSON.stringify(definition).replaceAll(`"${first}"`, `"${first} renamed"`));
    const added = structuredClone(definition);
    added.States['Added state'] = { Type: 'Pass', Next: first };
    added.StartAt = 'Added state';
    return {
      size,
      original: graphOf(definition),
      keptShape: graphOf(keptShape),
      visibleKept: graphOf(visibleKept),
      renamed: graphOf(renamed),
      added: graphOf(added),
    };
  });
}
