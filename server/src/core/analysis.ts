import { parseDocument } from './syntax/parse';
import type { DocumentFormat, ParsedDocument } from './syntax/tree';
import { buildStateMachine } from './model/build';
import type { StateMachine } from './model/types';
import { validateStateMachine } from './validation/validate';
import type { Diagnostic } from './validation/diagnostic';
import { LineIndex } from './text/lines';

/**
 * One document, parsed once: the tree, the model, and (computed on first use) its diagnostics and
 * line index. Every feature of the language server and the CLI starts from this.
 */
export class AnalyzedDocument {
  readonly document: ParsedDocument;
  readonly machine: StateMachine;
  private cachedDiagnostics?: Diagnostic[];
  private cachedLines?: LineIndex;

  constructor(
    readonly text: string,
    readonly format: DocumentFormat,
  ) {
    this.document = parseDocument(text, format);
    this.machine = buildStateMachine(this.document);
  }

  get diagnostics(): Diagnostic[] {
    return (this.cachedDiagnostics ??= validateStateMachine(this.machine));
  }

  get lines(): LineIndex {
    return (this.cachedLines ??= new LineIndex(this.text));
  }
}

export function analyzeDocument(text: string, format: DocumentFormat): AnalyzedDocument {
  return new AnalyzedDocument(text, format);
}
