// Starts the language server and keeps it alive. A crash restarts it (up to a limit, then it stays
// down); the user is told once per session, with a button to the server's log instead of a stack.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

import { infrastructureDocumentSelector } from './hosts/codeLens';
import { LANGUAGE_SERVER_NODE_FLAGS } from '../../server/src/node/serverMemory';

/**
 * ASL files by language; infrastructure files (template.yaml, *.template.json, *.tf, serverless.yml,
 * cdk.out) and test files (*.asl.test.json|yaml|yml) by name only, so the YAML, JSON and Terraform extensions keep those languages.
 */
export const documentSelector = [
  { language: 'asl' },
  { language: 'asl-yaml' },
  ...infrastructureDocumentSelector,
  { pattern: '**/*.asl.test.{json,yaml,yml}' },
];

/** Restarts allowed within `restartWindowMillis` before the client gives up. */
const maxRestarts = 4;
const restartWindowMillis = 3 * 60 * 1000;

class RestartingErrorHandler implements ErrorHandler {
  private readonly restarts: number[] = [];
  private userWasTold = false;

  constructor(private readonly outputChannel: () => vscode.OutputChannel | undefined) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A few transport errors in a row usually mean the process is gone; closed() follows.
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.restarts.push(now);
    while (this.restarts.length && this.restarts[0]! < now - restartWindowMillis) this.restarts.shift();
    const givingUp = this.restarts.length > maxRestarts;
    this.tellUser(
      givingUp
        ? `The ASL language server crashed ${this.restarts.length} times in 3 minutes and will not be restarted. Diagnostics and completion are off until you run "ASL: Restart Language Server".`
        : 'The ASL language server stopped unexpectedly and was restarted.',
    );
    return givingUp ? { action: CloseAction.DoNotRestart, handled: true } : { action: CloseAction.Restart, handled: true };
  }

  private tellUser(message: string): void {
    if (this.userWasTold) return;
    this.userWasTold = true;
    void vscode.window.showWarningMessage(message, 'Show Log').then((choice) => {
      if (choice === 'Show Log') this.outputChannel()?.show(true);
    });
  }
}

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...LANGUAGE_SERVER_NODE_FLAGS] } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...LANGUAGE_SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] },
    },
  };
  let client: LanguageClient | undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    diagnosticCollectionName: 'asl',
    errorHandler: new RestartingErrorHandler(() => client?.outputChannel),
    initializationFailedHandler: (error) => {
      client?.error('The ASL language server failed to start', error, false);
      void vscode.window
        .showErrorMessage(`The ASL language server failed to start: ${error instanceof Error ? error.message : String(error)}`, 'Show Log')
        .then((choice) => {
          if (choice === 'Show Log') client?.outputChannel.show(true);
        });
      return false;
    },
  };
  client = new LanguageClient('asl', 'ASL Language Server', serverOptions, clientOptions);
  return client;
}
