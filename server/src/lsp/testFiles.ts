// Test files (*.asl.test.json|yaml|yml) in the language server: diagnostics (state names and test
// cases checked against the machine; for YAML also the file's structure, which the JSON Schema
// covers for JSON files) and completion of state names. Wiring only: the core decides.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CompletionList, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  LineIndex,
  checkTestFileAgainstMachine,
  completeTestFileStateNames,
  limitCompletions,
  isTestFileName,
  readTestFile,
  type Diagnostic,
  type HclParser,
} from '../core/index';
import { testFileFacts } from '../node/testFileContext';
import { toCompletionItems, toLspDiagnostic, toOffset } from './convert';
import { textFormatOf } from './documents';

export function isTestFileDocument(uri: string): boolean {
  return isTestFileName(uri);
}

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function analyze(document: TextDocument, documents: TextDocuments<TextDocument>, hcl?: HclParser) {
  const text = document.getText();
  const format = textFormatOf(document);
  const read = readTestFile(text, format);
  const path = pathOf(document.uri);
  const openText = (file: string): string | undefined => documents.get(pathToFileURL(file).toString())?.getText();
  const facts = path ? testFileFacts(path, read.model, openText, hcl) : undefined;
  return { text, format, read, facts, lines: new LineIndex(text) };
}

/** `hcl`: the Terraform parser, once loaded, for test files that name a machine in a `.tf` file (`main.tf#aws_sfn_state_machine.x`). */
export function testFileDiagnostics(document: TextDocument, documents: TextDocuments<TextDocument>, hcl?: HclParser): LspDiagnostic[] {
  const { read, facts, lines, format } = analyze(document, documents, hcl);
  // JSON test files get their structure checked by VS Code's JSON service with the shipped schema.
  const problems: Diagnostic[] = format === 'yaml' ? [...read.problems] : [];
  if (facts) problems.push(...checkTestFileAgainstMachine(read.model, facts));
  return problems.map((problem) => toLspDiagnostic(lines, problem));
}

export function testFileCompletion(
  document: TextDocument,
  documents: TextDocuments<TextDocument>,
  position: { line: number; character: number },
  hcl?: HclParser,
): CompletionList | null {
  const { read, facts, lines } = analyze(document, documents, hcl);
  if (!facts) return null;
  const offset = toOffset(lines, position);
  const { entries, incomplete } = limitCompletions(
    completeTestFileStateNames(read.document, offset, facts.machine),
    read.document.text,
    offset,
  );
  return { isIncomplete: incomplete, items: toCompletionItems(lines, entries) };
}
