import type { CST } from 'yaml';

/**
 * Where the YAML's concrete syntax tree nests collections deeper than `limit`, or undefined. The
 * yaml library's parser builds that tree with an explicit stack (no recursion), but its composer
 * and our converter recurse once per level, so the depth is measured here first, with a stack of
 * our own: `- - - x` and `? ? x` on one line, `[[[x]]]` and `{a: {b: x}}` flows, indentation and
 * any mix of them all count, exactly as the composer will see them. Linear in the number of tokens.
 */
export function cstDepthBeyond(tokens: readonly CST.Token[], limit: number): number | undefined {
  const pending: { token: CST.Token; depth: number }[] = [];
  for (const token of tokens) {
    if (token.type === 'document' && token.value) pending.push({ token: token.value, depth: 0 });
  }
  while (pending.length > 0) {
    const { token, depth } = pending.pop()!;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > limit) return token.offset;
    for (const item of token.items) {
      if ('key' in item && item.key) pending.push({ token: item.key, depth: depth + 1 });
      if (item.value) pending.push({ token: item.value, depth: depth + 1 });
    }
  }
  return undefined;
}
