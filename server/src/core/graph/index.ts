// The graph of a state machine for the preview: pure data built from the core model.
export * from './types';
export {
  buildGraph,
  findStateNodeAtOffset,
  describeState,
  describeResource,
  startNodeId,
  endNodeId,
  type GraphDiagnosticInput,
} from './build';
export { summarizeChoiceRule } from './choiceSummary';
