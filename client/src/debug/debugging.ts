// The extension's side of debugging (`type: "asl"`): it starts dist/debugAdapter.js as its own
// process, fills a launch configuration from the active editor (F5 without a launch.json: the
// machine, and its `<name>.input.json` and `<name>.mocks.json` beside it, as the run command does),
// paints the paused state and the path so far on the graph preview, and gives hovers the JSONPath
// under the cursor to evaluate. The adapter itself knows nothing of VS Code.
import * as vscode from 'vscode';
import { analyzeDocument, buildGraph, formatForFileName, type StateMachineGraph } from '../../../server/src/core/index';
import type { HistoryEvent } from '../../../server/src/core/interpreter/index';
import { GraphPreview, isAslDocument } from '../preview/graphPreview';
import { besideFile, exists, machineBaseName, readJsonFile } from '../run/inputs';
import { checkMockFile } from '../run/mocks';
import { parseMachineReference } from '../../../server/src/node/machineSource';
import { infrastructureDocumentSelector } from '../hosts/codeLens';
import { isInfrastructureDocument, machineSource } from '../hosts/machineSource';
import { describeRun } from '../run/overlay';
import { evaluatablePathAt, stateAtOffset } from './documentTargets';

export const debugType = 'asl';

/** Registers the adapter, the configuration provider, the graph painting and the hover expressions. */
export function registerDebugging(extension: vscode.ExtensionContext): vscode.Disposable[] {
  const adapter = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'debugAdapter.js').fsPath;
  return [
    vscode.debug.registerDebugAdapterDescriptorFactory(debugType, {
      // The extension host's own Node runs the adapter (in VS Code desktop, Electron run as Node).
      createDebugAdapterDescriptor: () =>
        new vscode.DebugAdapterExecutable(process.execPath, [adapter], { env: { ELECTRON_RUN_AS_NODE: '1' } }),
    }),
    vscode.debug.registerDebugConfigurationProvider(debugType, new AslConfigurationProvider()),
    vscode.debug.registerDebugAdapterTrackerFactory(debugType, {
      createDebugAdapterTracker: (session) =>
        new PreviewPainter(
          typeof session.configuration.program === 'string' ? parseMachineReference(session.configuration.program).name : undefined,
        ),
    }),
    // Templates too: a machine inside one is debugged as FILE#NAME, and its paths are hovered there.
    vscode.languages.registerEvaluatableExpressionProvider(
      [{ language: 'asl' }, { language: 'asl-yaml' }, ...infrastructureDocumentSelector],
      {
        provideEvaluatableExpression,
      },
    ),
  ];
}

/** "Debug State Machine": starts a session on the machine (the provider fills in input and mocks). */
export async function debugStateMachine(uri: vscode.Uri, extra: Record<string, unknown> = {}): Promise<boolean> {
  const name = uri.path.split('/').pop() ?? 'state machine';
  return vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(uri), {
    type: debugType,
    request: 'launch',
    name: `Debug ${name}`,
    program: uri.fsPath,
    ...extra,
  });
}

/** Stops the running asl debug session, if any (the preview pane's Cancel while debugging). */
export function stopDebugging(): boolean {
  const session = vscode.debug.activeDebugSession;
  if (session?.type !== debugType) return false;
  void vscode.debug.stopDebugging(session);
  return true;
}

/**
 * "Run to State": runs until the state under the cursor (or the named one) is entered, in the
 * running session of that machine, else in a new one.
 */
export async function runToState(argument?: unknown, stateArgument?: unknown): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const uri = argument instanceof vscode.Uri ? argument : editor && isAslDocument(editor.document) ? editor.document.uri : undefined;
  if (!uri) {
    void vscode.window.showInformationMessage('Open a state machine and put the cursor in a state first.');
    return false;
  }
  let stateName = typeof stateArgument === 'string' ? stateArgument : undefined;
  if (!stateName && editor && editor.document.uri.toString() === uri.toString()) {
    const document = editor.document;
    stateName = stateAtOffset(document.getText(), formatForFileName(document.fileName), document.offsetAt(editor.selection.active))?.name;
  }
  if (!stateName) {
    void vscode.window.showInformationMessage('Put the cursor inside a state to run to it.');
    return false;
  }
  const session = vscode.debug.activeDebugSession;
  if (session?.type === debugType && session.configuration.program === uri.fsPath) {
    try {
      await session.customRequest('runToState', { state: stateName });
    } catch (error) {
      // The adapter refuses a state its machine does not have (one added since the session started).
      void vscode.window.showWarningMessage(`Run to State: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    return true;
  }
  return debugStateMachine(uri, { runToState: stateName });
}

class AslConfigurationProvider implements vscode.DebugConfigurationProvider {
  /** F5 without a launch.json: debug the machine in the active editor. */
  resolveDebugConfiguration(
    _folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): vscode.DebugConfiguration | undefined {
    if (!config.type && !config.request && !config.name) {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isAslDocument(editor.document)) {
        void vscode.window.showInformationMessage('Open a state machine (*.asl.json, *.asl.yaml) to debug it.');
        return undefined;
      }
      const name = editor.document.uri.path.split('/').pop();
      return { type: debugType, request: 'launch', name: `Debug ${name}`, program: editor.document.uri.fsPath };
    }
    return config;
  }

  /** Fills input and mocks from the files beside the machine, as the run command finds them. */
  async resolveDebugConfigurationWithSubstitutedVariables(
    _folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): Promise<vscode.DebugConfiguration | undefined> {
    if (typeof config.program !== 'string' || !config.program) {
      void vscode.window.showErrorMessage('The "asl" launch configuration needs "program": the state machine file.');
      return undefined;
    }
    // `program` may name a machine inside an infrastructure file (`template.yaml#Orders`): its files are beside the template.
    const program = vscode.Uri.file(parseMachineReference(config.program).file);
    // The adapter reads the file: what the editor shows must be on disk.
    const open = vscode.workspace.textDocuments.find((document) => document.uri.fsPath === program.fsPath);
    if (open?.isDirty) await open.save();
    if (config.input === undefined && config.inputFile === undefined) {
      const inputFile = besideFile(program, '.input.json');
      if (await exists(inputFile)) config.inputFile = inputFile.fsPath;
    }
    if (config.mocks === undefined) {
      const mocks = besideFile(program, '.mocks.json');
      if (await exists(mocks)) config.mocks = mocks.fsPath;
    }
    if (typeof config.mocks === 'string' && config.testCase === undefined) {
      const mocksUri = config.mocks.startsWith('/') ? vscode.Uri.file(config.mocks) : vscode.Uri.joinPath(program, '..', config.mocks);
      const parsed = await readJsonFile(mocksUri, 'mock file');
      if (!parsed.ok) {
        void vscode.window.showErrorMessage(parsed.message);
        return undefined;
      }
      const checked = checkMockFile(parsed.value, machineBaseName(program), mocksUri.path.split('/').pop() ?? 'mock file');
      if (!checked.ok) {
        void vscode.window.showErrorMessage(checked.message);
        return undefined;
      }
      config.stateMachineName ??= checked.catalog.stateMachine;
      const testCases = checked.catalog.testCases;
      const testCase =
        testCases.length === 1 ? testCases[0] : await vscode.window.showQuickPick(testCases, { placeHolder: 'Test case of the mock file' });
      if (!testCase) return undefined;
      config.testCase = testCase;
    }
    return config;
  }
}

interface ExecutionMessage {
  program: string;
  events?: HistoryEvent[];
  paused?: { stateName: string; line?: number } | null;
  status?: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
}

/**
 * Paints the session's execution on the graph preview of its machine, when that preview is open: an
 * ASL file's own machine, or (for `program: "FILE#NAME"`) that machine of the infrastructure file
 * when the preview shows it.
 */
class PreviewPainter implements vscode.DebugAdapterTracker {
  private events: HistoryEvent[] = [];
  private graph: { version: number; graph: StateMachineGraph } | undefined;
  private painting = Promise.resolve();

  constructor(private readonly machineName: string | undefined) {}

  onDidSendMessage(message: { type?: string; event?: string; body?: ExecutionMessage }): void {
    if (message.type !== 'event' || message.event !== 'aslExecution' || !message.body) return;
    const body = message.body;
    for (const event of body.events ?? []) {
      // A restart starts a new execution: its path starts again.
      if (event.type === 'ExecutionStarted') this.events = [];
      this.events.push(event);
    }
    const events = [...this.events];
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.fsPath === vscode.Uri.file(body.program).fsPath);
    // A template's machine is read asynchronously: its paintings queue, in order; an ASL file's is painted at once.
    if (document && isInfrastructureDocument(document))
      this.painting = this.painting.then(() => this.paint(body, events)).catch(() => undefined);
    else void this.paint(body, events);
  }

  private async paint(body: ExecutionMessage, events: HistoryEvent[]): Promise<void> {
    const uri = vscode.Uri.file(body.program);
    const preview = GraphPreview.active;
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.fsPath === uri.fsPath);
    if (!preview || !document || preview.uri.fsPath !== uri.fsPath) return;
    if (this.graph?.version !== document.version) {
      let graph: StateMachineGraph | undefined;
      if (isInfrastructureDocument(document)) {
        if (this.machineName === undefined || preview.shownMachine !== this.machineName) return;
        const found = await machineSource(document, { name: this.machineName });
        if (!found || !('machine' in found)) return;
        graph = buildGraph(found.machine);
      } else graph = buildGraph(analyzeDocument(document.getText(), formatForFileName(document.fileName)).machine);
      this.graph = { version: document.version, graph };
    }
    if (isInfrastructureDocument(document) && preview.shownMachine !== this.machineName) return;
    const status = body.status ?? 'RUNNING';
    const picture = describeRun(this.graph.graph, events, status);
    const name = this.machineName ?? uri.path.split('/').pop() ?? '';
    preview.showRun(picture.overlay, { status, title: `Debugging ${name}`, inputSource: 'debug session', events: picture.events });
    const line = body.paused?.line;
    if (line !== undefined && line < document.lineCount) {
      const text = document.lineAt(line);
      preview.revealStateAt(document.offsetAt(new vscode.Position(line, text.firstNonWhitespaceCharacterIndex)));
    }
  }
}

/** A JSONPath written in the document (`"$.order.id"`, `$$.Map.Item.Value`, `$var.x`) under the cursor. */
function provideEvaluatableExpression(document: vscode.TextDocument, position: vscode.Position): vscode.EvaluatableExpression | undefined {
  const path = evaluatablePathAt(document.lineAt(position.line).text, position.character);
  return path && new vscode.EvaluatableExpression(new vscode.Range(position.line, path.start, position.line, path.end), path.expression);
}
