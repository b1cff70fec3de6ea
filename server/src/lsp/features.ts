import {
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  SymbolKind,
  type Connection,
  type ServerCapabilities,
  type TextDocuments,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  complete,
  completionInHostString,
  documentSymbols,
  findDefinition,
  findHighlights,
  findReferences,
  findVariableDefinitions,
  foldingRanges,
  formatDocument,
  hover,
  limitCompletions,
  prepareRename,
  quickFixes,
  rename,
  type AnalyzedDocument,
  type FormattingResult,
} from '../core/index';
import type { AnalysisCache } from './documents';
import { isTestFileDocument, testFileCompletion } from './testFiles';
import type { HostDocumentCache, MachineView } from './hostDocuments';
import {
  fromLspDiagnostic,
  toCodeAction,
  toCompletionItems,
  toReadOnlyCompletionItem,
  toDocumentHighlight,
  toDocumentSymbol,
  toFoldingRange,
  toHover,
  toLocation,
  toLspRange,
  toLspTextEdit,
  toOffset,
} from './convert';

/**
 * The editing features (completion, navigation, hover, quick fixes, ...). Each is a thin handler:
 * look up the document's analysis, convert the position to an offset, ask the core, convert back.
 */
export const featureCapabilities: ServerCapabilities = {
  completionProvider: { triggerCharacters: ['"', ':', ' ', '.', '$', '(', '-'], resolveProvider: false },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  codeActionProvider: { codeActionKinds: ['quickfix'] },
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
};

export function registerFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  analyses: AnalysisCache,
  hosts?: HostDocumentCache,
): void {
  // In an infrastructure file, the machine under the position (each feature works on it unchanged,
  // its lines mapping to the host); elsewhere the document's own machine.
  const analysisOf = (uri: string, position: { line: number; character: number }): MachineView | undefined => {
    const document = documents.get(uri);
    // A test file is no state machine: only completion (below) serves it.
    if (!document || isTestFileDocument(uri)) return undefined;
    const host = hosts?.get(document);
    return host ? host.viewAt(position) : analyses.get(document);
  };
  const allAnalyses = (uri: string): MachineView[] => {
    const document = documents.get(uri);
    if (!document || isTestFileDocument(uri)) return [];
    const host = hosts?.get(document);
    if (host) return host.views.map(({ view }) => view);
    const analysis = analyses.get(document);
    return analysis ? [analysis] : [];
  };

  connection.onCompletion(({ textDocument, position }) => {
    const testFile = isTestFileDocument(textDocument.uri) ? documents.get(textDocument.uri) : undefined;
    if (testFile) return testFileCompletion(testFile, documents, position, hosts?.hcl);
    const analysis = analysisOf(textDocument.uri, position);
    if (!analysis) return null;
    const offset = toOffset(analysis.lines, position);
    const { entries, incomplete } = limitCompletions(complete(analysis.machine, offset), analysis.machine.document.text, offset);
    if (!analysis.readOnly) return { isIncomplete: incomplete, items: toCompletionItems(analysis.lines, entries) };
    // A definition in a host string: what can be written there escaped, else one item that says why nothing can.
    const { written, dropped } = analysis.hostString
      ? completionInHostString(analysis.hostString.embedded, analysis.hostString.text, entries)
      : { written: [], dropped: entries.length };
    const items = toCompletionItems(analysis.lines, written);
    if (dropped > 0 && written.length === 0) {
      const line = documents.get(textDocument.uri)?.getText({ start: { line: position.line, character: 0 }, end: position }) ?? '';
      items.push(toReadOnlyCompletionItem(position, analysis.readOnly, typedWordAt(line)));
    }
    // Incomplete: each keystroke asks again, so the read-only item follows the word as it grows.
    return { isIncomplete: incomplete || (items.length > 0 && written.length === 0), items };
  });

  connection.onHover(({ textDocument, position }) => {
    const analysis = analysisOf(textDocument.uri, position);
    const result = analysis && hover(analysis.machine, toOffset(analysis.lines, position));
    return analysis && result ? toHover(analysis.lines, result) : null;
  });

  connection.onDefinition(({ textDocument, position }) => {
    const analysis = analysisOf(textDocument.uri, position);
    if (!analysis) return null;
    const offset = toOffset(analysis.lines, position);
    const state = findDefinition(analysis.machine, offset);
    if (state) return toLocation(textDocument.uri, analysis.lines, state);
    const variables = findVariableDefinitions(analysis.machine, offset);
    return variables.length ? variables.map((span) => toLocation(textDocument.uri, analysis.lines, span)) : null;
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const analysis = analysisOf(textDocument.uri, position);
    if (!analysis) return null;
    return findReferences(analysis.machine, toOffset(analysis.lines, position), context.includeDeclaration).map((span) =>
      toLocation(textDocument.uri, analysis.lines, span),
    );
  });

  connection.onDocumentHighlight(({ textDocument, position }) => {
    const analysis = analysisOf(textDocument.uri, position);
    if (!analysis) return null;
    return findHighlights(analysis.machine, toOffset(analysis.lines, position)).map((highlight) =>
      toDocumentHighlight(analysis.lines, highlight),
    );
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const analysis = analysisOf(textDocument.uri, position);
    if (!analysis) return null;
    if (analysis.readOnly) return new ResponseError(LSPErrorCodes.RequestFailed, analysis.readOnly);
    const target = prepareRename(analysis.machine, toOffset(analysis.lines, position));
    if (!target) return null;
    if ('error' in target) return new ResponseError(LSPErrorCodes.RequestFailed, target.error);
    return { range: toLspRange(analysis.lines, target.span.offset, target.span.length), placeholder: target.placeholder };
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const analysis = analysisOf(textDocument.uri, position);
    if (!analysis) return null;
    if (analysis.readOnly) return new ResponseError(LSPErrorCodes.RequestFailed, analysis.readOnly);
    const edits = rename(analysis.machine, toOffset(analysis.lines, position), newName);
    if (!edits) return null;
    if ('error' in edits) return new ResponseError(LSPErrorCodes.RequestFailed, edits.error);
    return { changes: { [textDocument.uri]: edits.map((edit) => toLspTextEdit(analysis.lines, edit)) } };
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const views = allAnalyses(textDocument.uri);
    // No machine served here (another language): no answer, rather than an empty outline.
    if (views.length === 0) return null;
    return views.flatMap((analysis) => {
      const symbols = documentSymbols(analysis.machine).map((symbol) => toDocumentSymbol(analysis.lines, symbol));
      const container = analysis.container;
      return container
        ? [{ name: container.name, kind: SymbolKind.Module, range: container.range, selectionRange: container.range, children: symbols }]
        : symbols;
    });
  });

  connection.onFoldingRanges(({ textDocument }) =>
    allAnalyses(textDocument.uri).flatMap((analysis) => foldingRanges(analysis.machine, analysis.lines).map(toFoldingRange)),
  );

  connection.onCodeAction(({ textDocument, context, range }) => {
    const analysis = analysisOf(textDocument.uri, range.start);
    if (!analysis) return null;
    // A definition whose edits cannot be written back says why in the light bulb instead of offering nothing.
    if (analysis.readOnly)
      return context.diagnostics.length ? [{ title: 'Quick fix', kind: 'quickfix', disabled: { reason: analysis.readOnly } }] : null;
    return context.diagnostics.flatMap((diagnostic) => {
      const ours = fromLspDiagnostic(analysis.lines, diagnostic);
      return ours ? quickFixes(analysis.machine, [ours]).map((fix) => toCodeAction(textDocument.uri, analysis.lines, fix, diagnostic)) : [];
    });
  });

  // JSON formatting changes whitespace only (key order and values stay); YAML keeps key order and
  // comments, and a YAML document it cannot format safely (a syntax error) gets no edits and a
  // message saying why. Only whole ASL documents: an infrastructure file's formatting belongs to
  // its own language's tools.
  const standaloneAnalysis = (uri: string): AnalyzedDocument | undefined => {
    const document = documents.get(uri);
    if (!document || isTestFileDocument(uri)) return undefined;
    const host = hosts?.get(document);
    return !host || host.formattable ? analyses.get(document) : undefined;
  };
  const formattingEdits = (analysis: AnalyzedDocument, result: FormattingResult): TextEdit[] => {
    if ('refusal' in result) {
      // A notification, not window/showMessageRequest: nothing to answer, and every client shows it.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: result.refusal });
      return [];
    }
    return result.edits.map((edit) => toLspTextEdit(analysis.lines, edit));
  };
  connection.onDocumentFormatting(({ textDocument, options }) => {
    const analysis = standaloneAnalysis(textDocument.uri);
    if (!analysis) return null;
    return formattingEdits(analysis, formatDocument(analysis.text, analysis.format, options));
  });

  connection.onDocumentRangeFormatting(({ textDocument, range, options }) => {
    const analysis = standaloneAnalysis(textDocument.uri);
    if (!analysis) return null;
    const start = toOffset(analysis.lines, range.start);
    const span = { offset: start, length: toOffset(analysis.lines, range.end) - start };
    return formattingEdits(analysis, formatDocument(analysis.text, analysis.format, options, span));
  });
}

/** The word being typed: the end of the line before the cursor, up to a JSON/YAML delimiter, a quote or an escape. */
export function typedWordAt(lineBeforeCursor: string): string {
  return /[^\s"'\\{}[\]:,]*$/.exec(lineBeforeCursor)?.[0] ?? '';
}
