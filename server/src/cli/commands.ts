import { run as runCommand } from './run';
import { run as validateCommand } from './validate';

// The table of `asl` subcommands. Each module exports a run(argv) that returns the exit code.
export interface CliCommand {
  summary: string;
  run(argv: string[]): Promise<number>;
}

export const commands: Record<string, CliCommand> = {
  validate: { summary: 'Check state machine definitions (files or folders) and report every problem', run: validateCommand },
  run: { summary: 'Execute a state machine locally (mocks, handlers, virtual time)', run: runCommand },
};
