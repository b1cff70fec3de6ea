import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './documents';

/**
 * The editing features (completion, navigation, hover, quick fixes, ...). Each is a thin handler:
 * look up the document's analysis, convert the position to an offset, ask the core, convert back.
 */
export const featureCapabilities: ServerCapabilities = {};

export function registerFeatures(_connection: Connection, _documents: TextDocuments<TextDocument>, _analyses: AnalysisCache): void {}
