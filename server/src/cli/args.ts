// The one argument parser of the `asl` commands: each command describes its flags in a table and
// gets back the values and the positional arguments, or a usage error worded the same way for every
// command (with "did you mean" for a mistyped flag). Typed checks of values (a number, one of a few
// words) stay with the command, which reports them through usageError too.
import { closestName } from '../core/text/suggest';

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

/** Writes a usage error the same way for every command and returns its exit status (2). */
export function usageError(command: string, message: string, write: (text: string) => void = (text) => process.stderr.write(text)): 2 {
  write(`asl ${command}: ${message}\nRun "asl ${command} --help" for the options.\n`);
  return 2;
}

/** The "Options:" lines of a usage text, from the same table the parser reads. */
export function describeFlags(table: readonly Flag[]): string {
  const heads = table.map((flag) => `${flag.name}${flag.value ? ` ${flag.value}` : ''}`);
  const width = Math.max(...heads.map((head) => head.length)) + 2;
  return table
    .map((flag, index) => `  ${heads[index]!.padEnd(width)}${flag.description.split('\n').join(`\n  ${' '.repeat(width)}`)}`)
    .join('\n');
}
