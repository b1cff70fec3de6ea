// A test file naming a machine inside a template (FILE#NAME): the run reports where the machine is
// written (the template) and maps the machine's offsets there, so coverage lands on the template's
// lines (the Test Explorer's gutter), not on the decoded definition's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineIndex, computeCoverage } from '../../../server/src/core/index';
import { runTestFile } from '../../../server/src/node/testRunner';

const template = join(process.cwd(), 'test', 'debug', 'fixtures', 'template', 'template.yaml');
const templateText = readFileSync(template, 'utf8');
const lineOf = (needle: string): number => templateText.split('\n').findIndex((line) => line.includes(needle));

test('coverage of a template machine maps its states to the template lines, in place and inside a !Sub | string', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-embedded-coverage-'));
  for (const [name, keyLine, expectPath] of [
    ['Orders', '          Prepare:', ['Prepare', 'Reserve']],
    ['Totals', '"Add": {', ['Add', 'Done']],
  ] as const) {
    const file = join(dir, `${name}.asl.test.json`);
    writeFileSync(
      file,
      JSON.stringify({ stateMachine: `${template}#${name}`, tests: { t: { input: { items: [] }, expect: { path: expectPath } } } }),
    );
    const run = await runTestFile(file);
    assert.deepEqual(run.errors, []);
    assert.equal(run.results[0]?.status, 'passed', JSON.stringify(run.results));
    const machine = run.machine!;
    assert.equal(machine.file, template);
    assert.equal(machine.embedded, true);
    const coverage = computeCoverage(machine.machine, run.coverage);
    const first = coverage.states.find((state) => state.state.name === expectPath[0])!;
    assert.equal(first.covered, true);
    const lines = new LineIndex(machine.fileText);
    assert.equal(lines.positionAt(machine.fileOffset(first.state.property.offset)).line, lineOf(keyLine));
  }
});
