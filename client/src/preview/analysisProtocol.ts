// The messages between the graph preview and its analysis worker (analysisWorker.ts), typed once
// for both sides.
import type { GraphDiagnosticInput, StateMachineGraph } from '../../../server/src/core/index';

export interface PreviewAnalysisRequest {
  id: number;
  text: string;
  fileName: string;
  /** The editor's diagnostics for the document, as offsets, to mark on the graph's states. */
  diagnostics: GraphDiagnosticInput[];
}

export interface PreviewAnalysisResponse {
  id: number;
  graph: StateMachineGraph;
  /** The first syntax problem and how many there are. */
  firstProblem?: { message: string; offset: number };
  problemCount: number;
  /** Whether the text has a top-level object (a state machine to draw). */
  hasRoot: boolean;
  /** Time spent in the worker. */
  millis: number;
}
