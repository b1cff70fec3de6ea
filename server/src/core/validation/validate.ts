import type { StateMachine } from '../model/types';
import type { Diagnostic } from './diagnostic';
import type { ValidationContext } from './context';
import { validationRules } from './rules';
import { checkExpressRules } from './rules/express';

export interface ValidationOptions {
  /** The execution type the host file gives the machine; EXPRESS adds the Express-only checks. */
  executionType?: 'STANDARD' | 'EXPRESS';
}

/**
 * All diagnostics of a state machine: syntax problems first, then every rule. Semantic rules run
 * even when the structure has errors, so the user sees every problem at once. A rule that fails
 * unexpectedly costs its own diagnostics only, never the whole validation.
 */
export function validateStateMachine(machine: StateMachine, options: ValidationOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = machine.document.problems.map((problem) => ({
    code: problem.code,
    severity: 'error',
    message: problem.message,
    offset: problem.offset,
    length: problem.length,
  }));
  if (!machine.document.root) {
    if (diagnostics.length === 0) {
      diagnostics.push({
        code: 'structure/empty-document',
        severity: 'error',
        message: 'The document is empty: a state machine needs at least "StartAt" and "States".',
        offset: 0,
        length: 0,
      });
    }
    return diagnostics;
  }
  const context: ValidationContext = {
    machine,
    text: machine.document.text,
    report: (diagnostic) => diagnostics.push(diagnostic),
  };
  const rules = options.executionType === 'EXPRESS' ? [...validationRules, { name: 'express', check: checkExpressRules }] : validationRules;
  for (const rule of rules) {
    try {
      rule.check(context);
    } catch (error) {
      diagnostics.push({
        code: 'internal/rule-failed',
        severity: 'warning',
        message: `ASL Studio could not finish the "${rule.name}" checks on this document (${error instanceof Error ? error.message : String(error)}). Please report this.`,
        offset: 0,
        length: 0,
      });
    }
  }
  return diagnostics;
}
