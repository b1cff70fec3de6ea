// Host readers never throw and never place a diagnostic outside the host text or outside its
// machine's definition, whatever the text: every fixture cut at many points and with characters
// removed (a hang guard bounds the whole run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HostAnalysis, hostKindOf, formatForFileName, isCdkOutput, type HclParser } from '../../../server/src/core/index';
import { loadHclParser } from '../../../server/src/node/hclParser';

const root = join(process.cwd(), 'test', 'fixtures', 'hosts');

function hostFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return hostFiles(path);
    const kind = hostKindOf(path);
    return (kind && kind !== 'definition') || isCdkOutput(path) ? [path] : [];
  });
}

function check(text: string, path: string, hcl: HclParser): void {
  const kind = hostKindOf(path, text);
  assert.ok(kind && kind !== 'definition');
  const analysis = new HostAnalysis(text, kind, formatForFileName(path), { hcl, fileName: path });
  for (const diagnostic of analysis.diagnostics) {
    assert.ok(diagnostic.offset >= 0 && diagnostic.offset + diagnostic.length <= text.length, `${diagnostic.code} inside the text`);
  }
  for (const machine of analysis.machines) {
    const { offset, length } = machine.definition;
    for (const diagnostic of machine.hostDiagnostics)
      assert.ok(
        diagnostic.offset >= offset && diagnostic.offset + diagnostic.length <= offset + length,
        `${diagnostic.code} inside ${machine.definition.name}`,
      );
  }
}

test('host readers survive cut and damaged fixtures', { timeout: 120_000 }, async () => {
  const hcl = await loadHclParser();
  let checked = 0;
  for (const path of hostFiles(root)) {
    const text = readFileSync(path, 'utf8');
    const step = Math.max(1, Math.floor(text.length / 60));
    for (let cut = 0; cut <= text.length; cut += step) {
      check(text.slice(0, cut), path, hcl);
      check(text.slice(0, cut) + text.slice(cut + 1), path, hcl);
      check(text.slice(0, cut) + '"' + text.slice(cut), path, hcl);
      checked += 3;
    }
  }
  assert.ok(checked > 500, `${checked} texts checked`);
});
