// `asl validate <files or folders...> [--format text|json]`: fs and argv around the core's
// validation. Exit 0 without errors, 1 with errors, 2 on usage or file errors.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import {
  analyzeDocument,
  barePlaceholders,
  EmbeddedMachine,
  formatForFileName,
  hostKindOf,
  isCdkOutput,
  isHostFileName,
  LineIndex,
  readDefinitionFile,
  type Diagnostic,
} from '../core/index';
import { loadFile, machineNameOfFile } from '../node/machineSource';
import { MAX_DEFINITION_BYTES, readErrorReason, readTextFile as readText } from '../node/textFile';
import { describeFlags, readCommandLine, usageError, type Flag } from './args';

const flags: Flag[] = [
  {
    name: '--format',
    value: 'text|json',
    description:
      'text: one line per problem, path:line:col severity code message (default)\njson: {"files":[{"path","stateMachines":[{"name","range"}],\n        "diagnostics":[{"severity","code","message","range"}]}]}\n      with zero-based lines and characters',
  },
];

const usage = `Usage: asl validate <files or folders...> [--format text|json]

Validates Amazon States Language definitions, standalone or inside infrastructure files
(SAM and CloudFormation templates, CDK output, Terraform, Serverless Framework). Folders are
searched recursively for *.asl.json, *.asl.yaml, *.asl.yml, template.y[a]ml, *.template.json,
*.tf, serverless.y[a]ml and cdk.out/*.template.json. Definitions an infrastructure file keeps in
other files (DefinitionUri, templatefile(), file(), \${file(...)}) are checked too.

Options:
${describeFlags(flags)}

Exit status: 0 no errors, 1 errors found, 2 usage or file errors.`;

const DEFINITION_FILE = /\.asl\.(json|ya?ml)$/i;
export { MAX_DEFINITION_BYTES };
// .aws-sam and .terraform hold copies made by the tools (sam build, terraform init).
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.aws-sam', '.terraform']);

interface FileResult {
  /** As the user named it, or joined onto the folder they named. */
  path: string;
  diagnostics: Diagnostic[];
  /** The machines the file holds, with their spans in it. */
  stateMachines: { name: string; offset: number; length: number }[];
  /** Built only when the file has diagnostics: an index of a 3 MB file costs milliseconds. */
  lines: () => { positionAt(offset: number): { line: number; character: number } };
}

export async function run(argv: string[]): Promise<number> {
  const parsed = readCommandLine('validate', argv, flags, usage);
  if (typeof parsed === 'number') return parsed;
  const { flags: given, positional: inputs } = parsed;
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
        process.stderr.write(
          `asl validate: no *.asl.json, *.asl.yaml or *.asl.yml files in "${input}", nor infrastructure files (template.y[a]ml, *.template.json, *.tf, serverless.y[a]ml, cdk.out/*.template.json).\n`,
        );
        fileErrors++;
      }
      files.push(...found);
    } else {
      files.push(input);
    }
  }

  // Infrastructure files first: a definition file one of them points at (DefinitionUri,
  // templatefile()) is checked once, through it, with its substitutions and execution type.
  const texts = new Map<string, string>();
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
    texts.set(path, text);
  }
  const hostResults = new Map<string, FileResult[]>();
  const followed = new Set<string>();
  for (const [path, text] of texts) {
    const kind = hostKindOf(path, text);
    if (kind === undefined || kind === 'definition') continue;
    const found = await validateHostFile(path, text);
    for (const entry of found.slice(1)) followed.add(resolve(entry.path));
    hostResults.set(path, found);
  }

  const results: FileResult[] = [];
  // One entry per file: a Terraform file may be a host itself and hold a machine of another file of its module.
  const byPath = new Map<string, FileResult>();
  const add = (entry: FileResult): void => {
    const same = byPath.get(resolve(entry.path));
    if (!same) {
      byPath.set(resolve(entry.path), entry);
      results.push(entry);
      return;
    }
    same.diagnostics = [...same.diagnostics, ...entry.diagnostics].sort((a, b) => a.offset - b.offset);
    same.stateMachines = [...same.stateMachines, ...entry.stateMachines];
  };
  for (const [path, text] of texts) {
    const fromHost = hostResults.get(path);
    if (fromHost) {
      fromHost.forEach(add);
      continue;
    }
    if (followed.has(resolve(path))) continue;
    const result = validateDefinitionFile(path, text);
    if ('tooDeep' in result) {
      process.stderr.write(`asl validate: "${path}" is not a state machine definition: ${result.tooDeep}\n`);
      fileErrors++;
      continue;
    }
    results.push(result);
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
        stateMachines: result.stateMachines.map((machine) => ({
          name: machine.name,
          range: {
            start: result.lines().positionAt(machine.offset),
            end: result.lines().positionAt(machine.offset + machine.length),
          },
        })),
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

/**
 * A standalone definition file. A JSON one with bare `${name}` placeholders (a file meant for
 * substitution) is read with them as placeholders, its diagnostics mapped back to its own text.
 */
function validateDefinitionFile(path: string, text: string): FileResult | { tooDeep: string } {
  const stateMachines = [{ name: machineNameOfFile(path), offset: 0, length: text.length }];
  const format = formatForFileName(path);
  if (format === 'json' && barePlaceholders(text).length > 0) {
    const machine = new EmbeddedMachine(readDefinitionFile(text, format, stateMachines[0]!.name));
    const diagnostics = machine.hostDiagnostics;
    const tooDeep = diagnostics.find((diagnostic) => diagnostic.code === 'syntax/too-deep');
    if (tooDeep) return { tooDeep: tooDeep.message };
    let lines: LineIndex | undefined;
    return { path, diagnostics, stateMachines, lines: () => (lines ??= new LineIndex(text)) };
  }
  const diagnostics = analyzeDocument(text, format).diagnostics;
  const tooDeep = diagnostics.find((diagnostic) => diagnostic.code === 'syntax/too-deep');
  if (tooDeep) return { tooDeep: tooDeep.message };
  // Only the diagnostics and the text outlive this call: keeping the analysis (tree and model) of
  // every file until the report is printed made each garbage collection copy them all.
  let lines: LineIndex | undefined;
  return { path, diagnostics, stateMachines, lines: () => (lines ??= new LineIndex(text)) };
}

/**
 * An infrastructure file: its own problems and every inline machine's diagnostics in its
 * coordinates, then one entry per file it points at (DefinitionUri, templatefile(), ...) with that
 * machine's diagnostics there (once, even when the file was also named or found in a folder).
 */
async function validateHostFile(path: string, text: string): Promise<FileResult[]> {
  const loaded = await loadFile(path, text);
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = (loaded.host?.result.problems ?? []).map((problem) => ({ ...problem, severity: 'error' }));
  const followed: FileResult[] = [];
  for (const machine of loaded.machines) {
    if (machine.problem) {
      diagnostics.push({
        code: machine.problem.code,
        severity: machine.problem.severity,
        message: machine.problem.message,
        offset: machine.hostOffset,
        length: machine.hostLength,
      });
    } else if (machine.file === path) {
      diagnostics.push(...machine.machine.hostDiagnostics);
    } else {
      // Named as the user would name it: relative to where the host was named from.
      const shown = join(dirname(path), relative(dirname(path), machine.file));
      const followedText = machine.machine.definition.document?.text ?? '';
      let index: LineIndex | undefined;
      followed.push({
        path: shown,
        diagnostics: machine.machine.hostDiagnostics,
        stateMachines: [{ name: machine.name, offset: 0, length: followedText.length }],
        lines: () => (index ??= new LineIndex(readText(machine.file).text)),
      });
    }
  }
  diagnostics.sort((a, b) => a.offset - b.offset);
  return [
    {
      path,
      diagnostics,
      stateMachines: loaded.machines.map((machine) => ({ name: machine.name, offset: machine.hostOffset, length: machine.hostLength })),
      lines: () => lines,
    },
    ...followed,
  ];
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
      } else if ((DEFINITION_FILE.test(name) || isHostFileName(name) || isCdkOutput(path)) && stats.isFile()) {
        // Only regular files: a FIFO would block the read forever, a device never ends.
        found.push(path);
      }
    }
    pending.push(...subfolders.reverse());
  }
  return found.sort();
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

const reason = readErrorReason;
