/**
 * A language client for tests: spawns `node dist/server.js --stdio` and talks LSP to it over the
 * child's stdin/stdout. Waits on events (published diagnostics, responses), never on fixed sleeps.
 *
 *   const client = await LspTestClient.start();
 *   const doc = await client.open('machine.asl.json', text);          // languageId from the name
 *   const diagnostics = await client.diagnostics(doc.uri);            // the publish for the current version
 *   const items = await client.request(CompletionRequest.type, { textDocument: { uri: doc.uri }, position });
 *   const { items } = await client.completeAt('m.asl.json', '{"StartAt": "A", "States": {"A": {"Type": "|"}}}');
 *   completionItem(items, 'Pass');                                    // the item, or a failure listing what there was
 *   await client.stop();
 *
 * `cursor(text)` reads a `|` marker out of a test document and gives back the text and position.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import assert from 'node:assert/strict';
import {
  CompletionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CompletionItem,
  type CompletionList,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type RequestType,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const SERVER_PATH = resolve(process.cwd(), 'dist', 'server.js');

/** How long any single wait may take before the test fails with a clear message. */
const WAIT_LIMIT_MS = 10_000;

export interface OpenDocument {
  uri: string;
  languageId: string;
  version: number;
  text: string;
}

interface DiagnosticsWaiter {
  uri: string;
  version: number;
  resolve(params: PublishDiagnosticsParams): void;
}

export class LspTestClient {
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  /** Every publish, in the order the server sent them (for tests of the order of versions). */
  readonly published: PublishDiagnosticsParams[] = [];
  private waiters: DiagnosticsWaiter[] = [];
  private readonly documents = new Map<string, OpenDocument>();
  readonly stderr: string[] = [];
  initializeResult!: InitializeResult;

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  /** Spawns the bundled server and completes the initialize handshake. Run `npm run build` first. */
  static async start(): Promise<LspTestClient> {
    if (!existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run "npm run build" first.`);
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection);
    child.stderr!.on('data', (chunk: Buffer) => client.stderr.push(chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => client.onDiagnostics(params));
    // The server logs through window/logMessage; keep it quiet but answer requests it may send.
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest('workspace/configuration', () => []);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    client.initializeResult = await withTimeout(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        capabilities: {
          textDocument: {
            completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            rename: { prepareSupport: true },
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
            codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
            publishDiagnostics: { versionSupport: true },
          },
        },
        workspaceFolders: null,
      }),
      'initialize',
    );
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Opens a document; the language id follows the name (asl-yaml for .yaml/.yml, else asl). */
  async open(name: string, text: string, languageId = /\.ya?ml$/.test(name) ? 'asl-yaml' : 'asl'): Promise<OpenDocument> {
    const uri = name.includes('://') ? name : `file:///test/${name}`;
    const document: OpenDocument = { uri, languageId, version: 1, text };
    this.documents.set(uri, document);
    this.latest.delete(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  /** Opens `marked` as `name` and asks for completion at its `|` marker: the text without the marker, and the items. */
  async completeAt(name: string, marked: string): Promise<{ text: string; items: CompletionItem[] }> {
    const { text, position } = cursor(marked);
    const document = await this.open(name, text);
    const result = (await this.request(CompletionRequest.type, { textDocument: { uri: document.uri }, position })) as CompletionList | null;
    return { text, items: result?.items ?? [] };
  }

  /** Replaces the whole text (or applies ranged edits) and bumps the version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[] | string): Promise<OpenDocument> {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    const contentChanges = typeof changes === 'string' ? [{ text: changes }] : changes;
    for (const change of contentChanges) {
      document.text = 'range' in change ? applyRangeEdit(document.text, change.range, change.text) : change.text;
    }
    document.version++;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: document.version },
      contentChanges,
    });
    return document;
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /**
   * The diagnostics published for the document's current version (or `version`). Resolves as soon
   * as the server publishes them; fails after a generous limit with what was last seen.
   */
  diagnostics(uri: string, version = this.documents.get(uri)?.version ?? 0): Promise<PublishDiagnosticsParams> {
    const latest = this.latest.get(uri);
    if (latest && (latest.version ?? 0) >= version) return Promise.resolve(latest);
    return withTimeout(
      new Promise<PublishDiagnosticsParams>((resolvePromise) => this.waiters.push({ uri, version, resolve: resolvePromise })),
      `diagnostics for ${uri} version ${version}`,
    );
  }

  /** Diagnostics published after a close: the server must clear them. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    this.latest.delete(uri);
    return withTimeout(
      new Promise<PublishDiagnosticsParams>((resolvePromise) => this.waiters.push({ uri, version: -1, resolve: resolvePromise })),
      `diagnostics for ${uri}`,
    );
  }

  request<P, R, E>(type: RequestType<P, R, E>, params: P): Promise<R> {
    // The protocol's overloads do not accept a generic RequestType; the method name and params are enough.
    return withTimeout(this.connection.sendRequest(type.method, params) as Promise<R>, type.method);
  }

  /** Shuts the server down cleanly and waits for the process to exit. */
  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      const exited =
        this.child.exitCode !== null
          ? Promise.resolve()
          : new Promise<void>((resolvePromise) => this.child.once('exit', () => resolvePromise()));
      const timer = setTimeout(() => this.child.kill(), 2_000);
      await exited;
      clearTimeout(timer);
      this.connection.dispose();
    }
  }

  private onDiagnostics(params: PublishDiagnosticsParams): void {
    this.published.push(params);
    this.latest.set(params.uri, params);
    const remaining: DiagnosticsWaiter[] = [];
    for (const waiter of this.waiters) {
      if (waiter.uri === params.uri && (waiter.version < 0 || (params.version ?? 0) >= waiter.version)) waiter.resolve(params);
      else remaining.push(waiter);
    }
    this.waiters = remaining;
  }
}

/** Reads the `|` cursor marker out of `marked`: the text without it, and its offset and position. */
export function cursor(marked: string, marker = '|'): { text: string; offset: number; position: Position } {
  const offset = marked.indexOf(marker);
  if (offset < 0) throw new Error(`no cursor marker "${marker}" in the test document`);
  const text = marked.slice(0, offset) + marked.slice(offset + marker.length);
  return { text, offset, position: positionAt(text, offset) };
}

/** The completion item labelled `label`; fails the test, listing what there was, when there is none. */
export function completionItem(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find((candidate) => candidate.label === label);
  assert.ok(
    found,
    `no completion "${label}" among ${items
      .slice(0, 20)
      .map((entry) => entry.label)
      .join(', ')}`,
  );
  return found;
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function offsetAt(text: string, position: Position): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset += lines[line]!.length + 1;
  return offset + position.character;
}

/** The text a range covers. */
export function textOf(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Applies text edits (non-overlapping, any order) to `text`. */
export function applyEdits(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let result = text;
  for (const edit of sorted) result = applyRangeEdit(result, edit.range, edit.newText);
  return result;
}

function applyRangeEdit(text: string, range: Range, newText: string): string {
  return text.slice(0, offsetAt(text, range.start)) + newText + text.slice(offsetAt(text, range.end));
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${WAIT_LIMIT_MS} ms waiting for ${what}`)), WAIT_LIMIT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
