/**
 * The analysis of a host file: each embedded definition's model and diagnostics, the diagnostics
 * turned into host offsets at the edge (inside the definition's span, never outside it).
 */
import { buildStateMachine } from '../model/build';
import type { StateMachine } from '../model/types';
import type { Diagnostic } from '../validation/diagnostic';
import { validateStateMachine } from '../validation/validate';
import type { DocumentFormat } from '../syntax/tree';
import { readHostFile, type HostReadOptions } from './index';
import type { EmbeddedDefinition, HostKind, HostReadResult } from './types';

export class EmbeddedMachine {
  readonly machine: StateMachine | undefined;
  private cached?: Diagnostic[];

  constructor(readonly definition: EmbeddedDefinition) {
    this.machine = definition.document ? buildStateMachine(definition.document) : undefined;
  }

  /** Diagnostics in the definition's own offsets (its tree's text). */
  get diagnostics(): Diagnostic[] {
    return (this.cached ??= this.machine ? validateStateMachine(this.machine, { executionType: this.definition.executionType }) : []);
  }

  /** Diagnostics in host offsets. */
  get hostDiagnostics(): Diagnostic[] {
    return this.diagnostics.map((diagnostic) => ({ ...diagnostic, ...this.toHostSpan(diagnostic.offset, diagnostic.length) }));
  }

  /** A span of the definition's text in host offsets, kept inside the definition's span. */
  toHostSpan(offset: number, length: number): { offset: number; length: number } {
    const { definition } = this;
    const mapped = definition.map ? definition.map.spanToHost(offset, length) : { offset: definition.offset, length: 0 };
    const start = definition.offset;
    const end = definition.offset + definition.length;
    if (mapped.offset < start || mapped.offset > end) return { offset: start, length: 0 };
    return { offset: mapped.offset, length: Math.min(mapped.length, end - mapped.offset) };
  }

  /** The definition's offset for a host offset inside it, or undefined. */
  toDefinitionOffset(hostOffset: number): number | undefined {
    const { definition } = this;
    if (!definition.map || hostOffset < definition.offset || hostOffset > definition.offset + definition.length) return undefined;
    return definition.map.toTree(hostOffset);
  }
}

export class HostAnalysis {
  readonly result: HostReadResult;
  readonly machines: EmbeddedMachine[];

  constructor(
    readonly text: string,
    readonly kind: Exclude<HostKind, 'definition'>,
    format: DocumentFormat,
    options: HostReadOptions = {},
  ) {
    this.result = readHostFile(text, kind, format, options);
    this.machines = this.result.definitions.map((definition) => new EmbeddedMachine(definition));
  }

  /** Host problems and every machine's diagnostics, in host offsets. */
  get diagnostics(): Diagnostic[] {
    const host: Diagnostic[] = this.result.problems.map((problem) => ({ ...problem, severity: 'error' }));
    return host.concat(...this.machines.map((machine) => machine.hostDiagnostics));
  }

  /** The machine whose definition span holds a host offset. */
  machineAt(hostOffset: number): EmbeddedMachine | undefined {
    return this.machines.find(
      (machine) =>
        machine.definition.document &&
        hostOffset >= machine.definition.offset &&
        hostOffset <= machine.definition.offset + machine.definition.length,
    );
  }
}
