import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './documents';
import { toLspDiagnostic } from './convert';
import { registerFeatures, featureCapabilities } from './features';
import { isTestFileDocument, testFileDiagnostics } from './testFiles';
import { HostDocumentCache, hostKindOfDocument } from './hostDocuments';
import { registerHostRequests } from './hostRequests';
import { registerDefinitionTargets } from './definitionTargets';
import { loadHclParser } from '../node/hclParser';
import { moduleDefinitionDiagnostics, openModuleNeighbours } from './terraformModuleDiagnostics';
import { IdleCollector, LARGE_DOCUMENT_CHARACTERS } from '../node/serverMemory';

/** How long to wait after a keystroke before validating, so fast typing validates once. */
const VALIDATION_DELAY_MS = 150;

/**
 * Wires the core to an LSP connection. Holds no language logic: every answer comes from the core
 * through the shared analysis of each open document.
 */
export function startServer(connection: Connection): void {
  const analyses = new AnalysisCache();
  const documents = new TextDocuments(analyses.textDocuments);
  const hosts = new HostDocumentCache();
  // Terraform files, and test files that may name a machine in one, wait for the HCL parser; the rest
  // never do. It is loaded when the first such document opens, not at start: its WebAssembly runtime
  // is resident memory (the idle server 60 -> 55 MB) that a session without Terraform need not pay.
  // Once the load has ended either way, nothing waits any more: without a parser a Terraform file
  // shows host/hcl-unavailable, and a test file is checked as far as it can be.
  let hclReady: Promise<void> | undefined;
  let hclSettled = false;
  const loadHcl = (): Promise<void> =>
    (hclReady ??= loadHclParser()
      .then(
        (parser) => {
          hosts.hcl = parser;
          hosts.clear();
        },
        (error: unknown) =>
          connection.console.error(`The Terraform parser could not be loaded: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        hclSettled = true;
      }));
  const needsHcl = (document: TextDocument): boolean =>
    hostKindOfDocument(document) === 'terraform' || (isTestFileDocument(document.uri) && document.getText().includes('.tf'));
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** The version each document was opened with. */
  const opened = new Map<string, number>();

  connection.onInitialize((): InitializeResult => ({
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...featureCapabilities,
    },
    serverInfo: { name: 'ASL Studio language server' },
  }));

  const collector = new IdleCollector();
  /** Publishes a document's diagnostics; after a large document's, lets the collector tidy up (see serverMemory.ts). */
  const publish = (document: TextDocument, diagnostics: LspDiagnostic[]): void => {
    const sent = connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    if (collector.enabled && document.getText().length >= LARGE_DOCUMENT_CHARACTERS)
      void sent.then(() => setImmediate(() => collector.afterLargeWork()));
  };

  const validate = (document: TextDocument): void => {
    pending.delete(document.uri);
    if (!hclSettled && needsHcl(document)) {
      void loadHcl().then(() => {
        const current = documents.get(document.uri);
        if (current) validate(current);
      });
      return;
    }
    try {
      if (isTestFileDocument(document.uri)) {
        publish(document, testFileDiagnostics(document, documents, hosts.hcl));
        return;
      }
      const host = hosts.get(document);
      if (host) {
        // A Terraform file also shows the problems of definitions it writes for other files of its module.
        const written = hostKindOfDocument(document) === 'terraform' ? moduleDefinitionDiagnostics(document, documents, hosts.hcl) : [];
        const diagnostics = [...host.diagnostics, ...written].map((diagnostic) => toLspDiagnostic(host.hostLines, diagnostic));
        publish(document, diagnostics);
        return;
      }
      const analysis = analyses.get(document);
      if (!analysis) return;
      const diagnostics = analysis.diagnostics.map((diagnostic) => toLspDiagnostic(analysis.lines, diagnostic, document.uri));
      publish(document, diagnostics);
    } catch (error) {
      // The core never throws by contract; if it ever does, keep serving and say so in the log.
      connection.console.error(`Validation of ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  };

  const schedule = (document: TextDocument, delay: number): void => {
    const previous = pending.get(document.uri);
    if (previous) clearTimeout(previous);
    pending.set(
      document.uri,
      setTimeout(() => {
        const current = documents.get(document.uri);
        if (current) validate(current);
      }, delay),
    );
  };

  /** The other open .tf files of the folder: what this one writes or uses may change their module diagnostics. */
  const scheduleNeighbours = (document: TextDocument, delay: number): void => {
    for (const neighbour of openModuleNeighbours(document, documents)) schedule(neighbour, delay);
  };

  documents.onDidOpen((event) => {
    opened.set(event.document.uri, event.document.version);
    schedule(event.document, 0);
    scheduleNeighbours(event.document, 0);
  });
  // TextDocuments also reports an opened document's content as a change, right after onDidOpen:
  // that one must not put off the validation of a document just opened by the typing delay.
  documents.onDidChangeContent((event) => {
    if (event.document.version === opened.get(event.document.uri)) return;
    schedule(event.document, VALIDATION_DELAY_MS);
    scheduleNeighbours(event.document, VALIDATION_DELAY_MS);
  });
  documents.onDidClose((event) => {
    const previous = pending.get(event.document.uri);
    if (previous) clearTimeout(previous);
    pending.delete(event.document.uri);
    opened.delete(event.document.uri);
    analyses.delete(event.document.uri);
    hosts.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    scheduleNeighbours(event.document, 0);
  });

  registerFeatures(connection, documents, analyses, hosts);
  registerHostRequests(connection, documents, hosts);
  registerDefinitionTargets(connection, documents, hosts, (document) => schedule(document, 0));
  documents.listen(connection);
  connection.listen();
}
