import type { ErrorInfo } from './types';

/**
 * The predefined error names of Step Functions (all begin with "States."), for ErrorEquals
 * completion, hover and the Retry/Catch validator. Descriptions are our own words.
 */
export const STATES_ERRORS: readonly ErrorInfo[] = [
  {
    name: 'States.ALL',
    description:
      'Matches any error. Must be alone in its ErrorEquals and in the last retrier or catcher. It does not match States.Runtime, which is never retried or caught.',
  },
  {
    name: 'States.DataLimitExceeded',
    description: 'An input or output (of a state, task or the execution) grew beyond the payload quota of 256 KiB.',
  },
  {
    name: 'States.ExceedToleratedFailureThreshold',
    description: 'A Map state had more failed items than its ToleratedFailureCount or ToleratedFailurePercentage allows.',
  },
  { name: 'States.HeartbeatTimeout', description: 'A Task did not send a heartbeat within HeartbeatSeconds.' },
  { name: 'States.Http.Socket', description: 'An HTTP Task could not reach its endpoint, or the socket timed out (after 60 seconds).' },
  {
    name: 'States.IntrinsicFailure',
    description: 'An intrinsic function (States.Format, States.ArrayGetItem, ...) failed when evaluated.',
  },
  { name: 'States.ItemReaderFailed', description: "A Map state's ItemReader could not read the items (missing object, bad CSV or JSON)." },
  { name: 'States.NoChoiceMatched', description: 'No rule of a Choice state matched and it has no Default.' },
  { name: 'States.ParameterPathFailure', description: 'A path in Parameters (a "key.$" field) did not match anything in the input.' },
  { name: 'States.Permissions', description: 'The execution role lacks permission to run the Task.' },
  {
    name: 'States.QueryEvaluationError',
    description: 'A JSONata expression failed at run time (type error, undefined result where a value is required, ...).',
  },
  {
    name: 'States.ResultPathMatchFailure',
    description: "ResultPath could not be applied to the state's input (for example it points inside a value that is not an object).",
  },
  { name: 'States.ResultWriterFailed', description: "A Map state's ResultWriter could not write the results." },
  {
    name: 'States.Runtime',
    description:
      'The execution failed on an error that cannot be handled, such as an InputPath or OutputPath that matches nothing. Retry and Catch do not apply.',
  },
  {
    name: 'States.TaskFailed',
    description: 'A Task failed during its execution. When used in ErrorEquals it matches any error except States.Timeout.',
  },
  { name: 'States.Timeout', description: 'A Task ran longer than TimeoutSeconds, or did not send a heartbeat within HeartbeatSeconds.' },
  { name: 'States.BranchFailed', description: 'A branch of a Parallel state, or an iteration of a Map state, failed.' },
];

export const STATES_ERROR_NAMES: ReadonlySet<string> = new Set(STATES_ERRORS.map((error) => error.name));
