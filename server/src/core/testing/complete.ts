// Completion of state names in a test file: top-level states in `expect.path`, states of any scope as
// keys of `expect.states`, Task states as keys of a test's `mocks`.
import type { CompletionEntry } from '../features/completion';
import type { StateMachine } from '../model/types';
import { findNodeAtOffset, getNodePath, type ParsedDocument, type TreeNode } from '../syntax/tree';

type Slot = 'path' | 'states' | 'mocks';

/** Which list of state names the cursor is in, from the path of the node at the cursor. */
function slotOf(path: readonly (string | number)[], node: TreeNode): Slot | undefined {
  if (path[0] !== 'tests' || path.length < 3) return undefined;
  const rest = path.slice(2);
  const isKey = node.type === 'property' || (node.type === 'string' && node.parent?.type === 'property' && node.parent.key === node);
  // A value in expect.path (or the empty list itself).
  if (rest[0] === 'expect' && rest[1] === 'path' && (rest.length === 2 || (rest.length === 3 && typeof rest[2] === 'number')))
    return 'path';
  if (rest[0] === 'expect' && rest[1] === 'states' && (rest.length === 2 || (rest.length === 3 && isKey))) return 'states';
  if (rest[0] === 'mocks' && (rest.length === 1 || (rest.length === 2 && isKey))) return 'mocks';
  return undefined;
}

export function completeTestFileStateNames(document: ParsedDocument, offset: number, machine: StateMachine): CompletionEntry[] {
  const node = findNodeAtOffset(document.root, offset);
  if (!node) return [];
  const path = getNodePath(node);
  const slot = slotOf(path, node);
  if (!slot) return [];
  const names =
    slot === 'path'
      ? [...(machine.root?.states.keys() ?? [])]
      : machine.states.filter((state) => slot === 'states' || state.type === 'Task').map((state) => state.name);
  const json = document.format === 'json';
  // Replace the name being typed (a string value or key), else insert at the cursor.
  const target = node.type === 'property' ? node.key : node.type === 'string' ? node : undefined;
  const span = target ? { offset: target.offset, length: target.length } : { offset, length: 0 };
  const quote = (name: string): string => (json || !/^[A-Za-z_][\w .-]*$/.test(name) || /[:#]/.test(name) ? JSON.stringify(name) : name);
  return [...new Set(names)].map((name, index) => {
    const newText = quote(name);
    return {
      label: name,
      kind: 'state',
      detail: slot === 'path' ? 'top-level state' : slot === 'mocks' ? 'Task state' : 'state',
      edit: { ...span, newText },
      snippet: false,
      filterText: target && json ? newText : name,
      sortText: String(index).padStart(5, '0'),
    };
  });
}
