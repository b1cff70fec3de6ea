// The one argument parser of the `asl` commands: each command describes its flags in a table and
// gets back the values and the positional arguments, or a usage error worded the same way for every
// command (with "did you mean" for a mistyped flag). Typed checks of values (a number, one of a few
// words) stay with the command, which reports them through usageError too; the checks several
// commands share (one of a few words) are here, worded once.
import { closestName } from '../core/text/suggest';
import { UsageError } from '../node/usageError';

export interface Flag {
  /** As typed, with its dashes: `--input`. */
  name: string;
  /** The placeholder shown in the usage (`FILE`, `JSON|@file`) when the flag takes a value; absent for a switch. */
  value?: string;
  /** A short form such as `-h`. */
  alias?: string;
  /** One line for the usage; more lines are indented under it. */
  description: string;
}

export interface ParsedArguments {
  /** Each flag given, by its name: the value, or true for a switch. The last of a repeated flag wins. */
  flags: Map<string, string | true>;
  positional: string[];
}

export type ParseResult = { ok: true; arguments: ParsedArguments } | { ok: false; message: string };

/** Every command understands these; they need no entry in its table. */
export const helpFlag: Flag = { name: '--help', alias: '-h', description: 'show this help' };

/**
 * Reads argv against a table of flags. `--flag value` and `--flag=value` both work; `--` ends the
 * flags; `-` alone is positional (standard input, by convention).
 */
export function parseArguments(argv: readonly string[], table: readonly Flag[]): ParseResult {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  const all = [helpFlag, ...table];
  const byName = new Map<string, Flag>();
  for (const flag of all) {
    byName.set(flag.name, flag);
    if (flag.alias) byName.set(flag.alias, flag);
  }
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--') {
      positional.push(...argv.slice(index + 1));
      break;
    }
    if (!argument.startsWith('-') || argument === '-') {
      positional.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const name = equals > 0 ? argument.slice(0, equals) : argument;
    const flag = byName.get(name);
    if (!flag) return { ok: false, message: `unknown option "${name}".${suggestFlag(name, all)}` };
    if (flag.value === undefined) {
      if (equals > 0) return { ok: false, message: `${flag.name} takes no value.` };
      flags.set(flag.name, true);
      continue;
    }
    const value = equals > 0 ? argument.slice(equals + 1) : argv[++index];
    if (value === undefined) return { ok: false, message: `${flag.name} needs a value (${flag.value}).` };
    flags.set(flag.name, value);
  }
  return { ok: true, arguments: { flags, positional } };
}

/** ` Did you mean "--input"?` for `--inptu`, `-input` or `--Input`; nothing when no flag is close. */
function suggestFlag(name: string, flags: readonly Flag[]): string {
  const bare = name.replace(/^-+/, '');
  const byBareName = new Map(flags.map((flag) => [flag.name.replace(/^-+/, ''), flag.name]));
  const suggestion = byBareName.get(bare) ?? byBareName.get(closestName(bare, byBareName.keys()) ?? '');
  return suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
}

/**
 * Writes a usage error the same way for every command and returns its exit status (2).
 * `helpCommand` is the command line whose --help lists the options (`run --on aws`), when it is
 * more than the command's name.
 */
export function usageError(command: string, message: string, helpCommand: string = command): 2 {
  process.stderr.write(`asl ${command}: ${message}\nRun "asl ${helpCommand} --help" for the options.\n`);
  return 2;
}

/**
 * A command's argv read against its table: the arguments, or the exit status once the usage has
 * been printed (--help: 0) or a usage error reported (2). Every command starts this way, so they
 * all answer --help, a mistyped flag and a missing value alike.
 */
export function readCommandLine(
  command: string,
  argv: readonly string[],
  table: readonly Flag[],
  usage: string,
  helpCommand: string = command,
): ParsedArguments | 0 | 2 {
  const parsed = parseArguments(argv, table);
  if (!parsed.ok) return usageError(command, parsed.message, helpCommand);
  if (parsed.arguments.flags.has('--help')) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  return parsed.arguments;
}

/** The value of a flag that takes one, when given. */
export function textFlag(flags: ParsedArguments['flags'], name: string): string | undefined {
  const value = flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/**
 * A flag that takes one of a few words (`--format text|json`): the word given, compared without
 * case, or `fallback` when the flag is absent. Any other word is a UsageError, worded alike for
 * every command: `--format takes "text" or "json", not "xml".`
 */
export function wordFlag<W extends string>(flags: ParsedArguments['flags'], name: string, words: readonly W[], fallback: W): W {
  const given = textFlag(flags, name);
  if (given === undefined) return fallback;
  const word = words.find((candidate) => candidate.toLowerCase() === given.toLowerCase());
  if (word !== undefined) return word;
  const quoted = words.map((candidate) => `"${candidate}"`);
  const choices = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted.join('');
  throw new UsageError(`${name} takes ${choices}, not "${given}".`);
}

/** The "Options:" lines of a usage text, from the same table the parser reads. */
export function describeFlags(table: readonly Flag[]): string {
  const heads = table.map((flag) => `${flag.name}${flag.value ? ` ${flag.value}` : ''}`);
  const width = Math.max(...heads.map((head) => head.length)) + 2;
  return table
    .map((flag, index) => `  ${heads[index]!.padEnd(width)}${flag.description.split('\n').join(`\n  ${' '.repeat(width)}`)}`)
    .join('\n');
}
