/**
 * The shape of the Step Functions Context object (`$$` in JSONPath, `$states.context` in JSONata),
 * so a misspelt member (`$$.Execution.ID`) is caught before it silently yields nothing at run time.
 *
 * Source: the AWS Step Functions developer guide, "Accessing execution data from the Context
 * object" (Execution, State, StateMachine, Task) and the Map state pages (Map.Item.Index/Value,
 * Key for object items, Source for Distributed Map items). AWS says new fields are added from time
 * to time, so an unknown member is a warning, not an error.
 */

import { closestName as closestSuggestion } from '../text/suggest';

/** A member whose value is user data (anything may follow it), or a group of known members. */
type ContextShape = 'data' | 'leaf' | { readonly [member: string]: ContextShape };

export const CONTEXT_OBJECT_SHAPE: { readonly [member: string]: ContextShape } = {
  Execution: {
    Id: 'leaf',
    Input: 'data',
    Name: 'leaf',
    RoleArn: 'leaf',
    StartTime: 'leaf',
    RedriveCount: 'leaf',
    RedriveTime: 'leaf',
  },
  State: { EnteredTime: 'leaf', Name: 'leaf', RetryCount: 'leaf' },
  StateMachine: { Id: 'leaf', Name: 'leaf' },
  Task: { Token: 'leaf' },
  Map: { Item: { Index: 'leaf', Value: 'data', Key: 'leaf', Source: 'leaf' } },
};

export interface ContextMemberProblem {
  /** Index in `members` of the first member that the Context object does not have. */
  index: number;
  message: string;
  /** The known member closest to the one written, for a quick fix. */
  suggestion?: string;
}

/**
 * Checks a chain of member names read from the Context object (`["Execution", "Id"]`). Returns
 * the first member that does not exist, with a message naming the ones that do.
 */
export function checkContextMembers(members: readonly string[]): ContextMemberProblem | undefined {
  let shape: ContextShape = CONTEXT_OBJECT_SHAPE;
  const walked: string[] = [];
  for (let index = 0; index < members.length; index++) {
    const member = members[index]!;
    if (shape === 'data') return undefined;
    if (shape === 'leaf') {
      return {
        index,
        message: `The Context object's ${walked.join('.')} is a plain value with no member "${member}". Remove ".${member}".`,
      };
    }
    const next: ContextShape | undefined = Object.prototype.hasOwnProperty.call(shape, member) ? shape[member] : undefined;
    if (next === undefined) {
      const known = Object.keys(shape);
      const where = walked.length ? `The Context object's ${walked.join('.')}` : 'The Context object';
      const suggestion = closestName(member, known);
      const problem: ContextMemberProblem = {
        index,
        message: `${where} has no member "${member}"${suggestion ? `; did you mean "${suggestion}"?` : '.'} Known members: ${known.join(', ')}.`,
      };
      if (suggestion) problem.suggestion = suggestion;
      return problem;
    }
    walked.push(member);
    shape = next;
  }
  return undefined;
}

/** The known name closest to `name` (case-insensitive match first, then a small edit distance). */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  return closestSuggestion(name, candidates, Math.max(2, Math.floor(name.length / 3)));
}
