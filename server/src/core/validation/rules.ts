import type { ValidationRule } from './context';
import { expressionRules } from './rules/expressions';
import { structuralRules } from './rules/structuralRules';

/**
 * Every validation rule, in the order their diagnostics are reported. Each module under ./rules
 * adds one family of checks; see context.ts for the contract.
 */
export const validationRules: ValidationRule[] = [...structuralRules, ...expressionRules];
