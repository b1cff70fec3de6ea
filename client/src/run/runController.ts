// "ASL: Run State Machine": picks the input and the mock test case, runs the shared interpreter through
// the isolated runner (a worker thread, never the extension host's event loop, with the time and memory
// limits of the settings), and shows the outcome in the graph preview (path painted, report below it).
// One run at a time; Cancel (the progress notification, the pane or a command) ends the worker at once.
import * as vscode from 'vscode';
import { buildGraph, toValue } from '../../../server/src/core/index';
import type { ExecutionResult, HistoryEvent } from '../../../server/src/core/interpreter/index';
import { chooseMachineSource } from '../hosts/machineSource';
import type { RunReport } from '../../webview/protocol';
import { type IsolatedRunRequest, type IsolatedRunResult, startIsolatedRun } from '../../../server/src/node/isolatedRun';
import { readSettings } from '../config';
import { GraphPreview } from '../preview/graphPreview';
import { besideFile, chooseInput, exists, InputHistory, machineBaseName, readInputFile, readJsonFile, type ChosenInput } from './inputs';
import { checkMockFile, type MockCatalog } from './mocks';
import { describeRun } from './overlay';

export interface RunOptions {
  /** The input value; skips the input pick. */
  input?: unknown;
  /** A test case of the mock file; null runs without mocks; absent asks when there are several. */
  testCase?: string | null;
  /** Reuse the last input and test case of this machine (the pane's "Run again"). */
  again?: boolean;
  /** Run even when the definition has errors (for scripts and tests); the UI asks instead. */
  ignoreProblems?: boolean;
  /** Take the input from `<name>.input.json` beside the machine without asking. */
  useInputFile?: boolean;
  /** In an infrastructure file: the machine to run (else the one at the cursor, the only one, or a picker). */
  machine?: string;
}

export interface RunOutcome {
  status: ExecutionResult['status'];
  output?: unknown;
  error?: string;
  cause?: string;
  events: HistoryEvent[];
  testCase?: string;
  report: RunReport;
}

/** A finished run with what it was started with (for "Create test from this run"). */
export interface FinishedRun {
  uri: vscode.Uri;
  input: unknown;
  testCase: string | null;
  outcome: RunOutcome;
}

interface LastRun {
  input: ChosenInput;
  testCase: string | null;
}

/** How often the pane is refreshed while a long run (real-time waits) is going. */
const progressIntervalMillis = 150;

export class RunController implements vscode.Disposable {
  private current: { cancel(): void } | undefined;
  private readonly history: InputHistory;
  private readonly lastRuns = new Map<string, LastRun>();
  /** The machine last run in each infrastructure file, for "Run again". */
  private readonly lastMachines = new Map<string, string>();
  private readonly status = vscode.window.createStatusBarItem('asl.run', vscode.StatusBarAlignment.Left, 50);
  private warnedAboutTrust = false;
  private readonly startEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when an execution has started (after the input and test case were chosen). */
  readonly onDidStart = this.startEmitter.event;
  private readonly finishEmitter = new vscode.EventEmitter<FinishedRun>();
  /** Fires when an execution has ended, with its input and test case. */
  readonly onDidFinish = this.finishEmitter.event;

  constructor(private readonly extension: vscode.ExtensionContext) {
    this.history = new InputHistory(extension.workspaceState);
    this.status.name = 'ASL Run';
  }

  cancel(): boolean {
    if (!this.current) return false;
    this.current.cancel();
    return true;
  }

  async run(uri: vscode.Uri, options: RunOptions = {}): Promise<RunOutcome | undefined> {
    if (this.current) {
      const choice = await vscode.window.showWarningMessage('A state machine is already running.', 'Cancel It', 'Keep It');
      if (choice !== 'Cancel It') return undefined;
      this.cancel();
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === uri.toString());
    const source = await chooseMachineSource(document, {
      name: options.machine ?? (options.again ? this.lastMachines.get(uri.toString()) : undefined),
      cursorOffset: editor ? document.offsetAt(editor.selection.active) : undefined,
    });
    if (!source) return undefined;
    if (source.name !== undefined) this.lastMachines.set(uri.toString(), source.name);
    const fileName = `${uri.path.split('/').pop() ?? ''}${source.name !== undefined ? `#${source.name}` : ''}`;
    const analyzed = {
      document: { problems: source.problems, root: source.machine.document.root },
      machine: source.machine,
      diagnostics: source.diagnostics(),
    };
    const syntaxProblem = analyzed.document.problems[0];
    if (syntaxProblem || !analyzed.machine.root) {
      const where = syntaxProblem
        ? `line ${document.positionAt(syntaxProblem.offset).line + 1}: ${syntaxProblem.message}`
        : 'it is not a state machine';
      void this.offerProblems(`${fileName} cannot run: ${where}.`, 'error');
      return undefined;
    }
    const errors = analyzed.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length && !options.ignoreProblems) {
      const first = errors[0]!;
      const choice = await vscode.window.showWarningMessage(
        `${fileName} has ${errors.length} error${errors.length === 1 ? '' : 's'} (line ${document.positionAt(first.offset).line + 1}: ${first.message}). Run it anyway?`,
        'Run Anyway',
        'Show Problems',
      );
      if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
      if (choice !== 'Run Anyway') return undefined;
    }
    const settings = readSettings(uri);
    const last = options.again ? this.lastRuns.get(uri.toString()) : undefined;

    const mocks = await this.loadMocks(uri, settings.runMockFile);
    if (mocks === 'failed') return undefined;
    let testCase: string | null;
    if (options.testCase !== undefined) testCase = options.testCase;
    else if (last) testCase = last.testCase;
    else testCase = mocks ? await this.chooseTestCase(mocks, machineBaseName(uri)) : null;
    if (testCase === '') return undefined;
    if (testCase !== null && mocks && !mocks.testCases.includes(testCase)) {
      void vscode.window.showErrorMessage(`The mock file has no test case "${testCase}" (it has ${mocks.testCases.join(', ')}).`);
      return undefined;
    }

    let input: ChosenInput | undefined;
    if (options.input !== undefined) input = { value: options.input, source: 'given input' };
    else if (options.useInputFile) input = await readInputFile(uri);
    else if (last) input = last.input;
    else input = await chooseInput(uri, this.history, settings.runRecentInputs);
    if (!input) return undefined;
    this.lastRuns.set(uri.toString(), { input, testCase });
    if (input.source !== 'given input') void this.history.remember(uri, JSON.stringify(input.value), settings.runRecentInputs);

    const handlersFile = this.handlersFile(uri, settings.runHandlers);
    const graph = buildGraph(analyzed.machine);
    const preview = GraphPreview.createOrShow(this.extension.extensionUri, document, true, source.name);
    const title = `${fileName}${testCase ? ` · test case ${testCase}` : ''}`;
    const report: RunReport = { status: 'RUNNING', title, inputSource: input.source, events: [] };
    preview.showRun(null, report);

    let cancelled = false;
    let cancelledAt: number | undefined;
    let execution: { cancel(): void } | undefined;
    this.current = {
      cancel: () => {
        cancelled = true;
        cancelledAt ??= Date.now();
        execution?.cancel();
      },
    };
    this.status.text = `$(sync~spin) Running ${machineBaseName(uri)}…`;
    this.status.command = 'asl.cancelRun';
    this.status.tooltip = 'Cancel the run';
    this.status.show();
    const events: HistoryEvent[] = [];
    let lastPaint = 0;
    const paintProgress = (): void => {
      const picture = describeRun(graph, events, 'RUNNING');
      preview.showRun(picture.overlay, { ...report, events: picture.events });
    };
    const request: IsolatedRunRequest = {
      definition: toValue(analyzed.document.root) as Record<string, unknown>,
      input: input.value,
      realTime: settings.runRealTime,
      stateMachineName: source.name ?? machineBaseName(uri),
      recordEvents: false,
      timeoutMs: settings.runTimeoutSeconds * 1000,
      memoryLimitMb: settings.runMemoryLimitMb,
    };
    if (handlersFile) request.handlersFile = handlersFile;
    if (mocks && testCase !== null) request.mocks = { config: mocks.config, stateMachine: mocks.stateMachine, testCase };
    const onEvent = (event: HistoryEvent): void => {
      events.push(event);
      const now = Date.now();
      if (now - lastPaint > progressIntervalMillis) {
        lastPaint = now;
        paintProgress();
      }
    };
    if (source.executionType) request.type = source.executionType;

    const started = Date.now();
    let result: IsolatedRunResult;
    try {
      result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Running ${machineBaseName(uri)}`, cancellable: true },
        (_progress, token) => {
          token.onCancellationRequested(() => this.current?.cancel());
          const run = startIsolatedRun(request, onEvent);
          execution = run;
          if (cancelled) run.cancel();
          this.startEmitter.fire(uri);
          return run.result;
        },
      );
      if (result.setupError !== undefined) this.reportHandlersProblem(settings.runHandlers, result.setupError);
      else if (result.stoppedBy === 'timeout' || result.stoppedBy === 'memory') this.reportLimit(result.stoppedBy, result.cause ?? '');
    } catch (error) {
      // The interpreter reports machine problems as FAILED results; a throw is our bug, said plainly.
      result = {
        status: 'FAILED',
        error: 'ASL Studio internal error',
        cause: error instanceof Error ? (error.stack ?? error.message) : String(error),
        events: [],
      };
    } finally {
      this.current = undefined;
    }
    const picture = describeRun(graph, events, result.status);
    const finalReport: RunReport = {
      ...report,
      status: result.status,
      durationMillis: Date.now() - started,
      events: picture.events,
    };
    if (cancelledAt !== undefined && result.status === 'ABORTED') finalReport.stopMillis = Date.now() - cancelledAt;
    if (result.output !== undefined) finalReport.output = JSON.stringify(result.output, null, 2);
    if (result.error !== undefined) finalReport.error = result.error;
    if (result.cause !== undefined) finalReport.cause = result.cause;
    preview.showRun(picture.overlay, finalReport);
    this.showStatus(result.status, machineBaseName(uri));
    const outcome: RunOutcome = { status: result.status, events, report: finalReport };
    if (result.output !== undefined) outcome.output = result.output;
    if (result.error !== undefined) outcome.error = result.error;
    if (result.cause !== undefined) outcome.cause = result.cause;
    if (testCase) outcome.testCase = testCase;
    this.finishEmitter.fire({ uri, input: input.value, testCase, outcome });
    return outcome;
  }

  private showStatus(status: ExecutionResult['status'], name: string): void {
    const icon = status === 'SUCCEEDED' ? '$(pass-filled)' : status === 'ABORTED' ? '$(circle-slash)' : '$(error)';
    this.status.text = `${icon} ${name}: ${status}`;
    this.status.tooltip = 'Show the run in the graph preview';
    this.status.command = 'asl.openGraphPreview';
    this.status.show();
  }

  private async offerProblems(message: string, severity: 'error' | 'warning'): Promise<void> {
    const show = severity === 'error' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
    const choice = await show(message, 'Show Problems');
    if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  /** The mock file from the settings, else beside the machine; undefined when there is none. */
  private async loadMocks(machineUri: vscode.Uri, configured: string): Promise<MockCatalog | undefined | 'failed'> {
    let mockUri: vscode.Uri | undefined;
    if (configured) {
      const folder = vscode.workspace.getWorkspaceFolder(machineUri);
      mockUri = configured.startsWith('/') || !folder ? vscode.Uri.file(configured) : vscode.Uri.joinPath(folder.uri, configured);
      if (!(await exists(mockUri))) {
        void vscode.window
          .showErrorMessage(`The mock file named in the setting asl.run.mockFile does not exist: ${configured}`, 'Open Settings')
          .then((choice) => {
            if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'asl.run.mockFile');
          });
        return 'failed';
      }
    } else {
      const beside = besideFile(machineUri, '.mocks.json');
      if (await exists(beside)) mockUri = beside;
    }
    if (!mockUri) return undefined;
    const parsed = await readJsonFile(mockUri, 'mock file');
    if (!parsed.ok) return 'failed';
    const checked = checkMockFile(parsed.value, machineBaseName(machineUri), vscode.workspace.asRelativePath(mockUri));
    if (!checked.ok) {
      const target = mockUri;
      void vscode.window.showErrorMessage(checked.message, 'Open Mock File').then((choice) => {
        if (choice) void vscode.window.showTextDocument(target);
      });
      return 'failed';
    }
    return checked.catalog;
  }

  /** The test case to run; '' when the user dismissed the pick; null for "no mocks". */
  private async chooseTestCase(mocks: MockCatalog, machineName: string): Promise<string | null | ''> {
    if (mocks.testCases.length === 1) return mocks.testCases[0]!;
    const items: (vscode.QuickPickItem & { testCase: string | null })[] = mocks.testCases.map((testCase) => ({
      label: testCase,
      description: 'mocked test case',
      testCase,
    }));
    items.push({ label: 'No mocks', description: 'tasks run with local handlers only', testCase: null });
    const picked = await vscode.window.showQuickPick(items, {
      title: `Test case for ${machineName}`,
      placeHolder: 'Choose the mocked test case',
      ignoreFocusOut: true,
    });
    return picked ? picked.testCase : '';
  }

  /**
   * Local task handlers: the same handlers file as `asl run --handlers` (JSON binding function or
   * state names to JavaScript modules). It is user code, so it is used only in a trusted workspace,
   * and it is loaded inside the run's worker, never in the extension host.
   */
  private handlersFile(machineUri: vscode.Uri, configured: string): string | undefined {
    if (!configured) return undefined;
    if (!vscode.workspace.isTrusted) {
      if (!this.warnedAboutTrust) {
        this.warnedAboutTrust = true;
        void vscode.window
          .showWarningMessage(
            'Local task handlers (asl.run.handlers) are not loaded in Restricted Mode. Tasks without mocks will fail.',
            'Manage Workspace Trust',
          )
          .then((choice) => {
            if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
          });
      }
      return undefined;
    }
    const folder = vscode.workspace.getWorkspaceFolder(machineUri);
    return configured.startsWith('/') || !folder ? configured : vscode.Uri.joinPath(folder.uri, configured).fsPath;
  }

  /** A run stopped by a limit of the settings: say which setting raises it. */
  private reportLimit(limit: 'timeout' | 'memory', cause: string): void {
    const setting = limit === 'timeout' ? 'asl.run.timeoutSeconds' : 'asl.run.memoryLimitMb';
    void vscode.window.showWarningMessage(`${cause} The limit is the setting ${setting}.`, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', setting);
    });
  }

  private reportHandlersProblem(configured: string, message: string): void {
    void vscode.window
      .showErrorMessage(`The task handlers file ${configured} could not be loaded: ${message}`, 'Open Settings')
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'asl.run.handlers');
      });
  }

  dispose(): void {
    this.cancel();
    this.status.dispose();
    this.startEmitter.dispose();
    this.finishEmitter.dispose();
  }
}
