/**
 * Host files: infrastructure files that hold state machine definitions (SAM, CloudFormation, CDK
 * output, Terraform, Serverless Framework). `readHostFile` finds every definition and gives each
 * its own offset tree and a map back to the host file; every feature of the core works on that tree
 * unchanged (architecture rule 7). Reading never throws: problems are returned.
 */
import type { DocumentFormat } from '../syntax/tree';
import { readCloudFormation } from './cloudformation';
import { readServerless } from './serverless';
import { readTerraform, type HclParser, type ModuleFile } from './terraform';
import { OffsetMap } from './offsetMap';
import { parseDefinitionText } from './definitionText';
import type { EmbeddedDefinition, ExecutionType, HostKind, HostReadResult, Substitutions } from './types';

export * from './types';
export { OffsetMap, OffsetMapBuilder } from './offsetMap';
export type { HclParser, HclSyntaxNode, ModuleFile } from './terraform';
export { looksLikeDefinition, barePlaceholders } from './definitionText';

export interface HostReadOptions {
  /** The HCL parser (needed for Terraform files). */
  hcl?: HclParser;
  /** The file's name or path: tells a CDK output template (read-only) from others. */
  fileName?: string;
  /** Terraform: the other `.tf` files of the module folder (variable defaults, locals). */
  moduleTexts?: readonly ModuleFile[];
}

const TEMPLATE_RESOURCE = /AWS::(Serverless|StepFunctions)::StateMachine/;

/**
 * The kind of file a name (and, for files with other names, the text) says it is; undefined for a
 * file that holds no state machine we know of. A `*.asl.*` file, or one whose content is a machine
 * (StartAt and States at the top), is a `definition`.
 */
export function hostKindOf(fileName: string, text?: string): HostKind | undefined {
  const base = fileName.replace(/\\/g, '/').split('/').pop() ?? fileName;
  if (/\.asl\.(json|ya?ml)$/i.test(base)) return 'definition';
  if (/\.tf$/i.test(base)) return 'terraform';
  if (/^serverless\.ya?ml$/i.test(base)) return 'serverless';
  if (/^template\.ya?ml$/i.test(base) || /\.template\.(json|ya?ml)$/i.test(base)) return 'cloudformation';
  if (text !== undefined && /\.(json|ya?ml|template)$/i.test(base)) {
    if (TEMPLATE_RESOURCE.test(text)) return 'cloudformation';
    if (/^\s*(service|provider)\s*:/m.test(text) && /stepFunctions\s*:/.test(text)) return 'serverless';
  }
  return undefined;
}

/** True for names the CLI and the editor look for in folders: template.y[a]ml, *.template.json, *.tf, serverless.y[a]ml. */
export function isHostFileName(fileName: string): boolean {
  const kind = hostKindOf(fileName);
  return kind !== undefined && kind !== 'definition';
}

export function isCdkOutput(fileName: string): boolean {
  return /(^|[\\/])cdk\.out[\\/][^\\/]+\.template\.json$/i.test(fileName);
}

/** Every definition in a host file's text. */
export function readHostFile(
  text: string,
  kind: Exclude<HostKind, 'definition'>,
  format: DocumentFormat,
  options: HostReadOptions = {},
): HostReadResult {
  switch (kind) {
    case 'terraform':
      return readTerraform(text, options.hcl, options.moduleTexts);
    case 'serverless':
      return readServerless(text, format);
    default:
      return readCloudFormation(text, format, { cdk: options.fileName !== undefined && isCdkOutput(options.fileName) });
  }
}

/**
 * A standalone definition file (`*.asl.json`, or a file a host points at such as a DefinitionUri or
 * templatefile() target): parsed with bare `${name}` placeholders read as placeholders and the host's
 * known values substituted. Its map is the identity apart from the quoted placeholders.
 */
export function readDefinitionFile(
  text: string,
  format: DocumentFormat,
  name: string,
  substitutions: Substitutions = new Map(),
  executionType?: ExecutionType,
  options: { directives?: boolean } = {},
): EmbeddedDefinition {
  const { document, map } = parseDefinitionText(text, format, OffsetMap.identity(), substitutions, options);
  return {
    name,
    offset: 0,
    length: text.length,
    form: 'inline',
    document,
    map,
    format,
    executionType,
    substitutions,
    ...(options.directives ? { directives: true } : {}),
  };
}
export * from './listing';
export * from './targets';
export { completionInHostString, hostStringEdit } from './stringEdits';
