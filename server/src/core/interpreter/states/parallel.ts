/**
 * The Parallel state (split out of engine.ts): its branches, compiled through `CompileEnv.compile`
 * (not by importing compile.ts's `compileMachine`, which would make an import cycle).
 */
import { type CompileEnv, type CompiledMachine, runStates } from '../compile';
import type { Frame } from '../execution';
import { checkResultSize } from '../limits';
import { type Definition, type Json, type Maybe, isPromise } from '../maybe';
import { ResultState } from './result';

export class ParallelState extends ResultState {
  private readonly branches: CompiledMachine[];

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv, machineJsonata: boolean) {
    super(name, raw, jsonata, env);
    this.branches = ((raw.Branches ?? []) as Definition[]).map((branch) =>
      env.compile(branch, jsonata || machineJsonata ? jsonata : false),
    );
  }

  protected run(frame: Frame, input: Json): Maybe<Json> {
    const exec = this.exec;
    exec.emit(
      frame,
      'ParallelStateStarted',
      exec.detailed ? 'parallelStateStartedEventDetails' : undefined,
      exec.detailed ? {} : undefined,
    );
    const results: Json[] = new Array(this.branches.length);
    const frames: Frame[] = [];
    const pending: Promise<void>[] = [];
    let failure: unknown;
    if (exec.debug) return this.runBranchesInOrder(frame, input, results, frames);
    for (let i = 0; i < this.branches.length; i++) {
      const child = frame.child(Object.create(frame.variables) as Record<string, unknown>);
      frames.push(child);
      let outcome: Maybe<Json>;
      try {
        outcome = runStates(child, this.branches[i]!.start, input);
      } catch (error) {
        failure = error;
        break;
      }
      if (isPromise(outcome)) {
        pending.push(
          outcome.then(
            (value) => {
              results[i] = value;
            },
            (error: unknown) => {
              failure ??= error;
            },
          ),
        );
      } else results[i] = outcome;
    }
    const finish = (): Json => this.finish(frame, frames, results, failure);
    if (pending.length) return Promise.all(pending).then(finish);
    return finish();
  }

  /** Debugging: one branch after another, in order, so a session is repeatable; ends as run() does. */
  private async runBranchesInOrder(frame: Frame, input: Json, results: Json[], frames: Frame[]): Promise<Json> {
    let failure: unknown;
    for (let i = 0; i < this.branches.length && failure === undefined; i++) {
      const child = frame.child(Object.create(frame.variables) as Record<string, unknown>);
      child.debugLevel = { parent: frame, state: this, kind: 'Parallel', index: i, attempts: frame.debugAttempts };
      frames.push(child);
      try {
        results[i] = await runStates(child, this.branches[i]!.start, input);
      } catch (error) {
        failure = error;
      }
    }
    return this.finish(frame, frames, results, failure);
  }

  /** After every branch: time and event ids move on past the branches'; then the state fails or succeeds. */
  private finish(frame: Frame, frames: Frame[], results: Json[], failure: unknown): Json {
    for (const child of frames) {
      if (child.now > frame.now) frame.now = child.now;
      if (child.lastEventId > frame.lastEventId) frame.lastEventId = child.lastEventId;
    }
    if (failure !== undefined) {
      this.exec.emit(frame, 'ParallelStateFailed');
      throw failure;
    }
    checkResultSize(this.name, results);
    this.exec.emit(frame, 'ParallelStateSucceeded');
    return results;
  }
}
