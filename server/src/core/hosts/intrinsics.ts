/**
 * CloudFormation intrinsic functions inside a definition. The service resolves them when the stack
 * is deployed, so in the definition they are placeholders: each becomes a string node `${...}`
 * (accepted wherever a string, number or ARN is) in place of the `{"Fn::...": ...}` object, and a
 * `Fn::Sub` becomes its string, whose `${Name}` parts are placeholders already. Then the values the
 * template does know (DefinitionSubstitutions, Sub variables, parameter defaults) are substituted,
 * so they are checked as the values AWS will see.
 */
import { asArray, asObject, asString, type AstNode, type ObjectNode, type StringNode } from '../syntax/tree';

export type KnownValues = Map<string, string | number | boolean>;

/** The intrinsic function an object is (`{"Ref": ...}` or `{"Fn::X": ...}` with no other key). */
export function intrinsicOf(node: AstNode | undefined): { name: string; argument: AstNode | undefined } | undefined {
  const object = asObject(node);
  if (!object || object.properties.length !== 1) return undefined;
  const property = object.properties[0]!;
  const name = property.keyValue;
  if (name === 'Ref' || name === 'Condition' || name.startsWith('Fn::')) return { name, argument: property.value };
  return undefined;
}

/** The placeholder text for an intrinsic: `${X}` for Ref X, `${A.B}` for GetAtt A.B, `${Fn::If}` for the rest. */
export function placeholderFor(name: string, argument: AstNode | undefined): string {
  if (name === 'Ref' && argument?.type === 'string') return `\${${argument.value}}`;
  if (name === 'Fn::GetAtt') {
    if (argument?.type === 'string') return `\${${argument.value}}`;
    const parts = asArray(argument)?.items.map((item) => (item.type === 'string' ? item.value : '?'));
    if (parts && parts.length > 0) return `\${${parts.join('.')}}`;
  }
  if (name === 'Fn::ImportValue' && argument?.type === 'string') return `\${ImportValue:${argument.value}}`;
  return `\${${name}}`;
}

/** A scalar node's value as a substitution (strings, numbers, booleans), else undefined. */
export function scalarValue(node: AstNode | undefined): string | number | boolean | undefined {
  if (!node) return undefined;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') return node.value;
  return undefined;
}

/** Reads `{Name: value}` entries whose values are known: scalars, or `Ref` to a parameter with a default. */
export function knownEntries(object: ObjectNode | undefined, parameters: KnownValues, into: KnownValues): void {
  if (!object) return;
  for (const property of object.properties) {
    const value = scalarValue(property.value);
    if (value !== undefined) {
      into.set(property.keyValue, value);
      continue;
    }
    const intrinsic = intrinsicOf(property.value);
    if (intrinsic?.name === 'Ref' && intrinsic.argument?.type === 'string') {
      const known = parameters.get(intrinsic.argument.value);
      if (known !== undefined) into.set(property.keyValue, known);
    }
  }
}

/**
 * Replaces every intrinsic function object under `root` by a placeholder string node (in place), and
 * returns the new root when the root itself was one. `Fn::Sub` variables with known values are added
 * to `known`.
 */
export function replaceIntrinsics(root: AstNode, parameters: KnownValues, known: KnownValues): AstNode {
  return rewriteTree(root, (node) => {
    const intrinsic = intrinsicOf(node);
    return intrinsic ? placeholderNode(node, intrinsic.name, intrinsic.argument, parameters, known) : undefined;
  });
}

/**
 * Walks the tree under `root` depth first and puts `rewrite(node)` in place of each node it
 * answers for (in place, parents set; a replaced node is not walked into); returns the new root
 * when the root itself was replaced. The one tree rewrite of the host readers.
 */
export function rewriteTree(root: AstNode, rewrite: (node: AstNode) => AstNode | undefined): AstNode {
  const visit = (node: AstNode): AstNode => {
    const replacement = rewrite(node);
    if (replacement) return replacement;
    if (node.type === 'object') {
      for (const property of node.properties) {
        if (!property.value) continue;
        const replaced = visit(property.value);
        if (replaced !== property.value) {
          replaced.parent = property;
          property.value = replaced;
        }
      }
    } else if (node.type === 'array') {
      node.items.forEach((item, index) => {
        const replaced = visit(item);
        if (replaced !== item) {
          replaced.parent = node;
          node.items[index] = replaced;
        }
      });
    }
    return node;
  };
  return visit(root);
}

function placeholderNode(node: AstNode, name: string, argument: AstNode | undefined, parameters: KnownValues, known: KnownValues): AstNode {
  if (name === 'Fn::Sub') {
    const [template, variables] = argument?.type === 'array' ? [argument.items[0], asObject(argument.items[1])] : [argument, undefined];
    knownEntries(variables, parameters, known);
    for (const [parameter, value] of parameters) if (!known.has(parameter)) known.set(parameter, value);
    const string = asString(template);
    if (string) return { ...string, parent: undefined };
  }
  if (name === 'Fn::Join') {
    const [separator, parts] = asArray(argument)?.items ?? [];
    const list = asArray(parts)?.items;
    if (separator?.type === 'string' && list) {
      const value = list
        .map((part) => {
          if (part.type === 'string') return part.value;
          const inner = intrinsicOf(part);
          return inner ? placeholderFor(inner.name, inner.argument) : '${?}';
        })
        .join(separator.value);
      return stringNode(node, value);
    }
  }
  if (name === 'Ref' && argument?.type === 'string') {
    const value = parameters.get(argument.value);
    if (value !== undefined) known.set(argument.value, value);
  }
  return stringNode(node, placeholderFor(name, argument));
}

function stringNode(at: AstNode, value: string): StringNode {
  return { type: 'string', offset: at.offset, length: at.length, value, style: 'block' };
}

const PLACEHOLDER = /\$\{([^{}]+)\}/g;

/**
 * Puts known values in place of `${Name}` in the string values under `root` (keys are left alone).
 * A string that is one placeholder whose value is a number or boolean becomes that number or
 * boolean, as the substituted text would read; others keep their type with the value replaced.
 */
export function applySubstitutions(root: AstNode, known: ReadonlyMap<string, string | number | boolean>): AstNode {
  if (known.size === 0) return root;
  return rewriteTree(root, (node) => {
    if (node.type !== 'string') return undefined;
    const replaced = substitute(node, known);
    return replaced === node ? undefined : replaced;
  });
}

function substitute(node: StringNode, known: ReadonlyMap<string, string | number | boolean>): AstNode {
  if (!node.value.includes('${')) return node;
  const whole = /^\$\{([^{}]+)\}$/.exec(node.value);
  if (whole) {
    const value = known.get(whole[1]!.trim());
    if (value === undefined) return node;
    const { offset, length, parent } = node;
    if (typeof value === 'boolean') return { type: 'boolean', offset, length, value, parent };
    const number = typeof value === 'number' ? value : /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value) ? Number(value) : undefined;
    if (number !== undefined) return { type: 'number', offset, length, value: number, isInteger: Number.isInteger(number), parent };
    return { ...node, value: String(value), style: 'block' };
  }
  let changed = false;
  const value = node.value.replace(PLACEHOLDER, (match, name: string) => {
    const replacement = known.get(name.trim());
    if (replacement === undefined) return match;
    changed = true;
    return String(replacement);
  });
  return changed ? { ...node, value, style: 'block' } : node;
}
