/**
 * The language server's memory on very large documents (issue 17: at most 20 times the document).
 *
 * Measured on a 20,000-state document (11.8 MB), bench/features/README.md: the live heap after a
 * full collection is about 100 MB once the document is open and 130 MB once it has been edited and
 * completed in (the tree, the model, the text the tree's strings point into and the current text,
 * the line tables), and Node itself is 55 MB. What takes the peak far past that is garbage V8 lets
 * pile up before it collects: every keystroke leaves the previous 11.8 MB text behind, and V8's
 * young generation grows to 16 MB per semi-space while the tree is built. Two things bound it:
 *
 * - the flags below, passed by whoever starts the server (the extension's client, the benchmark):
 *   a young generation of 1 MB per semi-space instead of up to 16 (the nodes of a big tree are
 *   promoted either way; the open peak 198 -> 160 MB), the old generation allowed to grow by 10%
 *   past what was live after a collection before the next one (V8 otherwise lets it double), and
 *   `gc` exposed for the collector below;
 * - `IdleCollector`: once the diagnostics of a large document are out and the heap has grown well
 *   past what was live after the last collection, one full collection (about 60 ms at 130 MB live,
 *   after the user already has the diagnostics) instead of letting old texts pile up.
 *
 * Without the flags (a server started by another client, the tests) the collector does nothing.
 */

/** Node flags for the language server's process. */
export const LANGUAGE_SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=1', '--heap-growing-percent=10', '--expose-gc'];

/** Documents smaller than this never call for a collection of their own. */
export const LARGE_DOCUMENT_CHARACTERS = 1_000_000;

/** Below this heap size V8's own schedule is left alone. */
const MIN_HEAP_BYTES = 64 * 1024 * 1024;
/** Collect only when the heap grew by at least this much, and a quarter of the live heap, since the last collection. */
const MIN_GROWTH_BYTES = 16 * 1024 * 1024;

export class IdleCollector {
  private liveAfterLastCollection = 0;

  constructor(
    private readonly collect: (() => void) | undefined = (globalThis as { gc?: () => void }).gc,
    private readonly heapUsed: () => number = () => process.memoryUsage().heapUsed,
  ) {}

  /** Whether this process can collect at all (started with --expose-gc). */
  get enabled(): boolean {
    return this.collect !== undefined;
  }

  /** After the work on a large document is done: collects when the heap has grown enough to be worth it. */
  afterLargeWork(): boolean {
    if (!this.collect) return false;
    const used = this.heapUsed();
    // Documents were closed since: what is live now is at most what is in use.
    if (used < this.liveAfterLastCollection) this.liveAfterLastCollection = used;
    const growth = used - this.liveAfterLastCollection;
    if (used < MIN_HEAP_BYTES || growth < Math.max(MIN_GROWTH_BYTES, this.liveAfterLastCollection / 8)) return false;
    this.collect();
    this.liveAfterLastCollection = this.heapUsed();
    return true;
  }
}
