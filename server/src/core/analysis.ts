import { parseDocument } from './syntax/parse';
import type { DocumentFormat, ParsedDocument } from './syntax/tree';
import { applyEditInsideString, type TextChange } from './syntax/stringEdit';
import { buildStateMachine, modelReadsString } from './model/build';
import type { StateMachine } from './model/types';
import { validateStateMachine } from './validation/validate';
import type { Diagnostic } from './validation/diagnostic';
import { LineIndex } from './text/lines';
import { carryStateIndex } from './features/stateIndex';

/** What an edited analysis takes over from the one before it (see AnalyzedDocument.edited). */
interface Reused {
  document: ParsedDocument;
  machine?: StateMachine;
  lines?: LineIndex;
}

/**
 * One document, parsed once: the tree, and (each computed on first use) the model, its
 * diagnostics and the line index. Every feature of the language server and the CLI starts from
 * this. Editing features need only the tree and the model; validation runs only when diagnostics
 * are asked for.
 */
export class AnalyzedDocument {
  readonly document: ParsedDocument;
  private cachedMachine?: StateMachine;
  private cachedDiagnostics?: Diagnostic[];
  private cachedLines?: LineIndex;

  constructor(
    readonly text: string,
    readonly format: DocumentFormat,
    reused?: Reused,
  ) {
    this.document = reused?.document ?? parseDocument(text, format);
    this.cachedMachine = reused?.machine;
    this.cachedLines = reused?.lines;
  }

  get machine(): StateMachine {
    return (this.cachedMachine ??= buildStateMachine(this.document));
  }

  get diagnostics(): Diagnostic[] {
    return (this.cachedDiagnostics ??= validateStateMachine(this.machine));
  }

  /** Whether the diagnostics were computed already (validation is the costly part of an analysis). */
  get validated(): boolean {
    return this.cachedDiagnostics !== undefined;
  }

  get lines(): LineIndex {
    return (this.cachedLines ??= new LineIndex(this.text));
  }

  /**
   * The analysis of `newText`, the text after `change`, made from this one without parsing again
   * when the change stays inside one string (most keystrokes): the tree is updated in place, and
   * the model and line index are kept when the change cannot affect them. Undefined when the text
   * must be parsed again. When an analysis is returned, this one describes no text any more and
   * must not be used again (its tree is the new one's).
   */
  edited(change: TextChange, newText: string): AnalyzedDocument | undefined {
    const edited = applyEditInsideString(this.document, change, newText);
    if (!edited) return undefined;
    // A new model object even when its contents stay: analyses cached per model (variables,
    // expression sites, the state index) hold offsets of the old text.
    const previous = this.cachedMachine;
    const machine = previous && !modelReadsString(edited) ? { ...previous } : undefined;
    if (previous && machine) carryStateIndex(previous, machine);
    const lines = this.cachedLines?.edited(change.offset, change.length, change.newText, newText);
    return new AnalyzedDocument(newText, this.format, { document: this.document, machine, lines });
  }
}

export function analyzeDocument(text: string, format: DocumentFormat): AnalyzedDocument {
  return new AnalyzedDocument(text, format);
}
