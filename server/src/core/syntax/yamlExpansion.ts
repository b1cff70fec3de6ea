import { isAlias, isMap, isPair, isSeq, type Alias, type Node as YamlNode } from 'yaml';

export interface ExpansionProblem {
  kind: 'size' | 'depth';
  /** The alias at which the expansion crosses the limit. */
  alias: Alias;
}

interface Measure {
  /** Nodes a copy of the value makes, every alias in it expanded (capped just past the limit). */
  size: number;
  /** Its depth once expanded (capped likewise). */
  depth: number;
}

/**
 * Whether expanding the document's aliases (and merge keys, which are aliases too) would make more
 * than `maxNodes` copied nodes or nest deeper than `maxDepth`, and at which alias. Measured without
 * expanding anything: each node's expanded size and depth is computed once and reused for every
 * alias of it, so a billion-laughs bomb costs what its text costs. An anchor precedes its aliases,
 * so the recursion goes no deeper than the text nests (which is limited before this runs).
 */
export function checkAliasExpansion(
  root: YamlNode,
  targets: Map<Alias, YamlNode>,
  maxNodes: number,
  maxDepth: number,
): ExpansionProblem | undefined {
  const measured = new Map<YamlNode, Measure>();
  const inProgress = new Set<YamlNode>();
  const cap = (value: number, limit: number) => Math.min(value, limit + 1);

  const measure = (node: YamlNode | null | undefined): Measure => {
    if (!node) return { size: 0, depth: 0 };
    const known = measured.get(node);
    if (known) return known;
    if (isAlias(node)) {
      const target = targets.get(node);
      // Unknown and recursive aliases become a null (reported by the converter).
      return target && !inProgress.has(target) ? measure(target) : { size: 1, depth: 1 };
    }
    inProgress.add(node);
    let size = 1;
    let depth = 1;
    const add = (child: YamlNode | null | undefined): void => {
      const result = measure(child);
      size = cap(size + result.size, maxNodes);
      depth = cap(Math.max(depth, 1 + result.depth), maxDepth);
    };
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        add(pair.key as YamlNode | null);
        add(pair.value as YamlNode | null);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) add(item as YamlNode | null);
    }
    inProgress.delete(node);
    const result = { size, depth };
    measured.set(node, result);
    return result;
  };

  // Walk the text's own nodes in document order, adding what each alias stands for: the first
  // alias at which the copies made so far, or the depth, cross the limit is the one to blame.
  let count = 0;
  const pending: { node: YamlNode | null | undefined; depth: number }[] = [{ node: root, depth: 0 }];
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!;
    if (!node) continue;
    if (isAlias(node)) {
      const result = measure(node);
      count += result.size;
      if (count > maxNodes) return { kind: 'size', alias: node };
      if (depth + result.depth > maxDepth) return { kind: 'depth', alias: node };
      continue;
    }
    if (isMap(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) {
        const pair = node.items[index];
        if (!isPair(pair)) continue;
        pending.push({ node: pair.value as YamlNode | null, depth: depth + 1 }, { node: pair.key as YamlNode | null, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--)
        pending.push({ node: node.items[index] as YamlNode | null, depth: depth + 1 });
    }
  }
  return undefined;
}
