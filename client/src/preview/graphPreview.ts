// The graph preview panel: one panel beside the editor that follows the active ASL document, redraws
// as the user types, and keeps the editor and the graph in step (click a state, move the cursor).
// Lifecycle as in vscode-extension-samples' webview-sample: createOrShow, revive, dispose.
import * as vscode from 'vscode';
import {
  buildGraph,
  findStateNodeAtOffset,
  type GraphDiagnosticInput,
  type GraphNode,
  type GraphRunOverlay,
  type StateMachineGraph,
} from '../../../server/src/core/index';
import type { FromWebviewMessage, RunReport, ToWebviewMessage, WebviewPersistedState } from '../../webview/protocol';
import { readSettings } from '../config';
import { previewHtml } from './html';
import { isInfrastructureDocument, machineSource, type MachineSource } from '../hosts/machineSource';
import { PreviewAnalyzer } from './previewAnalyzer';

export const graphPreviewViewType = 'asl.graphPreview';
const aslLanguages = new Set(['asl', 'asl-yaml']);

export function isAslDocument(document: vscode.TextDocument): boolean {
  return aslLanguages.has(document.languageId);
}

/** ASL files and infrastructure files with state machines inside (the preview shows one machine of those at a time). */
export function isPreviewableDocument(document: vscode.TextDocument): boolean {
  return isAslDocument(document) || isInfrastructureDocument(document);
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
  /** The machine shown: the document's own, or one of an infrastructure file's (by name). */
  private source: MachineSource | undefined;
  private machineName: string | undefined;
  /** Parses the text and builds the graph in a worker thread, off the extension host's event loop. */
  private readonly analyzer: PreviewAnalyzer;
  /** Set by the extension: what the run pane's buttons do. */
  static runActions: { cancel(): void; runAgain(uri: vscode.Uri): void } | undefined;

  static get active(): GraphPreview | undefined {
    return GraphPreview.current;
  }

  /** In an infrastructure file: the name of the machine shown (undefined for an ASL file's own machine). */
  get shownMachine(): string | undefined {
    return this.source?.name ?? this.machineName;
  }

  /** Shows the preview of `document` beside its editor, creating the panel when there is none. */
  static createOrShow(extensionUri: vscode.Uri, document: vscode.TextDocument, preserveFocus = true, machineName?: string): GraphPreview {
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (GraphPreview.current) {
      GraphPreview.current.panel.reveal(GraphPreview.current.panel.viewColumn ?? column, preserveFocus);
      GraphPreview.current.showDocument(document, machineName);
      return GraphPreview.current;
    }
    const panel = vscode.window.createWebviewPanel(
      graphPreviewViewType,
      'ASL Graph',
      { viewColumn: column, preserveFocus },
      GraphPreview.webviewOptions(extensionUri),
    );
    GraphPreview.current = new GraphPreview(panel, extensionUri, document.uri, machineName);
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
    machineName?: string,
  ) {
    this.documentUri = documentUri;
    this.machineName = machineName;
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
        if (editor && isPreviewableDocument(editor.document) && editor.document.uri.toString() !== this.documentUri.toString())
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

  /** The machine shown when the document is an infrastructure file. */
  get machine(): string | undefined {
    return this.source?.name;
  }

  showDocument(document: vscode.TextDocument, machineName?: string): void {
    if (document.uri.toString() === this.documentUri.toString()) {
      if (machineName !== undefined && machineName !== this.machineName) this.showMachine(machineName);
      return;
    }
    this.machineName = machineName;
    this.documentUri = document.uri;
    this.lastGoodGraph = undefined;
    this.runMessage = undefined;
    this.post({ type: 'run', overlay: null, report: null });
    this.updatePanelTitle();
    void this.update();
  }

  /** Shows another machine of the same infrastructure file. */
  showMachine(name: string): void {
    this.machineName = name;
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
    this.panel.title = `Graph: ${name.replace(/\.asl\.(json|ya?ml)$/i, '')}${this.machineName ? `#${this.machineName}` : ''}`;
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
    let fileName = this.documentUri.path.split('/').pop() ?? '';
    if (!document) {
      this.problem = `${fileName} could not be opened`;
      this.post({ type: 'graph', documentUri: this.documentUri.toString(), fileName, graph: null, problem: this.problem });
      return;
    }
    if (isInfrastructureDocument(document)) {
      await this.updateFromHost(document, fileName);
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

  /** Highlights and reveals the state at an offset of the document (the debugger's paused state). */
  revealStateAt(offset: number): void {
    this.highlighted = null;
    this.highlightOffset(offset, true);
  }

  private highlightOffset(offset: number, reveal: boolean): void {
    if (!this.graph) return;
    const source = this.source;
    const span = source?.hostSpan;
    if (source && span && (offset < span.offset || offset > span.offset + span.length)) {
      // The cursor left this machine: follow it to the machine under it, if any.
      if (this.followTimer) clearTimeout(this.followTimer);
      this.followTimer = setTimeout(() => void this.followCursor(offset), 50);
      return;
    }
    const treeOffset = source ? source.toTree(offset) : offset;
    const nodeId = treeOffset === undefined ? null : (findStateNodeAtOffset(this.graph, treeOffset)?.id ?? null);
    if (nodeId === this.highlighted) return;
    this.highlighted = nodeId;
    this.post({ type: 'highlight', nodeId, reveal });
  }

  private followTimer: ReturnType<typeof setTimeout> | undefined;

  private async followCursor(offset: number): Promise<void> {
    const document = await this.findDocument();
    if (!document || !isInfrastructureDocument(document)) return;
    const found = await machineSource(document, { cursorOffset: offset });
    if (found && 'machine' in found && found.name !== undefined && found.name !== this.machineName && found.hostSpan) {
      if (offset >= found.hostSpan.offset && offset <= found.hostSpan.offset + found.hostSpan.length) this.showMachine(found.name);
    }
  }

  nodeById(nodeId: string): GraphNode | undefined {
    return this.graph?.nodes.find((node) => node.id === nodeId);
  }

  /** Selects a state's name in its editor, opening the editor when it is not visible. */
  async revealState(nodeId: string): Promise<void> {
    const node = this.nodeById(nodeId);
    const source = this.source;
    // An infrastructure file's machine kept in another file (DefinitionUri, templatefile()) is shown there.
    const fileUri = source?.fileUri ?? this.documentUri;
    const document =
      fileUri.toString() === this.documentUri.toString() ? await this.findDocument() : await vscode.workspace.openTextDocument(fileUri);
    if (!node?.range || !document) return;
    const toFile = (start: number, end: number): { start: number; end: number } => {
      if (!source) return { start, end };
      const span = source.toFile(start, end - start);
      return { start: span.offset, end: span.offset + span.length };
    };
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === fileUri.toString());
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    const nameRange = toFile((node.nameRange ?? node.range).start, (node.nameRange ?? node.range).end);
    const start = document.positionAt(nameRange.start);
    const end = document.positionAt(nameRange.end);
    this.highlighted = nodeId;
    editor.selection = new vscode.Selection(start, end);
    editor.revealRange(
      new vscode.Range(start, document.positionAt(toFile(node.range.start, node.range.end).end)),
      vscode.TextEditorRevealType.InCenterIfOutsideViewport,
    );
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
      case 'chooseMachine':
        if (message.name !== this.machineName) this.showMachine(message.name);
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

  /**
   * An infrastructure file's preview: one of its machines (by name, or the one under the cursor),
   * read on the extension host through the template reader (templates are small; the definitions
   * that can be large are standalone files, which the worker reads).
   */
  private async updateFromHost(document: vscode.TextDocument, fileName: string): Promise<void> {
    const editorNow = vscode.window.visibleTextEditors.find(
      (candidate) => candidate.document.uri.toString() === this.documentUri.toString(),
    );
    let found = await machineSource(document, {
      name: this.machineName,
      cursorOffset: editorNow ? document.offsetAt(editorNow.selection.active) : undefined,
    });
    // Several machines and none chosen: show the first; the picker and the cursor switch.
    if (found && !('machine' in found)) found = await machineSource(document, { name: found.names[0] });
    if (!found || !('machine' in found)) {
      this.source = undefined;
      this.problem = `${fileName} holds no state machine definition`;
      this.post({ type: 'graph', documentUri: this.documentUri.toString(), fileName, graph: null, problem: this.problem });
      return;
    }
    const source = found;
    this.source = source;
    if (source.name !== undefined) {
      this.machineName = source.name;
      fileName = `${fileName}#${source.name}`;
      this.updatePanelTitle();
    }
    const analyzed = { machine: source.machine, document: { problems: source.problems } };
    this.problem =
      (source.name === undefined
        ? describeSyntaxProblem(document, analyzed.document.problems[0], analyzed.document.problems.length)
        : analyzed.document.problems[0]?.message) ??
      (analyzed.machine.root ? undefined : 'The document is not a state machine (no top-level object with StartAt and States)');
    if (this.problem && this.lastGoodGraph) {
      // Keep drawing the last good graph: a half-typed line must not blank the picture.
      this.graph = this.lastGoodGraph;
      this.post({ type: 'graph', documentUri: this.documentUri.toString(), fileName, graph: null, problem: this.problem });
      return;
    }
    const diagnostics: GraphDiagnosticInput[] =
      source.name === undefined
        ? vscode.languages.getDiagnostics(this.documentUri).map((diagnostic) => ({
            offset: document.offsetAt(diagnostic.range.start),
            severity: toGraphSeverity(diagnostic.severity),
            message: diagnostic.message,
          }))
        : source.machine.document.root
          ? hostDiagnosticsInTree(source)
          : [];
    this.graph = buildGraph(analyzed.machine, diagnostics);
    if (!this.problem) this.lastGoodGraph = this.graph;
    this.post({
      type: 'graph',
      documentUri: this.documentUri.toString(),
      fileName,
      graph: this.graph,
      problem: this.problem,
      machines: source.names,
      machine: source.name,
    });
  }

  dispose(): void {
    if (GraphPreview.current === this) GraphPreview.current = undefined;
    if (this.updateTimer) clearTimeout(this.updateTimer);
    if (this.followTimer) clearTimeout(this.followTimer);
    this.analyzer.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}

/** An infrastructure machine's diagnostics, placed on its tree (those outside it are left out). */
function hostDiagnosticsInTree(source: MachineSource): GraphDiagnosticInput[] {
  const placed: GraphDiagnosticInput[] = [];
  for (const diagnostic of source.diagnostics()) {
    const offset = source.toTree(diagnostic.offset);
    if (offset !== undefined)
      placed.push({ offset, severity: diagnostic.severity === 'hint' ? 'information' : diagnostic.severity, message: diagnostic.message });
  }
  return placed;
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
