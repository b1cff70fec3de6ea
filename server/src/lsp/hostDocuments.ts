/**
 * Infrastructure files in the language server (SAM/CloudFormation templates, CDK output, Terraform,
 * Serverless): each embedded machine is served as a view `{ machine, lines }`, where `lines` turns
 * the definition's offsets into the host document's positions through the definition's offset map.
 * Every feature handler then works unchanged on the machine under the cursor.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  EmbeddedMachine,
  HostAnalysis,
  LineIndex,
  barePlaceholders,
  hostKindOf,
  readDefinitionFile,
  type DefinitionTarget,
  type Diagnostic,
  type HclParser,
  type HostKind,
  type ModuleFile,
  type Position,
  type Range,
  type StateMachine,
} from '../core/index';
import { textFormatOf } from './documents';
import { fileURLToPath } from 'node:url';
import { terraformModuleTexts } from '../node/terraformModule';

/** What a feature handler needs of a document or of one machine in it. */
export interface MachineView {
  machine: StateMachine;
  lines: LineIndex;
  /** Why edits (rename, quick fixes, completion) cannot be written back here; undefined when they can. */
  readOnly?: string;
  /** In an infrastructure file: the machine's name and the host range of its definition (the outline groups states under it). */
  container?: { name: string; range: Range };
  /** For a definition written as one host string: the machine and the host text, to write completions back escaped. */
  hostString?: { embedded: EmbeddedMachine; text: string };
}

/**
 * Positions of a host document for one embedded machine: offsets are the definition's, positions
 * the host's. A host position outside the definition gives -1 (no node is there).
 */
export class EmbeddedLines extends LineIndex {
  constructor(
    host: string,
    private readonly embedded: EmbeddedMachine,
  ) {
    super(host);
  }

  override positionAt(offset: number): Position {
    return super.positionAt(this.embedded.toHostSpan(offset, 0).offset);
  }

  override offsetAt(position: Position): number {
    return this.embedded.toDefinitionOffset(super.offsetAt(position)) ?? -1;
  }

  override rangeOf(offset: number, length: number): Range {
    const span = this.embedded.toHostSpan(offset, length);
    return { start: super.positionAt(span.offset), end: super.positionAt(span.offset + span.length) };
  }
}

/** The machines of a document and all their diagnostics in its offsets (a host file's analysis, or one definition file's). */
interface DocumentMachines {
  machines: EmbeddedMachine[];
  diagnostics: Diagnostic[];
}

export class HostDocument {
  readonly analysis: DocumentMachines;
  readonly hostLines: LineIndex;
  readonly views: { embedded: EmbeddedMachine; view: MachineView }[];
  /** A definition file read as it is written (no placeholder quoted): formatting may rewrite it like any ASL file. */
  readonly formattable: boolean;

  /**
   * `definition`: an ASL JSON file meant for substitution (bare `${name}` where values go), read with
   * those as placeholders, or a file a template points at (`target`), read with its template's
   * substitutions and execution type.
   */
  constructor(document: TextDocument, kind: HostKind, hcl: HclParser | undefined, target?: DefinitionTarget) {
    const text = document.getText();
    if (kind === 'definition') {
      const definition = target
        ? readDefinitionFile(text, textFormatOf(document), target.name, new Map(target.substitutions), target.executionType, {
            directives: target.directives === true,
          })
        : readDefinitionFile(text, 'json', document.uri.split('/').pop() ?? 'definition');
      const machine = new EmbeddedMachine(definition);
      this.analysis = {
        machines: [machine],
        get diagnostics() {
          return machine.hostDiagnostics;
        },
      };
    } else {
      const moduleTexts = kind === 'terraform' ? moduleTextsOf(document.uri) : [];
      this.analysis = new HostAnalysis(text, kind, textFormatOf(document), { hcl, fileName: document.uri, moduleTexts });
    }
    this.hostLines = new LineIndex(text);
    this.formattable = kind === 'definition' && this.analysis.machines[0]?.definition.map?.isIdentity === true;
    this.views = this.analysis.machines
      .filter((embedded) => embedded.machine !== undefined)
      .map((embedded) => ({
        embedded,
        view: {
          machine: embedded.machine!,
          lines: embedded.definition.map?.isIdentity ? this.hostLines : new EmbeddedLines(text, embedded),
          readOnly: readOnlyReason(embedded),
          ...(embedded.definition.stringStyle && !embedded.definition.readOnly ? { hostString: { embedded, text } } : {}),
          container: {
            name: embedded.definition.name,
            range: this.hostLines.rangeOf(embedded.definition.offset, embedded.definition.length),
          },
        },
      }));
  }

  /** Host problems and every machine's diagnostics, in host offsets. */
  get diagnostics(): Diagnostic[] {
    return this.analysis.diagnostics;
  }

  viewAt(position: Position): MachineView | undefined {
    const offset = this.hostLines.offsetAt(position);
    return this.views.find(
      ({ embedded }) => offset >= embedded.definition.offset && offset <= embedded.definition.offset + embedded.definition.length,
    )?.view;
  }
}

/** Edits are written back only where the definition's text is the host's text (in place or a heredoc). */
function readOnlyReason(embedded: EmbeddedMachine): string | undefined {
  const { definition } = embedded;
  if (definition.readOnly) return definition.readOnly;
  if (definition.form === 'inline' || definition.form === 'heredoc') return undefined;
  return `${definition.name} is a JSON string inside the template: ASL Studio shows its problems and navigates it, but cannot write escaped edits back. Edit the string by hand, or move the definition to an object (Definition) or a file (DefinitionUri).`;
}

/** The host kind of an open document (by its name, then its text), or undefined for an ASL file or another file. */
export function hostKindOfDocument(document: TextDocument): Exclude<HostKind, 'definition'> | undefined {
  if (document.languageId === 'asl' || document.languageId === 'asl-yaml') return undefined;
  const path = decodeURIComponent(document.uri.replace(/^[a-z]+:\/\//i, ''));
  const kind = hostKindOf(path, document.getText());
  return kind === 'definition' ? undefined : kind;
}

/** A Terraform document's module folder's other files, from disk (none for a document that is not a file). */
function moduleTextsOf(uri: string): ModuleFile[] {
  try {
    return uri.startsWith('file:') ? terraformModuleTexts(fileURLToPath(uri)) : [];
  } catch {
    return [];
  }
}

function isAslLanguage(document: TextDocument): boolean {
  return document.languageId === 'asl' || document.languageId === 'asl-yaml';
}

/** An ASL JSON document with bare `${name}` placeholders: not JSON until substituted, served with them as placeholders. */
function isSubstitutionDefinition(document: TextDocument): boolean {
  if (document.languageId !== 'asl') return false;
  const text = document.getText();
  // The native search first: most documents have no placeholder at all.
  return text.includes('${') && barePlaceholders(text).length > 0;
}

/**
 * The host analysis of each open infrastructure document (and of ASL documents meant for
 * substitution or pointed at by a template), once per version.
 */
export class HostDocumentCache {
  private readonly entries = new Map<string, { version: number; host: HostDocument | undefined }>();
  hcl: HclParser | undefined;
  /** Definition files templates of the workspace point at, by URI (see definitionTargets.ts). */
  targets: ReadonlyMap<string, DefinitionTarget> = new Map();

  /** Undefined for documents that are not infrastructure files. */
  get(document: TextDocument): HostDocument | undefined {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.host;
    const target = isAslLanguage(document) ? this.targets.get(document.uri) : undefined;
    const kind = target ? 'definition' : (hostKindOfDocument(document) ?? (isSubstitutionDefinition(document) ? 'definition' : undefined));
    const host = kind ? new HostDocument(document, kind, this.hcl, target) : undefined;
    this.entries.set(document.uri, { version: document.version, host });
    return host;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forgets every Terraform analysis (made before the HCL parser was loaded). */
  clear(): void {
    this.entries.clear();
  }
}
