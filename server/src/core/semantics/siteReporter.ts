/**
 * The one reporter behind the expression checks (JSONPath, intrinsic functions, JSONata): every
 * problem and every variable reference found in a string value goes through it, with positions
 * relative to the value that it maps to document ranges (escapes and YAML styles included). While
 * recording, findings are kept relative to the value instead, so the checks of a value repeated
 * across a machine run once and are replayed at each occurrence.
 */
import type { State } from '../model/types';
import { stringValueOffset, type StringNode } from '../syntax/tree';
import type { DiagnosticCode } from '../validation/codes';
import type { Diagnostic, Severity } from '../validation/diagnostic';
import type { VariableReference } from './expressionSites';

/** A finding about a field value, relative to the value; start -1 means the whole string node. */
export type Finding =
  | {
      kind: 'problem';
      start: number;
      length: number;
      code: DiagnosticCode;
      severity: Severity;
      message: string;
      data?: Record<string, unknown>;
    }
  | { kind: 'reference'; name: string; start: number; length: number };

export class SiteReporter {
  readonly diagnostics: Diagnostic[] = [];
  readonly references: VariableReference[] = [];
  /** The state whose fields are being checked (variable references name it). */
  state!: State;
  /** While set, findings go here (relative to the value) instead of to the diagnostics. */
  private recording: Finding[] | undefined;

  constructor(private readonly text: string) {}

  /** Runs `check` and returns what it found, relative to the value, instead of reporting it. */
  record(check: () => void): Finding[] {
    const findings: Finding[] = [];
    this.recording = findings;
    try {
      check();
    } finally {
      this.recording = undefined;
    }
    return findings;
  }

  /** Reports recorded findings at a string node holding the value they were recorded for. */
  replay(node: StringNode, findings: readonly Finding[]): void {
    for (const finding of findings) {
      if (finding.kind === 'reference') this.addReference(node, finding.name, finding.start, finding.length);
      else if (finding.start < 0) this.report(finding.code, finding.severity, finding.message, node.offset, node.length, finding.data);
      else this.reportAt(node, finding.start, finding.length, finding.code, finding.severity, finding.message, finding.data);
    }
  }

  addReference(node: StringNode, name: string, start: number, length: number): void {
    if (this.recording) {
      this.recording.push({ kind: 'reference', name, start, length });
      return;
    }
    const range = this.range(node, start, length);
    this.references.push({ name, state: this.state, node, offset: range.offset, length: range.length });
  }

  /** The document range of characters [start, start+length) of a string node's value. */
  range(node: StringNode, start: number, length: number): { offset: number; length: number } {
    if (node.style === 'block' || node.style === 'alias') return { offset: node.offset, length: node.length };
    const from = stringValueOffset(node, start, this.text);
    const to = stringValueOffset(node, start + length, this.text);
    return { offset: from, length: Math.max(1, to - from) };
  }

  /** A problem with the whole string value (its quotes included); only while recording. */
  reportWhole(code: DiagnosticCode, severity: Severity, message: string, data?: Record<string, unknown>): void {
    const finding: Finding = { kind: 'problem', start: -1, length: 0, code, severity, message };
    if (data) finding.data = data;
    this.recording!.push(finding);
  }

  /** A problem with characters [start, start+length) of a string node's value. */
  reportAt(
    node: StringNode,
    start: number,
    length: number,
    code: DiagnosticCode,
    severity: Severity,
    message: string,
    data?: Record<string, unknown>,
  ): void {
    if (this.recording) {
      const finding: Finding = { kind: 'problem', start, length, code, severity, message };
      if (data) finding.data = data;
      this.recording.push(finding);
      return;
    }
    const range = this.range(node, start, length);
    this.report(code, severity, message, range.offset, range.length, data);
  }

  /** A problem at a document range. */
  report(code: DiagnosticCode, severity: Severity, message: string, offset: number, length: number, data?: Record<string, unknown>): void {
    const diagnostic: Diagnostic = { code, severity, message, offset, length };
    if (data) diagnostic.data = data;
    this.diagnostics.push(diagnostic);
  }
}
