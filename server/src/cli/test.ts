// `asl test [files or folders...]`: runs the tests of *.asl.test.json|yaml|yml files and reports
// them as text, JSON or JUnit XML, with coverage of states and transitions. fs and argv around
// server/src/node/testRunner.ts and the core's matcher and coverage.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import {
  type CoverageRecord,
  type MachineCoverage,
  computeCoverage,
  coveragePercent,
  emptyCoverage,
  formatFailure,
  mergeCoverage,
} from '../core';
import { UsageError } from '../node/usageError';
import { type LoadedMachine, type TestFileRun, DEFAULT_TEST_TIMEOUT_MS, findTestFiles, runTestFile } from '../node/testRunner';
import { type Flag, type ParsedArguments, describeFlags, readCommandLine, textFlag, usageError, wordFlag } from './args';

const flags: Flag[] = [
  { name: '--format', value: 'text|json', description: 'output format (default text; the last line is "N passed, N failed")' },
  { name: '--junit', value: 'FILE', description: 'also write a JUnit XML report (one <testsuite> per test file)' },
  { name: '--coverage', description: 'report the states and transitions the tests cover, per machine' },
  {
    name: '--coverage-threshold',
    value: 'PERCENT',
    description: "fail when a machine's state or transition coverage is under PERCENT\n(implies --coverage)",
  },
  { name: '--filter', value: 'TEXT', description: 'run only the tests whose name contains TEXT (case-insensitive)' },
  { name: '--timeout', value: 'MS', description: `time limit of each test's run (default ${DEFAULT_TEST_TIMEOUT_MS})` },
];

export const testUsage = `Usage: asl test [files or folders...] [options]

Runs the tests in *.asl.test.json, *.asl.test.yaml and *.asl.test.yml files (folders are
searched recursively; default: the current folder).

Options:
${describeFlags(flags)}

Exit status: 0 all tests pass, 1 a test fails or coverage is under the threshold,
2 usage or file errors (unreadable test file, missing or invalid machine, mock config or input).`;

interface TestArguments {
  paths: string[];
  format: 'text' | 'json';
  junit?: string;
  coverage: boolean;
  threshold?: number;
  filter?: string;
  timeoutMs: number;
}

/** The test run's settings from the parsed command line; a UsageError for values the table cannot check. */
function readArguments({ flags: given, positional }: ParsedArguments): TestArguments {
  const args: TestArguments = {
    paths: positional.length ? [...positional] : ['.'],
    format: wordFlag(given, '--format', ['text', 'json'], 'text'),
    coverage: given.has('--coverage'),
    timeoutMs: DEFAULT_TEST_TIMEOUT_MS,
  };
  const threshold = textFlag(given, '--coverage-threshold');
  if (threshold !== undefined) {
    const percent = Number(threshold.replace(/%$/, ''));
    if (threshold.trim() === '' || !Number.isFinite(percent) || percent < 0 || percent > 100)
      throw new UsageError(`--coverage-threshold takes a percentage from 0 to 100, not "${threshold}".`);
    args.threshold = percent;
    args.coverage = true;
  }
  const timeout = textFlag(given, '--timeout');
  if (timeout !== undefined) {
    const ms = Number(timeout);
    if (!Number.isInteger(ms) || ms <= 0) throw new UsageError(`--timeout takes a number of milliseconds, not "${timeout}".`);
    args.timeoutMs = ms;
  }
  const junit = textFlag(given, '--junit');
  if (junit !== undefined) args.junit = junit;
  const filter = textFlag(given, '--filter');
  if (filter !== undefined) args.filter = filter;
  return args;
}

/** Coverage of one machine over all the tests that ran it. */
interface MachineCoverageEntry {
  machine: LoadedMachine;
  record: CoverageRecord;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = readCommandLine('test', argv, flags, testUsage);
  if (typeof parsed === 'number') return parsed;
  let args: TestArguments;
  try {
    args = readArguments(parsed);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usageError('test', error.message);
  }
  const { files, missing } = findTestFiles(args.paths);
  for (const path of missing) process.stderr.write(`asl test: ${path} does not exist\n`);
  if (files.length === 0) {
    if (missing.length === 0)
      process.stderr.write(`asl test: no *.asl.test.json, *.asl.test.yaml or *.asl.test.yml files in ${args.paths.join(', ')}\n`);
    return 2;
  }
  const runs: TestFileRun[] = [];
  // Files one after the other (each file's tests run in parallel), so the output follows the files.
  for (const file of files) {
    const fileRun = await runTestFile(file, { timeoutMs: args.timeoutMs, ...(args.filter !== undefined ? { filter: args.filter } : {}) });
    runs.push(fileRun);
    if (args.format === 'text') process.stdout.write(textOfFile(fileRun));
  }
  const results = runs.flatMap((r) => r.results);
  const errors = runs.flatMap((r) => r.errors);
  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.length - passed;
  if (args.filter !== undefined && results.length === 0 && errors.length === 0) {
    process.stderr.write(`asl test: no test name contains "${args.filter}"\n`);
    return 2;
  }

  const coverage = new Map<string, { entry: MachineCoverageEntry; computed: MachineCoverage }>();
  if (args.coverage) {
    const entries = new Map<string, MachineCoverageEntry>();
    for (const fileRun of runs) {
      if (!fileRun.machine || fileRun.results.length === 0) continue;
      const entry = entries.get(fileRun.machine.path) ?? { machine: fileRun.machine, record: emptyCoverage() };
      mergeCoverage(entry.record, fileRun.coverage);
      entries.set(fileRun.machine.path, entry);
    }
    for (const [path, entry] of entries)
      coverage.set(displayPath(path), { entry, computed: computeCoverage(entry.machine.machine, entry.record) });
  }
  const underThreshold =
    args.threshold === undefined
      ? []
      : [...coverage].filter(([, { computed }]) => {
          const { states, transitions } = computed.summary;
          return (
            percent(states.covered, states.total) < args.threshold! || percent(transitions.covered, transitions.total) < args.threshold!
          );
        });

  if (args.format === 'json') {
    const json: Record<string, unknown> = {
      tests: results.map((r) => ({
        file: r.file,
        name: r.name,
        status: r.status,
        failures: r.failures.map((f) => {
          const failure: Record<string, unknown> = { message: f.message, kind: f.kind, line: f.line, column: f.column };
          if (f.state !== undefined) failure.state = f.state;
          if (f.jsonPath !== undefined) failure.jsonPath = f.jsonPath;
          if (f.expected !== undefined) failure.expected = f.expected;
          if (f.actual !== undefined) failure.actual = f.actual;
          return failure;
        }),
        durationMs: r.durationMs,
        path: r.path,
      })),
      summary: { passed, failed },
    };
    if (errors.length) json.errors = errors;
    if (args.coverage) {
      json.coverage = Object.fromEntries(
        [...coverage].map(([path, { computed }]) => [
          path,
          {
            states: computed.summary.states,
            transitions: {
              ...computed.summary.transitions,
              uncovered: computed.states.flatMap((s) =>
                s.edges.filter((e) => !e.covered).map((e) => ({ from: e.from.name, to: e.to, kind: e.kind, index: e.index })),
              ),
            },
          },
        ]),
      );
    }
    process.stdout.write(JSON.stringify(json) + '\n');
  } else {
    if (errors.length)
      process.stdout.write(`\n${errors.length} file error${errors.length === 1 ? '' : 's'} (those files' tests did not run)\n`);
    if (args.coverage) process.stdout.write(coverageTable(coverage, args.threshold));
    process.stdout.write(`${passed} passed, ${failed} failed\n`);
  }
  for (const error of errors) {
    const place = error.line !== undefined ? `:${error.line}:${error.column}` : '';
    process.stderr.write(`${error.file}${place} error${error.code ? ` ${error.code}` : ''} ${error.message}\n`);
  }
  if (args.junit) {
    try {
      mkdirSync(dirname(resolve(args.junit)), { recursive: true });
      writeFileSync(args.junit, junitXml(runs));
    } catch (error) {
      process.stderr.write(`asl test: cannot write the JUnit report ${args.junit}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  if (errors.length || missing.length) return 2;
  return failed > 0 || underThreshold.length > 0 ? 1 : 0;
}

function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' ? path : shown;
}

function percent(covered: number, total: number): number {
  return total === 0 ? 100 : (covered / total) * 100;
}

function formatPercent(covered: number, total: number): string {
  return `${covered}/${total} ${Math.floor(percent(covered, total))}%`;
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => by + line)
    .join('\n');
}

function textOfFile(run: TestFileRun): string {
  const lines = [run.file];
  for (const result of run.results) {
    lines.push(`  ${result.status === 'passed' ? '✓ pass' : '✗ fail'}  ${result.name} (${result.durationMs} ms)`);
    for (const failure of result.failures) lines.push(indent(formatFailure(failure, result.path), '      '));
  }
  for (const error of run.errors) {
    const place = error.line !== undefined ? `${error.line}:${error.column} ` : '';
    lines.push(`  ✗ error ${place}${error.message}`);
  }
  return lines.join('\n') + '\n';
}

function coverageTable(coverage: Map<string, { computed: MachineCoverage }>, threshold: number | undefined): string {
  const rows = [...coverage].map(([path, { computed }]) => {
    const { states, transitions } = computed.summary;
    return [
      path,
      formatPercent(states.covered, states.total),
      formatPercent(transitions.covered, transitions.total),
      states.uncovered.join(', '),
    ];
  });
  const header = ['Coverage', 'states', 'transitions', 'uncovered states'];
  const widths = header.map((h, column) => Math.max(h.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]): string =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const out = ['', line(header), ...rows.map(line)];
  const total = [...coverage.values()].map(({ computed }) => coveragePercent(computed.summary));
  if (threshold !== undefined) {
    const under = [...coverage].filter(([, { computed }]) => {
      const { states, transitions } = computed.summary;
      return percent(states.covered, states.total) < threshold || percent(transitions.covered, transitions.total) < threshold;
    });
    out.push(
      under.length
        ? `Coverage under the threshold of ${threshold}%: ${under.map(([path]) => path).join(', ')}`
        : `Coverage meets the threshold of ${threshold}% (${total.length} machine${total.length === 1 ? '' : 's'})`,
    );
  }
  return out.join('\n') + '\n\n';
}

function xmlEscape(text: string): string {
  return text
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(
      // XML 1.0 cannot carry most control characters, even escaped.
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
}

/** JUnit XML: one <testsuite> per test file, one <testcase> per test, a <failure> with the message; a file error is an <error>. */
export function junitXml(runs: readonly TestFileRun[]): string {
  const seconds = (ms: number): string => (ms / 1000).toFixed(3);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = runs.flatMap((r) => r.results);
  const totalTime = all.reduce((sum, r) => sum + r.durationMs, 0);
  out.push(
    `<testsuites name="asl test" tests="${all.length}" failures="${all.filter((r) => r.status === 'failed').length}" errors="${runs.filter((r) => r.errors.length).length}" time="${seconds(totalTime)}">`,
  );
  for (const run of runs) {
    const failures = run.results.filter((r) => r.status === 'failed').length;
    const time = run.results.reduce((sum, r) => sum + r.durationMs, 0);
    const name = xmlEscape(run.file);
    out.push(
      `  <testsuite name="${name}" tests="${run.results.length}" failures="${failures}" errors="${run.errors.length ? 1 : 0}" time="${seconds(time)}">`,
    );
    for (const result of run.results) {
      const open = `    <testcase name="${xmlEscape(result.name)}" classname="${name}" time="${seconds(result.durationMs)}"`;
      if (result.status === 'passed') {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      for (const failure of result.failures) {
        const body = formatFailure(failure, result.path);
        out.push(`      <failure message="${xmlEscape(failure.message)}" type="${failure.kind}">${xmlEscape(body)}</failure>`);
      }
      out.push('    </testcase>');
    }
    if (run.errors.length) {
      out.push(`    <testcase name="(test file)" classname="${name}" time="0">`);
      for (const error of run.errors) {
        const place = error.line !== undefined ? `${error.line}:${error.column}: ` : '';
        out.push(`      <error message="${xmlEscape(place + error.message)}"/>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
