/**
 * Expression parses and path findings are cached across documents (semantics/sharedCache.ts). Only
 * results that depend on the cached key alone may be shared, so a document's diagnostics must not
 * depend on which documents were validated before it: validating the corpus in one order and then
 * in the reverse order gives every file the same diagnostics. And a cache forgets everything at its
 * limit, so a long-lived server's memory stays bounded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatForFileName, validateDocument } from '../../../server/src/core/index';
import { SharedCache } from '../../../server/src/core/semantics/sharedCache';
import { isAslFile, listSharedFiles, sharedDir } from '../../support/shared';

test('a shared cache answers what was set, and forgets everything once it reaches its limit', () => {
  const cache = new SharedCache<string, number>(3);
  cache.set('a', 1);
  cache.set('b', 2);
  cache.set('c', 3);
  assert.equal(cache.get('a'), 1);
  assert.equal(cache.get('c'), 3);
  cache.set('d', 4);
  assert.equal(cache.get('a'), undefined);
  assert.equal(cache.get('c'), undefined);
  assert.equal(cache.get('d'), 4);
});

test("a file's diagnostics do not depend on the files validated before it in the same process", () => {
  const files = listSharedFiles('corpus', isAslFile);
  const texts = files.map((path) => [path, readFileSync(path, 'utf8')] as const);
  const validateAll = (order: (typeof texts)[number][]) =>
    new Map(order.map(([path, text]) => [path, JSON.stringify(validateDocument(text, formatForFileName(path)))]));
  const forward = validateAll(texts);
  const backward = validateAll([...texts].reverse());
  let withDiagnostics = 0;
  for (const [path] of texts) {
    assert.equal(backward.get(path), forward.get(path), relative(sharedDir, path));
    if (forward.get(path) !== '[]') withDiagnostics++;
  }
  // The corpus has invalid files, so the comparison covers expression problems, not only silence.
  assert.ok(withDiagnostics > 100, `only ${withDiagnostics} files with diagnostics`);
});
