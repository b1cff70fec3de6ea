/**
 * Navigation between states: go to definition, find references, document highlight and rename.
 * Every answer starts from the state index (one binary search), so it costs the same at 10 or
 * 5,000 states apart from the size of the answer.
 */
import type { State, StateMachine, StringNode } from '../model/types';
import { spotAt, stateIndex } from './stateIndex';
import type { FeatureError, TextEdit, TextSpan } from './types';
import { formatScalar } from './textWriting';

/** The key of the state that the reference at `offset` names, if it resolves. */
export function findDefinition(machine: StateMachine, offset: number): TextSpan | undefined {
  const spot = spotAt(machine, offset);
  if (!spot?.reference || !spot.state) return undefined;
  return span(spot.state.property.key);
}

/** The state a key or reference at `offset` stands for. */
export function stateAt(machine: StateMachine, offset: number): State | undefined {
  return spotAt(machine, offset)?.state;
}

/** Every reference to the state at `offset` (and its key, when asked), in document order. */
export function findReferences(machine: StateMachine, offset: number, includeDeclaration: boolean): TextSpan[] {
  const state = stateAt(machine, offset);
  if (!state) return [];
  const spans = (stateIndex(machine).referencesTo.get(state) ?? []).map((reference) => span(reference.node));
  if (includeDeclaration) spans.push(span(state.property.key));
  return spans.sort((a, b) => a.offset - b.offset);
}

export interface Highlight extends TextSpan {
  kind: 'declaration' | 'reference';
}

/** The key of the state at `offset` and every reference to it. */
export function findHighlights(machine: StateMachine, offset: number): Highlight[] {
  const state = stateAt(machine, offset);
  if (!state) return [];
  const highlights: Highlight[] = [{ ...span(state.property.key), kind: 'declaration' }];
  for (const reference of stateIndex(machine).referencesTo.get(state) ?? [])
    highlights.push({ ...span(reference.node), kind: 'reference' });
  return highlights.sort((a, b) => a.offset - b.offset);
}

export interface RenameTarget {
  /** The characters of the name itself (inside the quotes). */
  span: TextSpan;
  placeholder: string;
}

/** What a rename at `offset` would rename, or why it cannot. */
export function prepareRename(machine: StateMachine, offset: number): RenameTarget | FeatureError | undefined {
  const spot = spotAt(machine, offset);
  if (!spot) return undefined;
  if (!spot.state)
    return { error: `There is no state named "${spot.node.value}" in this scope to rename; create it or pick an existing name.` };
  if (spot.node.style === 'block' || spot.node.style === 'alias')
    return { error: 'This name is written as a YAML block scalar or alias; rename it by hand.' };
  return { span: contentSpan(spot.node, machine.document.text), placeholder: spot.state.name };
}

/** The edits that rename the state at `offset`: its key and every reference to it. */
export function rename(machine: StateMachine, offset: number, newName: string): TextEdit[] | FeatureError | undefined {
  const target = prepareRename(machine, offset);
  if (!target || 'error' in target) return target;
  const state = stateAt(machine, offset)!;
  if (newName === state.name) return [];
  if (newName.trim() === '') return { error: 'A state name cannot be empty.' };
  if (newName.length > 80) return { error: `A state name has at most 80 characters; "${newName.slice(0, 20)}..." has ${newName.length}.` };
  const clash = machine.statesByName.get(newName);
  if (clash?.length) {
    const where =
      clash[0]!.scope.kind === 'machine' ? '' : ' (in a nested branch or item processor; names are unique across the whole machine)';
    return { error: `A state named "${newName}" already exists${where}. Choose another name.` };
  }
  const format = machine.document.format;
  const nodes: StringNode[] = [
    state.property.key,
    ...(stateIndex(machine).referencesTo.get(state) ?? []).map((reference) => reference.node),
  ];
  return nodes.map((node) => ({ ...span(node), newText: formatScalar(newName, format, node.style) }));
}

function span(node: { offset: number; length: number }): TextSpan {
  return { offset: node.offset, length: node.length };
}

/** The span of a string's characters without its quotes. */
export function contentSpan(node: StringNode, text: string): TextSpan {
  const quoted = node.style === 'json' || node.style === 'yaml-double' || node.style === 'yaml-single';
  if (!quoted) return span(node);
  const closed = node.length >= 2 && text[node.offset + node.length - 1] === text[node.offset];
  return { offset: node.offset + 1, length: Math.max(0, node.length - (closed ? 2 : 1)) };
}
