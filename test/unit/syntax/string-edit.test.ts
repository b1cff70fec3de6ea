// An edit inside a string is applied to the previous analysis in place (AnalyzedDocument.edited)
// instead of parsing again. Whatever is asked of the edited analysis afterwards (tree, model,
// diagnostics, line positions, hover, completion, references) must be exactly what a fresh analysis
// of the new text answers: checked over the JSON files of the corpus with random edits inside
// values and keys, including escapes, quotes and control characters that must be refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  AnalyzedDocument,
  complete,
  documentSymbols,
  findReferences,
  hover,
  type AstNode,
  type StateMachine,
} from '../../../server/src/core/index';
import { isAslFile, listSharedFiles, sharedDir } from '../../support/shared';
import { seededRandom as random } from '../../support/mutation';

const files = listSharedFiles('corpus', (name) => isAslFile(name) && !/\.ya?ml$/.test(name));

/** What a keystroke or a paste may put inside a string: most keep it a string, some must be refused. */
const INSERTS = [
  'a',
  'Z',
  ' ',
  '$',
  '.',
  '$.x',
  'States',
  'Next',
  'Task',
  '\\"',
  '\\\\',
  '\\n',
  '\\u00e9',
  'é',
  '😀',
  '"',
  '\\',
  '\n',
  '\t',
  '\\u12',
  '{',
  'abcdefghijklmnopqrstuvwxyz',
];

interface StringSite {
  offset: number;
  length: number;
}

/** Every string of the tree (values and keys), as ranges of the text. */
function stringSites(node: AstNode | undefined, into: StringSite[] = []): StringSite[] {
  if (!node) return into;
  if (node.type === 'string') into.push({ offset: node.offset, length: node.length });
  else if (node.type === 'object')
    for (const property of node.properties) {
      into.push({ offset: property.offset, length: property.keyLength });
      stringSites(property.value, into);
    }
  else if (node.type === 'array') for (const item of node.items) stringSites(item, into);
  return into;
}

/** The tree as plain data: every field a feature can read, and a check that parents point back. */
function treeData(node: AstNode | undefined, parent?: unknown): unknown {
  if (!node) return undefined;
  assert.equal(node.parent, parent, 'a node keeps its parent');
  const base = { type: node.type, offset: node.offset, length: node.length };
  switch (node.type) {
    case 'object':
      return {
        ...base,
        properties: node.properties.map((property) => {
          assert.equal(property.parent, node, 'a property keeps its object');
          const key = property.key;
          return {
            offset: property.offset,
            length: property.length,
            key: [property.keyValue, property.keyLength, property.keyStyle, key.offset, key.length, key.value],
            colon: property.colonOffset,
            value: treeData(property.value, property),
          };
        }),
      };
    case 'array':
      return { ...base, items: node.items.map((item) => treeData(item, node)) };
    case 'string':
      return { ...base, value: node.value, style: node.style };
    case 'number':
      return { ...base, value: node.value, isInteger: node.isInteger };
    default:
      return { ...base, value: node.value };
  }
}

function modelData(machine: StateMachine): unknown {
  return {
    queryLanguage: machine.queryLanguage,
    scopes: machine.scopes.map((scope) => [scope.kind, scope.depth, scope.node.offset, scope.startAt?.name, [...scope.states.keys()]]),
    states: machine.states.map((state) => [
      state.name,
      state.position,
      state.type,
      state.queryLanguage,
      state.end,
      state.property.offset,
      state.retriers.map((retrier) => retrier.errorEquals.map((error) => error.name)),
      state.catchers.map((catcher) => [catcher.errorEquals.map((error) => error.name), catcher.next?.name]),
      state.choices.map((choice) => choice.next?.name),
    ]),
    references: machine.references.map((reference) => [
      reference.kind,
      reference.name,
      reference.node.offset,
      reference.target?.property.offset,
    ]),
  };
}

/** Everything a user can see from an analysis, at a few offsets around the edit and elsewhere. */
function observable(analysis: AnalyzedDocument, offsets: number[]): unknown {
  const machine = analysis.machine;
  return {
    text: analysis.text,
    tree: treeData(analysis.document.root),
    problems: analysis.document.problems,
    repeatedKeys: analysis.document.repeatedKeyObjects?.map((object) => object.offset),
    model: modelData(machine),
    diagnostics: analysis.diagnostics,
    symbols: documentSymbols(machine),
    lines: offsets.map((offset) => analysis.lines.positionAt(offset)).concat([{ line: analysis.lines.lineCount, character: -1 }]),
    features: offsets.map((offset) => ({
      hover: hover(machine, offset),
      completion: complete(machine, offset).map((entry) => [entry.label, entry.edit]),
      references: findReferences(machine, offset, true),
    })),
  };
}

test('an edit inside a string gives the analysis a fresh parse gives, or is refused', () => {
  const next = random(17);
  let applied = 0;
  let refused = 0;
  const failures: string[] = [];
  for (const file of files) {
    let text = readFileSync(file, 'utf8');
    let analysis = new AnalyzedDocument(text, 'json');
    if (analysis.document.problems.length > 0) continue;
    // Two edits in a row on the same analysis: the second starts from an edited tree.
    for (let round = 0; round < 2; round++) {
      const sites = stringSites(analysis.document.root).filter((site) => site.length >= 2);
      if (sites.length === 0) break;
      const site = sites[Math.floor(next() * sites.length)]!;
      // Inside the content: after the opening quote, up to the closing quote.
      const from = site.offset + 1 + Math.floor(next() * (site.length - 1));
      const length = Math.floor(next() * (site.offset + site.length - 1 - from + 1) * (next() < 0.5 ? 0 : 1));
      const inserted = next() < 0.2 ? '' : INSERTS[Math.floor(next() * INSERTS.length)]!;
      const newText = text.slice(0, from) + inserted + text.slice(from + length);
      const probes = [from, from + inserted.length, Math.floor(next() * newText.length)].filter(
        (offset) => offset >= 0 && offset <= newText.length,
      );
      // Use the old analysis first, so every lazily built part (model, lines, per-model and
      // per-string caches) exists and must be carried over or dropped correctly.
      treeData(analysis.document.root);
      void analysis.diagnostics;
      for (const offset of probes) hover(analysis.machine, Math.min(offset, text.length)) && analysis.lines.positionAt(offset);
      findReferences(analysis.machine, Math.min(probes[0]!, text.length), true);
      const edited = analysis.edited({ offset: from, length, newText: inserted }, newText);
      const fresh = new AnalyzedDocument(newText, 'json');
      const where = `${relative(sharedDir, file)}: ${JSON.stringify(inserted)} at ${from} (replacing ${length})`;
      if (!edited) {
        refused++;
        // A refusal is right only when the string did not stay one well-formed string.
        const stillString = (() => {
          try {
            return typeof JSON.parse(newText.slice(site.offset, site.offset + site.length - length + inserted.length)) === 'string';
          } catch {
            return false;
          }
        })();
        if (stillString && fresh.document.problems.length === 0) failures.push(`${where}: refused, but the string stayed well-formed`);
        analysis = fresh;
        text = newText;
        continue;
      }
      applied++;
      try {
        assert.deepStrictEqual(observable(edited, probes), observable(fresh, probes));
      } catch (error) {
        failures.push(`${where}: ${(error as Error).message.split('\n').slice(0, 12).join('\n')}`);
        break;
      }
      analysis = edited;
      text = newText;
    }
    if (failures.length > 5) break;
  }
  assert.deepStrictEqual(failures, []);
  // The random edits must exercise both outcomes, or this test checks nothing.
  assert.ok(applied > 500 && refused > 50, `applied ${applied}, refused ${refused}`);
});

test('an edit outside strings, across a quote, or in a document with problems is refused and changes nothing', () => {
  const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}';
  const cases: Array<{ offset: number; length: number; newText: string }> = [
    { offset: text.indexOf('{"Type"'), length: 0, newText: ' ' }, // between tokens
    { offset: text.indexOf('"A", "States"'), length: 1, newText: '' }, // the opening quote
    { offset: text.indexOf('A", "States"'), length: 2, newText: 'B' }, // up to and over the closing quote
    { offset: text.indexOf('true'), length: 0, newText: 'x' }, // inside a literal
  ];
  for (const change of cases) {
    const analysis = new AnalyzedDocument(text, 'json');
    const before = JSON.stringify(treeData(analysis.document.root));
    const newText = text.slice(0, change.offset) + change.newText + text.slice(change.offset + change.length);
    assert.equal(analysis.edited(change, newText), undefined, JSON.stringify(change));
    assert.equal(JSON.stringify(treeData(analysis.document.root)), before);
    assert.equal(analysis.text, text);
  }
  const broken = '{"StartAt": "A", "States": {"A": {"Type": "Pass" "End": true}}}';
  const offset = broken.indexOf('Pass') + 1;
  assert.equal(
    new AnalyzedDocument(broken, 'json').edited({ offset, length: 0, newText: 'x' }, broken.slice(0, offset) + 'x' + broken.slice(offset)),
    undefined,
  );
  const yaml = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n';
  const at = yaml.indexOf('Pass') + 1;
  assert.equal(
    new AnalyzedDocument(yaml, 'yaml').edited({ offset: at, length: 0, newText: 'x' }, yaml.slice(0, at) + 'x' + yaml.slice(at)),
    undefined,
  );
});

test('a key edited into a repeated key (and back) is reported as a fresh parse reports it', () => {
  const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Comment": "x", "Commen": "y", "End": true}}}';
  const at = text.indexOf('"Commen"') + 7;
  const repeated = text.slice(0, at) + 't' + text.slice(at);
  const edited = new AnalyzedDocument(text, 'json').edited({ offset: at, length: 0, newText: 't' }, repeated);
  assert.ok(edited);
  const fresh = new AnalyzedDocument(repeated, 'json');
  assert.deepStrictEqual(edited.diagnostics, fresh.diagnostics);
  assert.ok(fresh.diagnostics.length > 0, 'the repeated key is reported');
  const back = edited.edited({ offset: at, length: 1, newText: '' }, text);
  assert.ok(back);
  assert.deepStrictEqual(back.diagnostics, new AnalyzedDocument(text, 'json').diagnostics);
});
