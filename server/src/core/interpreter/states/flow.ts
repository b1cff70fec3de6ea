/**
 * Pass, Succeed, Fail, Wait and Choice (split out of engine.ts): the states without a result of
 * their own, so without Retry or Catch.
 */
import { type ChoicePredicate, compileChoiceRule, parseTimestamp } from '../choice';
import { type CompileEnv, CompiledState } from '../compile';
import { DATA_LIMIT_BYTES } from '../dataLimit';
import { recordStages } from '../debug';
import { ERRORS, StateRuntimeError, StatesError } from '../errors';
import type { Frame } from '../execution';
import { type JsonataEvaluator, compileJsonataTemplate, isJsonataExpression, jsonataSource, unexpectedType } from '../jsonataProcessing';
import {
  type Evaluator,
  type ResultPathApplier,
  compileDynamicValue,
  compilePayload,
  compileResultPath,
  stringify,
} from '../jsonpathProcessing';
import { utf8Length } from '../limits';
import { type Definition, type Json, type Maybe, attempt, isPromise, then } from '../maybe';

export class PassState extends CompiledState {
  private readonly result: Json;
  private readonly hasResult: boolean;
  private readonly parameters: Evaluator | undefined;
  private readonly resultPath: ResultPathApplier;
  private readonly resultTooLarge: boolean;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv) {
    super(name, raw, jsonata, env);
    this.hasResult = 'Result' in raw;
    this.result = raw.Result;
    this.resultTooLarge = this.hasResult && utf8Length(stringify(raw.Result)) > DATA_LIMIT_BYTES;
    this.parameters = !jsonata && raw.Parameters !== undefined ? compilePayload(raw.Parameters, env.exec.intrinsicPorts) : undefined;
    this.resultPath = compileResultPath(raw.ResultPath, 'ResultPath' in raw);
  }

  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    if (this.resultTooLarge)
      throw new StatesError(
        ERRORS.DataLimitExceeded,
        `The state/task '${this.name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
      );
    if (this.jsonata) return this.executeJsonata(frame, input);
    let output: Json;
    try {
      const effective = this.inputPath ? this.inputPath(frame.roots(input)) : input;
      const result = this.hasResult ? this.result : this.parameters ? this.parameters(frame.roots(effective)) : effective;
      const assigned = this.assignPath ? this.assignPath(frame.roots(result)) : undefined;
      output = this.resultPath(input, result);
      if (frame.stages)
        recordStages(frame, {
          afterInputPath: effective,
          [this.hasResult ? 'result' : 'afterParameters']: result,
          afterResultPath: output,
        });
      if (this.outputPath) output = this.outputPath(frame.roots(output));
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
    } catch (error) {
      throw this.wrap(frame, error);
    }
    frame.next = this.next;
    this.exit(frame, output);
    return output;
  }

  private async executeJsonata(frame: Frame, input: Json): Promise<Json> {
    try {
      const states = this.jsonataStates(frame, input);
      const base = this.hasResult ? this.result : input;
      if (this.hasResult) states.result = base;
      const assigned = this.assignJsonata ? await this.assignJsonata(states, frame.variables) : undefined;
      const output = this.outputJsonata ? await this.outputJsonata(states, frame.variables) : base;
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
      frame.next = this.next;
      this.exit(frame, output);
      return output;
    } catch (error) {
      throw this.wrap(frame, error);
    }
  }
}

export class SucceedState extends CompiledState {
  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    if (this.jsonata) {
      return (async () => {
        try {
          const output = this.outputJsonata ? await this.outputJsonata(this.jsonataStates(frame, input), frame.variables) : input;
          frame.next = null;
          this.exit(frame, output);
          return output;
        } catch (error) {
          throw this.wrap(frame, error);
        }
      })();
    }
    let output: Json;
    try {
      output = this.inputPath ? this.inputPath(frame.roots(input)) : input;
      if (this.outputPath) output = this.outputPath(frame.roots(output));
    } catch (error) {
      throw this.wrap(frame, error);
    }
    frame.next = null;
    this.exit(frame, output);
    return output;
  }
}

export class FailState extends CompiledState {
  private readonly errorValue: (frame: Frame, input: Json) => Maybe<string | undefined>;
  private readonly causeValue: (frame: Frame, input: Json) => Maybe<string | undefined>;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv) {
    super(name, raw, jsonata, env);
    this.errorValue = this.compileField(raw, 'Error', 'ErrorPath', env);
    this.causeValue = this.compileField(raw, 'Cause', 'CausePath', env);
  }

  private compileField(
    raw: Definition,
    field: string,
    pathField: string,
    env: CompileEnv,
  ): (frame: Frame, input: Json) => Maybe<string | undefined> {
    const value = raw[field];
    if (this.jsonata && isJsonataExpression(value)) {
      const evaluate = compileJsonataTemplate(value, field, env.exec.jsonataExtras);
      const source = jsonataSource(value);
      return async (frame, input) => {
        const result = await evaluate(this.jsonataStates(frame, input), frame.variables);
        if (typeof result !== 'string') throw unexpectedType(source, field, 'string', result);
        return result;
      };
    }
    if (typeof value === 'string') return () => value;
    const path = raw[pathField];
    if (typeof path === 'string') {
      const evaluate = compileDynamicValue(path, pathField, env.exec.intrinsicPorts);
      return (frame, input) => {
        const result = evaluate(frame.roots(input));
        if (typeof result !== 'string') {
          throw new StateRuntimeError(
            ERRORS.Runtime,
            `The ${pathField} field refers to value ${stringify(result)} which is not a valid string: ${path}`,
          );
        }
        return result;
      };
    }
    return () => undefined;
  }

  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    frame.next = null;
    const finish = (error: string | undefined, cause: string | undefined): never => {
      throw new StatesError(error, cause);
    };
    try {
      const error = this.errorValue(frame, input);
      const cause = this.causeValue(frame, input);
      if (isPromise(error) || isPromise(cause)) {
        return Promise.all([error, cause]).then(
          ([e, c]) => finish(e, c),
          (err: unknown) => {
            throw this.wrap(frame, err);
          },
        );
      }
      return finish(error, cause);
    } catch (error) {
      throw this.wrap(frame, error);
    }
  }
}

export class WaitState extends CompiledState {
  private readonly waitUntil: (frame: Frame, input: Json) => Maybe<number>;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv) {
    super(name, raw, jsonata, env);
    this.waitUntil = this.compileWait(raw, env);
  }

  private compileWait(raw: Definition, env: CompileEnv): (frame: Frame, input: Json) => Maybe<number> {
    if (this.jsonata && isJsonataExpression(raw.Seconds)) {
      const source = jsonataSource(raw.Seconds);
      const evaluate = compileJsonataTemplate(raw.Seconds, 'Seconds', env.exec.jsonataExtras);
      return async (frame, input) => {
        const seconds = await evaluate(this.jsonataStates(frame, input), frame.variables);
        if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0)
          throw unexpectedType(source, 'Seconds', 'integer', seconds);
        return frame.time() + seconds * 1000;
      };
    }
    if (this.jsonata && isJsonataExpression(raw.Timestamp)) {
      const source = jsonataSource(raw.Timestamp);
      const evaluate = compileJsonataTemplate(raw.Timestamp, 'Timestamp', env.exec.jsonataExtras);
      return async (frame, input) => {
        const value = await evaluate(this.jsonataStates(frame, input), frame.variables);
        const ms = parseTimestamp(value);
        if (ms === undefined) throw unexpectedType(source, 'Timestamp', 'timestamp', value);
        return ms;
      };
    }
    if (typeof raw.Seconds === 'number') {
      const seconds = raw.Seconds;
      return (frame) => frame.time() + seconds * 1000;
    }
    if (typeof raw.Timestamp === 'string') {
      const ms = parseTimestamp(raw.Timestamp) ?? 0;
      return () => ms;
    }
    if (typeof raw.SecondsPath === 'string') {
      const path = raw.SecondsPath;
      const evaluate = compileDynamicValue(path, 'SecondsPath', env.exec.intrinsicPorts);
      return (frame, input) => {
        const seconds = evaluate(frame.roots(this.inputPath ? this.inputPath(frame.roots(input)) : input));
        if (typeof seconds !== 'number' || !Number.isInteger(seconds)) {
          throw new StateRuntimeError(
            ERRORS.Runtime,
            `The SecondsPath parameter cannot be parsed as a long value: ${path} == ${stringify(seconds)}`,
          );
        }
        if (seconds < 0)
          throw new StateRuntimeError(ERRORS.Runtime, `The SecondsPath parameter references a negative value: ${path} == ${seconds}`);
        return frame.time() + seconds * 1000;
      };
    }
    if (typeof raw.TimestampPath === 'string') {
      const path = raw.TimestampPath;
      const evaluate = compileDynamicValue(path, 'TimestampPath', env.exec.intrinsicPorts);
      return (frame, input) => {
        const value = evaluate(frame.roots(this.inputPath ? this.inputPath(frame.roots(input)) : input));
        const ms = parseTimestamp(value);
        if (ms === undefined)
          throw new StateRuntimeError(
            ERRORS.Runtime,
            `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${path} == ${stringify(value)}`,
          );
        return ms;
      };
    }
    return (frame) => frame.time();
  }

  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    return attempt(
      () =>
        then(this.waitUntil(frame, input), (until) => {
          const finish = (): Maybe<Json> => this.finish(frame, input);
          const delay = until - frame.time();
          if (delay <= 0) return finish();
          if (!this.exec.realTime) {
            frame.now += delay;
            return finish();
          }
          // Sleep no longer than the execution may live, so a timeout ends it on time.
          const allowed = Math.min(delay, Math.max(0, this.exec.deadline - frame.time() + 1));
          return this.exec.clock.sleep(allowed, this.exec.signal).then(
            () => {
              this.exec.checkpoint(frame);
              return finish();
            },
            () => {
              throw this.exec.stopError();
            },
          );
        }),
      (error) => {
        throw this.wrap(frame, error);
      },
    );
  }

  private finish(frame: Frame, input: Json): Maybe<Json> {
    if (this.jsonata) {
      return then(this.jsonataOutput(frame, input), (output) => {
        frame.next = this.next;
        this.exit(frame, output);
        return output;
      });
    }
    let output = this.inputPath ? this.inputPath(frame.roots(input)) : input;
    if (this.outputPath) output = this.outputPath(frame.roots(output));
    if (this.assignPath) this.applyAssignments(frame, this.assignPath(frame.roots(input)));
    frame.next = this.next;
    this.exit(frame, output);
    return output;
  }

  private async jsonataOutput(frame: Frame, input: Json): Promise<Json> {
    const states = this.jsonataStates(frame, input);
    const assigned = this.assignJsonata ? await this.assignJsonata(states, frame.variables) : undefined;
    const output = this.outputJsonata ? await this.outputJsonata(states, frame.variables) : input;
    if (assigned !== undefined) this.applyAssignments(frame, assigned);
    return output;
  }
}

interface CompiledChoice {
  predicate?: ChoicePredicate;
  condition?: JsonataEvaluator;
  conditionSource?: string;
  conditionField?: string;
  nextName: string;
  next?: CompiledState;
  assignPath?: Evaluator;
  assignJsonata?: JsonataEvaluator;
  outputJsonata?: JsonataEvaluator;
}

/** A matched rule (its index) or, with -1, the Default. */
function markChoiceEdge(frame: Frame, chosenIndex: number): void {
  frame.edgeKind = chosenIndex < 0 ? 'Default' : 'Choice';
  frame.edgeIndex = chosenIndex < 0 ? 0 : chosenIndex;
}

export class ChoiceState extends CompiledState {
  private readonly choices: CompiledChoice[];
  private defaultState: CompiledState | undefined;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv) {
    super(name, raw, jsonata, env);
    const extras = env.exec.jsonataExtras;
    this.choices = ((raw.Choices ?? []) as Definition[]).map((rule, index) => {
      const choice: CompiledChoice = { nextName: String(rule.Next) };
      if (jsonata) {
        choice.condition = compileJsonataTemplate(rule.Condition, `Choices[${index}]/Condition`, extras);
        choice.conditionSource = isJsonataExpression(rule.Condition) ? jsonataSource(rule.Condition) : JSON.stringify(rule.Condition);
        choice.conditionField = `Choices[${index}]/Condition`;
        if (rule.Assign !== undefined) choice.assignJsonata = compileJsonataTemplate(rule.Assign, `Choices[${index}]/Assign`, extras);
        if (rule.Output !== undefined) choice.outputJsonata = compileJsonataTemplate(rule.Output, `Choices[${index}]/Output`, extras);
      } else {
        choice.predicate = compileChoiceRule(rule);
        if (rule.Assign !== undefined) choice.assignPath = compilePayload(rule.Assign, env.exec.intrinsicPorts);
      }
      return choice;
    });
  }

  override link(resolve: (name: unknown, from: string) => CompiledState): void {
    for (const choice of this.choices) choice.next = resolve(choice.nextName, this.name);
    if (typeof this.raw.Default === 'string') this.defaultState = resolve(this.raw.Default, this.name);
  }

  execute(frame: Frame, input: Json): Maybe<Json> {
    this.enter(frame, input);
    if (this.jsonata) return this.executeJsonata(frame, input);
    let output: Json;
    try {
      const effective = this.inputPath ? this.inputPath(frame.roots(input)) : input;
      const roots = frame.roots(effective);
      let chosen: CompiledChoice | undefined;
      let chosenIndex = -1;
      const choices = this.choices;
      for (let i = 0; i < choices.length; i++) {
        if (choices[i]!.predicate!(roots)) {
          chosen = choices[i];
          chosenIndex = i;
          break;
        }
      }
      const next = this.nextAfter(frame, chosen);
      // A matched rule assigns its own variables; the state-level Assign goes with Default.
      const assign = chosen ? chosen.assignPath : this.assignPath;
      const assigned = assign ? assign(frame.roots(effective)) : undefined;
      output = this.outputPath ? this.outputPath(frame.roots(effective)) : effective;
      if (frame.stages) recordStages(frame, { afterInputPath: effective });
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
      frame.next = next;
      markChoiceEdge(frame, chosenIndex);
    } catch (error) {
      throw this.wrap(frame, error);
    }
    this.exit(frame, output);
    return output;
  }

  /** The matched rule's Next, else Default; the ASL specification: neither fails with States.NoChoiceMatched. */
  private nextAfter(frame: Frame, chosen: CompiledChoice | undefined): CompiledState {
    if (chosen) return chosen.next!;
    if (this.defaultState) return this.defaultState;
    throw new StatesError(
      ERRORS.NoChoiceMatched,
      `An error occurred while executing the state '${this.name}' (entered at the event id #${frame.enteredEventId}). No Choice Rules matched and no Default state was specified.`,
    );
  }

  private async executeJsonata(frame: Frame, input: Json): Promise<Json> {
    try {
      const states = this.jsonataStates(frame, input);
      let chosen: CompiledChoice | undefined;
      let chosenIndex = -1;
      for (const [index, choice] of this.choices.entries()) {
        const value = await choice.condition!(states, frame.variables);
        if (typeof value !== 'boolean') throw unexpectedType(choice.conditionSource!, choice.conditionField!, 'boolean', value);
        if (value) {
          chosen = choice;
          chosenIndex = index;
          break;
        }
      }
      const next = this.nextAfter(frame, chosen);
      const assign = chosen ? chosen.assignJsonata : this.assignJsonata;
      const outputEval = chosen?.outputJsonata ?? this.outputJsonata;
      const assigned = assign ? await assign(states, frame.variables) : undefined;
      const output = outputEval ? await outputEval(states, frame.variables) : input;
      if (assigned !== undefined) this.applyAssignments(frame, assigned);
      frame.next = next;
      markChoiceEdge(frame, chosenIndex);
      this.exit(frame, output);
      return output;
    } catch (error) {
      throw this.wrap(frame, error);
    }
  }
}
