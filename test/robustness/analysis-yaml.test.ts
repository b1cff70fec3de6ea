// Issue 10, rows 1 and 2: YAML that nests absurdly on one line, and alias/merge bombs, get one clear
// diagnostic fast, and the process that read them keeps working (the next analysis too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeDocument, parseDocument, toValue } from '../../server/src/core/index';

/** Deeper than any limit, in every way YAML can nest on one line (and by indentation). */
const deepYaml: Record<string, string> = {
  'block sequences on one line': '- '.repeat(1000) + 'x\n',
  'explicit keys on one line': '? '.repeat(1000) + 'x\n',
  'flow sequences': '['.repeat(1000) + 'x' + ']'.repeat(1000) + '\n',
  'flow mappings': '{a: '.repeat(1000) + 'x' + '}'.repeat(1000) + '\n',
  'unclosed flow': 'a: ' + '['.repeat(10_000),
  'flow in a block sequence, mixed': '- [ { a: '.repeat(400) + 'x\n',
  'sequences and explicit keys on one line': '- ? '.repeat(500) + 'x\n',
  indentation: Array.from({ length: 1000 }, (_, index) => ' '.repeat(index) + 'k:').join('\n') + ' x\n',
  'sequence items by indentation': Array.from({ length: 600 }, (_, index) => ' '.repeat(2 * index) + '- k:').join('\n') + ' x\n',
};

/** Under 1 KB each; expanded, each would be millions of values. */
function bombs(): Record<string, string> {
  const laughs = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 10; level++)
    laughs.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(',')}]`,
    );
  const merges = ['m0: &m0 {k0: 1, k1: 2}'];
  for (let level = 1; level < 20; level++)
    merges.push(`m${level}: &m${level} {<<: [*m${level - 1}, *m${level - 1}], n${level}: *m${level - 1}, o${level}: *m${level - 1}}`);
  const maps = ['StartAt: A', 'x0: &x0 {a: 1, b: 2, c: 3, d: 4}'];
  for (let level = 1; level < 20; level++) maps.push(`x${level}: &x${level} {a: *x${level - 1}, b: *x${level - 1}, c: *x${level - 1}}`);
  // Block style, as a state machine file would be written, with the bomb inside a state's Parameters.
  const block = [
    'StartAt: A',
    'States:',
    '  A:',
    '    Type: Pass',
    '    End: true',
    '    Parameters:',
    '      l0: &l0 [1, 2, 3, 4, 5, 6, 7, 8]',
  ];
  for (let level = 1; level < 12; level++)
    block.push(
      `      l${level}: &l${level} [${Array(8)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  // Aliases nesting through aliases: shallow in the text, 25 x 9 levels deep once expanded.
  const deep = ['d0: &d0 ' + '['.repeat(10) + 'x' + ']'.repeat(10)];
  for (let level = 1; level < 25; level++) deep.push(`d${level}: &d${level} ${'['.repeat(9)}*d${level - 1}${']'.repeat(9)}`);
  return {
    'billion laughs (sequences)': laughs.join('\n') + '\n',
    'merge keys': merges.join('\n') + '\n',
    mappings: maps.join('\n') + '\n',
    'block style inside a state': block.join('\n') + '\n',
    'aliases nesting deeper than the limit': deep.join('\n') + '\n',
  };
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

test('row 1: YAML nested 1,000 deep gets a positioned syntax/too-deep, twice in one process', () => {
  for (let round = 0; round < 2; round++) {
    for (const [name, text] of Object.entries(deepYaml)) {
      const { result: analysis, ms } = timed(() => analyzeDocument(text, 'yaml'));
      const codes = analysis.diagnostics.map((diagnostic) => diagnostic.code);
      assert.deepEqual(codes, ['syntax/too-deep'], `${name}: ${codes.slice(0, 5).join(', ')}`);
      const [problem] = analysis.diagnostics;
      assert.ok(problem!.offset > 0 && problem!.offset < text.length, `${name}: positioned inside the text (${problem!.offset})`);
      assert.ok(ms < 5000, `${name}: ${ms.toFixed(0)} ms`);
    }
  }
  // And the process still analyses ordinary documents.
  assert.deepEqual(analyzeDocument('StartAt: A\nStates:\n  A: &a {Type: Succeed}\n', 'yaml').diagnostics, []);
});

test('row 1: YAML at the nesting limit still parses, in every shape', () => {
  const depth = 199; // the root mapping is the 200th level
  const shapes = {
    flow: 'a: ' + '['.repeat(depth) + 'x' + ']'.repeat(depth) + '\n',
    dashes: 'a:\n  ' + '- '.repeat(depth) + 'x\n',
    indentation: Array.from({ length: depth + 1 }, (_, index) => ' '.repeat(index) + 'k:').join('\n') + ' x\n',
  };
  for (const [name, text] of Object.entries(shapes)) {
    const parsed = parseDocument(text, 'yaml');
    assert.deepEqual(
      parsed.problems.map((problem) => problem.code),
      [],
      name,
    );
    assert.equal(parsed.root?.type, 'object', name);
  }
});

test('row 1: asl validate reads deep YAML files one after another without aborting (was SIGABRT, exit 134)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-deep-'));
  // Each text twice, in two files (a file named twice is read once): the second read of a shape is
  // the one that aborted V8.
  const paths = Object.values(deepYaml).flatMap((text, index) =>
    ['a', 'b'].map((copy) => {
      const path = join(dir, `deep${index}${copy}.asl.yaml`);
      writeFileSync(path, text);
      return path;
    }),
  );
  const result = spawnSync(process.execPath, [resolve('dist', 'cli.js'), 'validate', ...paths], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(result.signal, null);
  assert.equal(result.status, 2, result.stderr.slice(0, 2000));
  assert.equal(result.stderr.match(/nests deeper than 200 levels/g)?.length, paths.length, result.stderr.slice(0, 2000));
});

test('row 2: YAML alias and merge bombs under 1 KB get a clear diagnostic in well under a second', () => {
  for (const [name, text] of Object.entries(bombs())) {
    assert.ok(text.length < 1024, `${name} is ${text.length} bytes`);
    const { result: analysis, ms } = timed(() => {
      const analysis = analyzeDocument(text, 'yaml');
      void analysis.diagnostics;
      return analysis;
    });
    const codes = analysis.diagnostics.map((diagnostic) => diagnostic.code);
    assert.ok(
      codes.includes('syntax/yaml-alias-expansion') || codes.includes('syntax/too-deep'),
      `${name}: ${codes.slice(0, 5).join(', ')}`,
    );
    const problem = analysis.diagnostics.find((diagnostic) => diagnostic.code.startsWith('syntax/'))!;
    assert.ok(problem.offset > 0, `${name}: placed at an alias`);
    // Tens of milliseconds; the bound is a hang guard for a busy machine (it was 20-70 s).
    assert.ok(ms < 3000, `${name}: ${ms.toFixed(0)} ms`);
  }
});

test('row 2: alias expansion is linear: many aliases of one anchor cost what their copies cost', () => {
  const retry = '[{ErrorEquals: [States.ALL], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2}]';
  const states = Array.from(
    { length: 2000 },
    (_, index) =>
      `  S${index}:\n    Type: Task\n    Resource: arn:aws:lambda:us-east-1:123456789012:function:f\n    Retry: ${index === 0 ? `&retry ${retry}` : '*retry'}\n    ${index === 1999 ? 'End: true' : `Next: S${index + 1}`}`,
  );
  const text = `StartAt: S0\nStates:\n${states.join('\n')}\n`;
  const { result: analysis, ms } = timed(() => analyzeDocument(text, 'yaml'));
  assert.deepEqual(analysis.diagnostics, []);
  assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
});

test('row 2: merge keys follow YAML: the mapping own keys win, then the first source', () => {
  const text = 'a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  x: 3\n  <<: [*a, *b]\n';
  const parsed = parseDocument(text, 'yaml');
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(toValue(parsed.root), { a: { x: 1, y: 1 }, b: { y: 2, z: 2 }, c: { x: 3, y: 1, z: 2 } });
  const c = parsed.root?.type === 'object' ? parsed.root.properties[2]!.value : undefined;
  assert.equal(c?.type === 'object' ? c.properties.length : -1, 3, 'each key once');
});
