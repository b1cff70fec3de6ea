/**
 * Loads state machines from files for every Node surface (asl validate and asl run, and the test
 * runner, debugger and replay), so a machine is found the same way everywhere.
 *
 * A machine reference is a path (`flow.asl.json`, `statemachine/tuner.json`, `template.yaml`) or
 * `FILE#NAME` for a machine inside an infrastructure file (`template.yaml#OrderFlow`,
 * `main.tf#aws_sfn_state_machine.orders`, `serverless.yml#orderFlow`). A host file with exactly one
 * machine may be named without `#NAME`. Definitions the host keeps in other files
 * (DefinitionUri, templatefile()/file(), ${file(...)}) are followed, relative to the host's folder,
 * with the host's substitutions and execution type.
 *
 *   const loaded = await loadMachine('template.yaml#OrderFlow', process.cwd());
 *   if (!loaded.ok) fail(loaded.message);
 *   else run(loaded.definition, { type: loaded.type });
 *
 * Result (ok): `definition` is the plain JSON value (placeholders as "${...}" strings, known
 * substitutions applied), `text`/`format` the text the definition's tree is in (the host's text for
 * an object written in place; the decoded JSON for DefinitionString, heredoc and Fn::Join forms), `file` the file that text is in (the host, or the followed file), `hostFile` the file the
 * reference names, `name` the machine's name, `type` the execution type the host gives it,
 * `embedded` the core's machine (tree, model, diagnostics, map to host offsets).
 */
import { basename, dirname, resolve } from 'node:path';
import {
  HostAnalysis,
  EmbeddedMachine,
  hostKindOf,
  readDefinitionFile,
  toValue,
  formatForFileName,
  type DocumentFormat,
  type ExecutionType,
  type HostKind,
  type DiagnosticCode,
  type HclParser,
} from '../core/index';
import { loadHclParser } from './hclParser';
import { NotReadable, readErrorReason, readTextFile } from './textFile';
import { terraformModuleTexts } from './terraformModule';

export type LoadedMachine =
  | {
      ok: true;
      definition: unknown;
      text: string;
      format: DocumentFormat;
      file: string;
      /** The text of `file` as it is on disk: the coordinates of the embedded machine's host offsets. */
      fileText: string;
      hostFile: string;
      name: string;
      type?: ExecutionType;
      embedded: EmbeddedMachine;
    }
  | { ok: false; message: string };

/** One machine of a file, with the file its definition text is in (the host, or a followed file). */
export interface FileMachine {
  name: string;
  /** Where its text is: the host file, or the file the host points at. */
  file: string;
  /** The text of `file`, in whose offsets `machine.toHostSpan` answers. */
  fileText: string;
  machine: EmbeddedMachine;
  /** The host's span of the definition (or of the reference to the followed file). */
  hostOffset: number;
  hostLength: number;
  /** Why it could not be loaded (a missing followed file, a remote S3 definition). */
  problem?: { code: DiagnosticCode; message: string; severity: 'error' | 'information' };
}

export interface LoadedFile {
  path: string;
  text: string;
  /** `definition` for a standalone machine file; otherwise the host kind. */
  kind: HostKind;
  /** For host files: the host's analysis (host problems, embedded machines in host offsets). */
  host?: HostAnalysis;
  machines: FileMachine[];
}

/** Splits `FILE#NAME`; a `#` inside the file name is kept when no machine name follows it. */
export function parseMachineReference(reference: string): { file: string; name?: string } {
  const hash = reference.lastIndexOf('#');
  if (hash <= 0 || hash === reference.length - 1) return { file: reference };
  return { file: reference.slice(0, hash), name: reference.slice(hash + 1) };
}

/** The name a standalone definition file's machine goes by: its file name without .asl.json/.json/.yaml. */
export function machineNameOfFile(path: string): string {
  return basename(path).replace(/(\.asl)?\.(json|ya?ml)(\.tpl)?$/i, '');
}

/**
 * Reads a file and every machine in it. `text` may be given (an editor's unsaved text). Throws
 * only on a file that cannot be read (the caller reports it as a file error, `readErrorReason`
 * words it): only regular text files up to 16 MiB are read, here and where the host points.
 */
export async function loadFile(path: string, text = readDefinitionText(path)): Promise<LoadedFile> {
  const hcl = hostKindOf(path, text) === 'terraform' ? await loadHclParser() : undefined;
  return readFileMachines(path, text, hcl);
}

/**
 * `loadFile` for callers that cannot wait (the language server's check of a test file): a
 * Terraform file needs the HCL parser already loaded (`hcl`), else it lists no machine.
 */
export function readFileMachines(path: string, text: string, hcl: HclParser | undefined): LoadedFile {
  const kind = hostKindOf(path, text) ?? 'definition';
  if (kind === 'definition') {
    const name = machineNameOfFile(path);
    const machine = new EmbeddedMachine(readDefinitionFile(text, formatForFileName(path), name));
    return { path, text, kind, machines: [{ name, file: path, fileText: text, machine, hostOffset: 0, hostLength: text.length }] };
  }
  const moduleTexts = kind === 'terraform' ? terraformModuleTexts(path) : undefined;
  const host = new HostAnalysis(text, kind, formatForFileName(path), { hcl, fileName: path, ...(moduleTexts ? { moduleTexts } : {}) });
  const machines: FileMachine[] = host.machines.map((machine) => {
    const { definition } = machine;
    const base = { name: definition.name, hostOffset: definition.offset, hostLength: definition.length };
    const external = definition.external;
    if (!external) return { ...base, file: path, fileText: text, machine };
    if (external.kind === 'remote')
      return {
        ...base,
        file: path,
        fileText: text,
        machine,
        problem: {
          code: 'host/remote-definition',
          severity: 'information',
          message: `The definition of ${definition.name} is stored remotely (${external.path}); it is not checked here.`,
        },
      };
    const target = resolve(dirname(path), external.path);
    if (external.definition) {
      // Read by the host reader in that file already (a Terraform local or variable of the module).
      const fileText = moduleTexts?.find((file) => file.name === external.path)?.text ?? '';
      return { ...base, file: target, fileText, machine: new EmbeddedMachine(external.definition) };
    }
    let targetText: string;
    try {
      targetText = readDefinitionText(target);
    } catch (error) {
      const missing = (error as { code?: string }).code === 'ENOENT';
      return {
        ...base,
        file: path,
        fileText: text,
        machine,
        problem: missing
          ? {
              code: 'host/missing-definition-file',
              severity: 'error',
              message: `The definition file "${external.path}" of ${definition.name} was not found.`,
            }
          : {
              code: 'host/unreadable-definition-file',
              severity: 'error',
              message: `The definition file "${external.path}" of ${definition.name} cannot be read: ${readErrorReason(error)}.`,
            },
      };
    }
    const followed = readDefinitionFile(
      targetText,
      definition.format,
      definition.name,
      definition.substitutions,
      definition.executionType,
      {
        directives: definition.directives,
      },
    );
    return { ...base, file: target, fileText: targetText, machine: new EmbeddedMachine(followed) };
  });
  return { path, text, kind, host, machines };
}

/** The machine of a file a reference names: by `name`, else the file's only one; else why not (`file` as the user wrote it). */
export function chooseMachine(loaded: LoadedFile, file: string, name: string | undefined): { machine: FileMachine } | { message: string } {
  const names = loaded.machines.map((machine) => machine.name);
  if (name !== undefined) {
    const named = loaded.machines.find((machine) => machine.name === name);
    if (named) return { machine: named };
    return { message: `"${file}" has no state machine named "${name}"${names.length ? `; it has: ${names.join(', ')}` : ''}.` };
  }
  if (loaded.machines.length === 1) return { machine: loaded.machines[0]! };
  if (loaded.machines.length === 0) return { message: `"${file}" holds no state machine definition.` };
  return { message: `"${file}" holds ${names.length} state machines: name one as ${file}#NAME (${names.join(', ')}).` };
}

/** A definition or host file's text; throws NotReadable for binary text too (a definition is JSON, YAML or HCL text). */
function readDefinitionText(path: string): string {
  const { text, utf8 } = readTextFile(path);
  if (!utf8 || text.includes('\u0000')) throw new NotReadable('it is not a text file (it holds NUL bytes or bytes that are not UTF-8)');
  return text;
}

/** Loads the machine a reference names. Never throws: a problem is `{ ok: false, message }`. */
export async function loadMachine(reference: string, baseDir = process.cwd()): Promise<LoadedMachine> {
  const { file, name } = parseMachineReference(reference);
  const path = resolve(baseDir, file);
  let loaded: LoadedFile;
  try {
    loaded = await loadFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, message: `Cannot read "${file}": ${code === 'ENOENT' ? 'no such file' : readErrorReason(error)}.` };
  }
  const found = chooseMachine(loaded, file, name);
  if ('message' in found) return { ok: false, message: found.message };
  const chosen = found.machine;
  if (chosen.problem) return { ok: false, message: chosen.problem.message };
  const embedded = chosen.machine;
  const document = embedded.definition.document;
  if (!document) return { ok: false, message: `The definition of ${chosen.name} could not be read.` };
  return {
    ok: true,
    definition: toValue(document.root),
    text: document.text,
    format: document.format,
    file: chosen.file,
    fileText: chosen.fileText,
    hostFile: path,
    name: chosen.name,
    type: embedded.definition.executionType,
    embedded,
  };
}
