// The testing commands: "Create Test from This Run" (writes or extends `<name>.asl.test.json` beside
// the machine with the last run's input, test case, path and output) and "Show Test Coverage in
// Graph". Registered by extension.ts with the Test Explorer controller.
import * as vscode from 'vscode';
import { analyzeDocument, formatForFileName } from '../../../server/src/core/index';
import { readSettings } from '../config';
import { GraphPreview } from '../preview/graphPreview';
import type { FinishedRun, RunController } from '../run/runController';
import { AslTestController } from './testController';
import { addTestOfRun, testFileNameFor } from './testFromRun';

/** Set while the last run of the active editor's machine can become a test (shows the editor title button). */
const CAN_CREATE_TEST_CONTEXT = 'asl.canCreateTestFromRun';

export function registerTesting(extension: vscode.ExtensionContext, runs: RunController): AslTestController {
  const tests = new AslTestController();
  const lastRuns = new Map<string, FinishedRun>();
  const updateContext = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri ?? GraphPreview.active?.uri;
    void vscode.commands.executeCommand('setContext', CAN_CREATE_TEST_CONTEXT, uri !== undefined && lastRuns.has(uri.toString()));
  };
  extension.subscriptions.push(
    tests,
    runs.onDidFinish((run) => {
      if (run.outcome.status === 'ABORTED') return;
      lastRuns.set(run.uri.toString(), run);
      updateContext();
    }),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.commands.registerCommand('asl.createTestFromRun', async (argument?: unknown) => {
      const uri = argument instanceof vscode.Uri ? argument : (vscode.window.activeTextEditor?.document.uri ?? GraphPreview.active?.uri);
      const run = uri ? lastRuns.get(uri.toString()) : undefined;
      if (!uri || !run) {
        void vscode.window.showInformationMessage(
          'Run the state machine first ("ASL: Run State Machine"), then create a test from that run.',
        );
        return undefined;
      }
      return createTestFromRun(run, typeof argument === 'string' ? argument : undefined);
    }),
    vscode.commands.registerCommand('asl.showTestCoverageInGraph', async () => {
      const uri = vscode.window.activeTextEditor?.document.uri ?? GraphPreview.active?.uri;
      if (!uri || !tests.lastCoverage.has(uri.toString())) {
        void vscode.window.showInformationMessage('Run the tests with coverage first (Test Explorer: "Run with Coverage").');
        return false;
      }
      const document = await vscode.workspace.openTextDocument(uri);
      GraphPreview.createOrShow(extension.extensionUri, document, true);
      return tests.paintGraph(uri);
    }),
  );
  void tests.discoverAll();
  return tests;
}

/** Writes the test; returns the test file's URI and the test's name. `name` skips the prompt (scripts, tests). */
async function createTestFromRun(run: FinishedRun, name?: string): Promise<{ file: string; test: string } | undefined> {
  const machineFileName = run.uri.path.split('/').pop()!;
  const testFile = vscode.Uri.joinPath(run.uri, '..', testFileNameFor(machineFileName));
  const wanted =
    name ??
    (await vscode.window.showInputBox({
      title: 'Create test from this run',
      prompt: `The test's name in ${testFileNameFor(machineFileName)}`,
      value: run.testCase
        ? `${run.testCase}: ${run.outcome.status.toLowerCase()}`
        : `run ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`,
    }));
  if (!wanted) return undefined;
  let existing: string | undefined;
  try {
    existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(testFile));
  } catch {
    existing = undefined;
  }
  const document = await vscode.workspace.openTextDocument(run.uri);
  const machine = analyzeDocument(document.getText(), formatForFileName(document.fileName)).machine;
  const configuredMocks = readSettings(run.uri).runMockFile;
  const mockFileName = configuredMocks ? undefined : machineFileName.replace(/\.asl\.(json|ya?ml)$/i, '.mocks.json');
  if (configuredMocks && run.testCase) {
    void vscode.window.showWarningMessage(
      `The run used the mock file from asl.run.mockFile (${configuredMocks}); set "mocks" in the test file to it, relative to the test file.`,
    );
  }
  const edit = addTestOfRun(
    existing,
    {
      machineFileName,
      ...(mockFileName ? { mockFileName } : {}),
      ...(run.testCase ? { testCase: run.testCase } : {}),
      input: run.input,
      status: run.outcome.status,
      ...(run.outcome.output !== undefined ? { output: run.outcome.output } : {}),
      ...(run.outcome.error !== undefined ? { error: run.outcome.error } : {}),
      ...(run.outcome.cause !== undefined ? { cause: run.outcome.cause } : {}),
      events: run.outcome.events,
      topLevelStates: new Set(machine.root?.states.keys() ?? []),
    },
    wanted,
  );
  if (!edit.ok) {
    void vscode.window.showErrorMessage(`Cannot add the test to ${vscode.workspace.asRelativePath(testFile)}: ${edit.message}.`);
    return undefined;
  }
  await vscode.workspace.fs.writeFile(testFile, new TextEncoder().encode(edit.text));
  void vscode.window
    .showInformationMessage(`Added test "${edit.testName}" to ${vscode.workspace.asRelativePath(testFile)}.`, 'Open')
    .then((choice) => {
      if (choice) void vscode.window.showTextDocument(testFile);
    });
  return { file: testFile.toString(), test: edit.testName };
}
