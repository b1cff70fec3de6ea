// The fast path for plain block YAML must build exactly the tree the yaml library path builds (same
// nodes, offsets, lengths, values, styles, parents) whenever it accepts a text, and accept only
// texts the library reads without a problem. Checked on every corpus definition (hand-written YAML,
// and the JSON ones written out as YAML in four styles) and on thousands of seeded text mutations
// of them: comments, blank lines, trailing spaces, indentation changes and stray YAML characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { stringify } from 'yaml';
import { parseYaml } from '../../../server/src/core/syntax/yamlParser';
import { parseSimpleYaml } from '../../../server/src/core/syntax/yamlFastParser';
import { isAslFile, listSharedFiles, sharedDir } from '../../support/shared';
import { treePicture } from '../../support/treePicture';
import { seededRandom } from '../../support/mutation';

/** Whether the fast path accepted `text`; when it did, the library must agree node for node. */
function agrees(text: string, where: string): boolean {
  const fast = parseSimpleYaml(text);
  if (!fast) return false;
  const library = parseYaml(text, false);
  assert.deepEqual(library.problems, [], `${where}: the fast path accepted a text the library reports problems in:\n${text.slice(0, 400)}`);
  const fastPicture = treePicture(fast);
  const libraryPicture = treePicture(library.root);
  const differs = fastPicture.findIndex((entry, index) => JSON.stringify(entry) !== JSON.stringify(libraryPicture[index]));
  if (differs >= 0 || fastPicture.length !== libraryPicture.length) {
    // Show the text around the first node that differs, so a failure explains itself.
    const range = /@(\d+)\+(\d+)/.exec(JSON.stringify(fastPicture[differs] ?? fastPicture.at(-1)));
    const at = range ? Number(range[1]) + Number(range[2]) : 0;
    assert.fail(
      `${where}: the trees differ first at ${JSON.stringify(fastPicture[differs])} (library: ${JSON.stringify(libraryPicture[differs])}) in\n${JSON.stringify(text.slice(Math.max(0, at - 150), at + 250))}`,
    );
  }
  return true;
}

/** Every corpus definition as YAML: hand-written ones as they are, JSON ones in four styles. */
function corpusYaml(): { text: string; where: string }[] {
  const out: { text: string; where: string }[] = [];
  for (const file of listSharedFiles('corpus', isAslFile)) {
    const where = relative(sharedDir, file);
    const text = readFileSync(file, 'utf8');
    if (!file.endsWith('.json')) {
      out.push({ text, where });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    out.push({ text: stringify(value, { lineWidth: 0 }), where: `${where} (as YAML)` });
    out.push({
      text: stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }),
      where: `${where} (double-quoted)`,
    });
    out.push({
      text: stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE', indentSeq: false }),
      where: `${where} (single-quoted, sequences at the key's column)`,
    });
    out.push({ text: stringify(value, { lineWidth: 40, indent: 4 }), where: `${where} (indent 4, folded long strings)` });
  }
  return out;
}

test('the fast path and the library build the same tree for the corpus written as YAML', () => {
  const documents = corpusYaml();
  let accepted = 0;
  for (const { text, where } of documents) if (agrees(text, where)) accepted++;
  // The fast path must carry nearly all of them, or it is not worth having.
  assert.ok(accepted > documents.length * 0.8, `the fast path accepted only ${accepted} of ${documents.length}`);
});

test('seeded mutations: whatever the fast path accepts, the library reads the same way', () => {
  const documents = corpusYaml().filter((_, index) => index % 7 === 0);
  // YAML_FUZZ_SEED and YAML_FUZZ_ROUNDS explore further by hand; the test itself is fixed.
  const next = seededRandom(Number(process.env.YAML_FUZZ_SEED ?? 20261126));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const pieces = [
    ':',
    ': ',
    '- ',
    '-',
    "'",
    '"',
    '#',
    ' #x',
    '|',
    '>-',
    '|-\n',
    '[',
    ']',
    '{}',
    '[]',
    '&a ',
    '*a',
    '!',
    '?',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '\\',
    '1',
    '0.5',
    'true',
    'null',
    '~',
    'Yes',
    '<<: ',
  ];
  let accepted = 0;
  let mutated = 0;
  const rounds = Number(process.env.YAML_FUZZ_ROUNDS ?? 6000);
  for (let round = 0; round < rounds; round++) {
    const { text, where } = pick(documents);
    const lines = text.split('\n');
    const at = Math.floor(next() * lines.length);
    const line = lines[at]!;
    const indent = line.length - line.trimStart().length;
    switch (Math.floor(next() * 9)) {
      case 8: // several comment lines at different indentations
        for (let count = 1 + Math.floor(next() * 3); count > 0; count--)
          lines.splice(at, 0, ' '.repeat(Math.floor(next() * (indent + 5))) + '# ' + count);
        break;
      case 0: // a comment line, at some indentation
        lines.splice(at, 0, ' '.repeat(Math.floor(next() * (indent + 4))) + '# note');
        break;
      case 1: // a blank line, perhaps with spaces
        lines.splice(at, 0, ' '.repeat(Math.floor(next() * 3) * 2));
        break;
      case 2: // a comment or spaces after the line
        lines[at] = line + pick([' # note', '  ', ' ', '#x']);
        break;
      case 3: // indentation changed
        lines[at] = next() < 0.5 ? ' ' + line : line.slice(Math.min(indent, 1 + Math.floor(next() * 2)));
        break;
      case 4: // the line written twice
        lines.splice(at, 0, line);
        break;
      case 5: // a line removed
        lines.splice(at, 1);
        break;
      default: {
        // a YAML character put in, or one taken out
        const column = Math.floor(next() * (line.length + 1));
        lines[at] =
          next() < 0.7 ? line.slice(0, column) + pick(pieces) + line.slice(column) : line.slice(0, column) + line.slice(column + 1);
      }
    }
    mutated++;
    if (agrees(lines.join('\n'), `${where}, mutation ${round}`)) accepted++;
  }
  // Most mutations keep the text in the subset; enough must, or this test checks nothing.
  assert.ok(accepted > mutated * 0.3, `only ${accepted} of ${mutated} mutated texts took the fast path`);
});

test('what is outside the subset goes to the library', () => {
  const outside = [
    '',
    '# only a comment\n',
    'just a scalar',
    'a: &x 1\nb: *x\n',
    'a: !tag 1\n',
    'a: {b: 1}\n',
    'a: [1, 2]\n',
    '---\na: 1\n',
    'a: 1\n---\nb: 2\n',
    'a:\tb\n',
    'a: 1\r\nb: 2\r\n',
    'a: plain\n  continued\n',
    'a: "two\n  lines"\n',
    'a: 0x1F\n',
    'a: 007\n',
    'a: True\n',
    'a: ~\n',
    'a: 1e3\n',
    '1: a\n',
    '<<: {a: 1}\n',
    'a: x\n  # a comment the library joins to x\nb: 1\n',
    'a: |+\n  kept\n\nb: 1\n',
    'a: >\n  folded\n    more indented\n',
    'a: |2\n  explicit\n',
    'a: "\\x41"\n',
    'a:\n- x\n - y\n',
    'a: 1\n b: 2\n',
    'a : 1\n',
  ];
  for (const text of outside) assert.equal(parseSimpleYaml(text), undefined, JSON.stringify(text));
});

test('the subset: block collections, quoted and plain scalars, block scalars, comments, empty values', () => {
  const inside = [
    'a: 1\nb: -2.5\nc: true\nd: null\ne: text with spaces # comment\n',
    "'quoted key': 'it''s'\n\"double\": \"tab\\there \\u00e9\"\n",
    'Comment: >-\n  folded\n  into one line\n\n  second paragraph\nNext: X\n',
    'Script: |\n  line one\n    indented\n  # not a comment\n\nEnd: true\n',
    'list:\n  - a\n  - key: value\n    other: 2\n  -\n    nested: x\n  - []\n  - {}\n',
    'Choices:\n- Variable: $.x\n  IsPresent: true\nDefault: D\n',
    'Empty:\nNext:\n  # a comment inside\n  Deep: 1\n',
    ':decrease: "1"\n-name: x\nResource: arn:aws:states:::lambda:invoke\n',
    '\n# leading comment\n\nStartAt: A # trailing\n',
    'A:\n  Type: Task\n  # why the next state\n  Next: B\n# between states\nB:\n  Type: Succeed\n',
  ];
  for (const text of inside) {
    assert.ok(agrees(text, JSON.stringify(text)), `the fast path gave up on ${JSON.stringify(text)}`);
  }
});

test('parseYaml takes the fast path when it can and reports problems through the library otherwise', () => {
  const fast = parseYaml('StartAt: A\nStates:\n  A:\n    Type: Succeed\n');
  assert.deepEqual(fast.problems, []);
  assert.equal(fast.root?.type, 'object');
  const broken = parseYaml('StartAt: A\nStates:\n  A:\n    Type: Succeed\n   Bad: 1\n');
  assert.ok(broken.problems.length > 0);
});
