import type { StringNode } from './tree';

/**
 * Where each character of a string node's decoded value is in the document: the offset of decoded
 * character i is `node.offset + table[i]`, and the last entry is where the decoding stopped (the
 * closing quote). Relative to the node, so a table stays right when an edit before the node moves it
 * (stringEdit.ts); an edit of the string itself forgets its table.
 * Built in one pass over the string and kept per node, so asking for every character of an
 * 80,000-character value (hover, or a problem per reference in a long expression) is linear, where
 * decoding again from the opening quote for each question was quadratic.
 */
const tables = new WeakMap<StringNode, Int32Array>();

/** The table for a quoted style (`json`, `yaml-double`, `yaml-single`). */
function tableOf(node: StringNode, text: string): Int32Array {
  let table = tables.get(node);
  if (table) return table;
  const end = node.offset + node.length - 1;
  const offsets = new Int32Array(node.value.length + 1);
  const start = node.offset;
  let offset = start + 1;
  let decoded = 0;
  offsets[0] = offset - start;
  if (node.style === 'yaml-single') {
    while (decoded < node.value.length && offset < end) {
      offset += text.charCodeAt(offset) === 39 /* ' */ && text.charCodeAt(offset + 1) === 39 ? 2 : 1;
      offsets[++decoded] = offset - start;
    }
  } else {
    while (decoded < node.value.length && offset < end) {
      if (text.charCodeAt(offset) === 92 /* \ */) {
        const escape = text[offset + 1];
        if (escape === 'u') offset += 6;
        else if (escape === 'x') offset += 4;
        else if (escape === 'U') offset += 10;
        else if (escape === '\n' || escape === '\r') {
          // A YAML escaped line break contributes no character; skip it and the indentation.
          offset += 2;
          while (text[offset] === ' ' || text[offset] === '\t') offset++;
          continue;
        } else offset += 2;
      } else {
        offset += 1;
      }
      offsets[++decoded] = offset - start;
    }
  }
  table = decoded === node.value.length ? offsets : offsets.subarray(0, decoded + 1);
  tables.set(node, table);
  return table;
}

/** The document offset of decoded character `index` (see stringValueOffset in tree.ts). */
export function quotedValueOffset(node: StringNode, index: number, text: string): number {
  const table = tableOf(node, text);
  return node.offset + table[Math.max(0, Math.min(index, table.length - 1))]!;
}

/** The decoded index of the character at document `offset`: the last character starting at or before it. */
export function quotedValueIndexAt(node: StringNode, offset: number, text: string): number {
  const table = tableOf(node, text);
  offset -= node.offset;
  let low = 0;
  let high = table.length - 1;
  if (offset < table[0]!) return 0;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (table[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return Math.min(low, node.value.length);
}

/** Forgets the table of a string whose characters changed (it is built again when next asked for). */
export function forgetStringOffsets(node: StringNode): void {
  tables.delete(node);
}
