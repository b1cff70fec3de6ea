/** Errors the interpreter raises, named as AWS names them. */

/** An error that fails a state: `error` is the name States.* or a task's, `cause` its text. */
export class StatesError extends Error {
  constructor(
    public readonly error: string | undefined,
    public readonly errorCause?: string,
    /**
     * The failure of a Task's own work (a TaskFailed event), as opposed to the state's processing.
     * AWS lets States.ALL and States.TaskFailed catch such a failure even when it is
     * States.DataLimitExceeded (a task result over the payload quota); a state's own input or
     * output over the quota stays terminal.
     */
    public readonly taskFailure = false,
  ) {
    super(errorCause ?? error ?? 'States error');
  }
}

/**
 * An error discovered while processing a state's own fields (paths, expressions, types). The
 * running state prefixes the cause with "An error occurred while executing the state ..." as AWS
 * does before it becomes a StatesError.
 */
export class StateRuntimeError extends Error {
  constructor(
    public readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown when the execution is cancelled, times out or exceeds its history limit. */
export class ExecutionStop extends Error {
  constructor(
    public readonly status: 'ABORTED' | 'TIMED_OUT' | 'FAILED',
    public readonly error?: string,
    public readonly stopCause?: string,
  ) {
    super(stopCause ?? status);
  }
}

export const ERRORS = {
  ALL: 'States.ALL',
  Runtime: 'States.Runtime',
  TaskFailed: 'States.TaskFailed',
  Timeout: 'States.Timeout',
  HeartbeatTimeout: 'States.HeartbeatTimeout',
  DataLimitExceeded: 'States.DataLimitExceeded',
  NoChoiceMatched: 'States.NoChoiceMatched',
  IntrinsicFailure: 'States.IntrinsicFailure',
  ParameterPathFailure: 'States.ParameterPathFailure',
  ResultPathMatchFailure: 'States.ResultPathMatchFailure',
  BranchFailed: 'States.BranchFailed',
  ItemReaderFailed: 'States.ItemReaderFailed',
  ResultWriterFailed: 'States.ResultWriterFailed',
  ExceedToleratedFailureThreshold: 'States.ExceedToleratedFailureThreshold',
  QueryEvaluationError: 'States.QueryEvaluationError',
  Permissions: 'States.Permissions',
} as const;
