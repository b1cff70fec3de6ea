// The table of `asl` subcommands. Each module exports a run(argv) that returns the exit code, and
// is loaded only when its command runs: `asl validate` then never loads the interpreter, node:crypto
// and the handler machinery of `asl run` (the bundle keeps each module behind a lazy initializer).
export interface CliCommand {
  summary: string;
  run(argv: string[]): Promise<number>;
}

export const commands: Record<string, CliCommand> = {
  validate: {
    summary: 'Check state machine definitions (files or folders) and report every problem',
    run: async (argv) => (await import('./validate')).run(argv),
  },
  run: {
    summary: 'Execute a state machine locally (mocks, handlers, virtual time)',
    run: async (argv) => (await import('./run')).run(argv),
  },
  replay: {
    summary: 'Replay a recorded execution (get-execution-history JSON) locally and compare',
    run: async (argv) => (await import('./replay')).run(argv),
  },
  test: {
    summary: 'Run the tests of *.asl.test.json|yaml files (expectations, coverage, JUnit)',
    run: async (argv) => (await import('./test')).run(argv),
  },
};
