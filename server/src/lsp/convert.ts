// The one place where core types become LSP types and back. Nothing else in the server converts.
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic as LspDiagnostic,
  type Position as LspPosition,
  type Range as LspRange,
} from 'vscode-languageserver';
import type { Diagnostic, LineIndex, Severity } from '../core/index';
import { isDiagnosticCode } from '../core/index';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'asl';

export function toLspRange(lines: LineIndex, offset: number, length: number): LspRange {
  return lines.rangeOf(offset, length);
}

export function toOffset(lines: LineIndex, position: LspPosition): number {
  return lines.offsetAt(position);
}

/** `uri` is the document's, for related information (which points into the same document). */
export function toLspDiagnostic(lines: LineIndex, diagnostic: Diagnostic, uri?: string): LspDiagnostic {
  const result: LspDiagnostic = {
    range: toLspRange(lines, diagnostic.offset, diagnostic.length),
    severity: severities[diagnostic.severity],
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
  };
  if (diagnostic.tags?.length) {
    result.tags = diagnostic.tags.map((tag) => (tag === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  }
  if (diagnostic.data) result.data = diagnostic.data;
  if (uri && diagnostic.related?.length) {
    result.relatedInformation = diagnostic.related.map((related) => ({
      location: { uri, range: toLspRange(lines, related.offset, related.length) },
      message: related.message,
    }));
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Editing features (completion, hover, navigation, outline, folding, quick fixes)

import {
  CodeActionKind,
  CompletionItemKind,
  DocumentHighlightKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type DocumentHighlight,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type {
  CodeActionResult,
  CompletionEntry,
  CompletionKind,
  DocumentSymbolResult,
  FeatureSpan,
  FoldingRangeResult,
  Highlight,
  HoverResult,
  StateType,
  TextEdit,
} from '../core/index';

const completionKinds: Record<CompletionKind, CompletionItemKind> = {
  stateType: CompletionItemKind.EnumMember,
  field: CompletionItemKind.Property,
  state: CompletionItemKind.Reference,
  integration: CompletionItemKind.Module,
  template: CompletionItemKind.Snippet,
  error: CompletionItemKind.Constant,
  function: CompletionItemKind.Function,
  variable: CompletionItemKind.Variable,
  value: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
  contextPath: CompletionItemKind.Field,
  member: CompletionItemKind.Field,
};

export function toLspTextEdit(lines: LineIndex, edit: TextEdit): LspTextEdit {
  return { range: toLspRange(lines, edit.offset, edit.length), newText: edit.newText };
}

/** Completion items; the edits of one answer mostly share a span, so each range is converted once. */
export function toCompletionItems(lines: LineIndex, entries: readonly CompletionEntry[]): CompletionItem[] {
  const ranges = new Map<string, LspRange>();
  // Consecutive entries nearly always share the span (every state name replaces the same value):
  // answer those without building a key string per item.
  let last: { offset: number; length: number; range: LspRange } | undefined;
  const rangeOf = (offset: number, length: number): LspRange => {
    if (last && last.offset === offset && last.length === length) return last.range;
    const key = `${offset}:${length}`;
    let range = ranges.get(key);
    if (!range) ranges.set(key, (range = toLspRange(lines, offset, length)));
    last = { offset, length, range };
    return range;
  };
  return entries.map((entry) => toCompletionItem(lines, entry, rangeOf));
}

export function toCompletionItem(
  lines: LineIndex,
  entry: CompletionEntry,
  rangeOf: (offset: number, length: number) => LspRange = (offset, length) => toLspRange(lines, offset, length),
): CompletionItem {
  const item: CompletionItem = {
    label: entry.label,
    kind: completionKinds[entry.kind],
    textEdit: { range: rangeOf(entry.edit.offset, entry.edit.length), newText: entry.edit.newText },
    insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    sortText: entry.sortText,
  };
  // The editor filters on the label by default; send filterText only when it differs (smaller answers).
  if (entry.filterText !== entry.label) item.filterText = entry.filterText;
  if (entry.detail) item.detail = entry.detail;
  if (entry.documentation) item.documentation = { kind: MarkupKind.Markdown, value: entry.documentation };
  if (entry.additionalEdits?.length) item.additionalTextEdits = entry.additionalEdits.map((edit) => toLspTextEdit(lines, edit));
  // The core writes each line's full indentation itself; the editor must not add the cursor line's indentation again.
  if (entry.edit.newText.includes('\n')) item.insertTextMode = InsertTextMode.asIs;
  if (entry.retrigger) item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return item;
}

/**
 * The one item offered where completions cannot be written back (a definition inside a host string
 * whose escapes the edit would cross): it says why, and accepting it changes nothing. The editor
 * filters items on the text between the edit's start and the cursor, so the item replaces the word
 * being typed with itself and matches it (filterText): it stays visible whatever prefix is typed,
 * and sorts first.
 */
export function toReadOnlyCompletionItem(position: LspPosition, reason: string, typedWord = ''): CompletionItem {
  const start = { line: position.line, character: position.character - typedWord.length };
  return {
    label: 'Completion cannot be written here (read-only)',
    kind: CompletionItemKind.Text,
    detail: 'ASL Studio',
    documentation: { kind: MarkupKind.Markdown, value: reason },
    textEdit: { range: { start, end: position }, newText: typedWord },
    filterText: typedWord,
    sortText: '!',
    preselect: true,
  };
}

export function toHover(lines: LineIndex, result: HoverResult): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value: result.contents },
    range: toLspRange(lines, result.span.offset, result.span.length),
  };
}

export function toLocation(uri: string, lines: LineIndex, span: FeatureSpan): Location {
  return { uri, range: toLspRange(lines, span.offset, span.length) };
}

export function toDocumentHighlight(lines: LineIndex, highlight: Highlight): DocumentHighlight {
  return {
    range: toLspRange(lines, highlight.offset, highlight.length),
    kind: highlight.kind === 'declaration' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  };
}

const symbolKinds: Record<StateType, SymbolKind> = {
  Task: SymbolKind.Function,
  Pass: SymbolKind.Variable,
  Choice: SymbolKind.Enum,
  Wait: SymbolKind.Event,
  Succeed: SymbolKind.Boolean,
  Fail: SymbolKind.Null,
  Parallel: SymbolKind.Namespace,
  Map: SymbolKind.Array,
};

export function toDocumentSymbol(lines: LineIndex, symbol: DocumentSymbolResult): DocumentSymbol {
  const result: DocumentSymbol = {
    name: symbol.name || '(unnamed)',
    detail: symbol.detail,
    kind: symbol.kind === 'state' ? (symbol.stateType ? symbolKinds[symbol.stateType] : SymbolKind.Object) : SymbolKind.Package,
    range: toLspRange(lines, symbol.span.offset, symbol.span.length),
    selectionRange: toLspRange(lines, symbol.selectionSpan.offset, symbol.selectionSpan.length),
  };
  // Most states have no children: leaving out the empty list (optional in LSP) keeps a big outline's
  // reply smaller, which the editor parses on every change.
  if (symbol.children.length > 0) result.children = symbol.children.map((child) => toDocumentSymbol(lines, child));
  return result;
}

export function toFoldingRange(range: FoldingRangeResult): FoldingRange {
  return { startLine: range.startLine, endLine: range.endLine };
}

/** A diagnostic the client sends back with a code action request, as the core knows it; undefined for another tool's. */
export function fromLspDiagnostic(lines: LineIndex, diagnostic: LspDiagnostic): Diagnostic | undefined {
  const code = diagnostic.code;
  if (!isDiagnosticCode(code)) return undefined;
  const offset = toOffset(lines, diagnostic.range.start);
  const severity = (Object.keys(severities) as Severity[]).find((key) => severities[key] === diagnostic.severity) ?? 'error';
  return {
    code,
    severity,
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    offset,
    length: toOffset(lines, diagnostic.range.end) - offset,
    data: diagnostic.data && typeof diagnostic.data === 'object' ? (diagnostic.data as Record<string, unknown>) : undefined,
  };
}

export function toCodeAction(uri: string, lines: LineIndex, action: CodeActionResult, diagnostic: LspDiagnostic): CodeAction {
  return {
    title: action.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: action.isPreferred,
    edit: { changes: { [uri]: action.edits.map((edit) => toLspTextEdit(lines, edit)) } },
  };
}
