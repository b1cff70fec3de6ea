// Definition files that infrastructure files of the workspace point at (a SAM DefinitionUri target,
// a Terraform templatefile()/file() target such as statemachine.json or machine.json.tpl, a
// Serverless ${file(...)}): found once at start and again only when an infrastructure file changes
// (a file system watcher, never on keystrokes), opened as ASL without "Treat This File as a State
// Machine", and sent to the language server (asl/definitionTargets) so it reads each with its
// template's substitutions and execution type.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DEFINITION_TARGETS_NOTIFICATION, type DefinitionTarget } from '../../../server/src/core/index';
import { definitionTargetsOf } from '../../../server/src/node/definitionTargets';

/** The infrastructure files looked for, and the tool folders (copies made by sam build, terraform init) left out. */
const HOST_FILES = '**/{template.yaml,template.yml,*.template.json,*.tf,serverless.yml,serverless.yaml}';
const SKIPPED = '**/{node_modules,.git,.aws-sam,.terraform}/**';
/** A bound on the files read at start, so a huge monorepo costs a bounded time. */
const MAX_HOST_FILES = 2000;
/** Changes of infrastructure files in a burst (a checkout, a build) are read once. */
const CHANGE_DELAY_MS = 500;

export class DefinitionTargets implements vscode.Disposable {
  /** The targets each infrastructure file points at, by the infrastructure file's path. */
  private readonly byHost = new Map<string, DefinitionTarget[]>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSent = '';

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** Finds the targets, opens the open ones as ASL, and keeps watching infrastructure files. */
  async start(): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher(HOST_FILES);
    const onChange = (uri: vscode.Uri): void => this.hostChanged(uri);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onChange),
      watcher.onDidChange(onChange),
      watcher.onDidDelete(onChange),
      vscode.workspace.onDidOpenTextDocument((document) => void this.adopt(document)),
    );
    const hosts = await vscode.workspace.findFiles(HOST_FILES, SKIPPED, MAX_HOST_FILES);
    for (const host of hosts) await this.read(host);
    await this.publish();
  }

  /** The target a file is, if a template points at it. */
  targetOf(uri: vscode.Uri): DefinitionTarget | undefined {
    const key = uri.toString();
    for (const targets of this.byHost.values()) for (const target of targets) if (target.uri === key) return target;
    return undefined;
  }

  /** Sends the list to the server (again after a restart: the client calls this when it is running). */
  async publish(force = false): Promise<void> {
    const targets = [...this.byHost.values()].flat();
    const message = JSON.stringify(targets);
    const client = this.client();
    if (client?.isRunning() && (force || message !== this.lastSent)) {
      this.lastSent = message;
      await client.sendNotification(DEFINITION_TARGETS_NOTIFICATION, { targets }).catch(() => undefined);
    }
    for (const document of vscode.workspace.textDocuments) await this.adopt(document);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private hostChanged(uri: vscode.Uri): void {
    if (SKIPPED_PATH.test(uri.path)) return;
    this.changed.add(uri.toString());
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const uris = [...this.changed].map((text) => vscode.Uri.parse(text));
      this.changed.clear();
      void (async () => {
        for (const host of uris) await this.read(host);
        await this.publish();
      })();
    }, CHANGE_DELAY_MS);
  }

  /** Reads one infrastructure file (from disk: a deleted one points at nothing any more). */
  private async read(host: vscode.Uri): Promise<void> {
    const targets = await definitionTargetsOf(host.fsPath, (path) => vscode.Uri.file(path).toString());
    if (targets.length) this.byHost.set(host.toString(), targets);
    else this.byHost.delete(host.toString());
  }

  /** Opens a target as ASL (JSON or YAML by its name), as "Treat This File as a State Machine" does. */
  private async adopt(document: vscode.TextDocument): Promise<void> {
    if (document.uri.scheme !== 'file' || document.languageId === 'asl' || document.languageId === 'asl-yaml') return;
    if (!this.targetOf(document.uri)) return;
    const yaml = /\.ya?ml(\.tpl)?$/i.test(document.fileName) || document.languageId === 'yaml';
    await vscode.languages.setTextDocumentLanguage(document, yaml ? 'asl-yaml' : 'asl').then(
      () => undefined,
      () => undefined,
    );
  }
}

const SKIPPED_PATH = /\/(node_modules|\.git|\.aws-sam|\.terraform)\//;
