import type { DocumentFormat, ParsedDocument, StringStyle, SyntaxProblem } from '../syntax/tree';
import type { OffsetMap } from './offsetMap';

/** The kinds of file a definition can live in. `definition` is a state machine file of its own. */
export type HostKind = 'cloudformation' | 'serverless' | 'terraform' | 'definition';

export type ExecutionType = 'STANDARD' | 'EXPRESS';

/** Where a machine's definition is written, for messages and the CLI's listing. */
export type DefinitionForm =
  | 'inline' // an object in the host (Definition:, definition:, jsonencode({...}))
  | 'string' // a JSON string in the host (DefinitionString, a quoted HCL string)
  | 'sub' // Fn::Sub / !Sub of a string
  | 'join' // Fn::Join of strings and intrinsics (CDK output)
  | 'heredoc' // a Terraform heredoc
  | 'file' // a local file the host points at (DefinitionUri, templatefile(), file(), ${file(...)})
  | 'remote'; // an S3 object (DefinitionS3Location, DefinitionUri with Bucket/Key): nothing to check here

/** A value the template gives a `${Name}` placeholder: known (a literal) or not (an intrinsic, a resource attribute). */
export type Substitutions = ReadonlyMap<string, string | number | boolean>;

/** A definition kept in another file that the host names. */
export interface ExternalDefinition {
  /** `file`: a local path, relative to the host file's folder; `remote`: an S3 location, described. */
  kind: 'file' | 'remote';
  /** For `file`: the path as written, with `${path.module}`-like prefixes removed; for `remote`: a description. */
  path: string;
  /** The host span of the reference (the path's string). */
  offset: number;
  length: number;
  /**
   * Already read, in the offsets of the file at `path` (a Terraform `local`/`variable` written in
   * another file of the module): the loader uses it instead of reading that file as a definition.
   */
  definition?: EmbeddedDefinition;
}

/**
 * One state machine found in a host file. `document` is the definition's own offset tree: every
 * feature runs on it unchanged; `map` turns its offsets into host offsets (the identity when the
 * definition is parsed in place, as a YAML or JSON object in the template is).
 */
export interface EmbeddedDefinition {
  /** Logical id (CloudFormation, SAM, CDK), Terraform address (aws_sfn_state_machine.x, module.y) or Serverless name. */
  name: string;
  /** Host span of the whole definition (the value, or the reference to an external file). */
  offset: number;
  length: number;
  form: DefinitionForm;
  /** Undefined for external definitions until the caller loads the file (see external). */
  document?: ParsedDocument;
  map?: OffsetMap;
  /** The definition's format (for an external file: from its name). */
  format: DocumentFormat;
  executionType?: ExecutionType;
  /** Why edits cannot be written back into the host (undefined: edits that map back are allowed). */
  readOnly?: string;
  /** For a definition written as one host string (DefinitionString, !Sub): how that string is quoted, so an edit can be escaped for it. */
  stringStyle?: StringStyle;
  /** Values of placeholders known in the template (DefinitionSubstitutions, Sub variables, parameter defaults, templatefile vars, ${self:...}). */
  substitutions: Substitutions;
  external?: ExternalDefinition;
  /** A Terraform template (a heredoc, a templatefile() target): `%{ if }`/`%{ for }` directives are read as blanks. */
  directives?: boolean;
}

export interface HostReadResult {
  kind: HostKind;
  definitions: EmbeddedDefinition[];
  /** Problems of the host file itself (its syntax, a definition that cannot be read), in host offsets. */
  problems: SyntaxProblem[];
}
