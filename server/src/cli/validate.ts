// `asl validate <files or folders...> [--format text|json]`: fs and argv around the core's
// validation. Exit 0 without errors, 1 with errors, 2 on usage or file errors.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, formatForFileName, type Diagnostic } from '../core/index';

const usage = `Usage: asl validate <files or folders...> [--format text|json]

Validates Amazon States Language definitions. Folders are searched recursively for
*.asl.json, *.asl.yaml and *.asl.yml files.

Options:
  --format text   one line per problem: path:line:col severity code message (default)
  --format json   {"files":[{"path","diagnostics":[{"severity","code","message","range"}]}]}
                  with zero-based lines and characters

Exit status: 0 no errors, 1 errors found, 2 usage or file errors.`;

const DEFINITION_FILE = /\.asl\.(json|ya?ml)$/i;
/**
 * Larger files are refused before reading. AWS accepts definitions up to 1 MB; 16 MiB leaves room
 * for YAML's indentation and comments and for generated machines, and validates in a few seconds,
 * while a runaway file (a log, a dump, /dev/zero behind a symbolic link) is refused at once.
 */
export const MAX_DEFINITION_BYTES = 16 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

interface FileResult {
  /** As the user named it, or joined onto the folder they named. */
  path: string;
  diagnostics: Diagnostic[];
  /** Built only when the file has diagnostics: an index of a 3 MB file costs milliseconds. */
  lines: () => { positionAt(offset: number): { line: number; character: number } };
}

export async function run(argv: string[]): Promise<number> {
  let format: 'text' | 'json' = 'text';
  const inputs: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--help' || argument === '-h') {
      process.stdout.write(usage + '\n');
      return 0;
    }
    if (argument === '--format' || argument.startsWith('--format=')) {
      const value = argument === '--format' ? argv[++index] : argument.slice('--format='.length);
      if (value !== 'text' && value !== 'json') {
        process.stderr.write(
          `asl validate: --format takes "text" or "json"${value === undefined ? '' : `, not "${value}"`}.\n\n${usage}\n`,
        );
        return 2;
      }
      format = value;
      continue;
    }
    if (argument.startsWith('-') && argument !== '-') {
      process.stderr.write(`asl validate: unknown option "${argument}".\n\n${usage}\n`);
      return 2;
    }
    inputs.push(argument);
  }
  if (inputs.length === 0) {
    process.stderr.write(`asl validate: name at least one file or folder.\n\n${usage}\n`);
    return 2;
  }

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
  // Each real folder once: symbolic links may lead back to a folder already read (even to itself),
  // which would make the walk endless or exponential.
  const seen = new Set<string>();
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let real: string;
    try {
      real = realpathSync(current);
    } catch (error) {
      onError(current, error);
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
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
      } else if (DEFINITION_FILE.test(name) && stats.isFile()) {
        // Only regular files: a FIFO would block the read forever, a device never ends.
        found.push(path);
      }
    }
    pending.push(...subfolders.reverse());
  }
  return found.sort();
}

/**
 * Reads a file as UTF-8; `utf8` is false when some bytes are not UTF-8. A byte order mark becomes
 * a space, which keeps every offset in place. Only a regular file of at most MAX_DEFINITION_BYTES
 * is read: anything else throws a NotReadable with the reason. The file is opened without blocking
 * (a FIFO would otherwise wait for a writer) and checked through its descriptor, so what is
 * checked is what is read.
 */
function readText(path: string): { text: string; utf8: boolean } {
  const descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  let bytes: Buffer;
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new NotReadable('it is a folder');
    if (!stats.isFile()) throw new NotReadable('it is not a regular file (a device, pipe or socket); a definition is a JSON or YAML file');
    if (stats.size > MAX_DEFINITION_BYTES)
      throw new NotReadable(
        `it is ${megabytes(stats.size)}, over the ${megabytes(MAX_DEFINITION_BYTES)} limit for a definition (AWS accepts up to 1 MB)`,
      );
    bytes = Buffer.alloc(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(descriptor, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    bytes = bytes.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
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

/** A file refused before reading, with the reason for the message. */
class NotReadable extends Error {}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
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
  if (error instanceof NotReadable) return error.message;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
