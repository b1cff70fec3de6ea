// Thousands of mutated corpus documents through parse + validate: no exception, no rule failure,
// every diagnostic inside the text. Seeded, so a failure reproduces; bounded, so it stays fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { validateDocument, type DocumentFormat } from '../../../server/src/core/index';
import { isAslFile, listSharedFiles, sharedDir } from '../../support/shared';
import { mutateJson, seededRandom as random } from '../../support/mutation';

const FRAGMENTS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '\\',
  '\n',
  ' ',
  '${',
  '}',
  '{%',
  '%}',
  '$.',
  '$$.',
  'States.',
  '.$',
  'null',
  'true',
  '-1',
  '1e999',
  '\u0000',
  '\ud800',
  'Next',
  'End',
  'Type',
  'Choice',
  'Map',
  'Parallel',
  'ItemProcessor',
  'Branches',
  'StartAt',
  'States',
  '"Next": "',
  '&a',
  '*a',
  '<<: ',
  '- ',
  '---\n',
];
const FIELD_NAMES = [
  'Type',
  'Next',
  'End',
  'StartAt',
  'States',
  'Choices',
  'Default',
  'Branches',
  'ItemProcessor',
  'Iterator',
  'Retry',
  'Catch',
  'ErrorEquals',
  'Resource',
  'Parameters',
  'Arguments',
  'Output',
  'QueryLanguage',
  'Variable',
  'And',
  'Or',
  'Not',
  'NumericEquals',
  'Seconds',
  'Timestamp',
  'Credentials',
  'ItemReader',
  'ProcessorConfig',
  'Assign',
  'Condition',
];
const VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  '',
  'States.ALL',
  '$.x',
  '${X}',
  '{% $x %}',
  'Task',
  'Pass',
  'Choice',
  'Map',
  'Parallel',
  [],
  {},
  [{}],
  { StartAt: 'A', States: {} },
  ['States.ALL'],
  'JSONata',
  'JSONPath',
];

function mutateText(text: string, next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const at = Math.floor(next() * (text.length + 1));
  switch (Math.floor(next() * 5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20));
    case 1:
      return text.slice(0, at) + pick(FRAGMENTS) + text.slice(at);
    case 2: {
      const length = Math.floor(next() * 200);
      return text.slice(0, at) + text.slice(at, at + length) + text.slice(at);
    }
    case 3:
      return text.slice(0, at);
    default: {
      const other = Math.floor(next() * (text.length + 1));
      const [from, to] = at < other ? [at, other] : [other, at];
      return text.slice(0, from) + text.slice(to) + text.slice(from, to);
    }
  }
}

const corpus = listSharedFiles('corpus', isAslFile).map((file) => ({
  name: relative(sharedDir, file),
  text: readFileSync(file, 'utf8'),
  format: (/\.ya?ml$/.test(file) ? 'yaml' : 'json') as DocumentFormat,
}));

function check(name: string, text: string, format: DocumentFormat): void {
  let diagnostics;
  try {
    diagnostics = validateDocument(text, format);
  } catch (error) {
    assert.fail(`${name}: validation threw ${(error as Error).stack}\n--- document ---\n${text.slice(0, 2000)}`);
  }
  for (const diagnostic of diagnostics) {
    assert.notEqual(diagnostic.code, 'internal/rule-failed', `${name}: ${diagnostic.message}\n--- document ---\n${text.slice(0, 2000)}`);
    assert.ok(
      diagnostic.offset >= 0 && diagnostic.length >= 0 && diagnostic.offset + diagnostic.length <= text.length,
      `${name}: ${diagnostic.code} outside the text`,
    );
    assert.ok(diagnostic.message.length > 0, `${name}: ${diagnostic.code} has no message`);
  }
}

test('mutated corpus text never breaks the validator', () => {
  assert.ok(corpus.length > 0, 'the shared corpus is missing');
  const next = random(20260314);
  for (let round = 0; round < 2500; round++) {
    const source = corpus[Math.floor(next() * corpus.length)]!;
    let text = source.text;
    const mutations = 1 + Math.floor(next() * 4);
    for (let step = 0; step < mutations; step++) text = mutateText(text, next);
    check(`${source.name} (text round ${round})`, text, source.format);
  }
});

test('mutated corpus structures never break the validator', () => {
  const next = random(42);
  const parsed = corpus
    .filter((source) => source.format === 'json')
    .flatMap((source) => {
      try {
        return [{ name: source.name, value: JSON.parse(source.text) as unknown }];
      } catch {
        return [];
      }
    });
  for (let round = 0; round < 2500; round++) {
    const source = parsed[Math.floor(next() * parsed.length)]!;
    let value = source.value;
    const mutations = 1 + Math.floor(next() * 6);
    for (let step = 0; step < mutations; step++) value = mutateJson(value, next, { fields: FIELD_NAMES, values: VALUES });
    check(`${source.name} (structure round ${round})`, JSON.stringify(value, null, 1), 'json');
  }
});
