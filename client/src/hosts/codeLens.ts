// "Run State Machine | Debug | Open Graph" above each machine of an infrastructure file (SAM,
// CloudFormation, CDK output, Terraform, Serverless), each naming its machine.
import * as vscode from 'vscode';
import { infrastructureMachines, isInfrastructureDocument } from './machineSource';

/** The infrastructure files the extension serves, by name, whatever language the editor gives them (YAML, JSON, Terraform). */
export const infrastructureDocumentSelector: { scheme: string; pattern: string }[] = [
  { scheme: 'file', pattern: '**/template.{yaml,yml}' },
  { scheme: 'file', pattern: '**/*.template.json' },
  { scheme: 'file', pattern: '**/*.tf' },
  { scheme: 'file', pattern: '**/serverless.{yml,yaml}' },
];

export class InfrastructureCodeLensProvider implements vscode.CodeLensProvider {
  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!isInfrastructureDocument(document)) return [];
    let machines;
    try {
      machines = await infrastructureMachines(document);
    } catch {
      return [];
    }
    return machines.flatMap((machine) => {
      // Above the line where the definition (or the reference to its file) starts.
      const line = document.positionAt(machine.hostOffset).line;
      const range = new vscode.Range(line, 0, line, 0);
      return [
        new vscode.CodeLens(range, {
          title: '$(play) Run State Machine',
          command: 'asl.run',
          arguments: [document.uri, { machine: machine.name }],
          tooltip: `Run ${machine.name} locally`,
        }),
        new vscode.CodeLens(range, {
          title: '$(debug-alt) Debug',
          command: 'asl.debug',
          arguments: [document.uri, machine.name],
          tooltip: `Debug ${machine.name} (breakpoints in this file bind to its states)`,
        }),
        new vscode.CodeLens(range, {
          title: '$(type-hierarchy) Open Graph',
          command: 'asl.openGraphPreview',
          arguments: [document.uri, machine.name],
          tooltip: `Show ${machine.name} in the graph preview`,
        }),
      ];
    });
  }
}
