// Where states are in the program's text: a breakpoint on any line inside a state's definition
// binds to that state (the innermost one, for states in branches and item processors), shown on the
// line of the state's key; and the state a running execution is in, found from its nesting levels.
import type { Scope, State } from '../core/index';
import type { DebugScopeLevel } from '../core/interpreter/index';
import type { LoadedProgram } from './program';

export class StateLocations {
  constructor(private readonly program: LoadedProgram) {}

  /** The innermost state whose definition covers the 0-based line, if any. */
  stateAtLine(line: number): State | undefined {
    let best: State | undefined;
    for (const state of this.program.machine.states) {
      const property = state.property;
      const first = this.lineAt(property.offset);
      const last = this.lineAt(property.offset + property.length);
      if (line < first || line > last) continue;
      if (!best || property.length < best.property.length) best = state;
    }
    return best;
  }

  /** The 0-based line of the state's key. */
  keyLine(state: State): number {
    return this.lineAt(state.property.offset);
  }

  /** The 0-based line, in the program's file, of an offset in the machine's tree. */
  private lineAt(treeOffset: number): number {
    return this.program.lines.positionAt(this.program.fileOffset(treeOffset)).line;
  }

  /** The model's state for a running state, by the Parallel branches and Map iterations around it. */
  resolve(levels: readonly DebugScopeLevel[], stateName: string): State | undefined {
    let scope: Scope | undefined = this.program.machine.root;
    for (const level of levels) {
      const owner: State | undefined = scope?.states.get(level.stateName);
      scope = level.kind === 'Parallel' ? owner?.branches[level.index] : owner?.itemProcessor;
    }
    return scope?.states.get(stateName);
  }

  /** Every state with this name (a state name may repeat in different branches). */
  named(stateName: string): State[] {
    return this.program.machine.statesByName.get(stateName) ?? [];
  }
}
