// `asl validate <files or folders...> [--format text|json]`: fs and argv around the core's
// validation. Exit 0 without errors, 1 with errors, 2 on usage or file errors.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, formatForFileName, type Diagnostic } from '../core/index';
import { describeFlags, parseArguments, usageError, type Flag } from './args';

const flags: Flag[] = [
  {
    name: '--format',
    value: 'text|json',
    description:
      'text: one line per problem, path:line:col severity code message (default)\njson: {"files":[{"path","diagnostics":[{"severity","code","message","range"}]}]}\n      with zero-based lines and characters',
  },
];

const usage = `Usage: asl validate <files or folders...> [--format text|json]

Validates Amazon States Language definitions. Folders are searched recursively for
*.asl.json, *.asl.yaml and *.asl.yml files.

Options:
${describeFlags(flags)}

Exit status: 0 no errors, 1 errors found, 2 usage or file errors.`;

const DEFINITION_FILE = /\.asl\.(json|ya?ml)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

interface FileResult {
  /** As the user named it, or joined onto the folder they named. */
  path: string;
  diagnostics: Diagnostic[];
  /** Built only when the file has diagnostics: an index of a 3 MB file costs milliseconds. */
  lines: () => { positionAt(offset: number): { line: number; character: number } };
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseArguments(argv, flags);
  if (!parsed.ok) return usageError('validate', parsed.message);
  const { flags: given, positional: inputs } = parsed.arguments;
  if (given.has('--help')) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const format = given.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError('validate', `--format takes "text" or "json", not "${format}".`);
  if (inputs.length === 0) return usageError('validate', 'name at least one file or folder.');

  let fileErrors = 0;
  const files: string[] = [];
  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch (error) {
      process.stderr.write(`asl validate: cannot read "${input}": ${reason(error)}\n`);
      fileErrors++;
      continue;
    }
    if (stats.isDirectory()) {
      const found = findDefinitions(input, (path, error) => {
        process.stderr.write(`asl validate: cannot read "${path}": ${reason(error)}\n`);
        fileErrors++;
      });
      if (found.length === 0) {
        process.stderr.write(`asl validate: no *.asl.json, *.asl.yaml or *.asl.yml files in "${input}".\n`);
        fileErrors++;
      }
      files.push(...found);
    } else {
      files.push(input);
    }
  }

  const results: FileResult[] = [];
  for (const path of files) {
    let text: string;
    let utf8: boolean;
    try {
      ({ text, utf8 } = readText(path));
    } catch (error) {
      process.stderr.write(`asl validate: cannot read "${path}": ${reason(error)}\n`);
      fileErrors++;
      continue;
    }
    const refusal = refuse(text, utf8);
    if (refusal) {
      process.stderr.write(`asl validate: "${path}" ${refusal}\n`);
      fileErrors++;
      continue;
    }
    const analysis = analyzeDocument(text, formatForFileName(path));
    const tooDeep = analysis.diagnostics.find((diagnostic) => diagnostic.code === 'syntax/too-deep');
    if (tooDeep) {
      process.stderr.write(`asl validate: "${path}" is not a state machine definition: ${tooDeep.message}\n`);
      fileErrors++;
      continue;
    }
    results.push({ path, diagnostics: analysis.diagnostics, lines: () => analysis.lines });
  }

  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'error') errors++;
      else if (diagnostic.severity === 'warning') warnings++;
    }
  }

  if (format === 'json') {
    const json = {
      files: results.map((result) => ({
        path: result.path,
        diagnostics: result.diagnostics.map((diagnostic) => ({
          severity: diagnostic.severity,
          code: diagnostic.code,
          message: diagnostic.message,
          range: {
            start: result.lines().positionAt(diagnostic.offset),
            end: result.lines().positionAt(diagnostic.offset + diagnostic.length),
          },
        })),
      })),
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    const out: string[] = [];
    for (const result of results) {
      for (const diagnostic of result.diagnostics) {
        const position = result.lines().positionAt(diagnostic.offset);
        out.push(
          `${result.path}:${position.line + 1}:${position.character + 1} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`,
        );
      }
    }
    if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
    // When nothing could be read, the file errors above are the whole story: "0 files checked" would only add noise.
    if (results.length > 0 || fileErrors === 0)
      process.stderr.write(
        `${results.length} file${results.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n`,
      );
  }
  if (fileErrors > 0) return 2;
  return errors > 0 ? 1 : 0;
}

/** Definition files under a folder, in a stable (sorted) order. */
function findDefinitions(folder: string, onError: (path: string, error: unknown) => void): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let names: string[];
    try {
      names = readdirSync(current).sort();
    } catch (error) {
      onError(current, error);
      continue;
    }
    const subfolders: string[] = [];
    for (const name of names) {
      const path = join(current, name);
      let stats;
      try {
        stats = statSync(path);
      } catch (error) {
        onError(path, error);
        continue;
      }
      if (stats.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(name)) subfolders.push(path);
      } else if (DEFINITION_FILE.test(name)) {
        found.push(path);
      }
    }
    pending.push(...subfolders.reverse());
  }
  return found.sort();
}

/**
 * Reads a file as UTF-8; `utf8` is false when some bytes are not UTF-8. A byte order mark becomes
 * a space, which keeps every offset in place.
 */
function readText(path: string): { text: string; utf8: boolean } {
  const bytes = readFileSync(path);
  let utf8 = true;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    utf8 = false;
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  }
  return { text: text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text, utf8 };
}

/**
 * Files that are not a definition at all: binary data (bytes that are not UTF-8, or NUL bytes) and
 * empty files. Returns why, for a file error (exit 2), or undefined to validate the text.
 */
function refuse(text: string, utf8: boolean): string | undefined {
  if (!utf8 || text.includes('\u0000'))
    return 'is not a text file (it holds NUL bytes or bytes that are not UTF-8); a state machine definition is JSON or YAML text.';
  if (text.trim() === '') return 'is empty; a state machine definition needs at least "StartAt" and "States".';
  return undefined;
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
