// The one place where core types become LSP types and back. Nothing else in the server converts.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic, type Position as LspPosition, type Range as LspRange } from 'vscode-languageserver';
import type { Diagnostic, LineIndex, Severity } from '../core/index';

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

export function toLspDiagnostic(lines: LineIndex, diagnostic: Diagnostic): LspDiagnostic {
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
  return result;
}
