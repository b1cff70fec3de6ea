// "Run State Machine", "Debug State Machine" and "Open Graph" above the machine's StartAt, where an author looks first.
import * as vscode from 'vscode';
import { startAtLine } from './startAtLine';

export class AslCodeLensProvider implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const line = startAtLine(document.lineCount, (index) => document.lineAt(index).text);
    const range = new vscode.Range(line, 0, line, 0);
    return [
      new vscode.CodeLens(range, {
        title: '$(play) Run State Machine',
        command: 'asl.run',
        arguments: [document.uri],
        tooltip: 'Run locally with the input and mocks beside this file',
      }),
      new vscode.CodeLens(range, {
        title: '$(debug-alt) Debug State Machine',
        command: 'asl.debug',
        arguments: [document.uri],
        tooltip: 'Debug locally: breakpoints on states, stepping, the data at every step',
      }),
      new vscode.CodeLens(range, { title: '$(type-hierarchy) Open Graph', command: 'asl.openGraphPreview', arguments: [document.uri] }),
    ];
  }
}
