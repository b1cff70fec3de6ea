/**
 * A Terraform definition written in one file and used in another of the same module folder
 * (`definition = local.x` in main.tf, `locals { x = jsonencode(...) }` in locals.tf): the machine
 * belongs to the file that uses it, but its text, and so its diagnostics, are in the file that
 * writes it. This finds, for an open .tf document, the diagnostics of every such definition written
 * in it, by reading the module's other files (open documents first, then disk).
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, dirname, join } from 'node:path';
import { EmbeddedMachine, HostAnalysis, type Diagnostic, type HclParser, type ModuleFile } from '../core/index';
import { terraformModuleTexts } from '../node/terraformModule';

/** Only a file with such a line uses a definition written elsewhere: the others are not parsed. */
const USES_MODULE_VALUE = /\bdefinition\s*=\s*(?:local|var)\./;

/** The module folder's other `.tf` files, each with its open document's text where it is open. */
function moduleFiles(path: string, documents: TextDocuments<TextDocument>): ModuleFile[] {
  const folder = dirname(path);
  return terraformModuleTexts(path).map((file) => ({
    name: file.name,
    text: documents.get(pathToFileURL(join(folder, file.name)).toString())?.getText() ?? file.text,
  }));
}

/** Diagnostics, in the document's offsets, of the definitions other files of its module read from it. */
export function moduleDefinitionDiagnostics(
  document: TextDocument,
  documents: TextDocuments<TextDocument>,
  hcl: HclParser | undefined,
): Diagnostic[] {
  if (!hcl || !document.uri.startsWith('file:')) return [];
  let path: string;
  try {
    path = fileURLToPath(document.uri);
  } catch {
    return [];
  }
  const name = basename(path);
  const folder = dirname(path);
  const diagnostics: Diagnostic[] = [];
  for (const user of moduleFiles(path, documents)) {
    if (!USES_MODULE_VALUE.test(user.text)) continue;
    const userPath = join(folder, user.name);
    // The user's module as it reads it: this document's current text, the others open or on disk.
    const others = moduleFiles(userPath, documents).map((file) => (file.name === name ? { name, text: document.getText() } : file));
    if (!others.some((file) => file.name === name)) others.push({ name, text: document.getText() });
    const analysis = new HostAnalysis(user.text, 'terraform', 'json', { hcl, fileName: userPath, moduleTexts: others });
    for (const machine of analysis.machines) {
      const external = machine.definition.external;
      if (external?.definition && external.path === name) diagnostics.push(...new EmbeddedMachine(external.definition).hostDiagnostics);
    }
  }
  return diagnostics.sort((a, b) => a.offset - b.offset);
}

/** The other open Terraform documents of a document's folder (their module diagnostics may change with it). */
export function openModuleNeighbours(document: TextDocument, documents: TextDocuments<TextDocument>): TextDocument[] {
  if (!/\.tf$/i.test(document.uri)) return [];
  const folder = document.uri.slice(0, document.uri.lastIndexOf('/') + 1);
  return documents
    .all()
    .filter(
      (other) =>
        other.uri !== document.uri &&
        /\.tf$/i.test(other.uri) &&
        other.uri.startsWith(folder) &&
        !other.uri.slice(folder.length).includes('/'),
    );
}
