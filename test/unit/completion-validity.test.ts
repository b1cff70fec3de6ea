/**
 * Completion leaves valid text: at each kind of position (a folder of marked documents, each whole
 * apart from the place being typed at: an empty key or value, an unterminated string, a missing
 * value), accepting any completion item with its defaults leaves a document with no syntax error. Insertions carry their own
 * commas and line breaks, so a Parameters block filled in after a Resource is followed by the comma
 * the next field needs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { complete, formatForFileName, parseDocument, analyzeDocument, type TextEdit } from '../../server/src/core/index';
import { expandSnippet } from '../support/snippet';

const folder = join('test', 'fixtures', 'completion-positions');
const MARKER = '‸';

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset))
    out = out.slice(0, edit.offset) + edit.newText + out.slice(edit.offset + edit.length);
  return out;
}

function syntaxProblems(text: string, format: 'json' | 'yaml'): string[] {
  return parseDocument(text, format).problems.map((problem) => `${problem.code} at ${problem.offset}: ${problem.message}`);
}

for (const name of readdirSync(folder)
  .filter((file) => /\.asl\.(json|ya?ml)$/.test(file))
  .sort()) {
  test(`completion leaves valid text: ${name}`, () => {
    const marked = readFileSync(join(folder, name), 'utf8');
    const offset = marked.indexOf(MARKER);
    assert.ok(offset >= 0, `${name} has no ${MARKER} marker`);
    const text = marked.slice(0, offset) + marked.slice(offset + MARKER.length);
    const format = formatForFileName(name);
    const entries = complete(analyzeDocument(text, format).machine, offset);
    assert.ok(entries.length > 0, `${name}: no completion items at the marker`);
    const failures: string[] = [];
    for (const entry of entries) {
      const edit = { ...entry.edit, newText: entry.snippet ? expandSnippet(entry.edit.newText) : entry.edit.newText };
      const after = apply(text, [edit, ...(entry.additionalEdits ?? [])]);
      const problems = syntaxProblems(after, format);
      // The documents are whole apart from the place being typed at, so the accepted item must leave none.
      if (problems.length > 0) failures.push(`"${entry.label}" (${entry.kind}) leaves:\n${problems.join('\n')}\n---\n${after}\n---`);
    }
    assert.equal(
      failures.length,
      0,
      `${name}: ${failures.length} of ${entries.length} items break the text\n${failures.slice(0, 3).join('\n')}`,
    );
  });
}
