// The graph preview panel: one panel beside the editor that follows the active ASL document, redraws
// as the user types, and keeps the editor and the graph in step (click a state, move the cursor).
// Lifecycle as in vscode-extension-samples' webview-sample: createOrShow, revive, dispose.
import * as vscode from 'vscode';
import {
  findStateNodeAtOffset,
  type GraphDiagnosticInput,
  type GraphNode,
  type GraphRunOverlay,
  type StateMachineGraph,
} from '../../../server/src/core/index';
import type { FromWebviewMessage, RunReport, ToWebviewMessage, WebviewPersistedState } from '../../webview/protocol';
import { readSettings } from '../config';
import { previewHtml } from './html';
import { PreviewAnalyzer } from './previewAnalyzer';

export const graphPreviewViewType = 'asl.graphPreview';
const aslLanguages = new Set(['asl', 'asl-yaml']);

export function isAslDocument(document: vscode.TextDocument): boolean {
  return aslLanguages.has(document.languageId);
}

export interface RenderInfo {
  nodeCount: number;
  layoutMillis: number;
  totalMillis: number;
}

/** What the preview shows, for the run command and the extension-host tests. */
export interface PreviewSnapshot {
  documentUri: string;
  graph?: StateMachineGraph;
  problem?: string;
  lastRender?: RenderInfo;
  highlighted: string | null;
}

function toGraphSeverity(severity: vscode.DiagnosticSeverity): GraphDiagnosticInput['severity'] {
  switch (severity) {
    case vscode.DiagnosticSeverity.Error:
      return 'error';
    case vscode.DiagnosticSeverity.Warning:
      return 'warning';
    default:
      return 'information';
  }
}

/** The first syntax problem, in words a user can act on ("line 4: Expected a comma"). */
function describeSyntaxProblem(
  document: vscode.TextDocument,
  first: { message: string; offset: number } | undefined,
  count: number,
): string | undefined {
  if (!first) return undefined;
  const line = document.positionAt(first.offset).line + 1;
  const more = count > 1 ? ` (and ${count - 1} more)` : '';
  return `Line ${line}: ${first.message}${more}`;
}

export class GraphPreview implements vscode.Disposable {
  private static current: GraphPreview | undefined;
  private static readonly renderListeners = new Set<(info: RenderInfo) => void>();

  private readonly disposables: vscode.Disposable[] = [];
  private documentUri: vscode.Uri;
  private graph: StateMachineGraph | undefined;
  private lastGoodGraph: StateMachineGraph | undefined;
  private problem: string | undefined;
  private highlighted: string | null = null;
  private lastRender: RenderInfo | undefined;
  private ready = false;
  private pending: ToWebviewMessage[] = [];
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private runMessage: ToWebviewMessage | undefined;
  private svgWaiters: ((svg: string) => void)[] = [];
  /** Parses the text and builds the graph in a worker thread, off the extension host's event loop. */
  private readonly analyzer: PreviewAnalyzer;
  /** Set by the extension: what the run pane's buttons do. */
  static runActions: { cancel(): void; runAgain(uri: vscode.Uri): void } | undefined;

  static get active(): GraphPreview | undefined {
    return GraphPreview.current;
  }

  /** Shows the preview of `document` beside its editor, creating the panel when there is none. */
  static createOrShow(extensionUri: vscode.Uri, document: vscode.TextDocument, preserveFocus = true): GraphPreview {
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (GraphPreview.current) {
      GraphPreview.current.panel.reveal(GraphPreview.current.panel.viewColumn ?? column, preserveFocus);
      GraphPreview.current.showDocument(document);
      return GraphPreview.current;
    }
    const panel = vscode.window.createWebviewPanel(
      graphPreviewViewType,
      'ASL Graph',
      { viewColumn: column, preserveFocus },
      GraphPreview.webviewOptions(extensionUri),
    );
    GraphPreview.current = new GraphPreview(panel, extensionUri, document.uri);
    return GraphPreview.current;
  }

  /** Brings back a panel VS Code restored after a reload. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, state: WebviewPersistedState | undefined): void {
    panel.webview.options = GraphPreview.webviewOptions(extensionUri);
    const uri = state?.documentUri ? vscode.Uri.parse(state.documentUri) : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      panel.dispose();
      return;
    }
    GraphPreview.current?.dispose();
    GraphPreview.current = new GraphPreview(panel, extensionUri, uri);
  }

  static onDidRender(listener: (info: RenderInfo) => void): vscode.Disposable {
    GraphPreview.renderListeners.add(listener);
    return new vscode.Disposable(() => GraphPreview.renderListeners.delete(listener));
  }

  private static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')],
    };
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    documentUri: vscode.Uri,
  ) {
    this.documentUri = documentUri;
    this.analyzer = new PreviewAnalyzer(vscode.Uri.joinPath(extensionUri, 'dist', 'previewWorker.js').fsPath);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'icon.png');
    panel.webview.html = previewHtml(panel.webview, extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromWebviewMessage) => this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === this.documentUri.toString()) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isAslDocument(editor.document) && editor.document.uri.toString() !== this.documentUri.toString())
          this.showDocument(editor.document);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document.uri.toString() !== this.documentUri.toString()) return;
        if (!readSettings(event.textEditor.document.uri).previewFollowCursor) return;
        this.highlightOffset(
          event.textEditor.document.offsetAt(event.selections[0]!.active),
          event.kind !== vscode.TextEditorSelectionChangeKind.Command,
        );
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === this.documentUri.toString())) this.scheduleUpdate();
      }),
    );
    this.updatePanelTitle();
    void this.update();
  }

  get uri(): vscode.Uri {
    return this.documentUri;
  }

  snapshot(): PreviewSnapshot {
    return {
      documentUri: this.documentUri.toString(),
      graph: this.graph,
      problem: this.problem,
      lastRender: this.lastRender,
      highlighted: this.highlighted,
    };
  }

  showDocument(document: vscode.TextDocument): void {
    if (document.uri.toString() === this.documentUri.toString()) return;
    this.documentUri = document.uri;
    this.lastGoodGraph = undefined;
    this.runMessage = undefined;
    this.post({ type: 'run', overlay: null, report: null });
    this.updatePanelTitle();
    void this.update();
  }

  /** Paints a run on the graph and shows its report in the run pane. */
  showRun(overlay: GraphRunOverlay | null, report: RunReport | null): void {
    this.runMessage = { type: 'run', overlay, report };
    this.post(this.runMessage);
  }

  /** Asks the webview for an SVG of the current drawing. */
  requestSvg(): Promise<string> {
    return new Promise((resolve) => {
      this.svgWaiters.push(resolve);
      this.post({ type: 'exportSvg' });
    });
  }

  private updatePanelTitle(): void {
    const name = this.documentUri.path.split('/').pop() ?? 'ASL';
    this.panel.title = `Graph: ${name.replace(/\.asl\.(json|ya?ml)$/i, '')}`;
  }

  private scheduleUpdate(): void {
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => void this.update(), readSettings(this.documentUri).previewUpdateDelay);
  }

  private async findDocument(): Promise<vscode.TextDocument | undefined> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === this.documentUri.toString());
    if (open) return open;
    try {
      return await vscode.workspace.openTextDocument(this.documentUri);
    } catch {
      return undefined;
    }
  }

  private async update(): Promise<void> {
    this.updateTimer = undefined;
    const document = await this.findDocument();
    const fileName = this.documentUri.path.split('/').pop() ?? '';
    if (!document) {
      this.problem = `${fileName} could not be opened`;
      this.post({ type: 'graph', documentUri: this.documentUri.toString(), fileName, graph: null, problem: this.problem });
      return;
    }
    const documentUri = this.documentUri.toString();
    const diagnostics: GraphDiagnosticInput[] = vscode.languages.getDiagnostics(this.documentUri).map((diagnostic) => ({
      offset: document.offsetAt(diagnostic.range.start),
      severity: toGraphSeverity(diagnostic.severity),
      message: diagnostic.message,
    }));
    const analysis = await this.analyzer.analyze({ text: document.getText(), fileName: document.fileName, diagnostics });
    // A newer text, another document, or a closed panel: this answer is no longer wanted.
    if (analysis.ok === 'superseded' || documentUri !== this.documentUri.toString()) return;
    if (!analysis.ok) {
      this.problem = analysis.problem;
      this.post({ type: 'graph', documentUri, fileName, graph: null, problem: this.problem });
      return;
    }
    const result = analysis.result;
    this.problem =
      describeSyntaxProblem(document, result.firstProblem, result.problemCount) ??
      (result.hasRoot ? undefined : 'The document is not a state machine (no top-level object with StartAt and States)');
    if (this.problem && this.lastGoodGraph) {
      // Keep drawing the last good graph: a half-typed line must not blank the picture.
      this.graph = this.lastGoodGraph;
      this.post({ type: 'graph', documentUri, fileName, graph: null, problem: this.problem });
      return;
    }
    this.graph = result.graph;
    if (!this.problem) this.lastGoodGraph = this.graph;
    this.post({ type: 'graph', documentUri, fileName, graph: this.graph, problem: this.problem });
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === this.documentUri.toString());
    if (editor) this.highlightOffset(document.offsetAt(editor.selection.active), false);
  }

  private highlightOffset(offset: number, reveal: boolean): void {
    if (!this.graph) return;
    const nodeId = findStateNodeAtOffset(this.graph, offset)?.id ?? null;
    if (nodeId === this.highlighted) return;
    this.highlighted = nodeId;
    this.post({ type: 'highlight', nodeId, reveal });
  }

  nodeById(nodeId: string): GraphNode | undefined {
    return this.graph?.nodes.find((node) => node.id === nodeId);
  }

  /** Selects a state's name in its editor, opening the editor when it is not visible. */
  async revealState(nodeId: string): Promise<void> {
    const node = this.nodeById(nodeId);
    const document = await this.findDocument();
    if (!node?.range || !document) return;
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.documentUri.toString());
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    const nameRange = node.nameRange ?? node.range;
    const start = document.positionAt(nameRange.start);
    const end = document.positionAt(nameRange.end);
    this.highlighted = nodeId;
    editor.selection = new vscode.Selection(start, end);
    editor.revealRange(new vscode.Range(start, document.positionAt(node.range.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private receive(message: FromWebviewMessage): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        for (const queued of this.pending) void this.panel.webview.postMessage(queued);
        this.pending = [];
        break;
      case 'selectState':
        void this.revealState(message.nodeId);
        break;
      case 'rendered':
        this.lastRender = { nodeCount: message.nodeCount, layoutMillis: message.layoutMillis, totalMillis: message.totalMillis };
        for (const listener of GraphPreview.renderListeners) listener(this.lastRender);
        break;
      case 'svg': {
        const waiters = this.svgWaiters;
        this.svgWaiters = [];
        if (waiters.length) for (const waiter of waiters) waiter(message.svg);
        else void saveSvg(this.documentUri, message.svg);
        break;
      }
      case 'cancelRun':
        GraphPreview.runActions?.cancel();
        break;
      case 'runAgain':
        GraphPreview.runActions?.runAgain(this.documentUri);
        break;
      case 'error':
        void vscode.window.showErrorMessage(`The graph preview failed: ${message.message.split('\n')[0]}`);
        break;
    }
  }

  private post(message: ToWebviewMessage): void {
    // Until the page says it is ready only the newest graph matters; other messages keep order.
    if (!this.ready) {
      this.pending = this.pending.filter((queued) => queued.type !== message.type || message.type === 'exportSvg');
      this.pending.push(message);
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (GraphPreview.current === this) GraphPreview.current = undefined;
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.analyzer.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}

/** Asks where to save the SVG (next to the document by default) and writes it. */
export async function saveSvg(documentUri: vscode.Uri, svg: string): Promise<vscode.Uri | undefined> {
  const defaultUri = documentUri.with({ path: documentUri.path.replace(/\.asl\.(json|ya?ml)$/i, '') + '.svg' });
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { SVG: ['svg'] }, title: 'Export the graph as SVG' });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
  void vscode.window.showInformationMessage(`Graph exported to ${vscode.workspace.asRelativePath(target)}`);
  return target;
}
