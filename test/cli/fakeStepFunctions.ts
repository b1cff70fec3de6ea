// A Step Functions API on 127.0.0.1 for tests: the JSON protocol (awsJson1_0, X-Amz-Target
// AWSStepFunctions.<Operation>) for the calls `asl run --on aws` makes, executions run by our own
// interpreter, and knobs for paging, throttling, long-running executions and stopping them.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startExecution } from '../../server/src/core/interpreter';
import { nodeRuntimePorts } from '../../server/src/node/runtimePorts';

export interface RecordedRequest {
  operation: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
}

interface Machine {
  arn: string;
  name: string;
  definition: string;
  roleArn: string;
  type: 'STANDARD' | 'EXPRESS';
}

interface Execution {
  arn: string;
  machine: Machine;
  input: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  result?: Awaited<ReturnType<typeof startExecution>>;
  polls: number;
}

export class FakeStepFunctions {
  readonly requests: RecordedRequest[] = [];
  readonly machines = new Map<string, Machine>();
  private readonly executions = new Map<string, Execution>();
  private server: Server | undefined;
  /** Events per GetExecutionHistory page (small, so paging is exercised). */
  pageSize = 4;
  /** DescribeExecution answers RUNNING this many times before the end. */
  runningPolls = 1;
  /** Executions stay RUNNING until StopExecution. */
  holdRunning = false;
  /** Operation -> how many of its next calls answer ThrottlingException. */
  readonly throttle = new Map<string, number>();
  /** Resolves listeners waiting for an operation. */
  private readonly waiters: Array<{ operation: string; resolve: () => void }> = [];

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Resolves when the server receives a call of `operation`. */
  waitFor(operation: string): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ operation, resolve }));
  }

  operations(): string[] {
    return this.requests.map((request) => request.operation);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const target = String(request.headers['x-amz-target'] ?? '');
    const operation = target.startsWith('AWSStepFunctions.') ? target.slice('AWSStepFunctions.'.length) : '';
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      return this.error(response, 'SerializationException', 'body is not JSON');
    }
    this.requests.push({ operation, body, headers: request.headers });
    for (const waiter of this.waiters.filter((w) => w.operation === operation)) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    const throttled = this.throttle.get(operation) ?? 0;
    if (throttled > 0) {
      this.throttle.set(operation, throttled - 1);
      return this.error(response, 'ThrottlingException', 'Rate exceeded');
    }
    try {
      const result = await this.answer(operation, body);
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(JSON.stringify(result));
    } catch (error) {
      const failure = error as { code?: string; message: string };
      this.error(response, failure.code ?? 'InternalFailure', failure.message);
    }
  }

  private error(response: ServerResponse, code: string, message: string): void {
    response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': code });
    response.end(JSON.stringify({ __type: code, message }));
  }

  private fail(code: string, message: string): never {
    throw Object.assign(new Error(message), { code });
  }

  private machine(arn: unknown): Machine {
    for (const machine of this.machines.values()) if (machine.arn === arn) return machine;
    return this.fail('StateMachineDoesNotExist', `State Machine Does Not Exist: '${String(arn)}'`);
  }

  private execution(arn: unknown): Execution {
    return this.executions.get(String(arn)) ?? this.fail('ExecutionDoesNotExist', `Execution Does Not Exist: '${String(arn)}'`);
  }

  private async run(machine: Machine, input: string): Promise<Awaited<ReturnType<typeof startExecution>>> {
    return startExecution(JSON.parse(machine.definition), JSON.parse(input), {
      ...nodeRuntimePorts,
      executionName: 'run',
      stateMachineName: machine.name,
    });
  }

  private async answer(operation: string, body: Record<string, unknown>): Promise<unknown> {
    const epoch = (iso: string): number => Date.parse(iso) / 1000;
    switch (operation) {
      case 'ListStateMachines':
        return {
          stateMachines: [...this.machines.values()].map((m) => ({
            stateMachineArn: m.arn,
            name: m.name,
            type: m.type,
            creationDate: 1.7e9,
          })),
        };
      case 'CreateStateMachine': {
        const name = String(body.name);
        if (this.machines.has(name)) this.fail('StateMachineAlreadyExists', `State Machine Already Exists: '${name}'`);
        const machine: Machine = {
          arn: `arn:aws:states:us-east-1:111111111111:stateMachine:${name}`,
          name,
          definition: String(body.definition),
          roleArn: String(body.roleArn),
          type: body.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
        };
        this.machines.set(name, machine);
        return { stateMachineArn: machine.arn, creationDate: 1.7e9 };
      }
      case 'UpdateStateMachine': {
        const machine = this.machine(body.stateMachineArn);
        machine.definition = String(body.definition ?? machine.definition);
        return { updateDate: 1.7e9 };
      }
      case 'DescribeStateMachine': {
        const machine = this.machine(body.stateMachineArn);
        return {
          stateMachineArn: machine.arn,
          name: machine.name,
          definition: machine.definition,
          roleArn: machine.roleArn,
          type: machine.type,
          creationDate: 1.7e9,
        };
      }
      case 'StartExecution': {
        const machine = this.machine(body.stateMachineArn);
        const arn = `arn:aws:states:us-east-1:111111111111:execution:${machine.name}:run-${this.executions.size + 1}`;
        const input = String(body.input ?? '{}');
        this.executions.set(arn, { arn, machine, input, status: 'RUNNING', polls: 0, result: await this.run(machine, input) });
        return { executionArn: arn, startDate: 1.7e9 };
      }
      case 'DescribeExecution': {
        const execution = this.execution(body.executionArn);
        const base = { executionArn: execution.arn, stateMachineArn: execution.machine.arn, input: execution.input, startDate: 1.7e9 };
        if (execution.status === 'ABORTED') return { ...base, status: 'ABORTED', stopDate: 1.7e9 };
        if (this.holdRunning || execution.polls++ < this.runningPolls) return { ...base, status: 'RUNNING' };
        const result = execution.result!;
        execution.status = result.status;
        return {
          ...base,
          status: result.status,
          stopDate: 1.7e9,
          ...(result.status === 'SUCCEEDED' ? { output: JSON.stringify(result.output) } : {}),
          ...(result.error !== undefined ? { error: result.error } : {}),
          ...(result.cause !== undefined ? { cause: result.cause } : {}),
        };
      }
      case 'GetExecutionHistory': {
        const execution = this.execution(body.executionArn);
        let events = execution.result!.events;
        if (execution.status === 'ABORTED') {
          events = events.slice(0, 2);
          events = [
            ...events,
            { id: 3, previousEventId: 2, timestamp: events[1]!.timestamp, type: 'ExecutionAborted', executionAbortedEventDetails: {} },
          ];
        }
        const start = Number(body.nextToken ?? 0);
        const page = events.slice(start, start + this.pageSize).map((event) => ({ ...event, timestamp: epoch(event.timestamp) }));
        return { events: page, ...(start + this.pageSize < events.length ? { nextToken: String(start + this.pageSize) } : {}) };
      }
      case 'StopExecution': {
        const execution = this.execution(body.executionArn);
        execution.status = 'ABORTED';
        this.holdRunning = false;
        return { stopDate: 1.7e9 };
      }
      case 'StartSyncExecution': {
        const machine = this.machine(body.stateMachineArn);
        if (machine.type !== 'EXPRESS')
          this.fail('StateMachineTypeNotSupported', 'This operation is only supported by EXPRESS state machines');
        const result = await this.run(machine, String(body.input ?? '{}'));
        return {
          executionArn: `arn:aws:states:us-east-1:111111111111:express:${machine.name}:sync-1:1`,
          status: result.status,
          startDate: 1.7e9,
          stopDate: 1.7e9,
          ...(result.status === 'SUCCEEDED' ? { output: JSON.stringify(result.output) } : {}),
          ...(result.error !== undefined ? { error: result.error } : {}),
          ...(result.cause !== undefined ? { cause: result.cause } : {}),
        };
      }
      case 'TestState': {
        const definition = JSON.parse(String(body.definition)) as { States: Record<string, Record<string, unknown>> };
        const name = String(body.stateName);
        const state = definition.States[name] ?? this.fail('ValidationException', `no state ${name}`);
        const single = { StartAt: name, States: { [name]: { ...state, End: true, Next: undefined } } };
        const result = await startExecution(JSON.parse(JSON.stringify(single)), JSON.parse(String(body.input ?? '{}')), {
          ...nodeRuntimePorts,
        });
        return {
          status: result.status === 'SUCCEEDED' ? 'SUCCEEDED' : 'FAILED',
          ...(result.status === 'SUCCEEDED' ? { output: JSON.stringify(result.output) } : {}),
          ...(typeof state.Next === 'string' ? { nextState: state.Next } : {}),
          inspectionData: { input: String(body.input ?? '{}') },
        };
      }
      default:
        return this.fail('UnknownOperationException', `unknown operation ${operation}`);
    }
  }
}
