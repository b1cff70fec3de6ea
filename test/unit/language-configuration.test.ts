/**
 * The language configurations the editor types with: both languages are wired in package.json to
 * files that exist, with an icon; the word pattern keeps ASL's dotted names and paths whole; YAML
 * comments with #; Enter after an opening bracket or a mapping key indents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

interface LanguageConfiguration {
  comments?: { lineComment?: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  wordPattern: string;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  contributes: { languages: { id: string; configuration: string; icon: { light: string; dark: string } }[] };
};
const configurations = new Map(
  manifest.contributes.languages.map((language) => {
    assert.ok(existsSync(language.configuration), `${language.id}: ${language.configuration} exists`);
    for (const icon of [language.icon.light, language.icon.dark]) assert.ok(existsSync(icon), `${language.id}: ${icon} exists`);
    return [language.id, JSON.parse(readFileSync(language.configuration, 'utf8')) as LanguageConfiguration];
  }),
);

const words: [string, string, string][] = [
  // [line, the character to stand on, the word expected there]
  ['"ErrorEquals": ["States.TaskFailed"]', 'T', 'States.TaskFailed'],
  ['"InputPath": "$.order.items"', 'r', '$.order.items'],
  ['"OrderId.$": "$$.Execution.Id"', 'I', '$$.Execution.Id'],
  ['"Items": "{% $states.input.items %}"', 'n', '$states.input.items'],
  ['"Next": "Check Stock"', 'C', 'Check'],
  ['"Arg.$": "States.Format(\'{}\', $.name)"', 'F', 'States.Format'],
  ['"Seconds": 10', '1', '10'],
];

function wordAt(pattern: RegExp, line: string, index: number): string | undefined {
  for (const match of line.matchAll(new RegExp(pattern.source, 'g')))
    if (match.index <= index && index < match.index + match[0].length) return match[0];
  return undefined;
}

for (const [id, configuration] of configurations) {
  test(`${id}: the word pattern keeps dotted names and paths whole`, () => {
    const pattern = new RegExp(configuration.wordPattern);
    for (const [line, at, word] of words) {
      const yamlLine = id === 'asl-yaml' ? line.replace(/^"([^"]+)": /, '$1: ') : line;
      assert.equal(wordAt(pattern, yamlLine, yamlLine.indexOf(at, yamlLine.indexOf(':') + 1)), word, yamlLine);
    }
  });

  test(`${id}: brackets and quotes close and surround`, () => {
    const opens = configuration.autoClosingPairs.map((pair) => pair.open);
    for (const open of ['{', '[', '"']) assert.ok(opens.includes(open), `${open} auto-closes`);
    assert.deepEqual(configuration.brackets, [
      ['{', '}'],
      ['[', ']'],
    ]);
    assert.ok(configuration.surroundingPairs.some(([open]) => open === '"'));
  });
}

const indents: [string, string, boolean][] = [
  ['asl', '  "States": {', true],
  ['asl', '  "ErrorEquals": [', true],
  ['asl', '  "Type": "Pass",', false],
  ['asl', '  "Comment": "a { inside a string",', false],
  ['asl-yaml', 'States:', true],
  ['asl-yaml', '  - ErrorEquals:', true],
  ['asl-yaml', '  Retry:   # retries', true],
  ['asl-yaml', '  Type: Pass', false],
  ['asl-yaml', '  Resource: arn:aws:states:::lambda:invoke', false],
  ['asl-yaml', '  # a comment:', false],
];

test('Enter indents after an opening bracket or a mapping key, not after a whole entry', () => {
  for (const [id, line, increases] of indents) {
    const rules = configurations.get(id)!.indentationRules;
    assert.equal(new RegExp(rules.increaseIndentPattern).test(line), increases, `${id}: ${line}`);
  }
  assert.ok(new RegExp(configurations.get('asl')!.indentationRules.decreaseIndentPattern).test('    },'));
});

test('YAML toggles # line comments; JSON has no comments (ASL does not allow them)', () => {
  assert.equal(configurations.get('asl-yaml')!.comments?.lineComment, '#');
  assert.equal(configurations.get('asl')!.comments, undefined);
});
