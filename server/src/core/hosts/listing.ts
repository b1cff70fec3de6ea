/**
 * The machines of a document as the language server lists them to the client (request
 * `asl/stateMachines`), for the CodeLens, the graph preview's picker and the run command. Pure data:
 * one definition of the message for both sides.
 */
import type { DocumentFormat } from '../syntax/tree';
import type { Range } from '../text/lines';
import type { DefinitionForm, ExecutionType } from './types';

export const STATE_MACHINES_REQUEST = 'asl/stateMachines';

export interface StateMachinesParams {
  uri: string;
}

export interface StateMachineListing {
  /** Logical id, Terraform address or Serverless name (`FILE#NAME` names the machine elsewhere). */
  name: string;
  /** The definition's range in the host document (or of the reference to the file that holds it). */
  range: Range;
  executionType?: ExecutionType;
  form: DefinitionForm;
  /** For definitions kept elsewhere: the file (relative to the host's folder) or the S3 location. */
  external?: { kind: 'file' | 'remote'; path: string };
  /** The definition as JSON (placeholders as "${...}" strings); absent for external ones. */
  definition?: unknown;
  /** The text the definition's offsets refer to, and whether those offsets are the host's own. */
  text?: string;
  format: DocumentFormat;
  identity: boolean;
}

export interface StateMachinesResult {
  machines: StateMachineListing[];
}
