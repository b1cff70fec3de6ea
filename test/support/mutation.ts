// Seeded mutation of JSON values for fuzz and differential tests: the same seed gives the same
// documents, so a failure reproduces.

/** mulberry32: a small deterministic PRNG giving numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface MutationVocabulary {
  /** Field names to rename keys to or add. */
  fields: readonly string[];
  /** Values to put in place of others or add. */
  values: readonly unknown[];
}

/**
 * One random change somewhere in `value`: an array item or object field changed (recursively),
 * removed, renamed or added, or a scalar replaced. Never changes its input.
 */
export function mutateJson(value: unknown, next: () => number, vocabulary: MutationVocabulary, depth = 0): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  if (Array.isArray(value)) {
    if (value.length > 0 && next() < 0.5) {
      const copy = value.slice();
      const index = Math.floor(next() * copy.length);
      copy[index] = mutateJson(copy[index], next, vocabulary, depth + 1);
      return copy;
    }
    return next() < 0.5 ? value.slice(1) : [...value, pick(vocabulary.values)];
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const roll = next();
    if (entries.length > 0 && roll < 0.6) {
      const index = Math.floor(next() * entries.length);
      entries[index] = [entries[index]![0], mutateJson(entries[index]![1], next, vocabulary, depth + 1)];
    } else if (entries.length > 0 && roll < 0.75) {
      entries.splice(Math.floor(next() * entries.length), 1);
    } else if (entries.length > 0 && roll < 0.85) {
      const index = Math.floor(next() * entries.length);
      entries[index] = [pick(vocabulary.fields), entries[index]![1]];
    } else {
      entries.push([pick(vocabulary.fields), pick(vocabulary.values)]);
    }
    return Object.fromEntries(entries);
  }
  return depth > 0 && next() < 0.3 ? mutateJson(pick(vocabulary.values), next, vocabulary, depth + 1) : pick(vocabulary.values);
}
