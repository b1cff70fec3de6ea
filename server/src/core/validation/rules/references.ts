/**
 * References: StartAt, Next, Default, Choices[].Next and Catch[].Next must name a state of their
 * own scope. A Parallel branch or Map item processor is a closed world: it cannot jump to a state
 * outside it, nor can the outside jump in.
 */
import type { ReferenceKind, StateReference } from '../../model/types';
import type { ValidationRule } from '../context';
import { describeScope } from '../scopes';
import { closestName, didYouMean } from '../../text/suggest';

const fieldNames: Record<ReferenceKind, string> = {
  StartAt: 'StartAt',
  Next: 'Next',
  Default: 'Default',
  ChoiceNext: 'Next',
  CatchNext: 'Next',
};

/** Suggestions cost a scan of the scope's names; past this many unknown names they are skipped, keeping the rule linear. */
const MAX_SUGGESTIONS = 200;

export const referencesRule: ValidationRule = {
  name: 'reference',
  check(context) {
    const machine = context.machine;
    let suggestions = 0;
    for (const reference of machine.references) {
      if (reference.target) continue;
      // Without a States object the structure rule has said so; every name would be unknown.
      if (!reference.scope.statesNode) continue;
      const field = fieldNames[reference.kind];
      const elsewhere = machine.statesByName.get(reference.name);
      if (elsewhere && elsewhere.length > 0) {
        const other = elsewhere[0]!;
        context.report({
          code: 'reference/out-of-scope',
          severity: 'error',
          message: `"${reference.name}" is a state of ${describeScope(other.scope)}, but this "${field}" is in ${describeScope(reference.scope)}. A transition cannot leave or enter a Parallel branch or Map item processor; name a state of the same scope.`,
          offset: reference.node.offset,
          length: reference.node.length,
          data: { name: reference.name },
        });
        continue;
      }
      const suggestion = suggestions++ < MAX_SUGGESTIONS ? closestName(reference.name, reference.scope.states.keys()) : undefined;
      context.report({
        code: 'reference/unknown-state',
        severity: 'error',
        message: `There is no state named "${reference.name}" in ${describeScope(reference.scope)}.${didYouMean(suggestion)}${suggestion ? '' : ` ${advice(reference)}`}`,
        offset: reference.node.offset,
        length: reference.node.length,
        data: { name: reference.name, ...(suggestion ? { suggestion } : {}) },
      });
    }
  },
};

function advice(reference: StateReference): string {
  return reference.name === ''
    ? 'Write the name of the state to go to.'
    : 'Add the state, or name an existing one (names are case sensitive).';
}
