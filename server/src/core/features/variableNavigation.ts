/** Workflow variables for the editor: which are visible at the cursor, and where a `$name` is assigned. */
import type { State, StateMachine } from '../model/types';
import { analyzeVariables, type VariableAssignment } from '../semantics/variables';
import type { TextSpan } from './types';

/** The variables that may hold a value when `state` starts, with their assignments. */
export function visibleVariables(machine: StateMachine, state: State | undefined): Map<string, VariableAssignment[]> {
  if (!state) return new Map();
  return analyzeVariables(machine).visibleAt(state);
}

/** The `$name` read at `offset`, if any: its name, span and the state that reads it. */
export function variableReferenceAt(machine: StateMachine, offset: number) {
  return analyzeVariables(machine).references.find(
    (reference) => offset >= reference.offset && offset <= reference.offset + reference.length,
  );
}

/**
 * The Assign keys that may have set the variable read at `offset`: those visible at the reading
 * state, or (when the data flow finds none, e.g. the read is unreachable) every assignment of the name.
 */
export function findVariableDefinitions(machine: StateMachine, offset: number): TextSpan[] {
  const reference = variableReferenceAt(machine, offset);
  if (!reference) return [];
  const analysis = analyzeVariables(machine);
  const assignments = analysis.visibleAt(reference.state).get(reference.name) ?? analysis.assignmentsByName.get(reference.name) ?? [];
  return assignments.map((assignment) => ({ offset: assignment.property.offset, length: assignment.property.keyLength }));
}
