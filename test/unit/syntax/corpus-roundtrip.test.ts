// The offset tree must hold exactly what the standard parsers read, with offsets that point at the
// text they came from. Checked over every definition of the shared corpus, in JSON and YAML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYamlValue } from 'yaml';
import { parseDocument, toValue, type AstNode, type DocumentFormat } from '../../../server/src/core/index';
import { isAslFile, listSharedFiles, sharedDir } from '../../support/shared';

const files = listSharedFiles('corpus', isAslFile);

test('the corpus is present', () => {
  assert.ok(files.length > 700, `expected the shared corpus at ${sharedDir}/corpus`);
});

test("every corpus definition parses into a tree equal to the standard parsers' value", () => {
  const failures: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const format: DocumentFormat = /\.ya?ml$/.test(file) ? 'yaml' : 'json';
    let expected: unknown;
    try {
      expected = format === 'yaml' ? parseYamlValue(text) : JSON.parse(text);
    } catch {
      continue; // Not well-formed: the invalid set has a few; diagnostics tests cover them.
    }
    const parsed = parseDocument(text, format);
    try {
      assert.deepStrictEqual(toValue(parsed.root), expected);
      assert.deepStrictEqual(parsed.problems, []);
      checkOffsets(parsed.root, text, format);
    } catch (error) {
      failures.push(`${relative(sharedDir, file)}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  assert.deepStrictEqual(failures, []);
});

/** Every scalar's range covers its source text; every container's range starts at its bracket. */
function checkOffsets(node: AstNode | undefined, text: string, format: DocumentFormat): void {
  if (!node) return;
  const source = text.slice(node.offset, node.offset + node.length);
  if (node.type === 'object') {
    if (format === 'json') assert.equal(source[0], '{');
    for (const property of node.properties) {
      const keySource = text.slice(property.key.offset, property.key.offset + property.key.length);
      if (property.key.style === 'json') assert.equal(JSON.parse(keySource), property.keyValue);
      else if (property.key.style === 'plain') assert.equal(keySource, property.keyValue);
      checkOffsets(property.value, text, format);
    }
  } else if (node.type === 'array') {
    if (format === 'json') assert.equal(source[0], '[');
    node.items.forEach((item) => checkOffsets(item, text, format));
  } else if (node.type === 'string') {
    if (node.style === 'json' || node.style === 'yaml-double') assert.equal(JSON.parse(source), node.value);
    else if (node.style === 'plain') assert.equal(source, node.value);
  } else if (node.type === 'number') {
    assert.equal(Number(source.replace(/_/g, '')), node.value);
  }
}
