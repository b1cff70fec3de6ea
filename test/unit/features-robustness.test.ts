/**
 * The editing features never throw and always answer with ranges inside the document: every
 * feature at many offsets of corpus files, whole and cut off at arbitrary points (what an editor
 * sees while the user types).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  analyzeDocument,
  complete,
  documentSymbols,
  findDefinition,
  findHighlights,
  findReferences,
  findVariableDefinitions,
  foldingRanges,
  formatForFileName,
  hover,
  prepareRename,
  quickFixes,
  type DocumentFormat,
} from '../../server/src/core/index';
import { stringify } from 'yaml';
import { isAslFile, listSharedFiles, sharedDir } from '../support/shared';

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function within(text: string, span: { offset: number; length: number }, what: string): void {
  assert.ok(
    span.offset >= 0 && span.length >= 0 && span.offset + span.length <= text.length,
    `${what}: span ${span.offset}+${span.length} outside ${text.length}`,
  );
}

function exercise(text: string, format: DocumentFormat, offsets: number[], where: string): void {
  const analysis = analyzeDocument(text, format);
  const machine = analysis.machine;
  for (const symbol of documentSymbols(machine)) within(text, symbol.span, `${where} symbol`);
  for (const range of foldingRanges(machine, analysis.lines)) assert.ok(range.endLine > range.startLine, `${where} folding`);
  for (const fix of quickFixes(machine, analysis.diagnostics)) for (const edit of fix.edits) within(text, edit, `${where} ${fix.title}`);
  for (const offset of offsets) {
    const at = `${where} @${offset}`;
    for (const entry of complete(machine, offset)) {
      within(text, entry.edit, `${at} completion ${entry.label}`);
      assert.ok(
        entry.edit.offset <= offset && offset <= entry.edit.offset + entry.edit.length,
        `${at} completion ${entry.label} covers the cursor`,
      );
      assert.ok(!entry.edit.newText.includes('undefined'), `${at} completion ${entry.label}: ${entry.edit.newText}`);
    }
    const shown = hover(machine, offset);
    if (shown) within(text, shown.span, `${at} hover`);
    const definition = findDefinition(machine, offset);
    if (definition) within(text, definition, `${at} definition`);
    for (const span of findVariableDefinitions(machine, offset)) within(text, span, `${at} variable definition`);
    for (const span of findReferences(machine, offset, true)) within(text, span, `${at} references`);
    for (const span of findHighlights(machine, offset)) within(text, span, `${at} highlight`);
    const rename = prepareRename(machine, offset);
    if (rename && 'span' in rename) within(text, rename.span, `${at} prepareRename`);
  }
}

const files = listSharedFiles('corpus/valid', isAslFile).filter((_, index) => index % 4 === 0);

test('every feature at random offsets of corpus files, whole and cut short', () => {
  const next = random(20260101);
  assert.ok(files.length > 150);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const format = formatForFileName(file);
    const where = relative(sharedDir, file);
    exercise(
      text,
      format,
      Array.from({ length: 40 }, () => Math.floor(next() * (text.length + 1))),
      where,
    );
    for (let cut = 0; cut < 3; cut++) {
      const length = Math.floor(next() * text.length);
      exercise(text.slice(0, length), format, [length, Math.floor(next() * (length + 1))], `${where} cut at ${length}`);
    }
  }
});

test('every feature at random offsets of corpus files written as YAML, whole and cut short', () => {
  const next = random(20260102);
  let checked = 0;
  for (const file of files) {
    if (formatForFileName(file) !== 'json') continue;
    let definition: unknown;
    try {
      definition = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue; // Templates with placeholders in number positions are not JSON.
    }
    const text = stringify(definition, { lineWidth: 0 });
    const where = `${relative(sharedDir, file)} as YAML`;
    exercise(
      text,
      'yaml',
      Array.from({ length: 40 }, () => Math.floor(next() * (text.length + 1))),
      where,
    );
    for (let cut = 0; cut < 3; cut++) {
      const length = Math.floor(next() * text.length);
      exercise(text.slice(0, length), 'yaml', [length, Math.floor(next() * (length + 1))], `${where} cut at ${length}`);
    }
    checked++;
  }
  assert.ok(checked > 150, `${checked} files`);
});
