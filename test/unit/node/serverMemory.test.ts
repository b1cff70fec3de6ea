/**
 * The language server's memory policy (server/src/node/serverMemory.ts): the flags the client starts
 * it with are accepted by Node and expose `gc`, and the collector collects only when a large heap
 * has grown well past what was live after its last collection.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { IdleCollector, LANGUAGE_SERVER_NODE_FLAGS } from '../../../server/src/node/serverMemory';

const MB = 1024 * 1024;

/** Heap sizes in MB seen at each call, what is live after a collection, and whether each call collects. */
const cases: { name: string; heap: number[]; liveAfter: number; collects: boolean[] }[] = [
  { name: 'a small heap is left to V8', heap: [20, 40, 63], liveAfter: 10, collects: [false, false, false] },
  { name: 'the first large heap is collected', heap: [100], liveAfter: 90, collects: [true] },
  {
    name: 'then only after growing by at least 16 MB and an eighth of the live heap',
    heap: [100, 105, 110, 120],
    liveAfter: 100,
    collects: [true, false, false, true],
  },
  {
    name: 'a live heap of 200 MB waits for 25 MB of growth',
    heap: [200, 220, 226],
    liveAfter: 200,
    collects: [true, false, true],
  },
  {
    name: 'after documents are closed, growth counts from the smaller heap',
    heap: [200, 80, 97],
    liveAfter: 200,
    collects: [true, false, true],
  },
];

describe('IdleCollector', () => {
  for (const example of cases) {
    test(example.name, () => {
      let heap = 0;
      let collections = 0;
      const collector = new IdleCollector(
        () => {
          collections++;
          heap = Math.min(heap, example.liveAfter * MB);
        },
        () => heap,
      );
      const decisions = example.heap.map((size) => {
        heap = size * MB;
        return collector.afterLargeWork();
      });
      assert.deepEqual(decisions, example.collects);
      assert.equal(collections, example.collects.filter(Boolean).length);
    });
  }

  test('does nothing in a process started without --expose-gc', () => {
    const collector = new IdleCollector(undefined, () => 500 * MB);
    assert.equal(collector.enabled, false);
    assert.equal(collector.afterLargeWork(), false);
  });

  test("the server's flags are accepted by this Node and expose gc", () => {
    const result = spawnSync(process.execPath, [...LANGUAGE_SERVER_NODE_FLAGS, '-e', 'process.exit(typeof gc === "function" ? 0 : 3)'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
  });
});
