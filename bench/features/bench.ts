/**
 * Editing features on a 5,000-state machine: completion (state names, state types, keys,
 * Resource, aws-sdk services and actions), definition, references and rename, beside amazon-states-language-service's
 * completion at the same positions. Prints medians and whether each meets the 5 ms target.
 *
 * Run with `npm run bench:features` (bench/features/run.mjs installs the peer and bundles this).
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  AnalyzedDocument,
  complete,
  documentSymbols,
  findDefinition,
  findReferences,
  hover,
  rename,
  type DocumentFormat,
} from '../../server/src/core/index';
import { generateMachine } from '../generate';
import { benchServer } from './server';

const STATES = Number(process.env.BENCH_STATES ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const TARGET_MS = 5;
/** The requests the issue sets the target for; the other rows are for information. */
const TARGETED = ['completion', 'definition', 'references', 'rename'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function measure(run: () => unknown | Promise<unknown>, runs = RUNS): Promise<number> {
  for (let warmup = 0; warmup < 3; warmup++) await run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The offset just inside the value of the `nth` occurrence of `needle` (after `skip` characters of it). */
function offsetOf(text: string, needle: string, skip: number, nth = 0): number {
  let index = -1;
  for (let count = 0; count <= nth; count++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`"${needle}" not found in the generated machine`);
  return index + skip;
}

function toYaml(text: string): string {
  // The yaml package is a dependency of the core already.
  const yaml = require('yaml') as typeof import('yaml');
  return yaml.stringify(JSON.parse(text), { lineWidth: 0 });
}

interface Row {
  feature: string;
  ours: number;
  peer?: number;
}

async function benchFormat(format: DocumentFormat, text: string): Promise<Row[]> {
  const analysis = new AnalyzedDocument(text, format);
  const machine = analysis.machine;
  const q = format === 'json' ? '"' : '';
  const middle = String(Math.floor(STATES / 26)).padStart(5, '0');
  const nextValue = offsetOf(
    text,
    `Next: ${q}Invoke ${middle}`.replace('Next: ', format === 'json' ? '"Next": ' : 'Next: '),
    format === 'json' ? 10 : 7,
  );
  const typeValue = offsetOf(text, format === 'json' ? `"Type": "Pass"` : 'Type: Pass', format === 'json' ? 10 : 7, 200);
  const resourceValue = offsetOf(text, format === 'json' ? '"Resource": "arn' : 'Resource: arn', format === 'json' ? 14 : 10, 100);
  const keyStart = offsetOf(
    text,
    format === 'json' ? `"Invoke ${middle}": {` : `Invoke ${middle}:`,
    format === 'json' ? `"Invoke ${middle}": {`.length : `Invoke ${middle}:`.length,
  );
  const keyPosition =
    format === 'json'
      ? keyStart + 1
      : text.indexOf('\n', keyStart) + 1 + text.slice(text.indexOf('\n', keyStart) + 1).match(/^ */)![0].length;
  const stateKey = offsetOf(text, `${q}Invoke ${middle}${q}:`, 2);
  // Inside an AWS SDK Resource: the services after "aws-sdk:", and EC2's actions (the most of any service).
  const sdkServiceValue = offsetOf(text, 'aws-sdk:', 'aws-sdk:'.length, Math.floor(STATES / 130));
  const sdkActionValue = offsetOf(text, 'aws-sdk:ec2:', 'aws-sdk:ec2:'.length);
  // Inside a JSONata expression of a state in the second half: functions, $states and variables.
  const jsonataValue = offsetOf(text, '{% $merge(', 4, Math.floor(STATES / 130));

  // Sanity: every measured request gives a real answer.
  const check = (what: string, ok: boolean) => {
    if (!ok) throw new Error(`${format}: ${what} gave no answer`);
  };
  check('completion of Next', complete(machine, nextValue).length > 100);
  check('completion of Type', complete(machine, typeValue).length === 8);
  check('completion of Resource', complete(machine, resourceValue).length > 50);
  check('completion of a key', complete(machine, keyPosition).length > 5);
  check('completion of aws-sdk services', complete(machine, sdkServiceValue).length > 300);
  check('completion of aws-sdk actions', complete(machine, sdkActionValue).length > 500);
  check(
    'completion in JSONata',
    complete(machine, jsonataValue).some((entry) => entry.kind === 'variable' && entry.label.startsWith('$lastStep')),
  );
  check('hover', !!hover(machine, resourceValue));
  check('definition', !!findDefinition(machine, nextValue));
  check('references', findReferences(machine, stateKey, true).length > 1);
  const renamed = rename(machine, stateKey, 'Renamed state');
  check('rename', Array.isArray(renamed) && renamed.length > 1);

  const rows: Row[] = [
    { feature: 'completion: Next (state names)', ours: await measure(() => complete(machine, nextValue)) },
    { feature: 'completion: Type', ours: await measure(() => complete(machine, typeValue)) },
    { feature: 'completion: Resource', ours: await measure(() => complete(machine, resourceValue)) },
    { feature: 'completion: key in a state', ours: await measure(() => complete(machine, keyPosition)) },
    { feature: 'completion: aws-sdk services', ours: await measure(() => complete(machine, sdkServiceValue)) },
    { feature: 'completion: aws-sdk actions (EC2, the most)', ours: await measure(() => complete(machine, sdkActionValue)) },
    { feature: 'definition', ours: await measure(() => findDefinition(machine, nextValue)) },
    { feature: 'references', ours: await measure(() => findReferences(machine, stateKey, true)) },
    { feature: 'rename', ours: await measure(() => rename(machine, stateKey, 'Renamed state')) },
    { feature: 'completion: in {% %} (functions, variables)', ours: await measure(() => complete(machine, jsonataValue)) },
    { feature: 'hover: Resource', ours: await measure(() => hover(machine, resourceValue)) },
    { feature: 'document symbols (whole outline)', ours: await measure(() => documentSymbols(machine)) },
    {
      feature: 'first request after an edit (parse + model + completion)',
      ours: await measure(() => complete(new AnalyzedDocument(text, format).machine, nextValue), 5),
    },
  ];

  if (format === 'json') {
    const peerRequire = createRequire(resolve(process.cwd(), 'bench', 'features', 'package.json'));
    const peer = peerRequire('amazon-states-language-service') as typeof import('amazon-states-language-service');
    const service = peer.getLanguageService({});
    const document = peer.TextDocument.create('file:///bench.asl.json', 'json', 1, text);
    const lines = analysis.lines;
    const parsed = service.parseJSONDocument(document);
    const peerComplete = (offset: number) => service.doComplete(document, lines.positionAt(offset), parsed);
    const peerItems = await peerComplete(nextValue);
    if (!peerItems || peerItems.items.length === 0) throw new Error('the peer completed nothing at the Next value');
    rows[0]!.peer = await measure(() => peerComplete(nextValue), 10);
    rows[1]!.peer = await measure(() => peerComplete(typeValue), 10);
    rows[2]!.peer = await measure(() => peerComplete(resourceValue), 10);
    rows[3]!.peer = await measure(() => peerComplete(keyPosition), 10);
    rows[rows.length - 1]!.peer = await measure(
      () => service.doComplete(document, lines.positionAt(nextValue), service.parseJSONDocument(document)),
      5,
    );
  }
  return rows;
}

async function main(): Promise<void> {
  if (process.argv.includes('--server-only')) {
    if (!(await benchServer(RUNS))) process.exitCode = 1;
    return;
  }
  // One Task calls EC2, the service with the most actions, for the aws-sdk actions row.
  const json = generateMachine(STATES).replace('aws-sdk:dynamodb:getItem', 'aws-sdk:ec2:describeInstances');
  console.log(
    `Editing features on a ${STATES}-state machine (${(json.length / 1e6).toFixed(1)} MB JSON), median of ${RUNS} runs; target < ${TARGET_MS} ms for completion, definition, references and rename.\n`,
  );
  let allMet = true;
  for (const [format, text] of [
    ['json', json],
    ['yaml', toYaml(json)],
  ] as [DocumentFormat, string][]) {
    const rows = await benchFormat(format, text);
    console.log(`${format.toUpperCase()}`);
    console.log(`  ${'feature'.padEnd(58)} ${'ASL Studio'.padStart(11)} ${'peer'.padStart(10)} ${'ratio'.padStart(8)}  target`);
    for (const row of rows) {
      const targeted = TARGETED.some((prefix) => row.feature.startsWith(prefix));
      const met = row.ours < TARGET_MS;
      if (targeted && !met) allMet = false;
      const peer = row.peer === undefined ? '' : `${row.peer.toFixed(2)} ms`;
      const ratio = row.peer === undefined ? '' : `${(row.peer / row.ours).toFixed(0)}x`;
      console.log(
        `  ${row.feature.padEnd(58)} ${`${row.ours.toFixed(3)} ms`.padStart(11)} ${peer.padStart(10)} ${ratio.padStart(8)}  ${targeted ? (met ? 'met' : 'MISSED') : '(not a target)'}`,
      );
    }
    console.log('');
  }
  console.log(allMet ? `All in-process targets met (< ${TARGET_MS} ms).` : 'Some in-process targets were missed.');
  console.log('');
  if (!(await benchServer(RUNS))) allMet = false;
  if (!allMet) process.exitCode = 1;
}

void main();
