import { LSPErrorCodes, ResponseError, type Connection, type ServerCapabilities, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  complete,
  documentSymbols,
  findDefinition,
  findHighlights,
  findReferences,
  findVariableDefinitions,
  foldingRanges,
  hover,
  prepareRename,
  quickFixes,
  rename,
  type AnalyzedDocument,
} from '../core/index';
import type { AnalysisCache } from './documents';
import {
  fromLspDiagnostic,
  toCodeAction,
  toCompletionItems,
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
};

export function registerFeatures(connection: Connection, documents: TextDocuments<TextDocument>, analyses: AnalysisCache): void {
  const analysisOf = (uri: string): AnalyzedDocument | undefined => {
    const document = documents.get(uri);
    return document ? analyses.get(document) : undefined;
  };

  connection.onCompletion(({ textDocument, position }) => {
    const analysis = analysisOf(textDocument.uri);
    if (!analysis) return null;
    const entries = complete(analysis.machine, toOffset(analysis.lines, position));
    return { isIncomplete: false, items: toCompletionItems(analysis.lines, entries) };
  });

  connection.onHover(({ textDocument, position }) => {
    const analysis = analysisOf(textDocument.uri);
    const result = analysis && hover(analysis.machine, toOffset(analysis.lines, position));
    return analysis && result ? toHover(analysis.lines, result) : null;
  });

  connection.onDefinition(({ textDocument, position }) => {
    const analysis = analysisOf(textDocument.uri);
    if (!analysis) return null;
    const offset = toOffset(analysis.lines, position);
    const state = findDefinition(analysis.machine, offset);
    if (state) return toLocation(textDocument.uri, analysis.lines, state);
    const variables = findVariableDefinitions(analysis.machine, offset);
    return variables.length ? variables.map((span) => toLocation(textDocument.uri, analysis.lines, span)) : null;
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const analysis = analysisOf(textDocument.uri);
    if (!analysis) return null;
    return findReferences(analysis.machine, toOffset(analysis.lines, position), context.includeDeclaration).map((span) =>
      toLocation(textDocument.uri, analysis.lines, span),
    );
  });

  connection.onDocumentHighlight(({ textDocument, position }) => {
    const analysis = analysisOf(textDocument.uri);
    if (!analysis) return null;
    return findHighlights(analysis.machine, toOffset(analysis.lines, position)).map((highlight) =>
      toDocumentHighlight(analysis.lines, highlight),
    );
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const analysis = analysisOf(textDocument.uri);
    if (!analysis) return null;
    const target = prepareRename(analysis.machine, toOffset(analysis.lines, position));
    if (!target) return null;
    if ('error' in target) return new ResponseError(LSPErrorCodes.RequestFailed, target.error);
    return { range: toLspRange(analysis.lines, target.span.offset, target.span.length), placeholder: target.placeholder };
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const analysis = analysisOf(textDocument.uri);
    if (!analysis) return null;
    const edits = rename(analysis.machine, toOffset(analysis.lines, position), newName);
    if (!edits) return null;
    if ('error' in edits) return new ResponseError(LSPErrorCodes.RequestFailed, edits.error);
    return { changes: { [textDocument.uri]: edits.map((edit) => toLspTextEdit(analysis.lines, edit)) } };
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const analysis = analysisOf(textDocument.uri);
    return analysis ? documentSymbols(analysis.machine).map((symbol) => toDocumentSymbol(analysis.lines, symbol)) : null;
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const analysis = analysisOf(textDocument.uri);
    return analysis ? foldingRanges(analysis.machine, analysis.lines).map(toFoldingRange) : null;
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const analysis = analysisOf(textDocument.uri);
    if (!analysis) return null;
    return context.diagnostics.flatMap((diagnostic) => {
      const ours = fromLspDiagnostic(analysis.lines, diagnostic);
      return ours ? quickFixes(analysis.machine, [ours]).map((fix) => toCodeAction(textDocument.uri, analysis.lines, fix, diagnostic)) : [];
    });
  });
}
