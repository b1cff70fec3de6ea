// The extension host side of ASL Studio: starts the language server, registers the commands from one
// table, and owns the graph preview and the run command. Language features come from the server;
// the preview and the run call the pure core directly on the editor's text.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import {
  GraphPreview,
  graphPreviewViewType,
  isPreviewableDocument,
  saveSvg,
  type PreviewSnapshot,
  type RenderInfo,
} from './preview/graphPreview';
import { RunController, type RunOptions, type RunOutcome } from './run/runController';
import { AslCodeLensProvider } from './codeLens';
import { registerAwsCommands } from './aws/awsCommands';
import { debugStateMachine, registerDebugging, runToState, stopDebugging } from './debug/debugging';
import { registerTesting } from './testing/commands';
import { InfrastructureCodeLensProvider, infrastructureDocumentSelector } from './hosts/codeLens';
import { chooseMachineSource, isInfrastructureDocument } from './hosts/machineSource';
import { DefinitionTargets } from './hosts/definitionTargets';
import { looksLikeDefinition } from '../../server/src/core/index';
import type { WebviewPersistedState } from '../webview/protocol';

/** What the extension hands to other extensions and to its own extension-host tests. */
export interface AslStudioApi {
  previewSnapshot(): PreviewSnapshot | undefined;
  /** The preview's drawing as a standalone SVG file's text. */
  previewSvg(): Promise<string | undefined>;
  onDidRenderPreview(listener: (info: RenderInfo) => void): vscode.Disposable;
  run(uri: vscode.Uri, options: RunOptions): Promise<RunOutcome | undefined>;
  onDidStartRun: vscode.Event<vscode.Uri>;
  languageClient(): LanguageClient | undefined;
}

interface Context {
  extension: vscode.ExtensionContext;
  client: () => LanguageClient | undefined;
  runs: RunController;
}

type CommandFactory = (context: Context) => (...args: unknown[]) => unknown;

/** The ASL document a command applies to: its argument (CodeLens, explorer) or the active editor. */
async function targetDocument(argument: unknown): Promise<vscode.TextDocument | undefined> {
  if (argument instanceof vscode.Uri) return vscode.workspace.openTextDocument(argument);
  const editor = vscode.window.activeTextEditor;
  if (editor && isPreviewableDocument(editor.document)) return editor.document;
  const previewUri = GraphPreview.active?.uri;
  if (previewUri) return vscode.workspace.openTextDocument(previewUri);
  void vscode.window.showInformationMessage('Open an Amazon States Language file (*.asl.json, *.asl.yaml) first.');
  return undefined;
}

/** Every command of the extension, in one place (the package.json entries mirror this table). */
const commands: Record<string, CommandFactory> = {
  'asl.openGraphPreview':
    ({ extension }) =>
    async (argument, machine) => {
      const document = await targetDocument(argument);
      if (!document) return undefined;
      GraphPreview.createOrShow(extension.extensionUri, document, true, typeof machine === 'string' ? machine : undefined);
      return document.uri.toString();
    },
  // The preview's picker for infrastructure files: which of the file's machines to show.
  'asl.chooseStateMachine':
    ({ extension }) =>
    async (argument) => {
      const document = await targetDocument(argument);
      if (!document || !isInfrastructureDocument(document)) return undefined;
      const source = await chooseMachineSource(document);
      if (!source?.name) return undefined;
      GraphPreview.createOrShow(extension.extensionUri, document, true, source.name);
      return source.name;
    },
  'asl.run':
    ({ runs }) =>
    async (argument, options) => {
      const document = await targetDocument(argument);
      if (!document) return undefined;
      return runs.run(document.uri, (options ?? {}) as RunOptions);
    },
  'asl.debug': () => async (argument, machine) => {
    const document = await targetDocument(argument);
    if (!document) return false;
    // A machine of an infrastructure file is debugged as FILE#NAME.
    return typeof machine === 'string'
      ? debugStateMachine(document.uri, { program: `${document.uri.fsPath}#${machine}` })
      : debugStateMachine(document.uri);
  },
  'asl.runToState': () => (argument, stateName) => runToState(argument, stateName),
  // A definition file with another name (a templatefile() target, statemachine.json): recognised by
  // its content on request, then served as ASL without renaming it.
  'asl.treatAsStateMachine': () => async (argument) => {
    const document =
      argument instanceof vscode.Uri ? await vscode.workspace.openTextDocument(argument) : vscode.window.activeTextEditor?.document;
    if (!document) return undefined;
    if (!looksLikeDefinition(document.getText())) {
      void vscode.window.showWarningMessage(
        `${document.fileName.split(/[\\/]/).pop()} does not look like a state machine: it has no top-level "StartAt" and "States".`,
      );
      return undefined;
    }
    const yaml = /\.ya?ml(\.tpl)?$/i.test(document.fileName) || document.languageId === 'yaml';
    return (await vscode.languages.setTextDocumentLanguage(document, yaml ? 'asl-yaml' : 'asl')).languageId;
  },
  'asl.cancelRun':
    ({ runs }) =>
    () =>
      runs.cancel(),
  'asl.exportGraphSvg': () => async () => {
    const preview = GraphPreview.active;
    if (!preview) {
      void vscode.window.showInformationMessage('Open the graph preview first ("ASL: Open Graph Preview").');
      return undefined;
    }
    return saveSvg(preview.uri, await preview.requestSvg());
  },
  'asl.showServerLog':
    ({ client }) =>
    () =>
      client()?.outputChannel.show(true),
  'asl.restartServer':
    ({ client }) =>
    async () => {
      const current = client();
      if (!current) return;
      await current.restart();
      void vscode.window.showInformationMessage('The ASL language server was restarted.');
    },
};

let languageClient: LanguageClient | undefined;

export async function activate(extension: vscode.ExtensionContext): Promise<AslStudioApi> {
  const runs = new RunController(extension);
  extension.subscriptions.push(runs);
  const context: Context = { extension, client: () => languageClient, runs };
  for (const [id, factory] of Object.entries(commands)) {
    extension.subscriptions.push(vscode.commands.registerCommand(id, factory(context)));
  }
  extension.subscriptions.push(...registerAwsCommands(extension));
  GraphPreview.runActions = {
    // The pane also shows a debug session's path: Cancel stops whichever is running.
    cancel: () => runs.cancel() || stopDebugging(),
    runAgain: (uri) => void runs.run(uri, { again: true }),
  };
  extension.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(graphPreviewViewType, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: WebviewPersistedState | undefined) {
        GraphPreview.revive(panel, extension.extensionUri, state);
      },
    }),
    vscode.languages.registerCodeLensProvider([{ language: 'asl' }, { language: 'asl-yaml' }], new AslCodeLensProvider()),
    vscode.languages.registerCodeLensProvider(infrastructureDocumentSelector, new InfrastructureCodeLensProvider()),
    { dispose: () => GraphPreview.active?.dispose() },
    ...registerDebugging(extension),
  );

  registerTesting(extension, runs);

  languageClient = createLanguageClient(extension);
  // Files templates point at are served as definitions; the server hears of them once it runs (again after a restart).
  const definitionTargets = new DefinitionTargets(() => languageClient);
  extension.subscriptions.push(
    definitionTargets,
    languageClient.onDidChangeState(({ newState }) => {
      if (newState === State.Running) void definitionTargets.publish(true);
    }),
  );
  void definitionTargets.start().catch(() => undefined);
  // The preview and the run work without the server; a failed start is reported by the client.
  languageClient.start().catch((error: unknown) => {
    languageClient?.error('Starting the ASL language server failed', error, false);
  });

  return {
    previewSnapshot: () => GraphPreview.active?.snapshot(),
    previewSvg: async () => GraphPreview.active?.requestSvg(),
    onDidRenderPreview: (listener) => GraphPreview.onDidRender(listener),
    run: (uri, options) => runs.run(uri, options),
    onDidStartRun: runs.onDidStart,
    languageClient: () => languageClient,
  };
}

export async function deactivate(): Promise<void> {
  const client = languageClient;
  languageClient = undefined;
  if (client) await client.stop().catch(() => undefined);
}
