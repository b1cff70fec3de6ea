// Drives dist/debugAdapter.js over the Debug Adapter Protocol as VS Code does (initialize, launch,
// `initialized`, breakpoints, configurationDone), with @vscode/debugadapter-testsupport's client.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';

export const fixtures = resolve('test/debug/fixtures');
export const adapter = resolve('dist/debugAdapter.js');

export function fixture(name: string): string {
  return resolve(fixtures, name);
}

/** The 1-based line of the first line of `file` that contains `needle`. */
export function lineOf(file: string, needle: string): number {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `${needle} is not in ${file}`);
  return index + 1;
}

export interface LaunchOptions {
  breakpoints?: DebugProtocol.SourceBreakpoint[];
  exceptionFilters?: string[];
  /** The file the breakpoints are in (default: `program`; the template for a `FILE#NAME` program). */
  source?: string;
}

export class AdapterSession {
  readonly outputs: string[] = [];
  readonly customEvents: unknown[] = [];
  /** The threadId of the last stop. */
  threadId = 0;

  private constructor(readonly client: DebugClient) {
    client.on('output', (event: DebugProtocol.OutputEvent) => this.outputs.push(event.body.output));
    client.on('aslExecution', (event: DebugProtocol.Event) => this.customEvents.push(event.body));
  }

  static async start(): Promise<AdapterSession> {
    const client = new DebugClient(process.execPath, adapter, 'asl');
    // The machine is shared with other work: generous, as hang guards only.
    client.defaultTimeout = 20000;
    await client.start();
    return new AdapterSession(client);
  }

  async stop(): Promise<void> {
    // An adapter that has exited answers no disconnect: stop only one that still runs.
    const adapterProcess = this.process();
    if (adapterProcess && adapterProcess.exitCode === null && adapterProcess.signalCode === null) await this.client.stop();
  }

  /** The adapter's process (the client keeps it in a private field). */
  process(): ChildProcess | undefined {
    return (this.client as unknown as { _adapterProcess?: ChildProcess })._adapterProcess;
  }

  /**
   * Launches as VS Code does; returns the breakpoints as set and a promise of the first stop (or of
   * the end), registered before configurationDone so no event is missed.
   */
  async launch(
    args: Record<string, unknown>,
    options: LaunchOptions = {},
  ): Promise<{
    breakpoints: DebugProtocol.Breakpoint[];
    firstStop: Promise<DebugProtocol.StoppedEvent>;
    terminated: Promise<DebugProtocol.Event>;
  }> {
    const initialized = this.client.waitForEvent('initialized');
    await this.client.initializeRequest({ adapterID: 'asl', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const launched = this.client.launchRequest({ type: 'asl', request: 'launch', ...args } as DebugProtocol.LaunchRequestArguments);
    let launchResolved = false;
    void launched.then(() => (launchResolved = true));
    await initialized;
    let breakpoints: DebugProtocol.Breakpoint[] = [];
    if (options.breakpoints) {
      const response = await this.client.setBreakpointsRequest({
        source: { path: options.source ?? String(args.program) },
        breakpoints: options.breakpoints,
      });
      breakpoints = response.body.breakpoints;
    }
    await this.client.setExceptionBreakpointsRequest({ filters: options.exceptionFilters ?? [] });
    // Nothing has run yet: no thread, no execution output, and launch has not answered.
    const threads = await this.client.threadsRequest();
    assert.deepEqual(threads.body.threads, [], 'no execution before configurationDone');
    assert.equal(launchResolved, false, 'launch answers only after configurationDone');
    assert.deepEqual(this.outputs, []);
    const firstStop = this.nextStop();
    const terminated = this.client.waitForEvent('terminated');
    // A test may not wait for both: an unawaited timeout must not fail the run later.
    firstStop.catch(() => undefined);
    terminated.catch(() => undefined);
    await this.client.configurationDoneRequest();
    await launched;
    return { breakpoints, firstStop, terminated };
  }

  nextStop(): Promise<DebugProtocol.StoppedEvent> {
    return this.client.waitForEvent('stopped').then((event) => {
      const stopped = event as DebugProtocol.StoppedEvent;
      this.threadId = stopped.body.threadId ?? 0;
      return stopped;
    });
  }

  /** Waits for a stop, checks its reason, and returns the stack frames. */
  async expectStop(stop: Promise<DebugProtocol.StoppedEvent>, reason: string): Promise<DebugProtocol.StackFrame[]> {
    const event = await stop;
    assert.equal(event.body.reason, reason, JSON.stringify(event.body));
    const trace = await this.client.stackTraceRequest({ threadId: this.threadId });
    return trace.body.stackFrames;
  }

  /** Runs a stepping request and returns the frames where it stopped. */
  async step(kind: 'next' | 'stepIn' | 'stepOut' | 'continue', reason = 'step'): Promise<DebugProtocol.StackFrame[]> {
    const stop = this.nextStop();
    const args = { threadId: this.threadId };
    if (kind === 'next') await this.client.nextRequest(args);
    else if (kind === 'stepIn') await this.client.stepInRequest(args);
    else if (kind === 'stepOut') await this.client.stepOutRequest(args);
    else await this.client.continueRequest(args);
    return this.expectStop(stop, reason);
  }

  /** The scopes of a frame by name, each with its variables by name (values as the view shows them). */
  async scopes(frameId: number): Promise<Map<string, { reference: number; variables: Map<string, DebugProtocol.Variable> }>> {
    const scopes = await this.client.scopesRequest({ frameId });
    const result = new Map<string, { reference: number; variables: Map<string, DebugProtocol.Variable> }>();
    for (const scope of scopes.body.scopes) {
      result.set(scope.name, { reference: scope.variablesReference, variables: await this.variables(scope.variablesReference) });
    }
    return result;
  }

  async variables(reference: number): Promise<Map<string, DebugProtocol.Variable>> {
    const response = await this.client.variablesRequest({ variablesReference: reference });
    return new Map(response.body.variables.map((variable) => [variable.name, variable]));
  }

  async evaluate(expression: string, frameId: number, context = 'watch'): Promise<DebugProtocol.EvaluateResponse['body']> {
    const response = await this.client.evaluateRequest({ expression, frameId, context });
    return response.body;
  }
}

export function names(frames: DebugProtocol.StackFrame[]): string[] {
  return frames.map((frame) => frame.name);
}
