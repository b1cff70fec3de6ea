/**
 * Caches of pure results (the parse of a path, an intrinsic call or a JSONata expression, and the
 * findings of a field value) shared by every analysis in the process instead of living one
 * analysis long: `asl validate` on a repository meets "$.Payload" and "$$.Execution.Id" in file
 * after file, and the language server re-analyses a document after each edit. A cache forgets
 * everything once it holds `limit` entries, so its memory stays bounded in a long-lived server.
 *
 * Only results that depend on nothing but the key may go here, and nobody may change a result
 * once cached (every occurrence of the value, in any document, shares it).
 */
export class SharedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
  }
}

/** Enough for the distinct expressions of several large machines; a few megabytes at most. */
export const SHARED_CACHE_LIMIT = 20_000;
