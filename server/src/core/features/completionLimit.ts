/**
 * A completion list of bounded size. A scope of thousands of states offers every name as a Next,
 * Default or StartAt value: at 20,000 states the whole list is 3.9 MB of JSON that the server
 * writes and the editor parses on every keystroke, of which the editor shows a screenful. Past
 * COMPLETION_LIST_LIMIT entries, only those the editor could show for the typed word are kept, the
 * most relevant first, and the list is marked incomplete, so the editor asks again as the word
 * changes (and finds, as the user types, any entry that was left out).
 */
import type { CompletionEntry } from './completion';

/** The most entries one completion answer carries. */
export const COMPLETION_LIST_LIMIT = 500;

export interface LimitedCompletions {
  entries: CompletionEntry[];
  /** True when entries were left out: the editor must ask again when the typed word changes. */
  incomplete: boolean;
}

/**
 * At most `limit` of `entries` (in the order `complete` chose, most relevant first), keeping those
 * whose filter text the word typed before `offset` matches as the editor matches it. `text` is the
 * text the entries' edits are offsets in.
 */
export function limitCompletions(
  entries: CompletionEntry[],
  text: string,
  offset: number,
  limit = COMPLETION_LIST_LIMIT,
): LimitedCompletions {
  if (entries.length <= limit) return { entries, incomplete: false };
  const kept: CompletionEntry[] = [];
  // Entries that start with the typed word come before those that only match it loosely.
  const loose: CompletionEntry[] = [];
  let typed = '';
  let typedFrom = -1;
  for (const entry of entries) {
    if (entry.edit.offset !== typedFrom) {
      typedFrom = entry.edit.offset;
      typed = typedFrom <= offset ? text.slice(typedFrom, offset).toLowerCase() : '';
    }
    const filter = entry.filterText.toLowerCase();
    if (filter.startsWith(typed)) {
      kept.push(entry);
      if (kept.length === limit) break;
    } else if (loose.length < limit && matchesInOrder(typed, filter)) loose.push(entry);
  }
  for (let index = 0; kept.length < limit && index < loose.length; index++) kept.push(loose[index]!);
  return { entries: kept, incomplete: true };
}

/**
 * Whether every character of `typed` occurs in `filter` in the same order (both lower case): the
 * loosest match the editor's fuzzy filter accepts, so no entry the editor would show is left out
 * while the list is under the limit.
 */
function matchesInOrder(typed: string, filter: string): boolean {
  let at = 0;
  for (let index = 0; index < typed.length; index++) {
    at = filter.indexOf(typed[index]!, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
