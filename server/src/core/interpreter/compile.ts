/**
 * Compilation and the run loop (split out of engine.ts): a definition is compiled once into linked
 * state objects (names resolved, paths/intrinsics/JSONata parsed), then run by a loop that stays
 * synchronous until a state really has to wait. `CompiledState` is the base class of every state.
 * This file imports no state file: `compileMachine` takes the state constructors from a table
 * (filled by engine.ts), and Parallel and Map compile their branches through `CompileEnv.compile`.
 */
import { exceedsDataLimit } from './dataLimit';
import { runStatesDebugged } from './debug';
import { ERRORS, StateRuntimeError, StatesError } from './errors';
import type { Execution, Frame } from './execution';
import { type JsonataEvaluator, type JsonataStates, compileJsonataTemplate } from './jsonataProcessing';
import { type Evaluator, compilePayload, compileSelectPath, stringify } from './jsonpathProcessing';
import { outputTooLarge, textExceedsDataLimit } from './limits';
import { type Definition, type Json, type Maybe, isPromise } from './maybe';

export interface CompileEnv {
  exec: Execution;
  /** Compiles a nested machine (a Parallel branch, a Map's item processor) with the same state types. */
  compile(definition: Definition, inheritedJsonata: boolean): CompiledMachine;
  stateTypes: StateTypes;
}

/** A state's constructor, as `createState` calls it. */
export type StateConstructor = new (
  name: string,
  raw: Definition,
  jsonataMode: boolean,
  env: CompileEnv,
  machineJsonata: boolean,
) => CompiledState;

/** The constructor of each state Type (`{ Pass: PassState, ..., Map: MapState }`), filled by engine.ts. */
export type StateTypes = ReadonlyMap<string, StateConstructor>;

export interface CompiledMachine {
  start: CompiledState;
  states: Map<string, CompiledState>;
}

export function compileMachine(definition: Definition, exec: Execution, stateTypes: StateTypes, inheritedJsonata = false): CompiledMachine {
  const env: CompileEnv = {
    exec,
    compile: (nested, nestedJsonata) => compileMachine(nested, exec, stateTypes, nestedJsonata),
    stateTypes,
  };
  const machineJsonata = definition.QueryLanguage === 'JSONata' ? true : definition.QueryLanguage === 'JSONPath' ? false : inheritedJsonata;
  const rawStates = (definition.States ?? {}) as Record<string, Definition>;
  const states = new Map<string, CompiledState>();
  for (const [name, raw] of Object.entries(rawStates)) {
    const jsonataMode = raw.QueryLanguage === 'JSONata' ? true : raw.QueryLanguage === 'JSONPath' ? false : machineJsonata;
    states.set(name, createState(name, raw, jsonataMode, env, machineJsonata));
  }
  const resolve = (name: unknown, from: string): CompiledState => {
    const target = states.get(String(name));
    if (!target) throw new StatesError(ERRORS.Runtime, `State '${from}' refers to a state '${String(name)}' that does not exist`);
    return target;
  };
  for (const state of states.values()) state.link(resolve);
  const start = states.get(String(definition.StartAt));
  if (!start) throw new StatesError(ERRORS.Runtime, `StartAt refers to a state '${String(definition.StartAt)}' that does not exist`);
  return { start, states };
}

export function createState(name: string, raw: Definition, jsonataMode: boolean, env: CompileEnv, machineJsonata: boolean): CompiledState {
  const StateType = typeof raw.Type === 'string' ? env.stateTypes.get(raw.Type) : undefined;
  if (!StateType) throw new StatesError(ERRORS.Runtime, `State '${name}' has an unknown Type '${String(raw.Type)}'`);
  return new StateType(name, raw, jsonataMode, env, machineJsonata);
}

/** Runs states from `state` until one ends the branch; synchronous until something must wait. */
export function runStates(frame: Frame, state: CompiledState, input: Json): Maybe<Json> {
  if (frame.exec.debug) return runStatesDebugged(frame, state, input);
  let current = state;
  let value = input;
  frame.exec.transition(frame, undefined, state);
  for (;;) {
    frame.exec.checkpoint(frame);
    const result = current.execute(frame, value);
    if (isPromise(result)) return continueAsync(frame, current, result);
    const next = frame.next;
    if (next === null) return result;
    frame.exec.transition(frame, current, next);
    current = next;
    value = result;
  }
}

async function continueAsync(frame: Frame, current: CompiledState, pending: Promise<Json>): Promise<Json> {
  let value = await pending;
  for (;;) {
    const next = frame.next;
    if (next === null) return value;
    frame.exec.transition(frame, current, next);
    current = next;
    frame.exec.checkpoint(frame);
    const result = next.execute(frame, value);
    value = isPromise(result) ? await result : result;
  }
}

/**
 * Whether an error matches an ErrorEquals list. Nothing catches States.Runtime; the wildcards
 * (States.ALL, States.TaskFailed) do not catch the terminal States.DataLimitExceeded of a state's
 * own input or output, but do catch a Task's failure of that name (its result was too large),
 * as AWS does.
 */
export function errorMatches(errorEquals: string[], error: StatesError): boolean {
  const name = error.error;
  // AWS: "A States.Runtime error isn't retriable, and will always cause the execution to fail."
  if (name === ERRORS.Runtime) return false;
  const terminal = name === ERRORS.DataLimitExceeded && !error.taskFailure;
  for (const candidate of errorEquals) {
    if (candidate === name) return true;
    if (candidate === ERRORS.ALL) return !terminal;
    // A heartbeat timeout is a timeout: States.Timeout has matched both since before
    // States.HeartbeatTimeout existed.
    if (candidate === ERRORS.Timeout && name === ERRORS.HeartbeatTimeout) return true;
    // AWS: States.TaskFailed matches any known error name except States.Timeout.
    if (candidate === ERRORS.TaskFailed && name !== undefined && name !== ERRORS.Timeout && !terminal) return true;
  }
  return false;
}

export abstract class CompiledState {
  next: CompiledState | null = null;
  readonly enteredType: string;
  readonly exitedType: string;
  protected readonly inputPath: Evaluator | undefined;
  protected readonly outputPath: Evaluator | undefined;
  protected readonly assignPath: Evaluator | undefined;
  protected readonly assignJsonata: JsonataEvaluator | undefined;
  protected readonly outputJsonata: JsonataEvaluator | undefined;
  protected readonly exec: Execution;

  constructor(
    readonly name: string,
    readonly raw: Definition,
    readonly jsonata: boolean,
    env: CompileEnv,
  ) {
    this.exec = env.exec;
    const type = String(raw.Type);
    this.enteredType = `${type}StateEntered`;
    this.exitedType = `${type}StateExited`;
    const ports = env.exec.intrinsicPorts;
    if (jsonata) {
      if (raw.Assign !== undefined) this.assignJsonata = compileJsonataTemplate(raw.Assign, 'Assign', env.exec.jsonataExtras);
      if (raw.Output !== undefined) this.outputJsonata = compileJsonataTemplate(raw.Output, 'Output', env.exec.jsonataExtras);
    } else {
      this.inputPath = compileSelectPath(raw.InputPath);
      this.outputPath = compileSelectPath(raw.OutputPath);
      if (raw.Assign !== undefined) this.assignPath = compilePayload(raw.Assign, ports);
    }
  }

  link(resolve: (name: unknown, from: string) => CompiledState): void {
    if (typeof this.raw.Next === 'string') this.next = resolve(this.raw.Next, this.name);
  }

  abstract execute(frame: Frame, input: Json): Maybe<Json>;

  protected enter(frame: Frame, input: Json): void {
    frame.stateName = this.name;
    frame.retryCount = 0;
    frame.taskToken = undefined;
    const exec = this.exec;
    frame.now += exec.transitionCostMs;
    frame.enteredTime = frame.time();
    frame.enteredEventId = exec.detailed
      ? exec.emit(frame, this.enteredType, 'stateEnteredEventDetails', {
          name: this.name,
          input: stringify(input),
          inputDetails: { truncated: false },
        })
      : exec.emit(frame, this.enteredType);
  }

  protected exit(frame: Frame, output: Json): void {
    const exec = this.exec;
    if (exec.detailed) {
      const text = stringify(output);
      if (textExceedsDataLimit(text)) throw outputTooLarge(this.name);
      exec.emit(frame, this.exitedType, 'stateExitedEventDetails', {
        name: this.name,
        output: text,
        outputDetails: { truncated: false },
      });
    } else {
      if (exceedsDataLimit(output)) throw outputTooLarge(this.name);
      exec.emit(frame, this.exitedType);
    }
  }

  /** Turns a field-processing problem into the state's failure, worded as AWS words it. */
  protected wrap(frame: Frame, error: unknown): unknown {
    if (error instanceof StateRuntimeError) {
      return new StatesError(
        error.error,
        `An error occurred while executing the state '${this.name}' (entered at the event id #${frame.enteredEventId}). ${error.message}`,
      );
    }
    return error;
  }

  protected jsonataStates(frame: Frame, input: Json): JsonataStates {
    const self = frame;
    const states = {
      input,
      get context() {
        return self.context();
      },
    } as JsonataStates;
    // Debugging: the same object later gets result and errorOutput, so the debugger sees them all.
    if (frame.stages) frame.stages.states = states;
    return states;
  }

  /** A payload field in this state's language: a JSONata template or a JSONPath `.$` template. */
  protected compileTemplate(template: unknown, field: string): (frame: Frame, input: Json) => Maybe<Json> {
    if (this.jsonata) {
      const evaluate = compileJsonataTemplate(template, field, this.exec.jsonataExtras);
      return (frame, input) => evaluate(this.jsonataStates(frame, input), frame.variables);
    }
    const evaluate = compilePayload(template, this.exec.intrinsicPorts);
    return (frame, input) => evaluate(frame.roots(input));
  }

  /** Assigns evaluated variables to the frame's own scope (all values computed before any is set). */
  protected applyAssignments(frame: Frame, values: unknown): void {
    if (values && typeof values === 'object') Object.assign(frame.variables, values);
  }
}
