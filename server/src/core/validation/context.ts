import type { StateMachine } from '../model/types';
import type { Diagnostic } from './diagnostic';

export interface ValidationContext {
  machine: StateMachine;
  text: string;
  report(diagnostic: Diagnostic): void;
}

/**
 * One family of checks. Rules read the model (and its tree) and report; they never throw, and
 * they stay linear in the size of the document (index names once, never search per state).
 */
export interface ValidationRule {
  /** Prefix of the codes this rule reports, for documentation and tests. */
  name: string;
  check(context: ValidationContext): void;
}
