// Runs every execution recorded against real AWS in ../shared/conformance as its own test,
// comparing as the corpus README says (status; output deep-equal; error name; cause text).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { requireShared } from '../support/shared';
import { runCase } from './runCase';

const conformanceDir = requireShared('conformance');
const casesDir = requireShared('conformance', 'cases');

const categories = readCategories();
const strictFailures: string[] = [];
const lenientFailures: string[] = [];
for (const name of readdirSync(casesDir).sort()) {
  test(`conformance: ${name}`, async () => {
    const dir = join(casesDir, name);
    // Both engine paths: history off (the fast path) and on (what editors and `asl run` show).
    const problem = (await runCase(dir, false)) ?? (await runCase(dir, true));
    if (problem) {
      strictFailures.push(name);
      if (await runCase(dir, false, true)) lenientFailures.push(name);
      assert.fail(problem);
    }
  });
}
after(() => {
  const total = readdirSync(casesDir).length;
  const byCategory = new Map<string, number>();
  for (const name of strictFailures) byCategory.set(categories.get(name) ?? '?', (byCategory.get(categories.get(name) ?? '?') ?? 0) + 1);
  const summary = [...byCategory].map(([category, count]) => `${category} ${count}`).join(', ');
  process.stdout.write(
    `conformance: ${total - strictFailures.length}/${total} strict, ${total - lenientFailures.length}/${total} ignoring cause text` +
      (summary ? `; failing by category: ${summary}` : '') +
      '\n',
  );
});

/** Case name -> category, from the corpus manifest. */
function readCategories(): Map<string, string> {
  try {
    const manifest = JSON.parse(readFileSync(join(conformanceDir, 'manifest.json'), 'utf8')) as {
      cases: Array<{ name: string; category: string }>;
    };
    return new Map(manifest.cases.map((entry) => [entry.name, entry.category]));
  } catch {
    return new Map();
  }
}
