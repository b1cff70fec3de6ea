// docs/diagnostics.md lists every diagnostic code from the one table (server/src/core/validation/codes.ts).
// After changing the table, regenerate the page: ASL_UPDATE_DOCS=1 node --test out/test/unit/validation/diagnostic-codes.test.js
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIAGNOSTIC_CODES, isDiagnosticCode, validateDocument, type DiagnosticCode } from '../../../server/src/core/index';

const page = join(process.cwd(), 'docs', 'diagnostics.md');

function renderPage(): string {
  const rows = (Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]).map((code) => {
    const { severity, description } = DIAGNOSTIC_CODES[code];
    return `| \`${code}\` | ${severity} | ${description.replace(/\|/g, '\\|')} |`;
  });
  return [
    '# Diagnostic codes',
    '',
    '<!-- Generated from server/src/core/validation/codes.ts by test/unit/validation/diagnostic-codes.test.ts: edit the table, not this page. -->',
    '',
    `Every problem ASL Studio reports (in the editor, \`asl validate\` and its JSON output) carries one of these ${rows.length} stable codes.`,
    'The severity is the default; a description says when a code is reported at another one.',
    '',
    '| Code | Severity | Meaning |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

test('docs/diagnostics.md lists every diagnostic code of the table', () => {
  const expected = renderPage();
  if (process.env.ASL_UPDATE_DOCS === '1') writeFileSync(page, expected);
  assert.equal(readFileSync(page, 'utf8'), expected, 'docs/diagnostics.md is stale: regenerate it (see the top of this test)');
});

test('every code names its family and a kebab-case problem, and describes it in one line', () => {
  for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
    assert.match(code, /^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, code);
    assert.ok(info.description.length > 0 && !info.description.includes('\n'), code);
  }
});

test('a diagnostic of another tool is not taken for ours', () => {
  assert.equal(isDiagnosticCode('graph/unreachable'), true);
  assert.equal(isDiagnosticCode('graph/unreachabel'), false);
  assert.equal(isDiagnosticCode('toString'), false);
  assert.equal(isDiagnosticCode(6133), false);
});

test('the codes a validation reports are in the table', () => {
  const diagnostics = validateDocument('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "C": {"Type": "Wait"}}}', 'json');
  assert.ok(diagnostics.length > 0);
  for (const diagnostic of diagnostics) assert.ok(isDiagnosticCode(diagnostic.code), diagnostic.code);
});
