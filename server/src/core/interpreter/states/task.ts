/**
 * The Task state (split out of engine.ts): mocks, the task port, timeouts and heartbeats, task tokens.
 */
import type { CompileEnv } from '../compile';
import { DATA_LIMIT_BYTES } from '../dataLimit';
import { ERRORS, ExecutionStop, StateRuntimeError, StatesError } from '../errors';
import type { Frame } from '../execution';
import { compileJsonataTemplate, isJsonataExpression } from '../jsonataProcessing';
import { compileDynamicValue, stringify } from '../jsonpathProcessing';
import { utf8Length } from '../limits';
import { type Definition, type Json, type Maybe, attempt, isPromise, then } from '../maybe';
import { type MockedResponse, NOT_HANDLED, TaskFailure } from '../types';
import { ResultState } from './result';

/** AWS names the service integration (`'lambda'`) or the Lambda function ARN in this cause. */
export function resultTooLarge(resource: string, parts: { resourceType: string }): TaskFailure {
  const shown = /^arn:[^:]+:states:::/.test(resource) ? parts.resourceType : resource;
  return new TaskFailure(
    ERRORS.DataLimitExceeded,
    `The state/task '${shown}' returned a result with a size exceeding the maximum number of bytes service limit.`,
  );
}

function resourceParts(resource: string): { resourceType: string; resource: string } {
  const service = /^arn:[^:]+:states:[^:]*:[^:]*:([^:]+):(.+)$/.exec(resource);
  if (service) return { resourceType: service[1]!, resource: service[2]! };
  const lambda = /^arn:[^:]+:lambda:/.exec(resource);
  if (lambda) return { resourceType: 'lambda', resource };
  return { resourceType: 'unknown', resource };
}

/**
 * Whether a Task's Context object has `Task.Token` (AWS, SendTaskSuccess: tokens go to activity
 * workers, to the callback pattern (.waitForTaskToken) and, optionally used, to the job-run
 * pattern (.sync, .sync:2), e.g. a child execution started with states:startExecution.sync).
 * Request-response calls get none, so `$$.Task.Token` there is a States.Runtime path failure.
 */
function issuesTaskToken(resource: string): boolean {
  return /\.(waitForTaskToken|sync(:2)?)$/.test(resource) || /^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(resource);
}

export class TaskState extends ResultState {
  private readonly resource: string;
  private readonly issuesTaskToken: boolean;
  private readonly timeoutSeconds: (frame: Frame, input: Json) => Maybe<number | undefined>;
  private readonly heartbeatSecondsOf: (frame: Frame, input: Json) => Maybe<number | undefined>;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv) {
    super(name, raw, jsonata, env);
    this.resource = String(raw.Resource ?? '');
    this.issuesTaskToken = issuesTaskToken(this.resource);
    this.timeoutSeconds = this.compileSeconds(raw, 'TimeoutSeconds', env);
    this.heartbeatSecondsOf = this.compileSeconds(raw, 'HeartbeatSeconds', env);
  }

  /** TimeoutSeconds / HeartbeatSeconds: a number, a JSONata expression or a *Path field. */
  private compileSeconds(raw: Definition, field: string, env: CompileEnv): (frame: Frame, input: Json) => Maybe<number | undefined> {
    const value = raw[field];
    const pathField = `${field}Path`;
    const check = (n: unknown, shown: string): number => {
      if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) {
        throw new StateRuntimeError(ERRORS.Runtime, `The ${shown} field must be a positive integer but was ${stringify(n)}`);
      }
      return n;
    };
    if (typeof value === 'number') return () => value;
    if (this.jsonata && isJsonataExpression(value)) {
      const evaluate = compileJsonataTemplate(value, field, env.exec.jsonataExtras);
      return async (frame, input) => check(await evaluate(this.jsonataStates(frame, input), frame.variables), field);
    }
    if (typeof raw[pathField] === 'string') {
      const evaluate = compileDynamicValue(raw[pathField] as string, pathField, env.exec.intrinsicPorts);
      return (frame, input) => check(evaluate(frame.roots(input)), pathField);
    }
    return () => undefined;
  }

  protected override enter(frame: Frame, input: Json): void {
    super.enter(frame, input);
    if (this.issuesTaskToken) {
      const count = this.exec.invocationCounts.get(this.name) ?? 0;
      frame.taskToken = `${this.exec.executionName}:${this.name}:${count}`;
    }
  }

  protected run(frame: Frame, parameters: Json, rawInput: Json): Maybe<Json> {
    const exec = this.exec;
    const parts = resourceParts(this.resource);
    return then(this.timeoutSeconds(frame, rawInput), (timeoutSeconds) =>
      then(this.heartbeatSecondsOf(frame, rawInput), (heartbeatSeconds) => {
        if (exec.detailed) {
          const details: Record<string, unknown> = {
            resourceType: parts.resourceType,
            resource: parts.resource,
            region: exec.region,
            parameters: stringify(parameters),
          };
          if (timeoutSeconds !== undefined) details.timeoutInSeconds = timeoutSeconds;
          if (heartbeatSeconds !== undefined) details.heartbeatInSeconds = heartbeatSeconds;
          exec.emit(frame, 'TaskScheduled', 'taskScheduledEventDetails', details);
          exec.emit(frame, 'TaskStarted', 'taskStartedEventDetails', { resourceType: parts.resourceType, resource: parts.resource });
        } else {
          exec.emit(frame, 'TaskScheduled');
          exec.emit(frame, 'TaskStarted');
        }
        const invocationIndex = exec.invocationCounts.get(this.name) ?? 0;
        exec.invocationCounts.set(this.name, invocationIndex + 1);
        return attempt(
          () =>
            then(this.invoke(frame, parameters, invocationIndex, timeoutSeconds, heartbeatSeconds), (result) => {
              // AWS fails the task itself (TaskFailed, catchable) when its result is over the quota.
              if (utf8Length(stringify(result)) > DATA_LIMIT_BYTES) throw resultTooLarge(this.resource, parts);
              if (exec.detailed) {
                exec.emit(frame, 'TaskSucceeded', 'taskSucceededEventDetails', {
                  resourceType: parts.resourceType,
                  resource: parts.resource,
                  output: stringify(result),
                  outputDetails: { truncated: false },
                });
              } else exec.emit(frame, 'TaskSucceeded');
              return result === undefined ? null : result;
            }),
          (error) => {
            if (error instanceof ExecutionStop || error instanceof StatesError) throw error;
            let name: string = ERRORS.TaskFailed;
            let cause: string | undefined;
            if (error instanceof TaskFailure) {
              name = error.error;
              cause = error.errorCause;
            } else if (error instanceof Error) {
              name = error.name && error.name !== 'Error' ? error.name : 'Error';
              cause = error.message;
            } else {
              cause = String(error);
            }
            const timedOut = name === ERRORS.Timeout || name === ERRORS.HeartbeatTimeout;
            if (exec.detailed) {
              const details: Record<string, unknown> = { resourceType: parts.resourceType, resource: parts.resource, error: name };
              if (cause !== undefined) details.cause = cause;
              exec.emit(
                frame,
                timedOut ? 'TaskTimedOut' : 'TaskFailed',
                timedOut ? 'taskTimedOutEventDetails' : 'taskFailedEventDetails',
                details,
              );
            } else exec.emit(frame, timedOut ? 'TaskTimedOut' : 'TaskFailed');
            throw new StatesError(name, cause, true);
          },
        );
      }),
    );
  }

  private invoke(
    frame: Frame,
    input: Json,
    invocationIndex: number,
    timeoutSeconds: number | undefined,
    heartbeatSeconds: number | undefined,
  ): Maybe<Json> {
    const exec = this.exec;
    const mocked = this.mockedResponse(invocationIndex);
    if (mocked) {
      if (mocked.Throw) throw new TaskFailure(mocked.Throw.Error ?? ERRORS.TaskFailed, mocked.Throw.Cause);
      return mocked.Return === undefined ? null : mocked.Return;
    }
    const invoker = exec.options.taskInvoker;
    if (!invoker) throw this.unmocked();
    const controller = new AbortController();
    const onAbort = (): void => controller.abort();
    exec.signal.addEventListener('abort', onAbort, { once: true });
    let lastBeat = exec.clock.now();
    const request = {
      stateName: this.name,
      resource: this.resource,
      input,
      invocationIndex,
      retryCount: frame.retryCount,
      context: frame.context(),
      signal: controller.signal,
      heartbeat: () => {
        lastBeat = exec.clock.now();
      },
      ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
      ...(heartbeatSeconds !== undefined ? { heartbeatSeconds } : {}),
    };
    const cleanup = (): void => {
      exec.signal.removeEventListener('abort', onAbort);
    };
    let result: unknown;
    try {
      result = invoker.invoke(request);
    } catch (error) {
      cleanup();
      throw error;
    }
    if (!isPromise(result)) {
      cleanup();
      if (result === NOT_HANDLED) throw this.unmocked();
      return result;
    }
    const limits: Promise<never>[] = [];
    const timers = new AbortController();
    if (timeoutSeconds !== undefined) {
      limits.push(
        exec.clock.sleep(timeoutSeconds * 1000, timers.signal).then(() => {
          controller.abort();
          throw new TaskFailure(ERRORS.Timeout, `Task '${this.name}' timed out after ${timeoutSeconds} seconds`);
        }),
      );
    }
    if (heartbeatSeconds !== undefined) {
      const heartbeatMs = heartbeatSeconds * 1000;
      const watch = async (): Promise<never> => {
        for (;;) {
          const wait = lastBeat + heartbeatMs - exec.clock.now();
          if (wait <= 0) {
            controller.abort();
            throw new TaskFailure(ERRORS.HeartbeatTimeout, `Task '${this.name}' sent no heartbeat for ${heartbeatSeconds} seconds`);
          }
          await exec.clock.sleep(wait, timers.signal);
        }
      };
      limits.push(watch());
    }
    const aborted = new Promise<never>((_resolve, reject) => {
      if (exec.signal.aborted) reject(exec.stopError());
      exec.signal.addEventListener('abort', () => reject(exec.stopError()), { once: true });
    });
    for (const limit of limits) limit.catch(() => undefined);
    aborted.catch(() => undefined);
    return Promise.race([result, ...limits, aborted]).then(
      (value) => {
        cleanup();
        timers.abort();
        if (value === NOT_HANDLED) throw this.unmocked();
        return value as Json;
      },
      (error: unknown) => {
        cleanup();
        timers.abort();
        throw error;
      },
    );
  }

  private unmocked(): ExecutionStop {
    return new ExecutionStop(
      'FAILED',
      ERRORS.Runtime,
      `Task state '${this.name}' (resource ${this.resource}) has no mocked response and no handler: add '${this.name}' to the test case in your mock file, or bind a handler to it.`,
    );
  }

  private mockedResponse(invocationIndex: number): MockedResponse | undefined {
    const mocks = this.exec.options.mocks;
    if (!mocks) return undefined;
    const machines = mocks.config.StateMachines ?? {};
    const machineName = mocks.stateMachine ?? Object.keys(machines)[0];
    const testCase = machineName ? machines[machineName]?.TestCases?.[mocks.testCase] : undefined;
    const responseName = testCase?.[this.name];
    if (!responseName) return undefined;
    const responses = mocks.config.MockedResponses?.[responseName];
    if (!responses)
      throw new ExecutionStop(
        'FAILED',
        ERRORS.Runtime,
        `The mock file has no MockedResponses entry '${responseName}' (used by state '${this.name}')`,
      );
    for (const [key, response] of Object.entries(responses)) {
      const m = /^(\d+)(?:-(\d+))?$/.exec(key.trim());
      if (!m) continue;
      const from = Number(m[1]);
      const to = m[2] !== undefined ? Number(m[2]) : from;
      if (invocationIndex >= from && invocationIndex <= to) return response;
    }
    throw new ExecutionStop(
      'FAILED',
      ERRORS.Runtime,
      `The mocked response '${responseName}' has no entry for invocation ${invocationIndex} of state '${this.name}'`,
    );
  }
}
