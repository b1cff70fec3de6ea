/**
 * Standalone definition files that an infrastructure file in the workspace points at (a SAM
 * DefinitionUri target, a Terraform templatefile()/file() target such as `statemachine.json` or
 * `machine.json.tpl`, a Serverless `${file(...)}`). The client finds them and tells the language
 * server with `asl/definitionTargets` (the whole list each time), so the server reads each as a
 * definition with the values its template substitutes and the template's execution type. Pure data:
 * one definition of the message for both sides.
 */
import type { ExecutionType } from './types';

export const DEFINITION_TARGETS_NOTIFICATION = 'asl/definitionTargets';

export interface DefinitionTarget {
  /** The definition file's URI (as the editor names the document). */
  uri: string;
  /** The machine's name in its template (logical id, Terraform address, Serverless name). */
  name: string;
  /** The URI of the infrastructure file that points at it. */
  hostUri: string;
  /** The values the template gives `${Name}` placeholders (only the known ones). */
  substitutions: [string, string | number | boolean][];
  executionType?: ExecutionType;
  /** A Terraform template: `%{ }` directives are read as blanks. */
  directives?: boolean;
}

export interface DefinitionTargetsParams {
  targets: DefinitionTarget[];
}
