// Where a run's input comes from: `<name>.input.json` beside the machine, a recent input, or typed in.
// Typed text is remembered even when it is not valid JSON, so an interrupted edit is never lost.
import * as vscode from 'vscode';
import { companionPath, machineBaseName as baseName } from '../../../server/src/node/companionFiles';

export interface ChosenInput {
  value: unknown;
  /** Shown in the run report: "pickup-order.input.json", "recent input", "typed input". */
  source: string;
}

/** `examples/pickup-order.asl.json` -> `pickup-order` (the same naming as `asl run`). */
export function machineBaseName(uri: vscode.Uri): string {
  return baseName(uri.path);
}

export function besideFile(uri: vscode.Uri, suffix: string): vscode.Uri {
  return uri.with({ path: companionPath(uri.path, suffix) });
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** JSON.parse's message with a line and column, which the user can go to. */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')} (line ${line}, column ${column})`;
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: describeJsonError(text, error) };
  }
}

/** Reads and parses a JSON file; a problem is shown to the user with a button to open the file. */
export async function readJsonFile(uri: vscode.Uri, what: string): Promise<ParsedJson> {
  let text: string;
  try {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    const message = `The ${what} ${vscode.workspace.asRelativePath(uri)} could not be read: ${error instanceof Error ? error.message : String(error)}`;
    void vscode.window.showErrorMessage(message);
    return { ok: false, message };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const message = `The ${what} ${vscode.workspace.asRelativePath(uri)} is not valid JSON: ${parsed.message}`;
    void vscode.window.showErrorMessage(message, 'Open File').then((choice) => {
      if (choice === 'Open File') void vscode.window.showTextDocument(uri);
    });
    return { ok: false, message };
  }
  return parsed;
}

interface InputPick extends vscode.QuickPickItem {
  choice: 'file' | 'recent' | 'typed' | 'empty';
  text?: string;
}

function oneLine(text: string, max = 70): string {
  const compact = text.replace(/\s+/g, ' ');
  return compact.length > max ? compact.slice(0, max - 1) + '…' : compact;
}

export class InputHistory {
  constructor(private readonly state: vscode.Memento) {}

  recent(uri: vscode.Uri): string[] {
    return this.state.get<string[]>(`asl.recentInputs:${uri.toString()}`, []);
  }

  async remember(uri: vscode.Uri, text: string, limit: number): Promise<void> {
    const normalized = JSON.stringify(JSON.parse(text));
    const recent = [normalized, ...this.recent(uri).filter((entry) => entry !== normalized)].slice(0, limit);
    await this.state.update(`asl.recentInputs:${uri.toString()}`, recent);
  }

  typedDraft(uri: vscode.Uri): string | undefined {
    return this.state.get<string>(`asl.typedInput:${uri.toString()}`);
  }

  async saveTypedDraft(uri: vscode.Uri, text: string): Promise<void> {
    await this.state.update(`asl.typedInput:${uri.toString()}`, text);
  }
}

/** The input from `<name>.input.json`; a missing or broken file is reported where the user looks. */
export async function readInputFile(machineUri: vscode.Uri): Promise<ChosenInput | undefined> {
  const inputFile = besideFile(machineUri, '.input.json');
  if (!(await exists(inputFile))) {
    void vscode.window.showErrorMessage(`There is no input file ${vscode.workspace.asRelativePath(inputFile)} beside the state machine.`);
    return undefined;
  }
  const parsed = await readJsonFile(inputFile, 'input file');
  return parsed.ok ? { value: parsed.value, source: inputFile.path.split('/').pop()! } : undefined;
}

/** Asks for the input: the file beside the machine first, then recent inputs, typing, or `{}`. */
export async function chooseInput(machineUri: vscode.Uri, history: InputHistory, recentLimit: number): Promise<ChosenInput | undefined> {
  const inputFile = besideFile(machineUri, '.input.json');
  const items: InputPick[] = [];
  if (await exists(inputFile)) {
    items.push({ label: `$(file) ${inputFile.path.split('/').pop()}`, description: 'beside the state machine', choice: 'file' });
  }
  for (const text of history.recent(machineUri).slice(0, recentLimit)) {
    items.push({ label: `$(history) ${oneLine(text)}`, description: 'recent input', choice: 'recent', text });
  }
  items.push({ label: '$(edit) Type the input…', description: 'JSON', choice: 'typed' });
  items.push({ label: '$(symbol-namespace) {}', description: 'empty object', choice: 'empty' });
  const picked = await vscode.window.showQuickPick(items, {
    title: `Input for ${machineBaseName(machineUri)}`,
    placeHolder: 'Choose the execution input',
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  switch (picked.choice) {
    case 'file':
      return readInputFile(machineUri);
    case 'recent':
      return { value: JSON.parse(picked.text!), source: 'recent input' };
    case 'empty':
      return { value: {}, source: 'empty input' };
    case 'typed': {
      const text = await vscode.window.showInputBox({
        title: `Input for ${machineBaseName(machineUri)}`,
        prompt: 'The execution input, as JSON',
        value: history.typedDraft(machineUri) ?? '{}',
        ignoreFocusOut: true,
        validateInput: (value) => {
          void history.saveTypedDraft(machineUri, value);
          const parsed = parseJson(value);
          return parsed.ok
            ? undefined
            : { message: `Not valid JSON: ${parsed.message}`, severity: vscode.InputBoxValidationSeverity.Error };
        },
      });
      if (text === undefined) return undefined;
      const parsed = parseJson(text);
      return parsed.ok ? { value: parsed.value, source: 'typed input' } : undefined;
    }
  }
}
