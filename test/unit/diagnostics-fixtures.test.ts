/**
 * Data-driven diagnostics tests. Every test/fixtures/diagnostics/<area>/<case>.asl.json|.asl.yaml|
 * .asl.yml is validated, and all of its diagnostics must equal <case>.expected.json:
 * `[{"code", "severity", "at": "L:C-L:C"}]`, 1-based line:column of the range start and end.
 * Each validation area owns its folder; a case lists every diagnostic the whole validator gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, LineIndex } from '../../server/src/core/index';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'diagnostics');
const CASE = /^(.*)\.asl\.(json|yaml|yml)$/;

interface ExpectedDiagnostic {
  code: string;
  severity: string;
  at: string;
}

function actualDiagnostics(text: string, format: 'json' | 'yaml'): ExpectedDiagnostic[] {
  const document = analyzeDocument(text, format);
  const lines = new LineIndex(text);
  return document.diagnostics.map((diagnostic) => {
    const start = lines.positionAt(diagnostic.offset);
    const end = lines.positionAt(diagnostic.offset + diagnostic.length);
    return {
      code: diagnostic.code,
      severity: diagnostic.severity,
      at: `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`,
    };
  });
}

function sorted(diagnostics: ExpectedDiagnostic[]): ExpectedDiagnostic[] {
  const key = (diagnostic: ExpectedDiagnostic): [number, number, string] => {
    const [line, column] = diagnostic.at.split('-')[0]!.split(':').map(Number);
    return [line!, column!, diagnostic.code];
  };
  return [...diagnostics].sort((a, b) => {
    const [la, ca, codeA] = key(a);
    const [lb, cb, codeB] = key(b);
    return la - lb || ca - cb || codeA.localeCompare(codeB) || a.at.localeCompare(b.at);
  });
}

const areas = existsSync(FIXTURES)
  ? readdirSync(FIXTURES)
      .filter((name) => !name.startsWith('.'))
      .sort()
  : [];

test('the diagnostics fixtures folder has cases', () => {
  assert.ok(areas.length > 0, `no fixture areas under ${FIXTURES}`);
});

for (const area of areas) {
  const folder = join(FIXTURES, area);
  for (const file of readdirSync(folder).sort()) {
    const match = CASE.exec(file);
    if (!match) continue;
    const name = match[1]!;
    test(`diagnostics: ${area}/${file}`, () => {
      const expectedFile = join(folder, `${name}.expected.json`);
      assert.ok(existsSync(expectedFile), `missing ${area}/${name}.expected.json`);
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedDiagnostic[];
      const text = readFileSync(join(folder, file), 'utf8');
      const actual = actualDiagnostics(text, match[2] === 'json' ? 'json' : 'yaml');
      assert.deepEqual(sorted(actual), sorted(expected));
    });
  }
}
