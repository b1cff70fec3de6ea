/**
 * The completion list's bound (core/features/completionLimit.ts): past the limit, only entries the
 * typed word matches are kept, those it starts first, and the list says it is incomplete.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { limitCompletions, type CompletionEntry } from '../../server/src/core/index';

/** Entries replacing `"…` at offset 10 of the text, one per label, in the given order. */
function entries(labels: string[]): CompletionEntry[] {
  return labels.map((label, index) => ({
    label,
    kind: 'state',
    edit: { offset: 10, length: 2, newText: `"${label}"` },
    snippet: false,
    filterText: `"${label}"`,
    sortText: String(index).padStart(5, '0'),
  }));
}

/** A text whose offset 10 starts the string value the user is typing. */
function typedText(typed: string): { text: string; offset: number } {
  const text = `"Next":   ${typed}`;
  return { text, offset: text.length };
}

const names = Array.from({ length: 30 }, (_, index) => `Step ${index}`).concat(['Final stop', 'Send', 'Publish step']);

const cases: { name: string; typed: string; limit: number; labels: string[]; incomplete: boolean }[] = [
  { name: 'a list within the limit is kept whole, whatever was typed', typed: '"zzz', limit: 100, labels: names, incomplete: false },
  {
    name: 'past the limit, the first entries in their order, when the word matches every one',
    typed: '"',
    limit: 4,
    labels: ['Step 0', 'Step 1', 'Step 2', 'Step 3'],
    incomplete: true,
  },
  {
    name: 'past the limit, those the typed word starts, ignoring case',
    typed: '"step 2',
    limit: 5,
    labels: ['Step 2', 'Step 20', 'Step 21', 'Step 22', 'Step 23'],
    incomplete: true,
  },
  {
    name: 'then those holding its characters in order, as the editor filters',
    typed: '"st',
    limit: 32,
    labels: [...names.slice(0, 30), 'Publish step', 'Final stop'],
    incomplete: true,
  },
  { name: 'a word nothing matches keeps nothing (the editor asks again)', typed: '"qq', limit: 5, labels: [], incomplete: true },
];

describe('limitCompletions', () => {
  for (const example of cases) {
    test(example.name, () => {
      const { text, offset } = typedText(example.typed);
      const result = limitCompletions(entries(names), text, offset, example.limit);
      assert.deepEqual(result.entries.map((entry) => entry.label).sort(), [...example.labels].sort());
      assert.equal(result.incomplete, example.incomplete);
      assert.ok(result.entries.length <= example.limit);
    });
  }
});
