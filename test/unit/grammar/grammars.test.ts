/**
 * The TextMate grammars colour the expressions inside ASL strings: JSONata between {% %},
 * intrinsic functions, Context object paths, JSONPath and variables; keys and plain text stay
 * plain. Checked with vscode-textmate against small host grammars with VS Code's scope names, and
 * against VS Code's own JSON and YAML grammars when the e2e tools are installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scopesOf, tokenize, vscodeGrammarsAvailable, type HostGrammars } from './tokenize';

const json = `{
  "Comment": "Costs are in dollars",
  "StartAt": "A",
  "States": {
    "A": {
      "Type": "Pass",
      "Parameters": {
        "message.$": "States.Format('Hello {}', $.name)",
        "id.$": "$$.Execution.Id",
        "count.$": "$counter"
      },
      "Next": "B"
    },
    "B": {
      "Type": "Pass",
      "QueryLanguage": "JSONata",
      "Output": "{% $uppercase($states.input.name) & \\"!\\" %}",
      "End": true
    }
  }
}`;

const yaml = `Comment: Costs are in dollars
StartAt: A
States:
  A:
    Type: Choice
    Choices:
      - Variable: $.kind
        StringEquals: done
        Next: B
    Default: B
  B:
    Type: Pass
    Parameters:
      message.$: States.Format('Hello {}', $.name)
      id.$: "$$.Execution.Id"
    Output: '{% $uppercase($states.input.name) %}'
    End: true
`;

// [format, token text, scope it must have (or undefined: no ASL scope at all)]
const cases: ['json' | 'yaml', string, string | undefined][] = [
  ['json', 'States.Format', 'support.function.intrinsic.asl'],
  ['json', '$.name', 'variable.other.jsonpath.asl'],
  ['json', '$$.Execution.Id', 'variable.language.context.asl'],
  ['json', '$counter', 'variable.other.readwrite.asl'],
  ['json', '{%', 'punctuation.section.embedded.begin.jsonata.asl'],
  ['json', '$uppercase', 'support.function.jsonata.asl'],
  ['json', '$states', 'variable.language.states.asl'],
  ['json', '\\"!\\"', 'string.quoted.double.jsonata.asl'],
  ['json', '%}', 'punctuation.section.embedded.end.jsonata.asl'],
  ['json', 'message.$', undefined],
  ['json', 'Costs are in dollars', undefined],
  ['yaml', 'States.Format', 'support.function.intrinsic.asl'],
  ['yaml', '$.kind', 'variable.other.jsonpath.asl'],
  ['yaml', '$.name', 'variable.other.jsonpath.asl'],
  ['yaml', '$$.Execution.Id', 'variable.language.context.asl'],
  ['yaml', '$uppercase', 'support.function.jsonata.asl'],
  ['yaml', '$states', 'variable.language.states.asl'],
  ['yaml', 'message.$', undefined],
  ['yaml', 'Costs are in dollars', undefined],
];

const hosts: HostGrammars[] = vscodeGrammarsAvailable() ? ['fixture', 'vscode'] : ['fixture'];

for (const host of hosts) {
  test(`expressions in strings are coloured, keys and prose are not (${host} host grammars)`, async () => {
    const tokens = { json: await tokenize(json, 'source.asl', host), yaml: await tokenize(yaml, 'source.asl-yaml', host) };
    for (const [format, text, scope] of cases) {
      const scopes = scopesOf(tokens[format], text);
      assert.ok(scopes, `${format}: no token "${text}" in ${tokens[format].map((token) => JSON.stringify(token.text)).join(' ')}`);
      if (scope) assert.ok(scopes.includes(scope), `${format}: "${text}" has ${scopes.join(' ')}, expected ${scope}`);
      else
        assert.ok(
          !scopes.slice(1).some((candidate) => candidate.endsWith('.asl')),
          `${format}: "${text}" should not be coloured: ${scopes.join(' ')}`,
        );
    }
  });
}

test('package.json contributes the grammars with their injection', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
    contributes: { grammars: { language?: string; scopeName: string; path: string; injectTo?: string[] }[] };
  };
  const grammars = manifest.contributes.grammars;
  assert.deepEqual(grammars.find((grammar) => grammar.language === 'asl')?.scopeName, 'source.asl');
  assert.deepEqual(grammars.find((grammar) => grammar.language === 'asl-yaml')?.scopeName, 'source.asl-yaml');
  assert.deepEqual(grammars.find((grammar) => grammar.scopeName === 'source.asl.expressions')?.injectTo, ['source.asl', 'source.asl-yaml']);
  for (const grammar of grammars) JSON.parse(readFileSync(grammar.path, 'utf8'));
});
