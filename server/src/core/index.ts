// The one entry point of the pure ASL core. Consumers (language server, CLI, client) import from here.
export * from './syntax/tree';
export { parseDocument, formatForFileName } from './syntax/parse';
export * from './model/types';
export { buildStateMachine } from './model/build';
export type { Diagnostic, Severity } from './validation/diagnostic';
export { DIAGNOSTIC_CODES, isDiagnosticCode, type DiagnosticCode, type DiagnosticCodeInfo } from './validation/codes';
export { validateStateMachine } from './validation/validate';
export { AnalyzedDocument, analyzeDocument } from './analysis';
export { LineIndex, type Position, type Range } from './text/lines';

import { parseDocument } from './syntax/parse';
import { buildStateMachine } from './model/build';
import { validateStateMachine } from './validation/validate';
import type { DocumentFormat } from './syntax/tree';
import type { Diagnostic } from './validation/diagnostic';

/** Parses and validates a document's text in one call. */
export function validateDocument(text: string, format: DocumentFormat): Diagnostic[] {
  return validateStateMachine(buildStateMachine(parseDocument(text, format)));
}

// The service integrations catalog (Task Resource values, their patterns, parameters and errors).
export * from './catalog/index';

// Expression checks and the variable analysis (validation, completion, go to definition, rename).
export { analyzeExpressions, ERROR_CAUSE_INTRINSICS, type ExpressionAnalysis, type VariableReference } from './semantics/expressionSites';
export {
  analyzeVariables,
  isDistributedMap,
  variableNameOfKey,
  RESERVED_VARIABLE_NAMES,
  VARIABLE_NAME,
  type AssignmentKind,
  type VariableAnalysis,
  type VariableAssignment,
} from './semantics/variables';
export { CONTEXT_OBJECT_SHAPE, checkContextMembers } from './expressions/contextObject';
export {
  analyzeJsonataExpression,
  JSONATA_BUILTIN_FUNCTIONS,
  STEP_FUNCTIONS_JSONATA_FUNCTIONS,
  type JsonataExpressionFacts,
} from './expressions/jsonataCheck';

// Editing features: completion, hover, navigation, outline, folding, quick fixes (all in offsets).
export * from './features/index';

// Structural validation facts: which fields each state type has in each query language (the
// tables behind the JSON Schema), fields that exclude each other, and template placeholders.
export {
  stateFields as STATE_FIELD_SPECS,
  stateRequired as STATE_REQUIRED_FIELDS,
  exclusiveGroups as EXCLUSIVE_STATE_FIELDS,
  otherLanguageReplacement as OTHER_QUERY_LANGUAGE_FIELD,
  type FieldSpec as StateFieldSpec,
} from './validation/structure/fields';
export { hasPlaceholder, isWholePlaceholder, hasUnclosedPlaceholder } from './validation/placeholders';
export { MAX_STATE_NAME_LENGTH } from './validation/rules/structure';

// The graph of a machine for the preview (pure data from the model).
export * from './graph/index';

// The interpreter is the core's one other entry point, server/src/core/interpreter/index.ts: it is
// kept out of this module so that consumers that only validate (asl validate, the language server)
// do not load and initialise it and the JSONata runtime at start-up.
