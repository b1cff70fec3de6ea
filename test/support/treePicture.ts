import type { AstNode, TreeNode } from '../../server/src/core/index';

/**
 * A comparable picture of a tree: every node's kind, range, value, style and parent's range, and
 * every property's key, colon and key style. Two parsers agree when their pictures are equal.
 */
export function treePicture(node: AstNode | undefined): unknown[] {
  const out: unknown[] = [];
  const range = (item: TreeNode | undefined) => (item ? `${item.type}@${item.offset}+${item.length}` : 'none');
  const visit = (current: AstNode): void => {
    out.push([
      range(current),
      range(current.parent),
      current.type === 'object' || current.type === 'array' ? null : current.value,
      current.type === 'number' ? current.isInteger : null,
      current.type === 'string' ? current.style : null,
    ]);
    if (current.type === 'object') {
      for (const property of current.properties) {
        out.push([
          'property',
          range(property),
          range(property.parent),
          property.colonOffset,
          range(property.key),
          property.keyValue,
          property.keyStyle,
          range(property.key.parent),
        ]);
        if (property.value) visit(property.value);
      }
    } else if (current.type === 'array') {
      for (const item of current.items) visit(item);
    }
  };
  if (node) visit(node);
  return out;
}
