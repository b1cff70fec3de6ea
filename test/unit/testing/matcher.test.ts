// The matcher, data-driven: each file in ./match-cases holds a mode and cases of expected and actual
// values with the first difference the matcher must name (null: they match).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeDifference, firstDifference, type MatchMode } from '../../../server/src/core';

const casesDir = join(process.cwd(), 'test', 'unit', 'testing', 'match-cases');

interface MatchCases {
  mode: MatchMode;
  cases: { description: string; expected: unknown; actual?: unknown; difference: { path: string; reason: string } | null }[];
}

for (const file of readdirSync(casesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const spec = JSON.parse(readFileSync(join(casesDir, file), 'utf8')) as MatchCases;
  for (const item of spec.cases) {
    test(`matcher (${spec.mode}): ${item.description}`, () => {
      const difference = firstDifference(item.expected, item.actual, spec.mode);
      if (item.difference === null) {
        assert.equal(difference, undefined, difference && describeDifference(difference));
        return;
      }
      assert.ok(difference, 'a difference is found');
      assert.equal(difference.path, item.difference.path);
      assert.equal(difference.reason, item.difference.reason);
      assert.match(
        describeDifference(difference),
        new RegExp(`^first difference at ${difference.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
    });
  }
}
