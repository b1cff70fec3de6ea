import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './documents';
import { toLspDiagnostic } from './convert';
import { registerFeatures, featureCapabilities } from './features';

/** How long to wait after a keystroke before validating, so fast typing validates once. */
const VALIDATION_DELAY_MS = 150;

/**
 * Wires the core to an LSP connection. Holds no language logic: every answer comes from the core
 * through the shared analysis of each open document.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new AnalysisCache();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  connection.onInitialize((): InitializeResult => ({
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...featureCapabilities,
    },
    serverInfo: { name: 'ASL Studio language server' },
  }));

  const validate = (document: TextDocument): void => {
    pending.delete(document.uri);
    try {
      const analysis = analyses.get(document);
      if (!analysis) return;
      const diagnostics = analysis.diagnostics.map((diagnostic) => toLspDiagnostic(analysis.lines, diagnostic, document.uri));
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
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

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidChangeContent((event) => schedule(event.document, VALIDATION_DELAY_MS));
  documents.onDidClose((event) => {
    const previous = pending.get(event.document.uri);
    if (previous) clearTimeout(previous);
    pending.delete(event.document.uri);
    analyses.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  registerFeatures(connection, documents, analyses);
  documents.listen(connection);
  connection.listen();
}
