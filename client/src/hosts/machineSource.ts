// The machine an editor command works on: the document's own machine for an ASL file, or one
// machine of an infrastructure file (SAM, CloudFormation, CDK output, Terraform, Serverless),
// chosen by name, by the cursor, or from a picker. Offsets convert between the machine's tree
// (what the graph and the interpreter see) and the file the user edits.
import * as vscode from 'vscode';
import {
  analyzeDocument,
  formatForFileName,
  hostKindOf,
  isCdkOutput,
  type Diagnostic,
  type ExecutionType,
  type StateMachine,
  type SyntaxProblem,
} from '../../../server/src/core/index';
import { loadFile, type FileMachine } from '../../../server/src/node/machineSource';

export interface MachineSource {
  machine: StateMachine;
  /** Problems that keep the tree from being read (in tree offsets). */
  problems: SyntaxProblem[];
  /** Every diagnostic, in the offsets of `fileUri`. */
  diagnostics: () => Diagnostic[];
  /** The file whose offsets `toFile`/`toTree` speak of: the document, or the file an infrastructure file points at. */
  fileUri: vscode.Uri;
  /** In an infrastructure file: this machine's name and every machine's name. */
  name?: string;
  names?: string[];
  executionType?: ExecutionType;
  toFile(offset: number, length: number): { offset: number; length: number };
  toTree(fileOffset: number): number | undefined;
  /** The span of the definition in the document (for an infrastructure file). */
  hostSpan?: { offset: number; length: number };
}

/** True for documents whose names make them infrastructure files ASL Studio reads. */
export function isInfrastructureDocument(document: vscode.TextDocument): boolean {
  if (document.languageId === 'asl' || document.languageId === 'asl-yaml') return false;
  const kind = hostKindOf(document.fileName);
  return (kind !== undefined && kind !== 'definition') || isCdkOutput(document.fileName);
}

/** The machines of an infrastructure document (each followed to its file when kept elsewhere). */
export async function infrastructureMachines(document: vscode.TextDocument): Promise<FileMachine[]> {
  return (await loadFile(document.fileName, document.getText())).machines;
}

/**
 * The machine to show or run for `document`: the one named, else the one at `cursorOffset`, else
 * the only one, else undefined with the names (the caller offers a picker).
 */
export async function machineSource(
  document: vscode.TextDocument,
  choice: { name?: string; cursorOffset?: number } = {},
): Promise<MachineSource | { names: string[] } | undefined> {
  if (!isInfrastructureDocument(document)) {
    const analyzed = analyzeDocument(document.getText(), formatForFileName(document.fileName));
    return {
      machine: analyzed.machine,
      problems: analyzed.document.problems,
      diagnostics: () => analyzed.diagnostics,
      fileUri: document.uri,
      toFile: (offset, length) => ({ offset, length }),
      toTree: (offset) => offset,
    };
  }
  const machines = (await infrastructureMachines(document)).filter((candidate) => candidate.machine.machine);
  const names = machines.map((candidate) => candidate.name);
  const at = choice.cursorOffset;
  const chosen =
    (choice.name !== undefined ? machines.find((candidate) => candidate.name === choice.name) : undefined) ??
    (at !== undefined
      ? machines.find((candidate) => at >= candidate.hostOffset && at <= candidate.hostOffset + candidate.hostLength)
      : undefined) ??
    (machines.length === 1 ? machines[0] : undefined);
  if (!chosen) return machines.length ? { names } : undefined;
  const embedded = chosen.machine;
  return {
    machine: embedded.machine!,
    problems: embedded.definition.document?.problems ?? [],
    diagnostics: () => embedded.hostDiagnostics,
    fileUri: chosen.file === document.fileName ? document.uri : vscode.Uri.file(chosen.file),
    name: chosen.name,
    names,
    executionType: embedded.definition.executionType,
    toFile: (offset, length) => embedded.toHostSpan(offset, length),
    toTree: (offset) => embedded.toDefinitionOffset(offset),
    hostSpan: { offset: chosen.hostOffset, length: chosen.hostLength },
  };
}

/** Asks which machine of an infrastructure file to use. */
export async function pickMachine(document: vscode.TextDocument, names: string[]): Promise<string | undefined> {
  return vscode.window.showQuickPick(names, {
    title: `State machines in ${document.fileName.split(/[\\/]/).pop()}`,
    placeHolder: 'Choose a state machine',
  });
}

/** Resolves a machine, asking with a picker when the file holds several and none is chosen. */
export async function chooseMachineSource(
  document: vscode.TextDocument,
  choice: { name?: string; cursorOffset?: number } = {},
): Promise<MachineSource | undefined> {
  const found = await machineSource(document, choice);
  if (!found) {
    void vscode.window.showInformationMessage(
      `${document.fileName.split(/[\\/]/).pop()} holds no state machine definition ASL Studio can read.`,
    );
    return undefined;
  }
  if ('machine' in found) return found;
  const name = await pickMachine(document, found.names);
  if (!name) return undefined;
  const picked = await machineSource(document, { name });
  return picked && 'machine' in picked ? picked : undefined;
}
