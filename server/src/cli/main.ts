// The `asl` command line: fs and argv around the core. Each subcommand lives in its own module and
// returns the process exit code (0 ok, 1 failure found, 2 usage or file error).
import { closestName, didYouMean } from '../core/text/suggest';
import { commands } from './commands';

const usage = `Usage: asl <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`)
  .join('\n')}

Run "asl <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`${typeof ASL_VERSION === 'string' ? ASL_VERSION : 'dev'}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    const suggestion = closestName(name.replace(/^-+/, ''), [...Object.keys(commands), 'help', 'version']);
    const spelled = suggestion === 'help' || suggestion === 'version' ? `--${suggestion}` : suggestion;
    process.stderr.write(`asl: unknown command "${name}".${didYouMean(spelled)}\n\n${usage}\n`);
    return 2;
  }
  return command.run(rest);
}

declare const ASL_VERSION: string | undefined;

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`asl: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
