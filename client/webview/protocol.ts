// The messages between the extension host and the graph preview webview: one typed definition used
// by both sides, so a renamed field is a compile error instead of a silently blank preview.
import type { GraphRunOverlay, StateMachineGraph } from '../../server/src/core/graph/types';

/** Extension host -> webview. */
export type ToWebviewMessage =
  /** A new graph of the document; `problem` set means the text is broken and this is the last good graph. */
  | {
      type: 'graph';
      documentUri: string;
      fileName: string;
      graph: StateMachineGraph | null;
      problem?: string;
      /** In an infrastructure file: every machine's name and the one shown (the toolbar's picker). */
      machines?: string[];
      machine?: string;
    }
  /** The state under the editor's cursor, or null when the cursor is outside every state. */
  | { type: 'highlight'; nodeId: string | null; reveal: boolean }
  /** The latest run (its report and its path on the graph), or null to clear it. */
  | { type: 'run'; overlay: GraphRunOverlay | null; report: RunReport | null }
  /** Ask the webview for an SVG of what it shows; it answers with `svg`. */
  | { type: 'exportSvg' };

/** Webview -> extension host. */
export type FromWebviewMessage =
  | { type: 'ready' }
  /** The user clicked a state: select it in the editor. */
  | { type: 'selectState'; nodeId: string }
  /** A graph was drawn; the times are for the 1,000-state budget and the tests. */
  | { type: 'rendered'; nodeCount: number; layoutMillis: number; totalMillis: number }
  | { type: 'svg'; svg: string }
  /** Buttons of the run pane. */
  | { type: 'cancelRun' }
  | { type: 'runAgain' }
  /** The toolbar's picker: show another machine of the infrastructure file. */
  | { type: 'chooseMachine'; name: string }
  | { type: 'error'; message: string };

/** What the webview keeps in vscode.setState, so a revived panel knows its document. */
export interface WebviewPersistedState {
  documentUri?: string;
  /** The layout direction the user chose with the toolbar button (absent: from the panel's shape). */
  direction?: 'auto' | 'DOWN' | 'RIGHT';
  /** The run pane's height in pixels after the user dragged its edge, and whether it is collapsed. */
  runPaneHeight?: number | undefined;
  runPaneCollapsed?: boolean | undefined;
}

/** One execution event as the run pane lists it. */
export interface RunEventView {
  id: number;
  /** Milliseconds since the execution started (virtual time when Wait states are simulated). */
  elapsedMillis: number;
  type: string;
  stateName?: string;
  /** The graph node of the state, when the event belongs to one: the pane links it to the editor. */
  nodeId?: string;
  /** The event's details (input, output, error), as pretty JSON. */
  detail?: string;
}

export interface RunReport {
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  /** "pickup-order.asl.json · test case HappyPath". */
  title: string;
  /** Where the input came from: a file name, "recent input", "typed input". */
  inputSource: string;
  /** Wall-clock duration of the run in the extension host. */
  durationMillis?: number;
  /** After Cancel: how long the run took to end, in the extension host (from the request to the worker's end). */
  stopMillis?: number;
  /** The execution's output, as pretty JSON. */
  output?: string;
  error?: string;
  cause?: string;
  events: RunEventView[];
}
