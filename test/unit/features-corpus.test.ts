/**
 * Navigation over every valid corpus file: go to definition from every state reference lands on
 * that state's key, and renaming states (every state at once, and the first state alone) then
 * validating gives the same diagnostics as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  analyzeDocument,
  findDefinition,
  formatForFileName,
  rename,
  stateIndex,
  type AnalyzedDocument,
  type TextEdit,
} from '../../server/src/core/index';
import { isAslFile, listSharedFiles, sharedDir } from '../support/shared';

const files = listSharedFiles('corpus/valid', isAslFile);

function apply(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset))
    result = result.slice(0, edit.offset) + edit.newText + result.slice(edit.offset + edit.length);
  return result;
}

function codes(analysis: AnalyzedDocument): string[] {
  return analysis.diagnostics.map((diagnostic) => diagnostic.code).sort();
}

test('the corpus is there', () => {
  assert.ok(files.length > 700, `found ${files.length} files under ${sharedDir}/corpus/valid`);
});

test('go to definition from every state reference lands on the state key', () => {
  let references = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const analysis = analyzeDocument(text, formatForFileName(file));
    for (const reference of analysis.machine.references) {
      if (!reference.target) continue;
      references++;
      for (const offset of [reference.node.offset + 1, reference.node.offset + reference.node.length - 1]) {
        const span = findDefinition(analysis.machine, offset);
        const where = `${relative(sharedDir, file)}: ${reference.kind} "${reference.name}"`;
        assert.ok(span, where);
        assert.equal(span.offset, reference.target.property.offset, where);
        assert.equal(span.length, reference.target.property.keyLength, where);
        assert.match(text.slice(span.offset + span.length), /^\s*:/, `${where} lands on a key`);
      }
    }
  }
  assert.ok(references > 2000, `${references} references checked`);
});

test('renaming states then validating gives no new diagnostics', () => {
  let renamed = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const format = formatForFileName(file);
    const analysis = analyzeDocument(text, format);
    const before = codes(analysis);
    const states = analysis.machine.states.filter((state) => (analysis.machine.statesByName.get(state.name)?.length ?? 0) === 1);
    if (states.length === 0) continue;

    // Every state at once (the edits of different states never overlap), with names that need quoting in YAML.
    const edits: TextEdit[] = [];
    states.forEach((state, index) => {
      const result = rename(analysis.machine, state.property.offset + 1, `S${index}: ${state.name}`.slice(0, 80));
      assert.ok(Array.isArray(result), `${relative(sharedDir, file)}: rename "${state.name}": ${JSON.stringify(result)}`);
      edits.push(...result);
      renamed++;
    });
    const all = analyzeDocument(apply(text, edits), format);
    assert.deepEqual(codes(all), before, `${relative(sharedDir, file)} after renaming every state`);
    assert.equal(
      all.machine.references.filter((reference) => reference.target).length,
      analysis.machine.references.filter((reference) => reference.target).length,
    );

    // The first state alone, through one of its references when it has one.
    const first = states[0]!;
    const reference = stateIndex(analysis.machine).referencesTo.get(first)?.[0];
    const single = rename(analysis.machine, (reference?.node ?? first.property.key).offset + 1, `${first.name}Renamed`.slice(-80));
    assert.ok(Array.isArray(single));
    assert.deepEqual(
      codes(analyzeDocument(apply(text, single), format)),
      before,
      `${relative(sharedDir, file)} after renaming "${first.name}"`,
    );
  }
  assert.ok(renamed > 2000, `${renamed} states renamed`);
});
