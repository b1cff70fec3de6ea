import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalyzedDocument, type DocumentFormat } from '../core/index';

/**
 * The languages the server analyses, and the format each is read as: one row per language. A
 * document in any other language (plaintext, markdown, a JSON file the client sent by mistake) gets
 * no analysis, so no diagnostics and no features.
 */
const ANALYZED_LANGUAGES: Readonly<Record<string, DocumentFormat>> = {
  asl: 'json',
  'asl-yaml': 'yaml',
};

/**
 * The analysis of each open document, computed once per version, on first use, and shared by every
 * feature. An edit inside a string carries the analysis over to the new version (the tree is updated
 * in place, see AnalyzedDocument.edited); any other edit drops it at once, so an old version's tree
 * is never alive beside the new one's.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; analysis: AnalyzedDocument }>();

  /** The TextDocuments configuration that keeps each document's analysis in step with its edits. */
  readonly textDocuments: TextDocumentsConfiguration<TextDocument> = {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (document, changes, version) => this.update(document, changes, version),
  };

  private update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    const entry = this.entries.get(document.uri);
    let analysis = entry?.version === document.version ? entry.analysis : undefined;
    this.entries.delete(document.uri);
    for (const change of changes) {
      if (!analysis || !('range' in change)) {
        TextDocument.update(document, [change], version);
        analysis = undefined;
        continue;
      }
      // Offsets in the text before this change, as TextDocument.update reads the range.
      const start = document.offsetAt(change.range.start);
      const end = document.offsetAt(change.range.end);
      const offset = Math.min(start, end);
      TextDocument.update(document, [change], version);
      try {
        analysis = analysis.edited({ offset, length: Math.max(start, end) - offset, newText: change.text }, document.getText());
      } catch {
        // The core never throws by contract; if it ever does, the next request parses the text afresh.
        analysis = undefined;
      }
    }
    if (analysis) this.entries.set(document.uri, { version, analysis });
    return document;
  }

  /** The document's analysis, or undefined when its language is not one the server analyses. */
  get(document: TextDocument): AnalyzedDocument | undefined {
    const format = formatOf(document);
    if (!format) return undefined;
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = new AnalyzedDocument(document.getText(), format);
    this.entries.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

/** The format of a document the server analyses, or undefined for any other language. */
export function formatOf(document: TextDocument): DocumentFormat | undefined {
  if (!Object.hasOwn(ANALYZED_LANGUAGES, document.languageId)) return undefined;
  // A .yaml file the user switched to the JSON language is still read as what it holds.
  return /\.ya?ml$/i.test(document.uri) ? 'yaml' : ANALYZED_LANGUAGES[document.languageId];
}

/**
 * How any document's text is read, whatever its language: YAML by its name or language, JSON
 * otherwise (infrastructure files and test files, which are not ASL languages, are read this way).
 */
export function textFormatOf(document: TextDocument): DocumentFormat {
  return /\.ya?ml$/i.test(document.uri) || document.languageId === 'yaml' || document.languageId === 'asl-yaml' ? 'yaml' : 'json';
}
