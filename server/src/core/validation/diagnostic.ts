import type { DiagnosticCode } from './codes';

/** How serious a problem is; the names match the CLI's JSON output. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * A problem found in a document. Positions are offsets into the text; the edges (LSP, CLI) turn
 * them into line/character. `code` is stable: tests, quick fixes and users' suppressions rely on it.
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  offset: number;
  length: number;
  /** Marks code that is unused (unreachable states) or deprecated (Iterator), for editor styling. */
  tags?: ('unnecessary' | 'deprecated')[];
  /** Other places that explain this problem (an unreached state: the broken reference that cuts it off). */
  related?: { offset: number; length: number; message: string }[];
  /** Facts a quick fix needs (e.g. the missing state name, the closest existing name). */
  data?: Record<string, unknown>;
}
