/**
 * Step Functions' payload limit: a state's input or output, and an execution's input, may be at most
 * 256 KiB of UTF-8 JSON. `exceedsDataLimit` answers without writing the JSON out and stops counting
 * as soon as the limit is passed, so checking every state's output costs little and never more than
 * the limit.
 */
export const DATA_LIMIT_BYTES = 256 * 1024;

export function exceedsDataLimit(value: unknown, limit = DATA_LIMIT_BYTES): boolean {
  // Checked at every state exit: a quick bound settles the usual small payload, the exact count the rest.
  return upperBound(value, limit, 0) > limit && jsonBytesUpTo(value, limit) > limit;
}

/**
 * At least the UTF-8 size of `value` as JSON (every character counted as if escaped), or a number
 * above `limit` once it is passed. Recursive for speed on the usual shallow payload; past a depth of
 * 64 it answers "maybe" (Infinity) and the exact, iterative count decides.
 */
function upperBound(value: unknown, limit: number, depth: number): number {
  if (typeof value === 'string') return value.length * 6 + 2;
  if (typeof value !== 'object' || value === null) return 24;
  if (depth > 64) return Infinity;
  let total = 2;
  if (Array.isArray(value)) {
    total += value.length;
    for (let i = 0; i < value.length && total <= limit; i++) total += upperBound(value[i], limit - total, depth + 1);
    return total;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length && total <= limit; i++) {
    const key = keys[i]!;
    total += key.length * 6 + 4 + upperBound(record[key], limit - total, depth + 1);
  }
  return total;
}

/** The UTF-8 size of `value` as compact JSON, or some number above `limit` once it is passed. */
function jsonBytesUpTo(value: unknown, limit: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (item === null || item === undefined) total += 4;
    else if (typeof item === 'string') total += stringBytes(item);
    else if (typeof item === 'number') total += Number.isFinite(item) ? String(item).length : 4;
    else if (typeof item === 'boolean') total += item ? 4 : 5;
    else if (Array.isArray(item)) {
      total += 2 + Math.max(0, item.length - 1);
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    } else if (typeof item === 'object') {
      const record = item as Record<string, unknown>;
      let members = 0;
      for (const key in record) {
        if (record[key] === undefined) continue;
        members++;
        total += stringBytes(key) + 1;
        stack.push(record[key]);
      }
      total += 2 + Math.max(0, members - 1);
    }
    if (total > limit) return total;
  }
  return total;
}

/** A JSON string's UTF-8 size, with its quotes; escapes of quotes, backslashes and control characters counted. */
function stringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) bytes += 2;
    else if (c < 0x20) bytes += 6;
    else if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
