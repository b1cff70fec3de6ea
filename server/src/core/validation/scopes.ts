import type { Scope } from '../model/types';

/** "the top level", "branch 2 of the Parallel state \"Fan out\"", ... for messages. */
export function describeScope(scope: Scope): string {
  if (scope.kind === 'machine') return 'the top level of the state machine';
  const owner = scope.owner ? `"${scope.owner.name}"` : '';
  if (scope.kind === 'branch') return `branch ${(scope.branchIndex ?? 0) + 1} of the Parallel state ${owner}`;
  return `the item processor of the Map state ${owner}`;
}
