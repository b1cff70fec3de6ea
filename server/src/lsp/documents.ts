import type { TextDocument } from 'vscode-languageserver-textdocument';
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

/** The analysis of each open document, computed once per version and shared by every feature. */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; analysis: AnalyzedDocument }>();

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
