/**
 * The Map state, inline and distributed (split out of engine.ts): ItemReader, ItemBatcher,
 * ResultWriter, tolerated failures. Its item processor is compiled through `CompileEnv.compile`
 * (not by importing compile.ts's `compileMachine`, which would make an import cycle).
 */
import { type CompileEnv, type CompiledMachine, runStates } from '../compile';
import { ERRORS, ExecutionStop, StateRuntimeError, StatesError } from '../errors';
import { EventLog, type Frame } from '../execution';
import { type JsonataEvaluator, compileJsonataTemplate, isJsonataExpression, jsonataSource, unexpectedType } from '../jsonataProcessing';
import { type Evaluator, compileDynamicValue, compilePayload, stringify } from '../jsonpathProcessing';
import { checkResultSize, utf8Length } from '../limits';
import { type Definition, type Json, type Maybe, attempt, isPromise, then } from '../maybe';
import { ResultState } from './result';

/** Groups items into batches for ItemBatcher: `{ Items: [...], BatchInput? }`. */
function batchItems(items: Json[], settings: { maxItems: number; maxBytes: number; batchInput: Json }): Json[] {
  const batches: Json[][] = [];
  let current: Json[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = utf8Length(stringify(item));
    if (current.length && (current.length >= settings.maxItems || bytes + size > settings.maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches.map((batch) => (settings.batchInput !== undefined ? { BatchInput: settings.batchInput, Items: batch } : { Items: batch }));
}

export class MapState extends ResultState {
  private readonly processor: CompiledMachine;
  private readonly distributed: boolean;
  private readonly itemsPath: Evaluator | undefined;
  private readonly itemsJsonata: JsonataEvaluator | undefined;
  private readonly itemsSource: string | undefined;
  private readonly itemSelector: Evaluator | undefined;
  private readonly itemSelectorJsonata: JsonataEvaluator | undefined;
  private readonly maxConcurrency: (frame: Frame, input: Json) => Maybe<number>;
  private readonly toleratedCount: ((frame: Frame, input: Json) => Maybe<number>) | undefined;
  private readonly toleratedPercentage: ((frame: Frame, input: Json) => Maybe<number>) | undefined;
  private readonly label: string | undefined;
  /** History limit of each Distributed Map child execution (by its ExecutionType). */
  private readonly childMaxEvents: number;
  private readonly readerParameters: ((frame: Frame, input: Json) => Maybe<Json>) | undefined;
  private readonly batchSettings:
    ((frame: Frame, input: Json) => Maybe<{ maxItems: number; maxBytes: number; batchInput: Json }>) | undefined;

  constructor(name: string, raw: Definition, jsonata: boolean, env: CompileEnv, machineJsonata: boolean) {
    super(name, raw, jsonata, env, 'Parameters-not-used');
    const processorDefinition = (raw.ItemProcessor ?? raw.Iterator ?? {}) as Definition;
    const config = (processorDefinition.ProcessorConfig ?? {}) as Definition;
    this.distributed = config.Mode === 'DISTRIBUTED';
    this.childMaxEvents = config.ExecutionType === 'EXPRESS' ? Infinity : 25000;
    this.processor = env.compile(processorDefinition, jsonata || machineJsonata ? jsonata : false);
    this.label = typeof raw.Label === 'string' ? raw.Label : undefined;
    const ports = env.exec.intrinsicPorts;
    const extras = env.exec.jsonataExtras;
    if (jsonata) {
      if (raw.Items !== undefined) {
        this.itemsJsonata = compileJsonataTemplate(raw.Items, 'Items', extras);
        this.itemsSource = isJsonataExpression(raw.Items) ? jsonataSource(raw.Items) : JSON.stringify(raw.Items);
      }
      if (raw.ItemSelector !== undefined) this.itemSelectorJsonata = compileJsonataTemplate(raw.ItemSelector, 'ItemSelector', extras);
    } else {
      if (typeof raw.ItemsPath === 'string') this.itemsPath = compileDynamicValue(raw.ItemsPath, 'ItemsPath', ports);
      const selector = raw.ItemSelector ?? raw.Parameters;
      if (selector !== undefined) this.itemSelector = compilePayload(selector, ports);
    }
    this.maxConcurrency = this.compileNumberField(raw, 'MaxConcurrency', 'integer', env) ?? (() => 0);
    this.toleratedCount = this.compileNumberField(raw, 'ToleratedFailureCount', 'integer', env);
    this.toleratedPercentage = this.compileNumberField(raw, 'ToleratedFailurePercentage', 'float', env);
    const reader = raw.ItemReader as Definition | undefined;
    const readerTemplate = reader?.Parameters ?? reader?.Arguments;
    if (readerTemplate !== undefined) this.readerParameters = this.compileTemplate(readerTemplate, 'ItemReader/Arguments');
    const batcher = raw.ItemBatcher as Definition | undefined;
    if (batcher) {
      const maxItems = this.compileNumberField(batcher, 'MaxItemsPerBatch', 'integer', env);
      const maxBytes = this.compileNumberField(batcher, 'MaxInputBytesPerBatch', 'integer', env);
      const batchInput = batcher.BatchInput !== undefined ? this.compileTemplate(batcher.BatchInput, 'ItemBatcher/BatchInput') : undefined;
      this.batchSettings = (frame, input) =>
        then(maxItems ? maxItems(frame, input) : Infinity, (items) =>
          then(maxBytes ? maxBytes(frame, input) : Infinity, (bytes) =>
            then(batchInput ? batchInput(frame, input) : undefined, (extra) => ({ maxItems: items, maxBytes: bytes, batchInput: extra })),
          ),
        );
    }
  }

  private compileNumberField(
    raw: Definition,
    field: string,
    kind: 'integer' | 'float',
    env: CompileEnv,
  ): ((frame: Frame, input: Json) => Maybe<number>) | undefined {
    const value = raw[field];
    const check = (n: number): number => {
      if (field === 'ToleratedFailureCount' && n < 0)
        throw new StateRuntimeError(ERRORS.Runtime, 'ToleratedFailureCount cannot be negative.');
      if (field === 'ToleratedFailurePercentage' && (n < 0 || n > 100))
        throw new StateRuntimeError(ERRORS.Runtime, 'ToleratedFailurePercentage must be between 0 and 100.');
      if (field === 'MaxConcurrency' && n < 0) throw new StateRuntimeError(ERRORS.Runtime, 'MaxConcurrency cannot be negative.');
      return n;
    };
    if (typeof value === 'number') return () => check(value);
    if (this.jsonata && isJsonataExpression(value)) {
      const source = jsonataSource(value);
      const evaluate = compileJsonataTemplate(value, field, env.exec.jsonataExtras);
      return async (frame, input) => {
        const n = await evaluate(this.jsonataStates(frame, input), frame.variables);
        if (typeof n !== 'number' || (kind === 'integer' && !Number.isInteger(n)))
          throw unexpectedType(source, field, kind === 'integer' ? 'integer' : 'number', n);
        return check(n);
      };
    }
    const pathField = `${field}Path`;
    const path = raw[pathField];
    if (typeof path === 'string') {
      const evaluate = compileDynamicValue(path, pathField, env.exec.intrinsicPorts);
      return (frame, input) => {
        let n = evaluate(frame.roots(input));
        // AWS accepts numbers written as strings here ("1").
        if (typeof n === 'string' && n.trim() !== '' && !Number.isNaN(Number(n))) n = Number(n);
        const valid = typeof n === 'number' && (kind === 'float' || Number.isInteger(n));
        if (!valid) {
          const shown = typeof n === 'string' ? n : stringify(n);
          throw new StateRuntimeError(
            ERRORS.Runtime,
            `The ${pathField} field refers to value "${shown}" which is not a valid ${kind}: ${path}`,
          );
        }
        return check(n as number);
      };
    }
    return undefined;
  }

  protected run(frame: Frame, effective: Json): Maybe<Json> {
    const exec = this.exec;
    return then(this.readItems(frame, effective), (read) =>
      then(this.batchSettings ? then(this.batchSettings(frame, effective), (settings) => batchItems(read, settings)) : read, (items) =>
        then(this.maxConcurrency(frame, effective), (maxConcurrency) =>
          then(this.toleratedCount ? this.toleratedCount(frame, effective) : undefined, (toleratedCount) =>
            then(this.toleratedPercentage ? this.toleratedPercentage(frame, effective) : undefined, (toleratedPercentage) => {
              exec.emit(
                frame,
                'MapStateStarted',
                exec.detailed ? 'mapStateStartedEventDetails' : undefined,
                exec.detailed ? { length: items.length } : undefined,
              );
              if (this.distributed) {
                const mapRunArn = `${exec.stateMachineArn.replace(':stateMachine:', ':mapRun:')}/${this.label ?? this.name}:${++exec.mapRunCounter}`;
                exec.emit(
                  frame,
                  'MapRunStarted',
                  exec.detailed ? 'mapRunStartedEventDetails' : undefined,
                  exec.detailed ? { mapRunArn } : undefined,
                );
              }
              return this.iterate(frame, effective, items, maxConcurrency, toleratedCount, toleratedPercentage);
            }),
          ),
        ),
      ),
    );
  }

  private readItems(frame: Frame, effective: Json): Maybe<Json[]> {
    const reader = this.raw.ItemReader as Definition | undefined;
    if (reader) return this.readFromReader(frame, effective, reader);
    if (this.jsonata) {
      if (!this.itemsJsonata) {
        if (!Array.isArray(effective))
          throw new StateRuntimeError(ERRORS.QueryEvaluationError, `Map state input must be an array but was: ${stringify(effective)}`);
        return effective;
      }
      return this.itemsJsonata(this.jsonataStates(frame, effective), frame.variables).then((items) => {
        if (!Array.isArray(items)) throw unexpectedType(this.itemsSource!, 'Items', 'array', items);
        return items;
      });
    }
    const items = this.itemsPath ? this.itemsPath(frame.roots(effective)) : effective;
    if (!Array.isArray(items)) {
      throw new StateRuntimeError(ERRORS.Runtime, `Map state input must be an array but was: ${stringify(items)}`);
    }
    return items;
  }

  private readFromReader(frame: Frame, effective: Json, reader: Definition): Maybe<Json[]> {
    const port = this.exec.options.itemReader;
    if (!port)
      throw new StateRuntimeError(
        ERRORS.ItemReaderFailed,
        'This Map reads items with an ItemReader, but no item reader was supplied to the interpreter.',
      );
    return then(this.readerParameters ? this.readerParameters(frame, effective) : {}, (evaluated) => {
      const parameters = (evaluated ?? {}) as Record<string, unknown>;
      return attempt(
        () =>
          then(
            port.read({
              resource: String(reader.Resource ?? ''),
              parameters,
              readerConfig: (reader.ReaderConfig ?? {}) as Record<string, unknown>,
            }),
            (items) => {
              const config = (reader.ReaderConfig ?? {}) as Definition;
              const max = typeof config.MaxItems === 'number' ? config.MaxItems : undefined;
              return max !== undefined ? items.slice(0, max) : items;
            },
          ),
        (error) => {
          if (error instanceof StateRuntimeError || error instanceof StatesError) throw error;
          throw new StatesError(ERRORS.ItemReaderFailed, error instanceof Error ? error.message : String(error));
        },
      );
    });
  }

  private iterate(
    frame: Frame,
    effective: Json,
    items: Json[],
    maxConcurrency: number,
    toleratedCount: number | undefined,
    toleratedPercentage: number | undefined,
  ): Maybe<Json> {
    const exec = this.exec;
    const results: Json[] = new Array(items.length);
    // What each child received and how it ended, for ResultWriter.
    const childInputs: Json[] = this.raw.ResultWriter ? new Array(items.length) : [];
    const statuses: Array<'SUCCEEDED' | 'FAILED'> = this.raw.ResultWriter ? new Array(items.length).fill('SUCCEEDED') : [];
    // Debugging runs one iteration after another, in order, so a session is repeatable.
    const limit = exec.debug ? 1 : maxConcurrency > 0 ? maxConcurrency : Infinity;
    // Iterations fold their clock and last event into these as they finish, so none is retained.
    let latestNow = frame.now;
    let latestEventId = frame.lastEventId;
    const fold = (child: Frame): void => {
      if (child.now > latestNow) latestNow = child.now;
      if (child.log === frame.log && child.lastEventId > latestEventId) latestEventId = child.lastEventId;
    };
    const iterationName = this.name;
    let failures = 0;
    let fatal: unknown;
    const tolerant = this.distributed && (toleratedCount !== undefined || toleratedPercentage !== undefined);
    const tolerated = (): boolean => {
      if (!tolerant) return false;
      // With both thresholds set, exceeding either one fails the Map Run.
      if (toleratedCount !== undefined && failures > toleratedCount) return false;
      if (toleratedPercentage !== undefined && (failures / items.length) * 100 > toleratedPercentage) return false;
      return true;
    };

    const runOne = (index: number): Maybe<void> => {
      // Child workflows of a Distributed Map are separate executions: outer variables are not visible.
      const scope = this.distributed ? Object.create(null) : Object.create(frame.variables);
      // A Distributed Map's child is an execution of its own: own event ids, nothing in our history.
      const child = this.distributed
        ? frame.child(scope as Record<string, unknown>, new EventLog(this.childMaxEvents, false, undefined, undefined, 1))
        : frame.child(scope as Record<string, unknown>);
      const value = items[index];
      child.mapItem = { index, value };
      if (exec.debug) child.debugLevel = { parent: frame, state: this, kind: 'Map', index, attempts: frame.debugAttempts };
      // ItemSelector belongs to the Map state itself, so it always sees the outer variables.
      const selectorFrame = this.distributed ? frame.child(frame.variables) : child;
      selectorFrame.mapItem = child.mapItem;
      if (this.distributed) {
        // no iteration events in the parent's history
      } else if (exec.detailed) exec.emit(child, 'MapIterationStarted', 'mapIterationStartedEventDetails', { name: iterationName, index });
      else exec.emit(child, 'MapIterationStarted');
      const onDone = (output: Json): void => {
        results[index] = output;
        if (this.distributed) {
          // see MapIterationStarted
        } else if (exec.detailed)
          exec.emit(child, 'MapIterationSucceeded', 'mapIterationSucceededEventDetails', { name: iterationName, index });
        else exec.emit(child, 'MapIterationSucceeded');
        fold(child);
      };
      const onFail = (error: unknown): void => {
        if (error instanceof ExecutionStop) {
          fold(child);
          fatal ??= error;
          return;
        }
        if (this.distributed) {
          // see MapIterationStarted
        } else if (exec.detailed) exec.emit(child, 'MapIterationFailed', 'mapIterationFailedEventDetails', { name: iterationName, index });
        else exec.emit(child, 'MapIterationFailed');
        fold(child);
        failures++;
        if (tolerant) {
          const e = error as StatesError;
          const errorOutput: Record<string, unknown> = {};
          if (e.error !== undefined) errorOutput.Error = e.error;
          if (e.errorCause !== undefined) errorOutput.Cause = e.errorCause;
          results[index] = errorOutput;
          if (statuses.length) statuses[index] = 'FAILED';
          if (!tolerated())
            fatal ??= new StatesError(ERRORS.ExceedToleratedFailureThreshold, `The specified tolerated failure threshold was exceeded`);
          return;
        }
        fatal ??= error;
      };
      return attempt(
        () =>
          then(this.selectItem(selectorFrame, effective, value), (selected) => {
            if (childInputs.length) childInputs[index] = selected;
            return then(runStates(child, this.processor.start, selected), (output) => {
              onDone(output);
            });
          }),
        (error) => {
          onFail(error);
        },
      );
    };

    const finish = (): Json => {
      frame.now = latestNow;
      frame.lastEventId = latestEventId;
      if (fatal !== undefined) {
        if (this.distributed) exec.emit(frame, 'MapRunFailed');
        exec.emit(frame, 'MapStateFailed');
        throw fatal;
      }
      if (!this.raw.ResultWriter) checkResultSize(this.name, results);
      if (this.distributed) exec.emit(frame, 'MapRunSucceeded');
      exec.emit(frame, 'MapStateSucceeded');
      return this.writeResults(frame, effective, results, childInputs, statuses);
    };

    let index = 0;
    const inFlight = new Set<Promise<void>>();
    const pump = (): Maybe<Json> => {
      while (index < items.length && fatal === undefined) {
        if (inFlight.size >= limit) {
          return Promise.race(inFlight).then(pump);
        }
        const outcome = runOne(index++);
        if (isPromise(outcome)) {
          const tracked: Promise<void> = outcome.then(() => {
            inFlight.delete(tracked);
          });
          inFlight.add(tracked);
        }
      }
      if (inFlight.size) return Promise.all(inFlight).then(() => pump());
      return finish();
    };
    return pump();
  }

  private selectItem(child: Frame, effective: Json, value: Json): Maybe<Json> {
    if (this.itemSelector) {
      try {
        return this.itemSelector(child.roots(effective));
      } catch (error) {
        throw this.wrap(child, error);
      }
    }
    if (this.itemSelectorJsonata) {
      return this.itemSelectorJsonata(this.jsonataStates(child, effective), child.variables).catch((error: unknown) => {
        throw this.wrap(child, error);
      });
    }
    return value;
  }

  private writeResults(
    frame: Frame,
    effective: Json,
    results: Json[],
    inputs: Json[],
    statuses: Array<'SUCCEEDED' | 'FAILED'>,
  ): Maybe<Json> {
    const writer = this.raw.ResultWriter as Definition | undefined;
    if (!writer) return results;
    const port = this.exec.options.resultWriter;
    const mapRunArn = `${this.exec.stateMachineArn.replace(':stateMachine:', ':mapRun:')}/${this.label ?? this.name}:${this.exec.mapRunCounter}`;
    if (!port) return { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: 'local', Key: 'not-written' } };
    const template = writer.Parameters ?? writer.Arguments ?? {};
    const parameters: Maybe<unknown> = this.jsonata
      ? compileJsonataTemplate(
          template,
          'ResultWriter/Arguments',
          this.exec.jsonataExtras,
        )(this.jsonataStates(frame, effective), frame.variables)
      : compilePayload(template, this.exec.intrinsicPorts)(frame.roots(effective));
    return attempt(
      () =>
        then(parameters, (evaluated) =>
          then(
            port.write({
              parameters: evaluated as Record<string, unknown>,
              results,
              inputs,
              statuses,
              mapRunId: mapRunArn,
              stateName: this.name,
            }),
            (details) => ({
              MapRunArn: mapRunArn,
              ResultWriterDetails: details,
            }),
          ),
        ),
      (error) => {
        throw new StatesError(ERRORS.ResultWriterFailed, error instanceof Error ? error.message : String(error));
      },
    );
  }
}
