// The Debug Adapter Protocol side of debugging a state machine: launch arguments, breakpoints,
// threads, stack frames, scopes, variables, stepping and evaluation, on @vscode/debugadapter. The
// run itself is the DebugRuntime's; this class only maps it to and from DAP messages.
/* eslint-disable @typescript-eslint/no-misused-promises -- LoggingDebugSession dispatches each request and ignores what a handler returns; the async handlers here answer every request themselves (sendResponse or sendErrorResponse), errors included. */
import {
  Breakpoint,
  Handles,
  InitializedEvent,
  LoggingDebugSession,
  OutputEvent,
  Scope,
  Source,
  StackFrame,
  StoppedEvent,
  TerminatedEvent,
  Thread,
  Event,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { once } from 'node:events';
import { basename, resolve } from 'node:path';
import type { DebugScopeLevel, ExecutionResult, HistoryEvent } from '../core/interpreter/index';
import { TraceWriter } from '../cli/run';
import { type AslLaunchArguments, LaunchError, launchHandlers, launchInput, launchMocks, loadProgram } from './program';
import { type BreakpointRequest, DebugRuntime, type PausedAt } from './runtime';
import type { FrameSnapshot } from './workerProtocol';
import { type VariableNode, childrenOf, describeValue } from './variables';

/** A stack frame of the paused execution: its index in PausedAt.frames (0: the paused state, then the enclosing Parallel/Map). */
interface FrameInfo {
  index: number;
}

/** The custom event the extension paints the graph from (the paused state and the history so far). */
export const EXECUTION_EVENT = 'aslExecution';

export class AslDebugSession extends LoggingDebugSession {
  private runtime: DebugRuntime | undefined;
  private launchArgs: AslLaunchArguments | undefined;
  private breakpointRequests: BreakpointRequest[] = [];
  private exceptionFilters: string[] = [];
  private configurationDone!: Promise<void>;
  private markConfigurationDone!: () => void;
  /** One thread per execution: a restart starts a new one. */
  private threadId = 0;
  /** While restarting or disconnecting, the old run's end sends no `terminated`. */
  private restarting = false;
  private frames = new Handles<FrameInfo>();
  private values = new Handles<VariableNode>();

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(false);
    this.setDebuggerColumnsStartAt1(false);
    this.configurationDone = new Promise((resolve) => (this.markConfigurationDone = resolve));
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = {
      ...response.body,
      supportsConfigurationDoneRequest: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsEvaluateForHovers: true,
      supportsRestartRequest: true,
      supportsTerminateRequest: true,
      supportsExceptionInfoRequest: true,
      exceptionBreakpointFilters: [
        { filter: 'all', label: 'All Errors', description: 'Any error a state raises, even one a Retry or Catch handles', default: false },
        {
          filter: 'uncaught',
          label: 'Uncaught Errors',
          description: 'An error no Retry or Catch handles: it fails the execution',
          default: true,
        },
      ],
    };
    this.sendResponse(response);
  }

  protected override async launchRequest(
    response: DebugProtocol.LaunchResponse,
    args: DebugProtocol.LaunchRequestArguments,
  ): Promise<void> {
    const launch = args as unknown as AslLaunchArguments;
    try {
      // Loaded before `initialized`, so the breakpoints that follow bind to the machine's states.
      this.runtime = await this.createRuntime(launch);
    } catch (error) {
      this.sendErrorResponse(response, { id: 1001, format: (error as Error).message, showUser: true });
      this.sendEvent(new TerminatedEvent());
      return;
    }
    this.launchArgs = launch;
    this.sendEvent(new InitializedEvent());
    // Nothing runs before the client has sent its breakpoints (configurationDone).
    await this.configurationDone;
    this.sendResponse(response);
    this.startRuntime();
  }

  private async createRuntime(args: AslLaunchArguments): Promise<DebugRuntime> {
    const program = await loadProgram(args.program);
    // The launch configuration's type, else the one the template gives the machine.
    const executionType = (args.executionType ?? program.type ?? 'standard').toLowerCase();
    if (executionType !== 'standard' && executionType !== 'express')
      throw new LaunchError(`"executionType" must be "standard" or "express", not "${args.executionType}".`);
    const handlersFile = launchHandlers(program, args);
    const runtime = new DebugRuntime(program, {
      input: launchInput(program, args),
      ...(handlersFile ? { handlersFile } : {}),
      mocks: launchMocks(program, args),
      type: executionType === 'express' ? 'EXPRESS' : 'STANDARD',
      stopOnEntry: args.stopOnEntry === true,
      noDebug: args.noDebug === true,
      backpressure: clientBackpressure,
      ...(args.runToState ? { runToState: args.runToState } : {}),
    });
    runtime.setBreakpoints(this.breakpointRequests);
    runtime.setExceptionFilters(this.exceptionFilters);
    return runtime;
  }

  private startRuntime(): void {
    const runtime = this.runtime!;
    this.threadId++;
    const threadId = this.threadId;
    const output = new OutputBatch((text, events) => {
      if (text) this.sendEvent(new OutputEvent(text, 'stdout'));
      if (events.length) this.sendEvent(new Event(EXECUTION_EVENT, { program: runtime.program.path, events }));
    });
    const trace = new TraceWriter((text) => output.add(text));
    runtime.on('event', (event: HistoryEvent) => {
      if (this.runtime !== runtime) return;
      trace.event(event);
      output.addEvent(event);
    });
    runtime.on('output', (text: string, category: string) => this.sendEvent(new OutputEvent(text, category)));
    runtime.on('stopped', (paused: PausedAt) => {
      if (this.runtime !== runtime) return;
      output.flush();
      const event = new StoppedEvent(paused.reason, threadId, paused.error?.error) as DebugProtocol.StoppedEvent;
      event.body.description = paused.description ?? `Paused on ${paused.frames[0]!.stateName}`;
      event.body.allThreadsStopped = true;
      this.sendEvent(event);
      this.sendEvent(new Event(EXECUTION_EVENT, { program: runtime.program.path, paused: pausedView(paused, runtime) }));
    });
    runtime.on('ended', (result: ExecutionResult) => {
      if (this.runtime !== runtime) return;
      trace.summary(result);
      output.flush();
      this.sendEvent(new Event(EXECUTION_EVENT, { program: runtime.program.path, status: result.status, paused: null }));
      if (!this.restarting) this.sendEvent(new TerminatedEvent());
    });
    void runtime.start();
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.sendResponse(response);
    this.markConfigurationDone();
  }

  protected override setBreakPointsRequest(
    response: DebugProtocol.SetBreakpointsResponse,
    args: DebugProtocol.SetBreakpointsArguments,
  ): void {
    const requested: DebugProtocol.SourceBreakpoint[] = args.breakpoints ?? (args.lines ?? []).map((line) => ({ line }));
    const requests: BreakpointRequest[] = requested.map((b) => ({
      line: this.convertClientLineToDebugger(b.line),
      ...(b.condition ? { condition: b.condition } : {}),
      ...(b.hitCondition ? { hitCondition: b.hitCondition } : {}),
    }));
    const runtime = this.runtime;
    const sameFile = runtime && args.source.path !== undefined && samePath(args.source.path, runtime.program.path);
    if (!runtime || !sameFile) {
      // Only the launched machine can stop; breakpoints elsewhere stay unverified.
      response.body = {
        breakpoints: requests.map((r) => ({
          verified: false,
          line: this.convertDebuggerLineToClient(r.line),
          message: 'Not the debugged state machine.',
        })),
      };
      this.sendResponse(response);
      return;
    }
    this.breakpointRequests = requests;
    const source = this.source(runtime);
    response.body = {
      breakpoints: runtime.setBreakpoints(requests).map((bound) => {
        const breakpoint = new Breakpoint(
          bound.verified,
          this.convertDebuggerLineToClient(bound.line),
          undefined,
          source,
        ) as DebugProtocol.Breakpoint;
        breakpoint.id = bound.id;
        if (bound.message) breakpoint.message = bound.message;
        return breakpoint;
      }),
    };
    this.sendResponse(response);
  }

  protected override setExceptionBreakPointsRequest(
    response: DebugProtocol.SetExceptionBreakpointsResponse,
    args: DebugProtocol.SetExceptionBreakpointsArguments,
  ): void {
    this.exceptionFilters = args.filters;
    this.runtime?.setExceptionFilters(args.filters);
    this.sendResponse(response);
  }

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    const name = this.runtime ? `Execution of ${basename(this.runtime.program.path)}` : 'Execution';
    response.body = { threads: this.threadId ? [new Thread(this.threadId, name)] : [] };
    this.sendResponse(response);
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse): void {
    const paused = this.runtime?.paused;
    if (!paused) {
      response.body = { stackFrames: [], totalFrames: 0 };
      this.sendResponse(response);
      return;
    }
    const runtime = this.runtime!;
    const stackFrames = paused.frames.map((snapshot, index) => {
      const state = paused.states[index];
      const id = this.frames.create({ index });
      const line = state ? this.convertDebuggerLineToClient(runtime.locations.keyLine(state)) : 0;
      const frame = new StackFrame(id, frameName(snapshot), this.source(runtime), line, 1) as DebugProtocol.StackFrame;
      if (!state) frame.presentationHint = 'subtle';
      return frame;
    });
    response.body = { stackFrames, totalFrames: stackFrames.length };
    this.sendResponse(response);
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    const frame = this.frames.get(args.frameId);
    const snapshot = frame && this.runtime?.paused?.frames[frame.index];
    if (!snapshot) {
      response.body = { scopes: [] };
      this.sendResponse(response);
      return;
    }
    response.body = {
      scopes: snapshot.scopes.map((scope) => {
        const result = new Scope(scope.name, this.values.create(scope.node), false) as DebugProtocol.Scope;
        if (scope.name === 'Input' || scope.name === 'Variables') result.presentationHint = 'locals';
        return result;
      }),
    };
    this.sendResponse(response);
  }

  protected override variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    const node = this.values.get(args.variablesReference);
    response.body = {
      variables: node
        ? childrenOf(node).map((child) => {
            const shown = describeValue(child.value);
            const variable: DebugProtocol.Variable = {
              name: child.name,
              value: shown.text,
              type: shown.type,
              variablesReference: shown.container ? this.values.create(child) : 0,
            };
            if (child.evaluateName) variable.evaluateName = child.evaluateName;
            return variable;
          })
        : [],
    };
    this.sendResponse(response);
  }

  protected override async evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): Promise<void> {
    const frame = args.frameId !== undefined ? this.frames.get(args.frameId) : undefined;
    const runtime = this.runtime;
    if (!runtime?.paused) {
      this.sendErrorResponse(response, {
        id: 1002,
        format: 'The execution is not paused: there is no state to evaluate against.',
        showUser: false,
      });
      return;
    }
    // A hover gives the string as written in the document, quotes included.
    const expression = args.expression.trim().replace(/^(['"])(.*)\1$/s, '$2');
    try {
      // Evaluated in the run's worker, against the paused state: a slow expression cannot block the adapter.
      const value = await runtime.evaluate(frame?.index ?? 0, expression);
      const shown = describeValue(value);
      response.body = {
        result: value === undefined ? 'undefined' : shown.container ? JSON.stringify(value) : shown.text,
        type: shown.type,
        variablesReference: shown.container ? this.values.create({ name: expression, value, evaluateName: expression }) : 0,
      };
      this.sendResponse(response);
    } catch (error) {
      this.sendErrorResponse(response, { id: 1003, format: (error as Error).message, showUser: false });
    }
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): void {
    const error = this.runtime?.paused?.error;
    response.body = {
      exceptionId: error?.error ?? 'none',
      description: error?.cause ?? '',
      breakMode: error?.handled ? 'always' : 'unhandled',
    };
    this.sendResponse(response);
  }

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    this.resumed(response, () => this.runtime?.continue());
  }

  protected override nextRequest(response: DebugProtocol.NextResponse): void {
    this.resumed(response, () => this.runtime?.next());
  }

  protected override stepInRequest(response: DebugProtocol.StepInResponse): void {
    this.resumed(response, () => this.runtime?.stepIn());
  }

  protected override stepOutRequest(response: DebugProtocol.StepOutResponse): void {
    this.resumed(response, () => this.runtime?.stepOut());
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    this.runtime?.pause();
    this.sendResponse(response);
  }

  private resumed(response: DebugProtocol.Response, action: () => void): void {
    this.frames.reset();
    this.values.reset();
    this.sendResponse(response);
    action();
  }

  /** "Run to State": `{ state: name }` runs until a state of that name is entered. */
  protected override customRequest(command: string, response: DebugProtocol.Response, args: unknown): void {
    if (command !== 'runToState') {
      super.customRequest(command, response, args);
      return;
    }
    const state = (args as { state?: unknown } | undefined)?.state;
    if (typeof state !== 'string' || !this.runtime?.runTo(state)) {
      this.sendErrorResponse(response, { id: 1004, format: `The state machine has no state "${String(state)}".`, showUser: true });
      return;
    }
    this.frames.reset();
    this.values.reset();
    this.sendResponse(response);
  }

  protected override async restartRequest(response: DebugProtocol.RestartResponse, args: DebugProtocol.RestartArguments): Promise<void> {
    const launch = (args?.arguments as AslLaunchArguments | undefined) ?? this.launchArgs;
    if (!launch) {
      this.sendErrorResponse(response, { id: 1005, format: 'Nothing to restart: the session was not launched.', showUser: true });
      return;
    }
    this.restarting = true;
    await this.runtime?.stop();
    this.restarting = false;
    try {
      // The file may have changed: read it again; breakpoints bind anew to its states.
      this.runtime = await this.createRuntime(launch);
      this.launchArgs = launch;
    } catch (error) {
      this.sendErrorResponse(response, { id: 1001, format: (error as Error).message, showUser: true });
      this.sendEvent(new TerminatedEvent());
      return;
    }
    this.frames.reset();
    this.values.reset();
    this.sendResponse(response);
    this.startRuntime();
  }

  protected override async terminateRequest(response: DebugProtocol.TerminateResponse): Promise<void> {
    this.sendResponse(response);
    // The run ends ABORTED at once; its end sends the status line and `terminated`.
    if (this.runtime) await this.runtime.stop();
    else this.sendEvent(new TerminatedEvent());
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse, args: DebugProtocol.DisconnectArguments): void {
    this.restarting = true;
    void this.runtime?.stop();
    super.disconnectRequest(response, args);
  }

  private source(runtime: DebugRuntime): Source {
    return new Source(basename(runtime.program.path), this.convertDebuggerPathToClient(runtime.program.path));
  }
}

function samePath(a: string, b: string): boolean {
  const normalize = (path: string): string => (process.platform === 'win32' ? resolve(path).toLowerCase() : resolve(path));
  return normalize(a) === normalize(b);
}

/** `ReserveItem (ReserveItems[2])`: the state, and the Map iteration or Parallel branch it runs in. */
export function frameName(frame: { stateName: string; levels: readonly DebugScopeLevel[] }): string {
  const level = frame.levels[frame.levels.length - 1];
  return level ? `${frame.stateName} (${level.stateName}[${level.index}])` : frame.stateName;
}

/** The paused state for the graph: its name, nesting levels and the 0-based line of its key. */
function pausedView(
  paused: PausedAt,
  runtime: DebugRuntime,
): { stateName: string; levels: FrameSnapshot['levels']; reason: string; line?: number } {
  const view = { stateName: paused.frames[0]!.stateName, levels: paused.frames[0]!.levels, reason: paused.reason };
  const state = paused.states[0];
  return state ? { ...view, line: runtime.locations.keyLine(state) } : view;
}

/**
 * Execution events reach the client in batches (every 50 ms, and before a stop or the end), so a
 * machine that loops fast sends a few large messages instead of tens of thousands of small ones.
 */
class OutputBatch {
  private text = '';
  private events: HistoryEvent[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly send: (text: string, events: HistoryEvent[]) => void) {}

  add(text: string): void {
    this.text += text;
    this.schedule();
  }

  addEvent(event: HistoryEvent): void {
    this.events.push(event);
    this.schedule();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const [text, events] = [this.text, this.events];
    this.text = '';
    this.events = [];
    if (text || events.length) this.send(text, events);
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), 50);
  }
}

/** The adapter's transport is stdout: when much is buffered for the client, wait until it drains. */
function clientBackpressure(): Promise<void> | undefined {
  const out = process.stdout;
  return out.writableLength > 1 << 22 ? once(out, 'drain').then(() => undefined) : undefined;
}
