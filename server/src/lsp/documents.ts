import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalyzedDocument, type DocumentFormat } from '../core/index';

/** The analysis of each open document, computed once per version and shared by every feature. */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; analysis: AnalyzedDocument }>();

  get(document: TextDocument): AnalyzedDocument {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = new AnalyzedDocument(document.getText(), formatOf(document));
    this.entries.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

export function formatOf(document: TextDocument): DocumentFormat {
  return document.languageId === 'asl-yaml' || document.languageId === 'yaml' || /\.ya?ml$/i.test(document.uri) ? 'yaml' : 'json';
}
