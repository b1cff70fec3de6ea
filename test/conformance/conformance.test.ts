// Runs every execution recorded against real AWS in ../shared/conformance as its own test,
// comparing as the corpus README says (status; output deep-equal; error name; cause text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCase } from './runCase';

const shared = process.env.ASL_SHARED ?? resolve(process.cwd(), '..', 'shared');
const casesDir = join(shared, 'conformance', 'cases');

if (!existsSync(casesDir)) {
  test('conformance corpus present', { skip: `no corpus at ${casesDir} (set ASL_SHARED)` }, () => {});
} else {
  for (const name of readdirSync(casesDir).sort()) {
    test(`conformance: ${name}`, async () => {
      // Both engine paths: history off (the fast path) and on (what editors and `asl run` show).
      const problem = (await runCase(join(casesDir, name), false)) ?? (await runCase(join(casesDir, name), true));
      if (problem) assert.fail(problem);
    });
  }
}
