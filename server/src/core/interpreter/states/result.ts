/**
 * What Task, Parallel and Map share (split out of engine.ts): Retry and Catch (`retriers`,
 * `catchers`, the retry interval) and result processing (ResultSelector, ResultPath, Arguments).
 */
import { type CompileEnv, CompiledState, errorMatches } from '../compile';
import { recordStages, reportError } from '../debug';
import { StatesError } from '../errors';
import type { Frame } from '../execution';
import { type JsonataEvaluator, compileJsonataTemplate } from '../jsonataProcessing';
import { type Evaluator, type ResultPathApplier, compilePayload, compileResultPath } from '../jsonpathProcessing';
import { type Definition, type Json, type Maybe, isPromise, then } from '../maybe';

interface Retrier {
  errorEquals: string[];
  intervalSeconds: number;
  maxAttempts: number;
  backoffRate: number;
  maxDelaySeconds: number | undefined;
  jitter: boolean;
}

export interface Catcher {
  errorEquals: string[];
  next: string;
  target?: CompiledState;
  resultPath: ResultPathApplier;
  assignPath?: Evaluator;
  assignJsonata?: JsonataEvaluator;
  outputJsonata?: JsonataEvaluator;
}
// States with results: Task, Parallel, Map share Retry/Catch and result processing.

export abstract class ResultState extends CompiledState {
  protected readonly parameters: Evaluator | undefined;
  protected readonly argumentsJsonata: JsonataEvaluator | undefined;
  protected readonly resultSelector: Evaluator | undefined;
  protected readonly resultPath: ResultPathApplier;
  protected readonly retriers: Retrier[];
  protected readonly catchers: Catcher[];

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv, parametersField = 'Parameters') {
    super(name, raw, jsonata, env);
    const ports = env.exec.intrinsicPorts;
    const extras = env.exec.jsonataExtras;
    if (jsonata) {
      if (raw.Arguments !== undefined) this.argumentsJsonata = compileJsonataTemplate(raw.Arguments, 'Arguments', extras);
    } else if (raw[parametersField] !== undefined) {
      this.parameters = compilePayload(raw[parametersField], ports);
    }
    this.resultSelector = !jsonata && raw.ResultSelector !== undefined ? compilePayload(raw.ResultSelector, ports) : undefined;
    this.resultPath = jsonata ? (_i, r) => r : compileResultPath(raw.ResultPath, 'ResultPath' in raw);
    this.retriers = ((raw.Retry ?? []) as Definition[]).map((r) => ({
      errorEquals: (r.ErrorEquals ?? []) as string[],
      intervalSeconds: typeof r.IntervalSeconds === 'number' ? r.IntervalSeconds : 1,
      maxAttempts: typeof r.MaxAttempts === 'number' ? r.MaxAttempts : 3,
      backoffRate: typeof r.BackoffRate === 'number' ? r.BackoffRate : 2,
      maxDelaySeconds: typeof r.MaxDelaySeconds === 'number' ? r.MaxDelaySeconds : undefined,
      jitter: r.JitterStrategy === 'FULL',
    }));
    this.catchers = ((raw.Catch ?? []) as Definition[]).map((c, index) => {
      const catcher: Catcher = {
        errorEquals: (c.ErrorEquals ?? []) as string[],
        next: String(c.Next),
        resultPath: jsonata ? (_i, r) => r : compileResultPath(c.ResultPath, 'ResultPath' in c),
      };
      if (jsonata) {
        if (c.Assign !== undefined) catcher.assignJsonata = compileJsonataTemplate(c.Assign, `Catch[${index}]/Assign`, extras);
        if (c.Output !== undefined) catcher.outputJsonata = compileJsonataTemplate(c.Output, `Catch[${index}]/Output`, extras);
      } else if (c.Assign !== undefined) {
        catcher.assignPath = compilePayload(c.Assign, ports);
      }
      return catcher;
    });
  }

  override link(resolve: (name: unknown, from: string) => CompiledState): void {
    super.link(resolve);
    for (const catcher of this.catchers) catcher.target = resolve(catcher.next, this.name);
  }

  /** The state's work on its effective input; returns the raw result. */
  protected abstract run(frame: Frame, effectiveInput: Json, rawInput: Json): Maybe<Json>;

  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    const attempts = new Array<number>(this.retriers.length).fill(0);
    if (this.exec.debug) frame.debugAttempts = attempts;
    // Retries loop here rather than recurse, so thousands of retries cost no stack.
    for (;;) {
      let outcome: Maybe<Json>;
      try {
        outcome = this.process(frame, input);
      } catch (error) {
        // Debugging: the async path tells the hook about the error (and may pause) before handling it.
        if (this.exec.debug) return this.settle(frame, input, attempts, Promise.reject(error));
        const decision = this.handleError(frame, input, attempts, this.wrap(frame, error));
        if (decision.kind === 'handled') return decision.output;
        if (this.exec.realTime) return this.retryLater(frame, input, attempts, decision.delayMs);
        frame.now += decision.delayMs;
        this.exec.checkpoint(frame);
        continue;
      }
      return isPromise(outcome) ? this.settle(frame, input, attempts, outcome) : outcome;
    }
  }

  private process(frame: Frame, input: Json): Maybe<Json> {
    return this.jsonata ? this.processJsonata(frame, input) : this.processJsonPath(frame, input);
  }

  /** The async counterpart of `execute`'s loop, once an attempt had to wait. */
  private async settle(frame: Frame, input: Json, attempts: number[], pending: Promise<Json>): Promise<Json> {
    for (;;) {
      try {
        return await pending;
      } catch (error) {
        const wrapped = this.wrap(frame, error);
        if (this.exec.debug) await reportError(frame, this, input, wrapped, attempts);
        const decision = this.handleError(frame, input, attempts, wrapped);
        if (decision.kind === 'handled') return decision.output;
        await this.pause(frame, decision.delayMs);
        try {
          pending = Promise.resolve(this.process(frame, input));
        } catch (processError) {
          pending = Promise.reject(processError);
        }
      }
    }
  }

  private async retryLater(frame: Frame, input: Json, attempts: number[], delayMs: number): Promise<Json> {
    await this.pause(frame, delayMs);
    let first: Promise<Json>;
    try {
      first = Promise.resolve(this.process(frame, input));
    } catch (error) {
      first = Promise.reject(error);
    }
    return this.settle(frame, input, attempts, first);
  }

  /** Waits out a retry interval: virtual time moves the clock, real time sleeps. */
  private async pause(frame: Frame, delayMs: number): Promise<void> {
    if (!this.exec.realTime) {
      frame.now += delayMs;
    } else {
      try {
        await this.exec.clock.sleep(delayMs, this.exec.signal);
      } catch {
        throw this.exec.stopError();
      }
    }
    this.exec.checkpoint(frame);
  }

  private processJsonPath(frame: Frame, input: Json): Maybe<Json> {
    const effective = this.inputPath ? this.inputPath(frame.roots(input)) : input;
    const parameters = this.parameters ? this.parameters(frame.roots(effective)) : effective;
    return then(this.run(frame, parameters, input), (result) => {
      const selected = this.resultSelector ? this.resultSelector(frame.roots(result)) : result;
      const assigned = this.assignPath ? this.assignPath(frame.roots(selected)) : undefined;
      let output = this.resultPath(input, selected);
      if (frame.stages)
        recordStages(frame, {
          afterInputPath: effective,
          afterParameters: parameters,
          result,
          afterResultSelector: selected,
          afterResultPath: output,
        });
      if (this.outputPath) output = this.outputPath(frame.roots(output));
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
      frame.next = this.next;
      this.exit(frame, output);
      return output;
    });
  }

  private async processJsonata(frame: Frame, input: Json): Promise<Json> {
    const states = this.jsonataStates(frame, input);
    const args = this.argumentsJsonata ? await this.argumentsJsonata(states, frame.variables) : input;
    const result = await this.run(frame, args, input);
    states.result = result;
    const assigned = this.assignJsonata ? await this.assignJsonata(states, frame.variables) : undefined;
    const output = this.outputJsonata ? await this.outputJsonata(states, frame.variables) : result;
    if (assigned !== undefined) this.applyAssignments(frame, assigned);
    frame.next = this.next;
    this.exit(frame, output);
    return output;
  }

  /** Debugging: whether handleError would retry or catch this error now (the same rules, nothing changed). */
  wouldHandle(error: StatesError, attempts: number[] | undefined): boolean {
    for (let i = 0; i < this.retriers.length; i++) {
      if (!errorMatches(this.retriers[i]!.errorEquals, error)) continue;
      if ((attempts?.[i] ?? 0) < this.retriers[i]!.maxAttempts) return true;
      break;
    }
    return this.catchers.some((catcher) => errorMatches(catcher.errorEquals, error));
  }

  /** Decides what an error leads to: a retry after a delay, a Catch (its output), or failure (throws). */
  private handleError(
    frame: Frame,
    input: Json,
    attempts: number[],
    error: unknown,
  ): { kind: 'retry'; delayMs: number } | { kind: 'handled'; output: Maybe<Json> } {
    if (!(error instanceof StatesError)) throw error;
    const name = error.error;
    for (let i = 0; i < this.retriers.length; i++) {
      const retrier = this.retriers[i]!;
      if (!errorMatches(retrier.errorEquals, error)) continue;
      if (attempts[i]! >= retrier.maxAttempts) break;
      let delaySeconds = retrier.intervalSeconds * Math.pow(retrier.backoffRate, attempts[i]!);
      if (retrier.maxDelaySeconds !== undefined) delaySeconds = Math.min(delaySeconds, retrier.maxDelaySeconds);
      if (retrier.jitter) delaySeconds *= this.exec.intrinsicPorts.random();
      attempts[i]!++;
      frame.retryCount++;
      return { kind: 'retry', delayMs: delaySeconds * 1000 };
    }
    for (const [catcherIndex, catcher] of this.catchers.entries()) {
      if (!errorMatches(catcher.errorEquals, error)) continue;
      frame.edgeKind = 'Catch';
      frame.edgeIndex = catcherIndex;
      const errorOutput: Record<string, unknown> = {};
      if (name !== undefined) errorOutput.Error = name;
      if (error.errorCause !== undefined) errorOutput.Cause = error.errorCause;
      if (this.jsonata) return { kind: 'handled', output: this.catchJsonata(frame, input, catcher, errorOutput) };
      try {
        const assigned = catcher.assignPath ? catcher.assignPath(frame.roots(errorOutput)) : undefined;
        const output = catcher.resultPath(input, errorOutput);
        if (frame.stages) recordStages(frame, { errorOutput, afterResultPath: output });
        if (assigned !== undefined) this.applyAssignments(frame, assigned);
        frame.next = catcher.target!;
        this.exit(frame, output);
        return { kind: 'handled', output };
      } catch (processingError) {
        throw this.wrap(frame, processingError);
      }
    }
    throw error;
  }

  private async catchJsonata(frame: Frame, input: Json, catcher: Catcher, errorOutput: Json): Promise<Json> {
    try {
      const states = this.jsonataStates(frame, input);
      states.errorOutput = errorOutput;
      const assigned = catcher.assignJsonata ? await catcher.assignJsonata(states, frame.variables) : undefined;
      const output = catcher.outputJsonata ? await catcher.outputJsonata(states, frame.variables) : errorOutput;
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
      frame.next = catcher.target!;
      this.exit(frame, output);
      return output;
    } catch (error) {
      throw this.wrap(frame, error);
    }
  }
}
